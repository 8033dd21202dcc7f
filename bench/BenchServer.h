// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Result.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace buurtmunt::bench {

// The real buurtmunt-server binary on 127.0.0.1 for a benchmark, started the
// way an operator would (`serve --no-access-log`), so logging to a pipe does
// not weigh on the figures. tests/support's ServerProcess takes no extra
// arguments, hence this small sibling.
class BenchServer final {
public:
    explicit BenchServer(QString binary);
    ~BenchServer();
    BenchServer(const BenchServer&) = delete;
    BenchServer& operator=(const BenchServer&) = delete;

    // Waits for "Ready"; the error carries what the server printed.
    Status start(const QString& dataDir, const QStringList& extraArguments = {});
    void stop();

    QUrl url() const { return m_url; }
    QByteArray fingerprint() const { return m_fingerprint; }  // raw SHA-256, 32 bytes
    QString dataDir() const { return m_dataDir; }

    // `buurtmunt-server enrolment-code --data-dir DIR --role ROLE`
    Result<QString> enrolmentCode(const QString& role) const;

private:
    QString m_binary;
    QString m_dataDir;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QUrl m_url;
    QByteArray m_fingerprint;
};

} // namespace buurtmunt::bench
