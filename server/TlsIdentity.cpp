// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TlsIdentity.h"

#include <QDir>
#include <QFile>
#include <QHostInfo>
#include <QSaveFile>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace buurtmunt::server {

namespace {

template <typename T, void (*Free)(T*)>
struct Deleter {
    void operator()(T* p) const { Free(p); }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;

QByteArray bioContents(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

Error opensslError(const QString& what)
{
    return Error{u"certificate-generation-failed"_s, u"Could not generate the server certificate: %1 failed."_s.arg(what)};
}

bool addExtension(X509* cert, int nid, const char* value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    ExtPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

// A P-256 key and a ten-year self-signed certificate for localhost, the
// loopback addresses and this host's name.
Result<std::pair<QByteArray, QByteArray>> generateSelfSigned()
{
    PKeyPtr key(EVP_EC_gen("P-256"));
    if (!key)
        return opensslError(u"key generation"_s);
    X509Ptr cert(X509_new());
    if (!cert)
        return opensslError(u"X509_new"_s);
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return opensslError(u"random serial"_s);
    serial[0] &= 0x7f;
    BIGNUM* bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 10L * 365 * 24 * 3600);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME* name = X509_get_subject_name(cert.get());
    const QByteArray host = QHostInfo::localHostName().toUtf8();
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>("Buurtmunt"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>("buurtmunt-server"), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    QByteArray san = "DNS:localhost,IP:127.0.0.1,IP:::1";
    if (!host.isEmpty() && host != "localhost")
        san += ",DNS:" + host;
    if (!addExtension(cert.get(), NID_subject_alt_name, san.constData())
        || !addExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(cert.get(), NID_key_usage, "critical,digitalSignature,keyAgreement")
        || !addExtension(cert.get(), NID_ext_key_usage, "serverAuth"))
        return opensslError(u"adding certificate extensions"_s);
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) == 0)
        return opensslError(u"signing"_s);

    BioPtr certBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (!certBio || !keyBio || PEM_write_bio_X509(certBio.get(), cert.get()) != 1
        || PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return opensslError(u"PEM encoding"_s);
    return std::pair{bioContents(certBio.get()), bioContents(keyBio.get())};
}

Status writeFile(const QString& path, const QByteArray& data, QFileDevice::Permissions permissions)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(u"file-not-writable"_s, u"Cannot write %1: %2"_s.arg(path, file.errorString()));
    file.setPermissions(permissions);
    file.write(data);
    if (!file.commit())
        return Status::failure(u"file-not-writable"_s, u"Cannot write %1: %2"_s.arg(path, file.errorString()));
    return {};
}

} // namespace

Result<TlsIdentity> TlsIdentity::load(const QString& certificatePath, const QString& keyPath)
{
    QFile certFile(certificatePath);
    if (!certFile.open(QIODevice::ReadOnly))
        return Result<TlsIdentity>::failure(u"certificate-unreadable"_s,
            u"Cannot read the TLS certificate %1: %2"_s.arg(certificatePath, certFile.errorString()));
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return Result<TlsIdentity>::failure(u"certificate-unreadable"_s,
            u"Cannot read the TLS key %1: %2"_s.arg(keyPath, keyFile.errorString()));
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return Result<TlsIdentity>::failure(u"certificate-invalid"_s,
            u"%1 holds no PEM certificate."_s.arg(certificatePath));
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        return Result<TlsIdentity>::failure(u"certificate-invalid"_s,
            u"%1 holds no PEM private key (EC or RSA)."_s.arg(keyPath));
    TlsIdentity identity;
    identity.m_certificate = chain.first();
    identity.m_key = key;
    return identity;
}

Result<TlsIdentity> TlsIdentity::loadOrCreate(const QString& dataDir)
{
    const QString certPath = QDir(dataDir).filePath(u"server.crt"_s);
    const QString keyPath = QDir(dataDir).filePath(u"server.key"_s);
    if (!QFile::exists(certPath) || !QFile::exists(keyPath)) {
        auto generated = generateSelfSigned();
        if (!generated)
            return generated.error();
        if (Status s = writeFile(keyPath, generated.value().second, QFileDevice::ReadOwner | QFileDevice::WriteOwner); !s)
            return s.error();
        if (Status s = writeFile(certPath, generated.value().first,
                                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther); !s)
            return s.error();
    }
    return load(certPath, keyPath);
}

QByteArray TlsIdentity::fingerprint() const
{
    return m_certificate.digest(QCryptographicHash::Sha256);
}

QString TlsIdentity::fingerprintText() const
{
    return QString::fromLatin1(fingerprint().toHex(':').toUpper());
}

} // namespace buurtmunt::server
