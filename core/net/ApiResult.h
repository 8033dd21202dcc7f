// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Result.h"
#include "core/net/Problem.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

#include <optional>

namespace buurtmunt {

// What one API request produced. `error` is set whenever the request did not
// succeed: its code is "timeout", "network", "certificate-mismatch", "tls",
// "bad-response", "cancelled", the problem's slug, or "http-<status>" when the
// server answered an error without a problem body.
struct ApiResult final {
    int httpStatus = 0;  // 0 when no HTTP answer arrived
    QJsonDocument body;
    QByteArray etag;
    QString requestId;
    std::optional<Problem> problem;
    std::optional<Error> error;
    // A 2xx answer that is not JSON (a SEPA file, a CSV statement) as sent,
    // with the file name from its Content-Disposition. Last, with
    // initialisers, so existing positional initialisation stays complete.
    QByteArray payload{};
    QByteArray contentType{};
    QString fileName{};

    bool ok() const { return !error.has_value(); }
    bool notModified() const { return httpStatus == 304; }
    // Worth trying again later: no answer at all, a server-side failure, or
    // "slow down". A 4xx is the server's considered refusal and is not.
    bool isTransient() const
    {
        return error.has_value()
               && (httpStatus == 0 || httpStatus >= 500 || httpStatus == 408 || httpStatus == 429);
    }
};

} // namespace buurtmunt
