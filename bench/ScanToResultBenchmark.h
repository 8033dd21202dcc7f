// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Result.h"

#include <QList>
#include <QString>

namespace buurtmunt {

// Scan-to-result latency at the counter: a voucher's QR in a 1280×720 camera
// frame goes into the camera path (VideoFrameDecoder's QVideoSink) at t0; the
// clock stops when the real CounterSession reports the outcome, i.e. after
// decoding, the local signature check and POST /v1/redemptions over HTTPS to
// a real buurtmunt-server on loopback (SQLite). Every voucher is a fresh one
// made by a resident through the API, and every outcome must be "accepted".
class ScanToResultBenchmark final {
public:
    struct Options {
        QString serverBinary;
        int vouchers = 200;
    };
    struct Figures {
        QList<double> latenciesMs;  // one per voucher, in scan order
        qint64 redeemedCents = 0;   // the shop's balance rose by this much
        double p50Ms = 0;
        double p95Ms = 0;
        double maxMs = 0;
    };

    // Fails ("setup", "not-accepted", "timeout", "balance") rather than
    // report figures of something that did not work.
    static Result<Figures> run(const Options& options);
    static double percentile(QList<double> values, double fraction);
};

} // namespace buurtmunt
