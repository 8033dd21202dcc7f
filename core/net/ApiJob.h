// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/net/ApiResult.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QNetworkReply;
class QSslError;

namespace buurtmunt {

// One API request (Nextcloud's AbstractNetworkJob): it owns its reply, enforces
// the certificate pin and a total timeout, and reports exactly once through
// finished(). It deletes itself after finished() has been delivered, so
// connect before returning to the event loop and do not keep the pointer.
class ApiJob final : public QObject {
    Q_OBJECT

public:
    ~ApiJob() override;

    QByteArray method() const { return m_method; }
    QString path() const { return m_path; }
    QString requestId() const { return m_requestId; }
    bool isFinished() const { return m_finished; }

    // Gives up on the request; finished() reports "cancelled".
    void abort();

Q_SIGNALS:
    void finished(const buurtmunt::ApiResult& result);

private:
    friend class ApiClient;
    enum class AbortReason { None, Timeout, CertificateMismatch, Cancelled };

    ApiJob(QByteArray method, QString path, QString requestId, QObject* parent);
    void start(QNetworkReply* reply, const QByteArray& pinnedFingerprint, std::chrono::milliseconds timeout);
    void failBeforeSending(Error error);

    bool peerMatchesPin();
    void onSslErrors(const QList<QSslError>& errors);
    void onEncrypted();
    void onReplyFinished();
    ApiResult resultFromReply();
    Error mismatchError() const;
    void finish(ApiResult result);

    QByteArray m_method;
    QString m_path;
    QString m_requestId;
    QByteArray m_pin;
    QByteArray m_seenFingerprint;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    std::chrono::milliseconds m_timeout{0};
    AbortReason m_abortReason = AbortReason::None;
    bool m_finished = false;
};

} // namespace buurtmunt
