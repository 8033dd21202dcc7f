// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ServerProcess.h"

#include "core/net/Fingerprint.h"
#include "core/secrets/SecretStore.h"
#include "core/store/LocalStore.h"
#include "ui/common/EnrolmentFingerprintPage.h"
#include "ui/common/EnrolmentResultPage.h"
#include "ui/common/EnrolmentServerPage.h"
#include "ui/common/EnrolmentWizard.h"
#include "ui/common/LanguageSwitcher.h"
#include "ui/common/Theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace buurtmunt;

// First start of a kiosk against the real server: the operator fills in the
// wizard, compares the fingerprint, and the device ends up enrolled with its
// secret in the real keychain.
class TestEnrolmentWizard : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void badInputIsNamedOnThePage();
    void enrolsAfterTheFingerprintIsConfirmed();
    void usedCodeIsExplainedInPlainWords();

private:
    struct Device {
        QTemporaryDir dir;
        std::unique_ptr<LocalStore> store;
        std::unique_ptr<SecretStore> secrets;
        std::unique_ptr<EnrolmentWizard> wizard;
    };
    std::unique_ptr<Device> newDevice(const QString& profile);
    void fillServerPage(EnrolmentWizard& wizard, const QString& url, const QString& code, const QString& name);
    static void clickButton(EnrolmentWizard& wizard, QWizard::WizardButton which)
    {
        QAbstractButton* button = wizard.button(which);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }

    test::ServerProcess m_server;
    QNetworkAccessManager m_network;
    LanguageSwitcher m_languages;
    QString m_code;
    QStringList m_profiles;
};

void TestEnrolmentWizard::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("No D-Bus session: run through scripts/test.sh or scripts/with-keyring.sh (gnome-keyring).");
    QVERIFY2(!test::ServerProcess::serverBinary().isEmpty(), "BUURTMUNT_SERVER_BIN is not set");
    Theme::kiosk().apply(*qApp);
    QVERIFY(m_languages.setLanguage(u"en"_s));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_code = m_server.enrolmentCode(u"kiosk"_s, std::nullopt, u"Centrum"_s);
    QVERIFY2(!m_code.isEmpty(), qPrintable(m_server.errorString()));
}

void TestEnrolmentWizard::cleanupTestCase()
{
    for (const QString& profile : std::as_const(m_profiles))
        (void)SecretStore(profile).removeBlocking(SecretStore::deviceSecretKey());
}

std::unique_ptr<TestEnrolmentWizard::Device> TestEnrolmentWizard::newDevice(const QString& profile)
{
    auto device = std::make_unique<Device>();
    const QString unique = u"%1-%2"_s.arg(profile).arg(QCoreApplication::applicationPid());
    m_profiles << unique;
    device->store = std::make_unique<LocalStore>(device->dir.path());
    if (!device->store->open().ok())
        return nullptr;
    device->secrets = std::make_unique<SecretStore>(unique);
    device->wizard = std::make_unique<EnrolmentWizard>(&m_network, device->store.get(), device->secrets.get());
    device->wizard->resize(1280, 800);
    device->wizard->show();
    return device;
}

void TestEnrolmentWizard::fillServerPage(EnrolmentWizard& wizard, const QString& url, const QString& code,
                                         const QString& name)
{
    for (const auto& [objectName, text] : {std::pair{u"serverUrlEdit"_s, url}, std::pair{u"codeEdit"_s, code},
                                           std::pair{u"deviceNameEdit"_s, name}}) {
        auto* edit = wizard.findChild<QLineEdit*>(objectName);
        QVERIFY(edit);
        edit->clear();
        QTest::keyClicks(edit, text);
    }
}

void TestEnrolmentWizard::badInputIsNamedOnThePage()
{
    auto device = newDevice(u"wizard-bad"_s);
    QVERIFY(device);
    EnrolmentWizard& wizard = *device->wizard;
    auto* error = wizard.serverPage()->findChild<QLabel*>(u"errorLabel"_s);

    fillServerPage(wizard, u"http://example.org"_s, u"ABC"_s, u"Kiosk"_s);
    clickButton(wizard, QWizard::NextButton);
    QCOMPARE(wizard.currentId(), int(EnrolmentWizard::ServerPageId));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"https://"_s), qPrintable(error->text()));
    QVERIFY2(error->text().contains(u"\"ABC\""_s), qPrintable(error->text()));

    // Lower case and spaces in the code are what people type; they are fine.
    fillServerPage(wizard, m_server.url().toString(), u"abcd efgh jkmn"_s, u"Kiosk"_s);
    QVERIFY(wizard.serverPage()->validatePage());
    QCOMPARE(wizard.serverPage()->code(), u"ABCD-EFGH-JKMN"_s);
    QVERIFY(EnrolmentServerPage::nameProblem(u"   "_s).contains(u"name"_s));
}

