// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ApiJob.h"

#include "core/net/Fingerprint.h"

#include <QJsonParseError>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslError>

using namespace Qt::StringLiterals;

namespace buurtmunt {

ApiJob::ApiJob(QByteArray method, QString path, QString requestId, QObject* parent)
    : QObject(parent)
    , m_method(std::move(method))
    , m_path(std::move(path))
    , m_requestId(std::move(requestId))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_reply && m_abortReason == AbortReason::None) {
            m_abortReason = AbortReason::Timeout;
            m_reply->abort();
        }
    });
}

ApiJob::~ApiJob()
{
    if (m_reply) {
        // Never let a half-finished request outlive its job.
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void ApiJob::start(QNetworkReply* reply, const QByteArray& pinnedFingerprint, std::chrono::milliseconds timeout)
{
    m_reply = reply;
    m_pin = pinnedFingerprint;
    m_timeout = timeout;
    reply->setParent(this);
    connect(reply, &QNetworkReply::sslErrors, this, &ApiJob::onSslErrors);
    connect(reply, &QNetworkReply::encrypted, this, &ApiJob::onEncrypted);
    connect(reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    m_timer.start(timeout);
}

void ApiJob::failBeforeSending(Error error)
{
    // Deliver later, so callers can connect to finished() after get()/send().
    QTimer::singleShot(0, this, [this, error = std::move(error)] {
        ApiResult result;
        result.requestId = m_requestId;
        result.error = error;
        finish(std::move(result));
    });
}

void ApiJob::abort()
{
    if (m_finished)
        return;
    if (m_reply) {
        m_abortReason = AbortReason::Cancelled;
        m_reply->abort();
    }
}

bool ApiJob::peerMatchesPin()
{
    m_seenFingerprint = Fingerprint::of(m_reply->sslConfiguration().peerCertificate());
    return !m_pin.isEmpty() && m_seenFingerprint == m_pin;
}

void ApiJob::onSslErrors(const QList<QSslError>& errors)
{
    // The server's certificate is self-signed, so the usual chain checks fail
    // by design; the pin replaces them. Anything else keeps Qt's refusal.
    if (peerMatchesPin()) {
        m_reply->ignoreSslErrors(errors);
        return;
    }
    m_abortReason = AbortReason::CertificateMismatch;
    m_reply->abort();
}

void ApiJob::onEncrypted()
{
    // Emitted after the handshake and before any request data is written: a
    // server with another certificate, even one a public CA vouches for, never
    // sees the request.
    if (!peerMatchesPin()) {
        m_abortReason = AbortReason::CertificateMismatch;
        m_reply->abort();
    }
}

Error ApiJob::mismatchError() const
{
    const QString seen = m_seenFingerprint.isEmpty() ? tr("none") : Fingerprint::format(m_seenFingerprint);
    return {u"certificate-mismatch"_s,
            tr("The server presented a certificate with SHA-256 fingerprint %1, but this device trusts only %2. "
               "Nothing was sent. If the server's certificate was replaced on purpose, enrol this device again; "
               "otherwise someone may be intercepting the connection.")
                .arg(seen, Fingerprint::format(m_pin))};
}

void ApiJob::onReplyFinished()
{
    m_timer.stop();
    finish(resultFromReply());
}

ApiResult ApiJob::resultFromReply()
{
    ApiResult result;
    result.requestId = m_requestId;
    QNetworkReply* reply = m_reply;
    const QString server = reply->url().adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toDisplayString();

    switch (m_abortReason) {
    case AbortReason::Timeout:
        result.error = Error{u"timeout"_s, tr("The server at %1 did not answer within %2 seconds (%3 %4).")
                                               .arg(server)
                                               .arg(double(m_timeout.count()) / 1000.0)
                                               .arg(QString::fromLatin1(m_method), m_path)};
        return result;
    case AbortReason::CertificateMismatch:
        result.error = mismatchError();
        return result;
    case AbortReason::Cancelled:
        result.error = Error{u"cancelled"_s, tr("The request %1 %2 was cancelled.")
                                                 .arg(QString::fromLatin1(m_method), m_path)};
        return result;
    case AbortReason::None:
        break;
    }

    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid()) {
        const QNetworkReply::NetworkError code = reply->error();
        const bool tls = code == QNetworkReply::SslHandshakeFailedError;
        if (tls)
            result.error = Error{u"tls"_s, tr("A secure connection to %1 could not be set up: %2")
                                               .arg(server, reply->errorString())};
        else
            result.error = Error{u"network"_s, tr("Cannot reach the server at %1: %2. Check the network "
                                                  "connection; the operation will be tried again.")
                                                   .arg(server, reply->errorString())};
        return result;
    }

    // A reused keep-alive connection skips the handshake signals, so check
    // the certificate the answer came over as well.
    const QByteArray peer = Fingerprint::of(reply->sslConfiguration().peerCertificate());
    if (!peer.isEmpty() && peer != m_pin) {
        m_seenFingerprint = peer;
        result.error = mismatchError();
        return result;
    }

    result.httpStatus = status.toInt();
    result.etag = reply->rawHeader("ETag");
    const QByteArray echoed = reply->rawHeader("X-Request-ID");
    if (!echoed.isEmpty())
        result.requestId = QString::fromLatin1(echoed);

    const QByteArray payload = reply->readAll();
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    // Files (SEPA XML, CSV statements) are downloads, not API objects.
    const bool isFile = result.contentType.startsWith("application/xml") || result.contentType.startsWith("text/");
    if (isFile && result.httpStatus >= 200 && result.httpStatus < 300) {
        result.payload = payload;
        static const QRegularExpression named(u"filename=\"([^\"/\\\\]+)\""_s);
        const auto match = named.match(QString::fromLatin1(reply->rawHeader("Content-Disposition")));
        if (match.hasMatch())
            result.fileName = match.captured(1);
        return result;
    }
    QJsonParseError parseError;
    if (!payload.trimmed().isEmpty())
        result.body = QJsonDocument::fromJson(payload, &parseError);
    const bool badJson = !payload.trimmed().isEmpty() && result.body.isNull();

    if (result.httpStatus == 304)
        return result;
    if (result.httpStatus >= 200 && result.httpStatus < 300) {
        if (badJson)
            result.error = Error{u"bad-response"_s, tr("The server at %1 answered %2 %3 with something that is not "
                                                       "JSON: %4")
                                                        .arg(server, QString::fromLatin1(m_method), m_path,
                                                             parseError.errorString())};
        return result;
    }

    if (result.body.isObject())
        result.problem = Problem::fromJson(result.body.object());
    if (result.problem) {
        if (result.problem->status == 0)
            result.problem->status = result.httpStatus;
        result.error = Error{result.problem->type, result.problem->message()};
    } else {
        result.error = Error{u"http-%1"_s.arg(result.httpStatus),
                             tr("The server at %1 refused %2 %3 with HTTP %4 %5.")
                                 .arg(server, QString::fromLatin1(m_method), m_path)
                                 .arg(result.httpStatus)
                                 .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())};
    }
    return result;
}

void ApiJob::finish(ApiResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    if (m_reply)
        m_reply->disconnect(this);
    Q_EMIT finished(result);
    deleteLater();
}

} // namespace buurtmunt
