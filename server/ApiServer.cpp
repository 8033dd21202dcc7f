// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ApiServer.h"

#include "core/domain/Crypto.h"
#include "server/TlsIdentity.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace buurtmunt::server {

// The TCP and TLS servers attach the guard in nextPendingConnection(), which
// QAbstractHttpServer calls before it connects its own readyRead handler, so
// the guard sees each byte first.
template <typename Server>
class GuardedServer final : public Server {
public:
    explicit GuardedServer(ApiServer* server) : Server(server), m_server(server) {}
    QTcpSocket* nextPendingConnection() override
    {
        QTcpSocket* socket = Server::nextPendingConnection();
        if (socket)
            m_server->attachGuard(socket);
        return socket;
    }

private:
    ApiServer* m_server;
};

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    case QHttpServerRequest::Method::Connect: return "CONNECT";
    case QHttpServerRequest::Method::Trace: return "TRACE";
    default: return "UNKNOWN";
    }
}

// A client's request id is echoed only if it is short and plain, so it is
// safe in headers and logs; otherwise the server makes one.
QString requestIdFor(const QByteArray& offered)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9._:-]{1,64}$"_s);
    const QString text = QString::fromLatin1(offered);
    if (!offered.isEmpty() && plain.match(text).hasMatch())
        return text;
    return QString::fromLatin1(crypto::randomBytes(12).toHex());
}

} // namespace

