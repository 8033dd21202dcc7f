// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace buurtmunt::test {

// A TCP forwarder between a client and a server on 127.0.0.1, so a test can
// pull the network cable: cut() drops every open connection and refuses new
// ones (the client sees "connection refused" or "remote host closed"),
// restore() lets connections through again. TLS passes through untouched,
// so the client still talks to the real server's certificate.
class TcpRelay final : public QObject {
    Q_OBJECT

public:
    explicit TcpRelay(QObject* parent = nullptr);
    ~TcpRelay() override;

    // Listens on a free port of 127.0.0.1 and forwards to targetPort there.
    bool start(quint16 targetPort);
    quint16 port() const { return m_ownPort; }
    // The target's URL with the relay's port: what the client should use.
    QUrl urlFor(const QUrl& target) const;

    void cut();
    void restore();
    bool isCut() const { return m_cut; }
    // Connections accepted and forwarded since start().
    int connectionCount() const { return m_connections; }

private:
    struct Pair {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
    };

    void onNewConnection();
    void dropAll();

    QTcpServer m_server;
    quint16 m_targetPort = 0;
    QList<Pair> m_pairs;
    bool m_cut = false;
    int m_connections = 0;
    quint16 m_ownPort = 0;  // kept across a cut, so the client's URL stays right
};

} // namespace buurtmunt::test
