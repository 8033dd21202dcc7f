// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "HttpsTestClient.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace buurtmunt::test {

namespace {

const QString kProblemPrefix = u"urn:buurtmunt:problem:"_s;

bool isPinned(const QSslCertificate& certificate, const QByteArray& fingerprint)
{
    return !certificate.isNull() && !fingerprint.isEmpty()
        && certificate.digest(QCryptographicHash::Sha256) == fingerprint;
}

bool hasHeaderNamed(const HeaderList& headers, const QByteArray& name)
{
    for (const auto& [key, value] : headers) {
        Q_UNUSED(value);
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Parses the head of a raw HTTP/1.1 response. Returns the offset of the body,
// or -1 while the head is incomplete.
qsizetype parseHead(const QByteArray& buffer, HttpReply* reply)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return -1;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    reply->status = statusLine.value(1).toInt();
    reply->headers.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            reply->headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return end + 4;
}

} // namespace

QByteArray HttpReply::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpReply::hasHeader(const QByteArray& name) const
{
    return hasHeaderNamed(headers, name);
}

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString HttpReply::problemSlug() const
{
    const QString type = json().value(u"type"_s).toString();
    return type.startsWith(kProblemPrefix) ? type.mid(kProblemPrefix.size()) : QString();
}

QString HttpReply::problemDetail() const
{
    return json().value(u"detail"_s).toString();
}

QString HttpReply::describe() const
{
    if (status == 0)
        return u"no HTTP answer: "_s + transportError;
    QString text = u"HTTP %1\n"_s.arg(status);
    for (const auto& [key, value] : headers)
        text += QString::fromLatin1(key) + u": "_s + QString::fromLatin1(value) + u'\n';
    text += QString::fromUtf8(body.left(2000));
    return text;
}

HttpsTestClient::HttpsTestClient(QUrl baseUrl, QByteArray certificateSha256)
    : m_baseUrl(std::move(baseUrl))
    , m_fingerprint(std::move(certificateSha256))
    , m_manager(std::make_unique<QNetworkAccessManager>())
{
}

HttpsTestClient::~HttpsTestClient() = default;

void HttpsTestClient::setDeviceCredentials(qint64 deviceId, const QString& secret)
{
    m_deviceId = deviceId;
    m_secret = secret;
}

QByteArray HttpsTestClient::authorization() const
{
    if (m_deviceId <= 0)
        return {};
    return "Device " + QByteArray::number(m_deviceId) + ':' + m_secret.toLatin1();
}

HttpReply HttpsTestClient::send(const QByteArray& method, const QString& pathAndQuery, const HeaderList& headers,
                                const QByteArray& body)
{
    QUrl url = m_baseUrl;
    const qsizetype question = pathAndQuery.indexOf(u'?');
    url.setPath(question < 0 ? pathAndQuery : pathAndQuery.left(question), QUrl::TolerantMode);
    if (question >= 0)
        url.setQuery(pathAndQuery.mid(question + 1), QUrl::TolerantMode);

    QNetworkRequest request(url);
    // The server speaks HTTP/1.1 only; keep QNetworkAccessManager from
    // caching, redirecting or retrying on its own.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setRawHeader("User-Agent", "buurtmunt-tests/1 (test)");
    if (!hasHeaderNamed(headers, "Authorization") && m_deviceId > 0)
        request.setRawHeader("Authorization", authorization());
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);

    QNetworkReply* reply = method == "GET" && body.isEmpty() ? m_manager->get(request)
                           : method == "HEAD"                ? m_manager->head(request)
                                                             : m_manager->sendCustomRequest(request, method, body);
    const QByteArray fingerprint = m_fingerprint;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply, fingerprint](const QList<QSslError>& errors) {
        if (isPinned(reply->sslConfiguration().peerCertificate(), fingerprint))
            reply->ignoreSslErrors(errors);
    });

    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(m_timeoutMs);
    if (!reply->isFinished())
        loop.exec();

    HttpReply answer;
    if (!reply->isFinished()) {
        reply->abort();
        answer.transportError = u"no answer within %1 ms"_s.arg(m_timeoutMs);
    } else {
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.headers = reply->rawHeaderPairs();
        answer.body = reply->readAll();
        if (answer.status == 0)
            answer.transportError = reply->errorString();
    }
    reply->deleteLater();
    return answer;
}

HttpReply HttpsTestClient::get(const QString& pathAndQuery, const HeaderList& headers)
{
    return send("GET", pathAndQuery, headers);
}

