// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <optional>

namespace buurtmunt::test {

// A real buurtmunt-server on 127.0.0.1 for one test: its own temporary data
// directory (hence its own certificate), SQLite unless a database URL is
// given. Everything it printed is kept for the failure message.
//
//   ServerProcess server;
//   QVERIFY2(server.start(ServerProcess::Options::withDemoData()), qPrintable(server.errorString()));
class ServerProcess final {
public:
    struct Options {
        bool demoData = false;
        QString databaseUrl;  // empty: SQLite in the data directory
        QString dataDir;      // empty: a fresh temporary directory
        int readyTimeoutMs = 20000;
        QString binary;                // empty: serverBinary()
        QStringList extraArguments;    // added to `serve`, e.g. --no-access-log

        static Options withDemoData()
        {
            Options options;
            options.demoData = true;
            return options;
        }
    };

    ServerProcess();
    ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    // From BUURTMUNT_SERVER_BIN; empty when the server is not built.
    static QString serverBinary();

    bool start(const Options& options);
    bool start() { return start(Options{}); }
    void stop();  // SIGTERM, wait, then kill
    bool isRunning() const;

    QUrl url() const { return m_url; }
    QByteArray fingerprint() const { return m_fingerprint; }
    QString fingerprintText() const { return m_fingerprintText; }
    QString dataDir() const { return m_dataDir; }
    QString databaseUrl() const { return m_databaseUrl; }
    // What went wrong last, with the server's stderr appended.
    QString errorString() const { return m_error; }
    QString standardOutput() const { return QString::fromUtf8(m_stdout); }
    QString standardError() const { return QString::fromUtf8(m_stderr); }

    // Runs `buurtmunt-server enrolment-code`; empty on failure (see errorString()).
    QString enrolmentCode(const QString& role, std::optional<qint64> shopId = std::nullopt,
                          const QString& neighbourhood = {});
    bool revokeDevice(qint64 deviceId);
    // Runs another subcommand against this server's data; exit code, or -1.
    int runCli(const QStringList& arguments, QByteArray* standardOutput = nullptr,
               QByteArray* standardError = nullptr);

    // BUURTMUNT_TEST_PG_URL, set by scripts/test.sh; empty without PostgreSQL.
    // A device secret as a device makes it at enrolment: 32 random bytes,
    // unpadded base64url.
    static QString newDeviceSecret();

    static QString postgresUrl();
    // A new, empty database on that server for one test; empty URL on failure.
    static QString freshPostgresDatabase(QString* error = nullptr);

private:
    QStringList databaseArguments() const;

    std::unique_ptr<QTemporaryDir> m_tempDir;
    std::unique_ptr<QProcess> m_process;
    QString m_binary;
    QString m_dataDir;
    QString m_databaseUrl;
    QUrl m_url;
    QByteArray m_fingerprint;
    QString m_fingerprintText;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QString m_error;
};

} // namespace buurtmunt::test