ApiServer::ApiServer(const Router& router, RequestPipeline& pipeline, Metrics& metrics, ConnectionLimits limits,
                     int workerThreads, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_router(router)
    , m_pipeline(pipeline)
    , m_metrics(metrics)
    , m_limits(limits)
{
    m_workers.setMaxThreadCount(std::max(1, workerThreads));
    // Workers keep their database connection for their whole life; they must
    // not expire and leave connections behind.
    m_workers.setExpiryTimeout(-1);
}

ApiServer::~ApiServer()
{
    m_workers.waitForDone();
}

void ApiServer::attachGuard(QTcpSocket* socket)
{
    auto* guard = new ConnectionGuard(socket, m_limits);
    connect(guard, &ConnectionGuard::requestRefused, this, [this](int status) { m_metrics.recordRefusedConnection(status); });
}

Result<quint16> ApiServer::listenTls(const QHostAddress& address, quint16 port, const TlsIdentity& identity)
{
    auto* tcp = new GuardedServer<QSslServer>(this);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(identity.certificate());
    config.setPrivateKey(identity.key());
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    tcp->setSslConfiguration(config);
    tcp->setHandshakeTimeout(10'000);
    if (!tcp->listen(address, port)) {
        const QString why = tcp->errorString();
        delete tcp;
        return Result<quint16>::failure(u"listen-failed"_s,
            u"Cannot listen on %1:%2: %3"_s.arg(address.toString()).arg(port).arg(why));
    }
    bind(tcp);
    return tcp->serverPort();
}

Result<quint16> ApiServer::listenPlain(const QHostAddress& address, quint16 port)
{
    if (!address.isLoopback())
        return Result<quint16>::failure(u"plain-http-not-loopback"_s,
            u"Plain HTTP is only served on a loopback address (behind a TLS proxy on this host), not on %1."_s.arg(address.toString()));
    auto* tcp = new GuardedServer<QTcpServer>(this);
    if (!tcp->listen(address, port)) {
        const QString why = tcp->errorString();
        delete tcp;
        return Result<quint16>::failure(u"listen-failed"_s,
            u"Cannot listen on %1:%2: %3"_s.arg(address.toString()).arg(port).arg(why));
    }
    bind(tcp);
    return tcp->serverPort();
}

std::shared_ptr<ApiServer::ConnectionQueue> ApiServer::queueFor(QTcpSocket* socket)
{
    auto it = m_queues.find(socket);
    if (it != m_queues.end())
        return it.value();
    auto queue = std::make_shared<ConnectionQueue>();
    m_queues.insert(socket, queue);
    // Once the connection is gone its answers are dropped unwritten.
    const auto forget = [this, socket] { m_queues.remove(socket); };
    connect(socket, &QTcpSocket::disconnected, this, forget);
    connect(socket, &QObject::destroyed, this, forget);
    return queue;
}

bool ApiServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    ApiRequest meta;
    meta.method = methodName(request.method());
    meta.path = request.url().path();
    meta.query = request.query();
    meta.headers = request.headers();
    meta.body = request.body();
    meta.remoteAddress = request.remoteAddress();
    meta.requestId = requestIdFor(request.value("X-Request-ID"));

    if (meta.body.size() > m_limits.maxBodyBytes) {
        answerNow(request, socket, meta,
                  ApiResponse::problem(413, u"payload-too-large"_s, u"The request body is too large"_s,
                                       u"At most %1 bytes are accepted."_s.arg(m_limits.maxBodyBytes)));
        return true;
    }
    const Router::Match match = m_router.match(meta.method, meta.path);
    if (!match.route) {
        if (!match.allowedMethods.isEmpty()) {
            QByteArray allow = match.allowedMethods.join(", ");
            if (match.allowedMethods.contains("GET"))
                allow += ", HEAD";
            ApiResponse response = ApiResponse::problem(405, u"method-not-allowed"_s, u"Method not allowed"_s,
                u"%1 is not allowed on %2; allowed: %3."_s.arg(QString::fromLatin1(meta.method), meta.path, QString::fromLatin1(allow)));
            response.withHeader("Allow", allow);
            answerNow(request, socket, meta, response);
        } else {
            answerNow(request, socket, meta,
                      ApiResponse::problem(404, u"not-found"_s, u"No such resource"_s,
                                           u"There is nothing at %1."_s.arg(meta.path)));
        }
        return true;
    }
    meta.pathParams = match.params;
    meta.routePattern = match.route->pattern;

    auto queue = queueFor(socket);
    auto pending = std::make_shared<Pending>(makeResponder(request, socket));
    pending->request = std::move(meta);
    pending->head = pending->request.method == "HEAD";
    pending->timer.start();
    queue->pending.push_back(pending);

    std::weak_ptr<ConnectionQueue> weakQueue = queue;
    const Route* route = match.route;
    m_workers.start([this, weakQueue, pending = std::move(pending), route]() mutable {
        ApiResponse response = m_pipeline.process(pending->request, *route);
        // The worker keeps no reference: the responder lives and dies on the
        // server thread, which owns the socket.
        QMetaObject::invokeMethod(this, [this, weakQueue, pending = std::move(pending), response = std::move(response)]() mutable {
            complete(weakQueue, pending, std::move(response));
        }, Qt::QueuedConnection);
    });
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    ApiRequest meta;
    meta.method = methodName(request.method());
    meta.path = request.url().path();
    meta.requestId = requestIdFor(request.value("X-Request-ID"));
    answerNow(request, socket, meta,
              ApiResponse::problem(404, u"not-found"_s, u"No such resource"_s, u"There is nothing at %1."_s.arg(meta.path)));
}

void ApiServer::answerNow(const QHttpServerRequest& request, QTcpSocket* socket, ApiRequest meta, ApiResponse response)
{
    auto queue = queueFor(socket);
    auto pending = std::make_shared<Pending>(makeResponder(request, socket));
    pending->request = std::move(meta);
    pending->head = pending->request.method == "HEAD";
    pending->timer.start();
    pending->response = std::move(response);
    queue->pending.push_back(std::move(pending));
    flush(*queue);
}

void ApiServer::complete(const std::weak_ptr<ConnectionQueue>& weakQueue, const std::shared_ptr<Pending>& pending,
                         ApiResponse response)
{
    pending->response = std::move(response);
    if (auto queue = weakQueue.lock())
        flush(*queue);
}

void ApiServer::flush(ConnectionQueue& queue)
{
    // Answers leave in the order the requests came, whatever order the
    // workers finish in.
    while (!queue.pending.empty() && queue.pending.front()->response) {
        std::shared_ptr<Pending> next = std::move(queue.pending.front());
        queue.pending.pop_front();
        write(*next);
    }
}

void ApiServer::write(Pending& pending)
{
    ApiResponse& response = *pending.response;
    if (response.contentType == "application/problem+json") {
        // Which request failed, so a person reporting the error can quote it.
        QJsonObject problem = QJsonDocument::fromJson(response.body).object();
        problem.insert(u"instance"_s, pending.request.path);
        problem.insert(u"requestId"_s, pending.request.requestId);
        response.body = QJsonDocument(problem).toJson(QJsonDocument::Compact);
    }
    QHttpServerResponder& responder = pending.responder;
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    if (!response.contentType.isEmpty())
        responder.writeHeader("Content-Type", response.contentType);
    if (response.status != 304 && response.status != 204)
        responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeHeader("X-Request-ID", pending.request.requestId.toLatin1());
    bool hasCacheControl = false;
    for (const auto& [name, value] : response.headers) {
        responder.writeHeader(name, value);
        hasCacheControl = hasCacheControl || name.compare("Cache-Control", Qt::CaseInsensitive) == 0;
    }
    if (!hasCacheControl)
        responder.writeHeader("Cache-Control", "no-store");
    responder.writeBody(pending.head || response.status == 304 || response.status == 204 ? QByteArray() : response.body);

    const double seconds = pending.timer.nsecsElapsed() / 1e9;
    const QString route = pending.request.routePattern.isEmpty() ? u"(unmatched)"_s : pending.request.routePattern;
    m_metrics.recordRequest(route, pending.request.method, response.status, seconds);
    if (m_accessLog) {
        QJsonObject line{
            {u"time"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {u"requestId"_s, pending.request.requestId},
            {u"remote"_s, pending.request.remoteAddress.toString()},
            {u"method"_s, QString::fromLatin1(pending.request.method)},
            {u"path"_s, pending.request.path},
            {u"status"_s, response.status},
            {u"ms"_s, qRound(seconds * 10000) / 10.0},
            {u"bytes"_s, response.body.size()},
        };
        if (!response.problemType.isEmpty())
            line.insert(u"problem"_s, response.problemType);
        const QByteArray text = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
        std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), stderr);
    }
}

} // namespace buurtmunt::server
