// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Result.h"

#include <QSslCertificate>
#include <QSslKey>

namespace buurtmunt::server {

// The server's TLS certificate and key. Small set-ups and the demo use a
// self-signed certificate generated into the data directory on first start;
// devices pin its SHA-256 fingerprint at enrolment.
class TlsIdentity final {
public:
    static Result<TlsIdentity> loadOrCreate(const QString& dataDir);
    static Result<TlsIdentity> load(const QString& certificatePath, const QString& keyPath);

    const QSslCertificate& certificate() const { return m_certificate; }
    const QSslKey& key() const { return m_key; }
    QByteArray fingerprint() const;       // raw SHA-256 of the DER certificate
    QString fingerprintText() const;      // "AB:CD:..."

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
};

} // namespace buurtmunt::server
