// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace buurtmunt::server {

struct ConnectionLimits final {
    qint64 maxHeaderBytes = 16 * 1024;
    qint64 maxBodyBytes = 64 * 1024;
    int idleTimeoutMs = 60'000;
};

// Qt HttpServer 6.4 has no limits on header or body size and never closes an
// idle connection. The guard sees every byte before the HTTP parser does (it is
// connected to readyRead first), follows request boundaries with a small state
// machine, and answers 431/413/411/400 and closes the connection before an
// oversized request is buffered; it also closes connections idle too long.
class ConnectionGuard final : public QObject {
    Q_OBJECT
public:
    ConnectionGuard(QTcpSocket* socket, const ConnectionLimits& limits);

    static void attach(QTcpSocket* socket, const ConnectionLimits& limits);

Q_SIGNALS:
    void requestRefused(int status);

private:
    void inspect();
    bool consumeHeaders();
    static bool isValidRequestLine(const QByteArray& line);
    void refuse(int status, const QByteArray& slug, const QByteArray& title, const QByteArray& detail);

    QTcpSocket* m_socket;
    ConnectionLimits m_limits;
    QTimer m_idleTimer;
    enum class State { Headers, Body, Refused } m_state = State::Headers;
    QByteArray m_headerBuffer;
    qint64 m_bodyRemaining = 0;
};

} // namespace buurtmunt::server
