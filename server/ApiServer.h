// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Result.h"
#include "server/ConnectionGuard.h"
#include "server/Metrics.h"
#include "server/RequestPipeline.h"
#include "server/Router.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QHttpServerResponder>
#include <QThreadPool>

#include <deque>
#include <memory>
#include <optional>

class QTcpSocket;

namespace buurtmunt::server {

class TlsIdentity;
template <typename Server>
class GuardedServer;

// The HTTP front of buurtmunt-server on Qt HttpServer. Requests are parsed on
// this object's thread and processed on a worker pool (one database
// connection per worker); answers are written back here, in request order per
// connection.
class ApiServer final : public QAbstractHttpServer {
    Q_OBJECT
public:
    ApiServer(const Router& router, RequestPipeline& pipeline, Metrics& metrics, ConnectionLimits limits,
              int workerThreads, QObject* parent = nullptr);
    ~ApiServer() override;

    Result<quint16> listenTls(const QHostAddress& address, quint16 port, const TlsIdentity& identity);
    // Plain HTTP is only for running behind a TLS-terminating proxy on the same host.
    Result<quint16> listenPlain(const QHostAddress& address, quint16 port);

    void setAccessLogEnabled(bool enabled) { m_accessLog = enabled; }

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    struct Pending {
        explicit Pending(QHttpServerResponder&& r) : responder(std::move(r)) {}
        QHttpServerResponder responder;
        std::optional<ApiResponse> response;
        ApiRequest request;
        QElapsedTimer timer;
        bool head = false;
    };
    struct ConnectionQueue {
        std::deque<std::shared_ptr<Pending>> pending;
    };

    std::shared_ptr<ConnectionQueue> queueFor(QTcpSocket* socket);
    void answerNow(const QHttpServerRequest& request, QTcpSocket* socket, ApiRequest meta, ApiResponse response);
    void complete(const std::weak_ptr<ConnectionQueue>& queue, const std::shared_ptr<Pending>& pending, ApiResponse response);
    void flush(ConnectionQueue& queue);
    void write(Pending& pending);
    void attachGuard(QTcpSocket* socket);

    const Router& m_router;
    RequestPipeline& m_pipeline;
    Metrics& m_metrics;
    ConnectionLimits m_limits;
    QThreadPool m_workers;
    QHash<QTcpSocket*, std::shared_ptr<ConnectionQueue>> m_queues;
    bool m_accessLog = true;

    template <typename Server>
    friend class GuardedServer;
};

} // namespace buurtmunt::server
