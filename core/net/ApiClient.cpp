// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ApiClient.h"

#include "core/net/Fingerprint.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace buurtmunt {

namespace {

QString randomHex(int bytes)
{
    QByteArray buffer(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(buffer.begin(), buffer.end());
    return QString::fromLatin1(buffer.toHex());
}

} // namespace

ApiClient::ApiClient(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{
    Q_ASSERT(network);
}

void ApiClient::setDeviceCredentials(qint64 deviceId, const QString& secret)
{
    m_deviceId = deviceId;
    m_secret = secret;
}

void ApiClient::clearDeviceCredentials()
{
    m_deviceId = 0;
    m_secret.clear();
}

QString ApiClient::newIdempotencyKey()
{
    return randomHex(16);
}

QString ApiClient::newRequestId()
{
    return randomHex(12);
}

bool ApiClient::isValidIdempotencyKey(const QString& key)
{
    if (key.size() < 8 || key.size() > 128)
        return false;
    for (const QChar c : key) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

QByteArray ApiClient::userAgent() const
{
    return "buurtmunt/" BUURTMUNT_VERSION " (" + m_role.toUtf8() + ')';
}

std::optional<Error> ApiClient::checkReady(const QString& path) const
{
    if (!m_baseUrl.isValid() || m_baseUrl.scheme() != u"https"_s)
        return Error{u"insecure-url"_s,
                     tr("The server address “%1” is not an https:// address; Buurtmunt talks to its server "
                        "only over TLS.")
                         .arg(m_baseUrl.toDisplayString())};
    if (m_pin.size() != Fingerprint::Size)
        return Error{u"certificate-not-pinned"_s,
                     tr("No server certificate fingerprint is known for %1, so the server cannot be "
                        "verified. Enrol this device first.")
                         .arg(m_baseUrl.toDisplayString())};
    if (!path.startsWith(u'/'))
        return Error{u"invalid-path"_s, tr("The API path “%1” must start with “/”.").arg(path)};
    return std::nullopt;
}

void ApiClient::keepConnectionsApartByPin(const QUrl& url) const
{
    // Qt reuses a keep-alive connection for the same host and port without a
    // new handshake, so the pin check of a new request would come too late.
    // Remember which pin opened the cached connections; a client with another
    // pin for the same server starts from fresh connections instead.
    static constexpr char property[] = "buurtmunt.connectionPins";
    QVariantMap pins = m_network->property(property).toMap();
    const QString endpoint = url.host() % u':' % QString::number(url.port(443));
    const QByteArray previous = pins.value(endpoint).toByteArray();
    if (!previous.isEmpty() && previous != m_pin)
        m_network->clearConnectionCache();
    if (previous != m_pin) {
        pins.insert(endpoint, m_pin);
        m_network->setProperty(property, pins);
    }
}

QNetworkRequest ApiClient::makeRequest(const QString& path, const QUrlQuery& query, const QString& requestId) const
{
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    if (!query.isEmpty())
        url.setQuery(query);
    keepConnectionsApartByPin(url);

    QNetworkRequest request(url);
    request.setRawHeader("User-Agent", userAgent());
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("X-Request-ID", requestId.toLatin1());
    if (m_deviceId > 0)
        request.setRawHeader("Authorization",
                             "Device " + QByteArray::number(m_deviceId) + ':' + m_secret.toUtf8());
    if (!m_sessionToken.isEmpty())
        request.setRawHeader("Buurtmunt-Session", m_sessionToken.toUtf8());
    // A redirect could lead to a host the pin was never meant for.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    // HTTP/1.1 keeps one handshake per connection, which is where the pin is
    // checked; the server does not speak HTTP/2 anyway.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return request;
}

ApiJob* ApiClient::get(const QString& path, const QUrlQuery& query, const QByteArray& ifNoneMatch)
{
    const QString requestId = newRequestId();
    auto* job = new ApiJob("GET", path, requestId, this);
    if (const std::optional<Error> problem = checkReady(path)) {
        job->failBeforeSending(*problem);
        return job;
    }
    QNetworkRequest request = makeRequest(path, query, requestId);
    if (!ifNoneMatch.isEmpty())
        request.setRawHeader("If-None-Match", ifNoneMatch);
    job->start(m_network->get(request), m_pin, m_timeout);
    return job;
}

ApiJob* ApiClient::send(const QByteArray& method, const QString& path, const QJsonObject& body,
                        const QString& idempotencyKey)
{
    const QString requestId = newRequestId();
    const QByteArray verb = method.toUpper();
    auto* job = new ApiJob(verb, path, requestId, this);
    std::optional<Error> problem = checkReady(path);
    if (!problem && verb != "POST" && verb != "PUT" && verb != "PATCH" && verb != "DELETE")
        problem = Error{u"invalid-method"_s, tr("“%1” is not a mutating HTTP method; use get() for reading.")
                                                 .arg(QString::fromLatin1(method))};
    if (!problem && !isValidIdempotencyKey(idempotencyKey))
        problem = Error{u"idempotency-key-invalid"_s,
                        tr("The Idempotency-Key “%1” must be 8 to 128 printable ASCII characters.")
                            .arg(idempotencyKey)};
    if (problem) {
        job->failBeforeSending(*problem);
        return job;
    }
    QNetworkRequest request = makeRequest(path, {}, requestId);
    request.setRawHeader("Idempotency-Key", idempotencyKey.toLatin1());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    job->start(m_network->sendCustomRequest(request, verb, payload), m_pin, m_timeout);
    return job;
}

} // namespace buurtmunt