HttpReply HttpsTestClient::postJson(const QString& path, const QByteArray& body, const QByteArray& idempotencyKey,
                                    const HeaderList& extraHeaders)
{
    HeaderList headers{{"Content-Type", "application/json"}};
    if (!idempotencyKey.isEmpty())
        headers.append({"Idempotency-Key", idempotencyKey});
    headers.append(extraHeaders);
    return send("POST", path, headers, body);
}

HttpReply HttpsTestClient::sendRaw(const QByteArray& request)
{
    RawHttpsConnection connection(m_baseUrl, m_fingerprint, m_timeoutMs);
    if (!connection.open()) {
        HttpReply answer;
        answer.transportError = connection.error();
        return answer;
    }
    return connection.exchange(request);
}

RawHttpsConnection::RawHttpsConnection(QUrl baseUrl, QByteArray certificateSha256, int timeoutMs)
    : m_baseUrl(std::move(baseUrl))
    , m_fingerprint(std::move(certificateSha256))
    , m_timeoutMs(timeoutMs)
{
}

RawHttpsConnection::~RawHttpsConnection()
{
    close();
}

bool RawHttpsConnection::open()
{
    close();
    m_socket = std::make_unique<QSslSocket>();
    // Verification is the pin below, done before a single request byte leaves.
    m_socket->setPeerVerifyMode(QSslSocket::VerifyNone);
    m_socket->connectToHostEncrypted(m_baseUrl.host(), static_cast<quint16>(m_baseUrl.port()));
    if (!m_socket->waitForEncrypted(m_timeoutMs)) {
        m_error = u"TLS handshake failed: "_s + m_socket->errorString();
        m_socket.reset();
        return false;
    }
    if (!isPinned(m_socket->peerCertificate(), m_fingerprint)) {
        m_error = u"the server's certificate does not match the pinned fingerprint"_s;
        m_socket.reset();
        return false;
    }
    return true;
}

void RawHttpsConnection::close()
{
    if (m_socket)
        m_socket->abort();
    m_socket.reset();
    m_buffer.clear();
}

HttpReply RawHttpsConnection::exchange(const QByteArray& request)
{
    HttpReply answer;
    if (!m_socket) {
        answer.transportError = u"the connection is not open"_s;
        return answer;
    }
    m_socket->write(request);

    QByteArray& buffer = m_buffer;
    QDeadlineTimer deadline(m_timeoutMs);
    qsizetype bodyOffset = -1;
    qsizetype answerEnd = -1;
    while (!deadline.hasExpired()) {
        if (bodyOffset < 0)
            bodyOffset = parseHead(buffer, &answer);
        if (bodyOffset >= 0) {
            const QByteArray length = answer.header("Content-Length");
            if (answer.status == 304 || answer.status == 204 || (answer.status >= 100 && answer.status < 200)) {
                answerEnd = bodyOffset;
                break;
            }
            if (!length.isEmpty() && buffer.size() - bodyOffset >= length.toLongLong()) {
                answerEnd = bodyOffset + length.toLongLong();
                break;
            }
        }
        if (m_socket->state() == QAbstractSocket::UnconnectedState) {
            buffer += m_socket->readAll();
            break;
        }
        if (m_socket->bytesToWrite() > 0)
            m_socket->waitForBytesWritten(50);
        if (m_socket->bytesAvailable() == 0)
            m_socket->waitForReadyRead(50);
        buffer += m_socket->readAll();
    }
    if (bodyOffset < 0)
        bodyOffset = parseHead(buffer, &answer);
    if (bodyOffset < 0) {
        answer.status = 0;
        answer.transportError = buffer.isEmpty()
            ? QString(u"the connection ended without an answer ("_s + m_socket->errorString() + u')')
            : QString(u"an incomplete answer arrived: "_s + QString::fromLatin1(buffer.left(200)));
        buffer.clear();
        return answer;
    }
    if (answerEnd < 0) {
        // Closed, or out of time: whatever arrived is the body.
        const QByteArray length = answer.header("Content-Length");
        answer.body = length.isEmpty() ? buffer.mid(bodyOffset) : buffer.mid(bodyOffset, length.toLongLong());
        buffer.clear();
        return answer;
    }
    answer.body = buffer.mid(bodyOffset, answerEnd - bodyOffset);
    buffer.remove(0, answerEnd);
    return answer;
}

} // namespace buurtmunt::test
