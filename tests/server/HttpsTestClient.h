// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>
#include <QUrl>

#include <memory>

class QSslSocket;

namespace buurtmunt::test {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One HTTP answer as a test sees it. status 0 means no HTTP answer arrived;
// transportError then says why.
struct HttpReply final {
    int status = 0;
    HeaderList headers;
    QByteArray body;
    QString transportError;

    // Case-insensitive; empty when absent.
    QByteArray header(const QByteArray& name) const;
    bool hasHeader(const QByteArray& name) const;
    // The body as a JSON object; empty when it is not one.
    QJsonObject json() const;
    // "urn:buurtmunt:problem:<slug>" -> "<slug>"; empty when the body is no problem.
    QString problemSlug() const;
    QString problemDetail() const;
    // For failure messages: status, headers and (start of the) body.
    QString describe() const;
};

// A small synchronous HTTPS client for tests against the real server. The
// server's self-signed certificate is accepted only when its SHA-256 digest
// equals the fingerprint the server printed, so a test never talks to
// anything else by accident and certificate pinning is exercised as a client
// would.
//
// send() goes through QNetworkAccessManager like the real client core does.
// sendRaw() writes bytes as they are on a QSslSocket, for what
// QNetworkAccessManager refuses to produce: oversized headers, chunked
// bodies, lying Content-Length headers, garbage request lines.
class HttpsTestClient final {
public:
    HttpsTestClient(QUrl baseUrl, QByteArray certificateSha256);
    // Movable, so a test can have a helper hand out configured clients.
    HttpsTestClient(HttpsTestClient&&) noexcept = default;
    HttpsTestClient& operator=(HttpsTestClient&&) noexcept = default;
    ~HttpsTestClient();

    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    // Sent as "Authorization: Device <id>:<secret>" unless a request sets its
    // own Authorization header; clear with deviceId 0.
    void setDeviceCredentials(qint64 deviceId, const QString& secret);

    HttpReply send(const QByteArray& method, const QString& pathAndQuery, const HeaderList& headers = {},
                   const QByteArray& body = {});
    HttpReply get(const QString& pathAndQuery, const HeaderList& headers = {});
    // POST with Content-Type application/json and, when not empty, Idempotency-Key.
    HttpReply postJson(const QString& path, const QByteArray& body, const QByteArray& idempotencyKey,
                       const HeaderList& extraHeaders = {});

    // Writes `request` verbatim and reads one answer: until the server closes
    // the connection, or until one complete response has arrived.
    HttpReply sendRaw(const QByteArray& request);

    QUrl baseUrl() const { return m_baseUrl; }
    QByteArray authorization() const;

private:
    QUrl m_baseUrl;
    QByteArray m_fingerprint;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    int m_timeoutMs = 15000;
    qint64 m_deviceId = 0;
    QString m_secret;
};

// One TLS connection, pinned like HttpsTestClient's, that writes requests as
// raw bytes and reads one answer to each, blocking, and stays open between
// them (keep-alive). For load generation: it costs a fraction of
// QNetworkAccessManager's CPU, which would otherwise take cores the server
// under measurement needs.
class RawHttpsConnection final {
public:
    RawHttpsConnection(QUrl baseUrl, QByteArray certificateSha256, int timeoutMs);
    ~RawHttpsConnection();

    // Connects and checks the certificate; false with `error()` set otherwise.
    bool open();
    QString error() const { return m_error; }
    // Writes `request` verbatim and reads one complete answer, or until the
    // server closes the connection.
    HttpReply exchange(const QByteArray& request);
    void close();

private:
    QUrl m_baseUrl;
    QByteArray m_fingerprint;
    int m_timeoutMs;
    std::unique_ptr<QSslSocket> m_socket;
    QByteArray m_buffer;  // bytes that arrived after the last answer
    QString m_error;
};

} // namespace buurtmunt::test
