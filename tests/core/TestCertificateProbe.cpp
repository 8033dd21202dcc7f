// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "CoreTestSession.h"

#include "core/net/CertificateProbe.h"
#include "core/net/Fingerprint.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace buurtmunt;
using namespace buurtmunt::test;

class TestCertificateProbe : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsTheFingerprintTheServerPrinted();
    void tellsServersApart();
    void reportsWhatIsWrong();

private:
    ServerProcess m_server;
};

void TestCertificateProbe::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestCertificateProbe::showsTheFingerprintTheServerPrinted()
{
    CertificateProbe probe;
    QSignalSpy probed(&probe, &CertificateProbe::probed);
    QSignalSpy failed(&probe, &CertificateProbe::failed);
    probe.probe(m_server.url());
    QVERIFY(probed.wait(10000));
    QCOMPARE(failed.size(), 0);
    const QByteArray fingerprint = probed.first().at(0).toByteArray();
    QCOMPARE(fingerprint, m_server.fingerprint());
    QCOMPARE(Fingerprint::format(fingerprint), m_server.fingerprintText());
    QVERIFY(!probed.first().at(1).value<QSslCertificate>().isNull());
}

void TestCertificateProbe::tellsServersApart()
{
    ServerProcess other;
    QVERIFY2(other.start(), qPrintable(other.errorString()));
    QVERIFY(other.fingerprint() != m_server.fingerprint());
    CertificateProbe probe;
    QSignalSpy probed(&probe, &CertificateProbe::probed);
    probe.probe(other.url());
    QVERIFY(probed.wait(10000));
    QCOMPARE(probed.first().at(0).toByteArray(), other.fingerprint());
}

void TestCertificateProbe::reportsWhatIsWrong()
{
    CertificateProbe probe;
    QSignalSpy failed(&probe, &CertificateProbe::failed);
    probe.probe(closedPortUrl());
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().value<Error>().code, u"network"_s);

    QUrl plain = m_server.url();
    plain.setScheme(u"http"_s);
    probe.probe(plain);
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.last().first().value<Error>().code, u"insecure-url"_s);
}

QTEST_GUILESS_MAIN(TestCertificateProbe)
#include "TestCertificateProbe.moc"
