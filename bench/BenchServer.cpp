// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "BenchServer.h"

#include <QDeadlineTimer>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace buurtmunt::bench {

namespace {
constexpr int kReadyTimeoutMs = 60000;
}

BenchServer::BenchServer(QString binary)
    : m_binary(std::move(binary))
{
}

BenchServer::~BenchServer()
{
    stop();
}

Status BenchServer::start(const QString& dataDir, const QStringList& extraArguments)
{
    stop();
    m_dataDir = dataDir;
    m_stdout.clear();
    m_stderr.clear();
    m_url.clear();
    m_fingerprint.clear();
    if (!QFileInfo(m_binary).isExecutable())
        return Status::failure(u"server-binary"_s,
                               u"The server binary \"%1\" does not exist or is not executable; build the "
                               "buurtmunt-server target or pass --server-bin."_s.arg(m_binary));

    m_process = std::make_unique<QProcess>();
    QProcess* process = m_process.get();
    QStringList arguments{u"serve"_s, u"--data-dir"_s, dataDir, u"--listen"_s, u"127.0.0.1:0"_s, u"--no-access-log"_s};
    arguments << extraArguments;
    // Both pipes are drained for the server's whole life, so it can never
    // stall on a full pipe in the middle of a measurement.
    QObject::connect(process, &QProcess::readyReadStandardOutput, process,
                     [this, process] { m_stdout += process->readAllStandardOutput(); });
    QObject::connect(process, &QProcess::readyReadStandardError, process,
                     [this, process] { m_stderr += process->readAllStandardError(); });
    process->start(m_binary, arguments);
    if (!process->waitForStarted(5000))
        return Status::failure(u"server-start"_s, u"Cannot start %1: %2"_s.arg(m_binary, process->errorString()));

    QDeadlineTimer deadline(kReadyTimeoutMs);
    QString fingerprintText;
    bool ready = false;
    while (!ready && !deadline.hasExpired() && process->state() != QProcess::NotRunning) {
        process->waitForReadyRead(100);
        m_stdout += process->readAllStandardOutput();
        m_stderr += process->readAllStandardError();
        const QList<QByteArray> lines = m_stdout.split('\n');
        for (const QByteArray& raw : lines) {
            const QString line = QString::fromUtf8(raw).trimmed();
            if (line.startsWith(u"Listening on "_s))
                m_url = QUrl(line.mid(13).trimmed());
            else if (line.startsWith(u"Certificate SHA-256 fingerprint:"_s))
                fingerprintText = line.section(u':', 1).trimmed();
            else if (line == u"Ready"_s)
                ready = true;
        }
    }
    const QString printed = u"\nstdout:\n"_s + QString::fromUtf8(m_stdout) + u"\nstderr:\n"_s + QString::fromUtf8(m_stderr);
    if (!ready) {
        const bool exited = process->state() == QProcess::NotRunning;
        stop();
        return Status::failure(u"server-start"_s,
                               (exited ? u"buurtmunt-server exited before it was ready."_s
                                       : u"buurtmunt-server was not ready within %1 s."_s.arg(kReadyTimeoutMs / 1000))
                                   + printed);
    }
    m_fingerprint = QByteArray::fromHex(fingerprintText.toLatin1().replace(':', QByteArray()));
    if (!m_url.isValid() || m_url.port() <= 0 || m_fingerprint.size() != 32) {
        stop();
        return Status::failure(u"server-start"_s, u"The server's start-up lines lack a URL or fingerprint."_s + printed);
    }
    return {};
}

void BenchServer::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

Result<QString> BenchServer::enrolmentCode(const QString& role) const
{
    QProcess cli;
    cli.start(m_binary, {u"enrolment-code"_s, u"--data-dir"_s, m_dataDir, u"--role"_s, role});
    if (!cli.waitForStarted(5000) || !cli.waitForFinished(30000)) {
        cli.kill();
        cli.waitForFinished(2000);
        return Result<QString>::failure(u"enrolment-code"_s, u"buurtmunt-server enrolment-code did not run: %1"_s.arg(cli.errorString()));
    }
    const QString code = QString::fromUtf8(cli.readAllStandardOutput()).trimmed().section(u'\n', 0, 0).trimmed();
    if (cli.exitStatus() != QProcess::NormalExit || cli.exitCode() != 0 || code.isEmpty())
        return Result<QString>::failure(u"enrolment-code"_s, u"buurtmunt-server enrolment-code failed (exit %1): %2"_s
                                                                 .arg(cli.exitCode())
                                                                 .arg(QString::fromUtf8(cli.readAllStandardError())));
    return code;
}

} // namespace buurtmunt::bench
