// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/net/ApiJob.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>

class QNetworkAccessManager;
class QNetworkRequest;

namespace buurtmunt {

// The desktop app's door to buurtmunt-server: every request goes through one
// injected QNetworkAccessManager, is pinned to the certificate fingerprint
// received at enrolment, and carries User-Agent, X-Request-ID and (when
// mutating) Idempotency-Key.
class ApiClient final : public QObject {
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultTimeout{15000};

    explicit ApiClient(QNetworkAccessManager* network, QObject* parent = nullptr);

    void setBaseUrl(const QUrl& url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }
    // Raw SHA-256 of the server certificate's DER encoding.
    void setPinnedFingerprint(const QByteArray& sha256) { m_pin = sha256; }
    QByteArray pinnedFingerprint() const { return m_pin; }
    void setDeviceCredentials(qint64 deviceId, const QString& secret);
    void clearDeviceCredentials();
    bool hasDeviceCredentials() const { return m_deviceId > 0; }
    // A resident's or staff member's session, sent as `Buurtmunt-Session` next
    // to the device's credentials until cleared at logout.
    void setSessionToken(const QString& token) { m_sessionToken = token; }
    void clearSessionToken() { m_sessionToken.clear(); }
    bool hasSessionToken() const { return !m_sessionToken.isEmpty(); }
    qint64 deviceId() const { return m_deviceId; }
    // "kiosk", "counter", "staff"; shows up in the server's access log.
    void setRole(const QString& role) { m_role = role; }
    QString role() const { return m_role; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    ApiJob* get(const QString& path, const QUrlQuery& query = {}, const QByteArray& ifNoneMatch = {});
    // For POST, PUT, PATCH and DELETE. The key must be 8–128 printable ASCII
    // characters and must stay the same when the same operation is retried.
    ApiJob* send(const QByteArray& method, const QString& path, const QJsonObject& body,
                 const QString& idempotencyKey);

    static QString newIdempotencyKey();
    static QString newRequestId();
    static bool isValidIdempotencyKey(const QString& key);
    QByteArray userAgent() const;

private:
    QNetworkRequest makeRequest(const QString& path, const QUrlQuery& query, const QString& requestId) const;
    std::optional<Error> checkReady(const QString& path) const;
    void keepConnectionsApartByPin(const QUrl& url) const;

    QNetworkAccessManager* m_network;
    QUrl m_baseUrl;
    QByteArray m_pin;
    qint64 m_deviceId = 0;
    QString m_secret;
    QString m_sessionToken;
    QString m_role = QStringLiteral("unenrolled");
    std::chrono::milliseconds m_timeout = DefaultTimeout;
};

} // namespace buurtmunt
