// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TcpRelay.h"

#include <QTcpSocket>

namespace buurtmunt::test {

TcpRelay::TcpRelay(QObject* parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TcpRelay::onNewConnection);
}

TcpRelay::~TcpRelay()
{
    dropAll();
}

bool TcpRelay::start(quint16 targetPort)
{
    m_targetPort = targetPort;
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        return false;
    m_ownPort = m_server.serverPort();
    return true;
}

QUrl TcpRelay::urlFor(const QUrl& target) const
{
    QUrl url = target;
    url.setPort(port());
    return url;
}

void TcpRelay::cut()
{
    m_cut = true;
    dropAll();
    // Refuse rather than accept-and-hang: like a PC whose cable is out, the
    // client learns at once that nobody answers.
    m_server.close();
}

void TcpRelay::restore()
{
    if (!m_cut)
        return;
    m_cut = false;
    // Another process could have taken the port meanwhile; on loopback in a
    // test run that is unlikely enough to report rather than work around.
    if (!m_server.listen(QHostAddress::LocalHost, m_ownPort))
        qWarning("TcpRelay: cannot listen on port %u again: %s", unsigned(m_ownPort),
                 qPrintable(m_server.errorString()));
}

void TcpRelay::onNewConnection()
{
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        if (m_cut) {
            client->abort();
            client->deleteLater();
            continue;
        }
        ++m_connections;
        auto* upstream = new QTcpSocket(this);
        client->setParent(this);
        m_pairs.append(Pair{client, upstream});
        // Bytes from the client wait in its socket until upstream is connected.
        connect(upstream, &QTcpSocket::connected, client, [client, upstream] {
            if (client->bytesAvailable() > 0)
                upstream->write(client->readAll());
        });
        connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] {
            if (upstream->state() == QAbstractSocket::ConnectedState)
                upstream->write(client->readAll());
        });
        connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
        auto closeBoth = [client, upstream] {
            if (client->state() != QAbstractSocket::UnconnectedState)
                client->disconnectFromHost();
            if (upstream->state() != QAbstractSocket::UnconnectedState)
                upstream->disconnectFromHost();
        };
        connect(client, &QTcpSocket::disconnected, this, closeBoth);
        connect(upstream, &QTcpSocket::disconnected, this, closeBoth);
        connect(upstream, &QTcpSocket::errorOccurred, this, [client] { client->abort(); });
        upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }
}

void TcpRelay::dropAll()
{
    const QList<Pair> pairs = m_pairs;
    m_pairs.clear();
    for (const Pair& pair : pairs) {
        // abort(), not a graceful close: a cut cable sends no goodbye.
        if (pair.client) {
            pair.client->abort();
            pair.client->deleteLater();
        }
        if (pair.upstream) {
            pair.upstream->abort();
            pair.upstream->deleteLater();
        }
    }
}

} // namespace buurtmunt::test
