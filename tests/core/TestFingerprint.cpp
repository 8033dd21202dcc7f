// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "core/net/Fingerprint.h"

#include <QSslCertificate>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace buurtmunt;

class TestFingerprint : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void formatsAsUpperCasePairs();
    void parsesWhatPeopleType_data();
    void parsesWhatPeopleType();
    void refusesBadInput_data();
    void refusesBadInput();
    void hashesTheCertificateDer();
};

namespace {
QByteArray sample()
{
    QByteArray bytes;
    for (int i = 0; i < 32; ++i)
        bytes.append(char(i * 7 + 3));
    return bytes;
}
} // namespace

void TestFingerprint::formatsAsUpperCasePairs()
{
    const QString text = Fingerprint::format(sample());
    QCOMPARE(text.size(), 32 * 3 - 1);
    QVERIFY(text.startsWith(u"03:0A:11:18"_s));
    QCOMPARE(text, text.toUpper());
    QCOMPARE(text.count(u':'), 31);
}

void TestFingerprint::parsesWhatPeopleType_data()
{
    QTest::addColumn<QString>("text");
    const QString canonical = Fingerprint::format(sample());
    QTest::newRow("as the server prints it") << canonical;
    QTest::newRow("lower case") << canonical.toLower();
    QTest::newRow("no separators") << QString(canonical).remove(u':');
    QTest::newRow("spaces instead of colons") << QString(canonical).replace(u':', u' ');
    QTest::newRow("groups with dashes and a trailing newline")
        << QString(canonical).remove(u':').insert(16, u'-').insert(33, u" ") + u"\n"_s;
}

void TestFingerprint::parsesWhatPeopleType()
{
    QFETCH(QString, text);
    const Result<QByteArray> parsed = Fingerprint::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(*parsed, sample());
}

void TestFingerprint::refusesBadInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");
    const QString canonical = Fingerprint::format(sample());
    QTest::newRow("one pair short") << canonical.left(canonical.size() - 3) << u"62"_s;
    QTest::newRow("one digit too many") << canonical + u"A"_s << u"65"_s;
    QTest::newRow("SHA-1 length") << canonical.left(20 * 3 - 1) << u"40"_s;
    QTest::newRow("empty") << QString() << u"0"_s;
    QTest::newRow("letter outside hex") << QString(canonical).replace(0, 1, u"G"_s) << u"G"_s;
}

void TestFingerprint::refusesBadInput()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    const Result<QByteArray> parsed = Fingerprint::parse(text);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, u"invalid-fingerprint"_s);
    QVERIFY2(parsed.error().message.contains(mentions), qPrintable(parsed.error().message));
}

void TestFingerprint::hashesTheCertificateDer()
{
    // openssl computes the reference value, so the test does not just repeat our code.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString cert = dir.filePath(u"cert.pem"_s);
    QProcess make;
    make.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                              u"ec_paramgen_curve:P-256"_s, u"-nodes"_s, u"-keyout"_s,
                              dir.filePath(u"key.pem"_s), u"-out"_s, cert, u"-days"_s, u"2"_s,
                              u"-subj"_s, u"/CN=127.0.0.1"_s});
    QVERIFY(make.waitForFinished(20000));
    QCOMPARE(make.exitCode(), 0);
    QProcess print;
    print.start(u"openssl"_s, {u"x509"_s, u"-in"_s, cert, u"-noout"_s, u"-fingerprint"_s, u"-sha256"_s});
    QVERIFY(print.waitForFinished(20000));
    const QString expected = QString::fromLatin1(print.readAllStandardOutput()).section(u'=', 1).trimmed();
    QCOMPARE(expected.size(), 95);

    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(cert);
    QCOMPARE(certificates.size(), 1);
    QCOMPARE(Fingerprint::format(Fingerprint::of(certificates.first())), expected);
    QCOMPARE(Fingerprint::of(QSslCertificate()), QByteArray());
}

QTEST_GUILESS_MAIN(TestFingerprint)
#include "TestFingerprint.moc"
