// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Result.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QSslSocket;

namespace buurtmunt {

// Connects to an https:// address and reports the certificate the server
// shows, without trusting it and without sending a request. The enrolment
// wizard shows the fingerprint so the operator can compare it with what staff
// read out before anything is pinned.
class CertificateProbe final : public QObject {
    Q_OBJECT

public:
    explicit CertificateProbe(QObject* parent = nullptr);
    ~CertificateProbe() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // Reports through probed() or failed(), once per call.
    void probe(const QUrl& url);

Q_SIGNALS:
    void probed(const QByteArray& fingerprint, const QSslCertificate& certificate);
    void failed(const buurtmunt::Error& error);

private:
    void fail(Error error);
    void cleanUp();

    QPointer<QSslSocket> m_socket;
    QTimer m_timer;
    QUrl m_url;
    std::chrono::milliseconds m_timeout{15000};
};

} // namespace buurtmunt
