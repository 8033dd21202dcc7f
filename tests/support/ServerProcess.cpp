// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace buurtmunt::test {

ServerProcess::ServerProcess() = default;

ServerProcess::~ServerProcess()
{
    stop();
}

QString ServerProcess::serverBinary()
{
    return qEnvironmentVariable("BUURTMUNT_SERVER_BIN");
}

QString ServerProcess::postgresUrl()
{
    return qEnvironmentVariable("BUURTMUNT_TEST_PG_URL");
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

QStringList ServerProcess::databaseArguments() const
{
    QStringList arguments{u"--data-dir"_s, m_dataDir};
    if (!m_databaseUrl.isEmpty())
        arguments << u"--database"_s << m_databaseUrl;
    return arguments;
}

bool ServerProcess::start(const Options& options)
{
    stop();
    m_error.clear();
    m_stdout.clear();
    m_stderr.clear();
    m_url.clear();
    m_fingerprint.clear();
    m_fingerprintText.clear();

    m_binary = options.binary.isEmpty() ? serverBinary() : options.binary;
    const QString binary = m_binary;
    if (binary.isEmpty()) {
        m_error = u"BUURTMUNT_SERVER_BIN is not set: buurtmunt-server was not built with this test."_s;
        return false;
    }
    if (options.dataDir.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        if (!m_tempDir->isValid()) {
            m_error = u"Cannot create a temporary data directory: "_s + m_tempDir->errorString();
            return false;
        }
        m_dataDir = m_tempDir->path();
    } else {
        m_dataDir = options.dataDir;
    }
    m_databaseUrl = options.databaseUrl;

    QStringList arguments{u"serve"_s};
    arguments << databaseArguments() << u"--listen"_s << u"127.0.0.1:0"_s;
    if (options.demoData)
        arguments << u"--demo-data"_s;
    arguments << options.extraArguments;

    m_process = std::make_unique<QProcess>();
    m_process->setProgram(binary);
    m_process->setArguments(arguments);
    QProcess* process = m_process.get();
    // Keep draining both pipes for the whole life of the server, so a chatty
    // log can never block it on a full pipe.
    QObject::connect(process, &QProcess::readyReadStandardOutput, process,
                     [this, process] { m_stdout += process->readAllStandardOutput(); });
    QObject::connect(process, &QProcess::readyReadStandardError, process,
                     [this, process] { m_stderr += process->readAllStandardError(); });
    process->start();
    if (!process->waitForStarted(5000)) {
        m_error = u"Cannot start %1: %2"_s.arg(binary, process->errorString());
        return false;
    }

    QDeadlineTimer deadline(options.readyTimeoutMs);
    bool ready = false;
    while (!ready && !deadline.hasExpired()) {
        process->waitForReadyRead(100);
        m_stdout += process->readAllStandardOutput();
        m_stderr += process->readAllStandardError();
        const QList<QByteArray> lines = m_stdout.split('\n');
        for (const QByteArray& raw : lines) {
            const QString line = QString::fromUtf8(raw).trimmed();
            if (line.startsWith(u"Listening on "_s))
                m_url = QUrl(line.mid(13).trimmed());
            else if (line.startsWith(u"Certificate SHA-256 fingerprint:"_s))
                m_fingerprintText = line.section(u':', 1).trimmed();
            else if (line == u"Ready"_s)
                ready = true;
        }
        if (!ready && process->state() == QProcess::NotRunning)
            break;
    }
    if (!ready) {
        m_error = (process->state() == QProcess::NotRunning
                       ? u"buurtmunt-server exited with code %1 before it was ready."_s.arg(process->exitCode())
                       : u"buurtmunt-server was not ready within %1 ms."_s.arg(options.readyTimeoutMs))
                  + u"\nstdout:\n"_s + standardOutput() + u"\nstderr:\n"_s + standardError();
        stop();
        return false;
    }
    QByteArray hex = m_fingerprintText.toLatin1();
    hex.replace(':', QByteArray());
    m_fingerprint = QByteArray::fromHex(hex);
    if (!m_url.isValid() || m_url.scheme() != u"https"_s || m_url.port() <= 0 || m_fingerprint.size() != 32) {
        m_error = u"buurtmunt-server's start-up lines lack a usable URL or fingerprint:\n"_s + standardOutput();
        stop();
        return false;
    }
    return true;
}

void ServerProcess::stop()
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
    m_stdout += m_process->readAllStandardOutput();
    m_stderr += m_process->readAllStandardError();
    m_process.reset();
}

