// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "CertificateProbe.h"

#include "core/net/Fingerprint.h"

#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace buurtmunt {

CertificateProbe::CertificateProbe(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        fail({u"timeout"_s, tr("The server at %1 did not complete a TLS handshake within %2 seconds.")
                                .arg(m_url.toDisplayString())
                                .arg(double(m_timeout.count()) / 1000.0)});
    });
}

CertificateProbe::~CertificateProbe()
{
    cleanUp();
}

void CertificateProbe::probe(const QUrl& url)
{
    cleanUp();
    m_url = url;
    if (!url.isValid() || url.scheme() != u"https"_s || url.host().isEmpty()) {
        QTimer::singleShot(0, this, [this, url] {
            Q_EMIT failed({u"insecure-url"_s, tr("“%1” is not an https:// server address.").arg(url.toDisplayString())});
        });
        return;
    }

    auto* socket = new QSslSocket(this);
    m_socket = socket;
    // Only looking: the verdict is the operator's, made on the fingerprint.
    socket->setPeerVerifyMode(QSslSocket::QueryPeer);
    connect(socket, &QSslSocket::sslErrors, socket, [socket](const QList<QSslError>& errors) {
        socket->ignoreSslErrors(errors);
    });
    connect(socket, &QSslSocket::encrypted, this, [this, socket] {
        const QSslCertificate certificate = socket->peerCertificate();
        cleanUp();
        if (certificate.isNull()) {
            Q_EMIT failed({u"tls"_s, tr("The server at %1 presented no certificate.").arg(m_url.toDisplayString())});
            return;
        }
        Q_EMIT probed(Fingerprint::of(certificate), certificate);
    });
    connect(socket, &QSslSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError error) {
        const bool tls = error == QAbstractSocket::SslHandshakeFailedError
                         || error == QAbstractSocket::SslInternalError;
        fail({tls ? u"tls"_s : u"network"_s,
              tr("Cannot reach the server at %1: %2").arg(m_url.toDisplayString(), socket->errorString())});
    });
    m_timer.start(m_timeout);
    socket->connectToHostEncrypted(url.host(), quint16(url.port(443)));
}

void CertificateProbe::fail(Error error)
{
    if (!m_socket)
        return;
    cleanUp();
    Q_EMIT failed(error);
}

void CertificateProbe::cleanUp()
{
    m_timer.stop();
    if (m_socket) {
        QSslSocket* socket = m_socket;
        m_socket = nullptr;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

} // namespace buurtmunt
