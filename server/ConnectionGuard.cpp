// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ConnectionGuard.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace buurtmunt::server {

ConnectionGuard::ConnectionGuard(QTcpSocket* socket, const ConnectionLimits& limits)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
{
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(m_limits.idleTimeoutMs);
    connect(&m_idleTimer, &QTimer::timeout, m_socket, [this] { m_socket->disconnectFromHost(); });
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::inspect);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] { m_idleTimer.start(); });
    m_idleTimer.start();
}

void ConnectionGuard::attach(QTcpSocket* socket, const ConnectionLimits& limits)
{
    new ConnectionGuard(socket, limits);
}

bool ConnectionGuard::isValidRequestLine(const QByteArray& line)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3)
        return false;
    const QByteArray& method = parts.at(0);
    if (method.isEmpty() || method.size() > 16)
        return false;
    for (char c : method) {
        if (c < 'A' || c > 'Z')
            return false;
    }
    const QByteArray& target = parts.at(1);
    if (!target.startsWith('/') && target != "*")
        return false;
    for (char c : target) {
        if (static_cast<unsigned char>(c) <= 0x20 || static_cast<unsigned char>(c) >= 0x7f)
            return false;
    }
    return parts.at(2) == "HTTP/1.1" || parts.at(2) == "HTTP/1.0";
}

void ConnectionGuard::inspect()
{
    m_idleTimer.start();
    if (m_state == State::Refused) {
        m_socket->readAll();
        return;
    }
    QByteArray fresh = m_socket->peek(m_socket->bytesAvailable());
    qsizetype offset = 0;
    while (offset < fresh.size() && m_state != State::Refused) {
        if (m_state == State::Body) {
            const qint64 take = std::min<qint64>(m_bodyRemaining, fresh.size() - offset);
            m_bodyRemaining -= take;
            offset += take;
            if (m_bodyRemaining == 0)
                m_state = State::Headers;
            continue;
        }
        // Headers: accumulate until the blank line that ends them.
        const qsizetype before = m_headerBuffer.size();
        m_headerBuffer.append(fresh.constData() + offset, fresh.size() - offset);
        const qsizetype end = m_headerBuffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_headerBuffer.size() > m_limits.maxHeaderBytes)
                refuse(431, "headers-too-large", "Request header fields too large",
                       "The request line and headers exceed " + QByteArray::number(m_limits.maxHeaderBytes) + " bytes.");
            offset = fresh.size();
            continue;
        }
        if (end + 4 > m_limits.maxHeaderBytes) {
            refuse(431, "headers-too-large", "Request header fields too large",
                   "The request line and headers exceed " + QByteArray::number(m_limits.maxHeaderBytes) + " bytes.");
            break;
        }
        const qsizetype consumedHere = end + 4 - before;
        m_headerBuffer.truncate(end + 4);
        offset += consumedHere;
        if (!consumeHeaders())
            break;
        m_headerBuffer.clear();
    }
    if (m_state == State::Refused)
        m_socket->readAll();  // the parser must not see the refused request
}

bool ConnectionGuard::consumeHeaders()
{
    qint64 contentLength = 0;
    const QList<QByteArray> lines = m_headerBuffer.split('\n');
    // Qt's parser drops a connection with a broken request line without a
    // word; the client deserves an answer that says what is wrong.
    if (!isValidRequestLine(lines.constFirst().trimmed())) {
        refuse(400, "bad-request", "Bad request",
               "The request line must be METHOD SP /path SP HTTP/1.1 (or HTTP/1.0).");
        return false;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "transfer-encoding") {
            refuse(411, "length-required", "Length required",
                   "Chunked request bodies are not accepted; send Content-Length.");
            return false;
        }
        if (name == "content-length") {
            bool ok = false;
            contentLength = value.toLongLong(&ok);
            if (!ok || contentLength < 0) {
                refuse(400, "bad-request", "Bad request", "The Content-Length header is not a number.");
                return false;
            }
        }
    }
    if (contentLength > m_limits.maxBodyBytes) {
        refuse(413, "payload-too-large", "The request body is too large",
               "The body has " + QByteArray::number(contentLength) + " bytes; at most "
                   + QByteArray::number(m_limits.maxBodyBytes) + " are accepted.");
        return false;
    }
    m_bodyRemaining = contentLength;
    m_state = contentLength > 0 ? State::Body : State::Headers;
    return true;
}

void ConnectionGuard::refuse(int status, const QByteArray& slug, const QByteArray& title, const QByteArray& detail)
{
    m_state = State::Refused;
    const QByteArray body = "{\"type\":\"urn:buurtmunt:problem:" + slug + "\",\"title\":\"" + title
        + "\",\"status\":" + QByteArray::number(status) + ",\"detail\":\"" + detail + "\"}";
    const QByteArray reason = status == 413 ? "Payload Too Large"
        : status == 431                      ? "Request Header Fields Too Large"
        : status == 411                      ? "Length Required"
                                             : "Bad Request";
    m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
                    + "\r\nContent-Type: application/problem+json\r\nConnection: close\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    m_socket->disconnectFromHost();
    Q_EMIT requestRefused(status);
}

} // namespace buurtmunt::server