void TestEnrolmentWizard::enrolsAfterTheFingerprintIsConfirmed()
{
    auto device = newDevice(u"wizard-ok"_s);
    QVERIFY(device);
    EnrolmentWizard& wizard = *device->wizard;
    QSignalSpy enrolled(&wizard, &EnrolmentWizard::enrolled);

    fillServerPage(wizard, m_server.url().toString(), m_code, u"Kiosk Bibliotheek Centrum"_s);
    clickButton(wizard, QWizard::NextButton);
    QCOMPARE(wizard.currentId(), int(EnrolmentWizard::FingerprintPageId));

    // The fingerprint shown is the one the server printed, in rows of eight.
    auto* shown = wizard.fingerprintPage()->findChild<QLabel*>(u"fingerprintLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(shown->isVisible(), 20000);
    QCOMPARE(QString(shown->text()).replace(u'\n', u':'), m_server.fingerprintText());
    QCOMPARE(shown->text().count(u'\n'), 3);
    QVERIFY(shown->font().pointSizeF() >= 24);
    QVERIFY(shown->font().fixedPitch() || shown->font().styleHint() == QFont::Monospace);

    // Not before the operator says it matches.
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    auto* matches = wizard.fingerprintPage()->findChild<QCheckBox*>(u"fingerprintMatchesCheck"_s);
    QVERIFY(!matches->accessibleName().isEmpty());
    QTest::mouseClick(matches, Qt::LeftButton, {}, QPoint(10, matches->height() / 2));
    QVERIFY(matches->isChecked());
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

    if (const QString dir = qEnvironmentVariable("BUURTMUNT_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        QVERIFY(wizard.grab().save(dir + u"/enrolment-fingerprint.png"_s));
    }

    clickButton(wizard, QWizard::NextButton);
    QCOMPARE(wizard.currentId(), int(EnrolmentWizard::ResultPageId));
    QVERIFY(enrolled.wait(20000) || enrolled.size() == 1);
    auto* status = wizard.resultPage()->findChild<QLabel*>(u"enrolmentStatus"_s);
    QVERIFY2(status->text().contains(u"resident kiosk"_s), qPrintable(status->text()));
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    QVERIFY(!wizard.button(QWizard::BackButton)->isVisible());

    // What was stored is what the server said, with the confirmed pin.
    const auto stored = device->store->enrolment();
    QVERIFY(stored.ok() && stored.value().has_value());
    const Enrolment& e = *stored.value();
    QCOMPARE(e.role, u"kiosk"_s);
    QCOMPARE(e.deviceName, u"Kiosk Bibliotheek Centrum"_s);
    QCOMPARE(e.neighbourhood, u"Centrum"_s);
    QCOMPARE(e.fingerprint, m_server.fingerprint());
    QVERIFY(e.deviceId.isValid());
    QCOMPARE(wizard.enrolment()->deviceId, e.deviceId);
    const auto secret = device->secrets->readBlocking(SecretStore::deviceSecretKey());
    QVERIFY2(secret.ok() && secret->size() >= 40, qPrintable(secret.ok() ? *secret : secret.error().message));

    clickButton(wizard, QWizard::FinishButton);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
}

void TestEnrolmentWizard::usedCodeIsExplainedInPlainWords()
{
    auto device = newDevice(u"wizard-used"_s);
    QVERIFY(device);
    EnrolmentWizard& wizard = *device->wizard;
    fillServerPage(wizard, m_server.url().toString(), m_code, u"Second kiosk"_s);
    clickButton(wizard, QWizard::NextButton);
    auto* matches = wizard.fingerprintPage()->findChild<QCheckBox*>(u"fingerprintMatchesCheck"_s);
    QTRY_VERIFY_WITH_TIMEOUT(matches->isVisible(), 20000);
    matches->setChecked(true);
    clickButton(wizard, QWizard::NextButton);

    auto* error = wizard.resultPage()->findChild<QLabel*>(u"errorLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
    QVERIFY2(error->text().contains(u"already used"_s), qPrintable(error->text()));
    QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
    QVERIFY(!device->store->enrolment().value().has_value());
    // The operator can go back and enter a new code.
    QVERIFY(wizard.button(QWizard::BackButton)->isEnabled());
}

QTEST_MAIN(TestEnrolmentWizard)
#include "TestEnrolmentWizard.moc"