int ServerProcess::runCli(const QStringList& arguments, QByteArray* standardOutput, QByteArray* standardError)
{
    QProcess cli;
    cli.start(m_binary.isEmpty() ? serverBinary() : m_binary, arguments);
    if (!cli.waitForStarted(5000) || !cli.waitForFinished(30000)) {
        m_error = u"buurtmunt-server %1 did not run: %2"_s.arg(arguments.join(u' '), cli.errorString());
        cli.kill();
        cli.waitForFinished(2000);
        return -1;
    }
    const QByteArray out = cli.readAllStandardOutput();
    const QByteArray err = cli.readAllStandardError();
    if (standardOutput)
        *standardOutput = out;
    if (standardError)
        *standardError = err;
    if (cli.exitStatus() != QProcess::NormalExit) {
        m_error = u"buurtmunt-server %1 crashed.\nstderr:\n%2"_s.arg(arguments.join(u' '), QString::fromUtf8(err));
        return -1;
    }
    if (cli.exitCode() != 0)
        m_error = u"buurtmunt-server %1 exited with %2.\nstderr:\n%3"_s.arg(arguments.join(u' '))
                      .arg(cli.exitCode())
                      .arg(QString::fromUtf8(err));
    return cli.exitCode();
}

QString ServerProcess::enrolmentCode(const QString& role, std::optional<qint64> shopId, const QString& neighbourhood)
{
    QStringList arguments{u"enrolment-code"_s};
    arguments << databaseArguments() << u"--role"_s << role;
    if (shopId)
        arguments << u"--shop"_s << QString::number(*shopId);
    if (!neighbourhood.isEmpty())
        arguments << u"--neighbourhood"_s << neighbourhood;
    QByteArray out;
    if (runCli(arguments, &out) != 0)
        return {};
    const QString code = QString::fromUtf8(out).trimmed().section(u'\n', 0, 0).trimmed();
    if (code.isEmpty())
        m_error = u"buurtmunt-server enrolment-code printed no code."_s;
    return code;
}

bool ServerProcess::revokeDevice(qint64 deviceId)
{
    QStringList arguments{u"revoke-device"_s};
    arguments << databaseArguments() << u"--device"_s << QString::number(deviceId);
    return runCli(arguments) == 0;
}

QString ServerProcess::newDeviceSecret()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), 8);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString ServerProcess::freshPostgresDatabase(QString* error)
{
    const QUrl base(postgresUrl());
    if (!base.isValid() || base.host().isEmpty()) {
        if (error)
            *error = u"BUURTMUNT_TEST_PG_URL is not set or not a postgresql:// URL."_s;
        return {};
    }
    const QString name = u"buurtmunt_test_"_s
                         + QString::number(QRandomGenerator::system()->generate64(), 36);
    const QString connection = u"buurtmunt-testsupport-"_s + name;
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
        db.setHostName(base.host());
        db.setPort(base.port(5432));
        db.setUserName(base.userName());
        db.setPassword(base.password());
        db.setDatabaseName(base.path().mid(1));
        if (!db.open()) {
            failure = u"Cannot connect to %1: %2"_s.arg(base.toDisplayString(QUrl::RemovePassword),
                                                       db.lastError().text());
        } else {
            QSqlQuery query(db);
            if (!query.exec(u"CREATE DATABASE "_s + name))
                failure = u"CREATE DATABASE %1 failed: %2"_s.arg(name, query.lastError().text());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return {};
    }
    QUrl fresh = base;
    fresh.setPath(u'/' + name);
    return fresh.toString();
}

} // namespace buurtmunt::test
