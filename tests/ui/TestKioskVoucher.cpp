// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "KioskResidentDriver.h"

#include "core/domain/VoucherToken.h"
#include "core/resident/ResidentVoucherModel.h"
#include "core/resident/VoucherRefusal.h"
#include "core/scan/BarcodeReader.h"
#include "ui/common/CoinText.h"
#include "ui/kiosk/VoucherPage.h"
#include "ui/kiosk/VoucherReadyPage.h"
#include "ui/kiosk/VoucherSlip.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace buurtmunt;
using namespace buurtmunt::test;

// Spending at the kiosk through the real widgets and the real server: a
// resident who earned coins makes a voucher with the amount picker, sees it on
// screen, prints it (to PDF here, read back by the counter's scanner path and
// verified with the server's voucher key), finds it in their list and cancels
// it for the coins back. Texts are checked by the amounts and codes in them,
// so the assertions hold in every language.
class TestKioskVoucher : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void makePrintListAndCancel();
    void amountAboveBalanceCannotBeChosen();
    void controlsAreNamedAndTouchSized();
    void slipWithManyShopsStillPrints();

private:
    // Log in, claim `taskId`, mark it done and have staff approve it: the
    // resident then has that reward on their balance. Returns the balance.
    qint64 logInWithBalance(const QString& name, qint64 taskId);
    void shoot(const QString& name) const
    {
        const QString dir = qEnvironmentVariable("BUURTMUNT_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(300);
        QVERIFY(m_kiosk.window()->grab().save(QDir(dir).filePath(u"kiosk-%1.png"_s.arg(name))));
    }
    QString coins(qint64 cents) const { return m_coins.format(cents, QLocale(QLocale::Dutch, QLocale::Netherlands)); }
    ResidentSession* session() const { return m_kiosk.window()->residentSession(); }

    KioskResidentDriver m_kiosk;
    std::unique_ptr<QTemporaryDir> m_dir;
    QHash<quint16, QByteArray> m_voucherKeys;
    CoinText m_coins{u"Heitje"_s, u"Heitjes"_s};
};

void TestKioskVoucher::initTestCase()
{
    if (QStandardPaths::findExecutable(u"pdftoppm"_s).isEmpty())
        QFAIL("pdftoppm (poppler-utils) is needed to read the printed voucher back");
    Theme::kiosk().apply(*qApp);
    QString error;
    QVERIFY2(m_kiosk.start(&error), qPrintable(error));
    // The server's public voucher keys, as every device gets them at enrolment.
    const auto device = enrolDirectly(m_kiosk.server(), m_kiosk.network(), u"kiosk"_s, &error);
    QVERIFY2(device, qPrintable(error));
    for (const QJsonValue& key : device->answer.value(u"voucherKeys"_s).toArray()) {
        const QJsonObject k = key.toObject();
        m_voucherKeys.insert(quint16(k.value(u"keyId"_s).toInt()),
                             QByteArray::fromBase64(k.value(u"publicKey"_s).toString().toLatin1()));
    }
    QVERIFY(!m_voucherKeys.isEmpty());
}

void TestKioskVoucher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    QVERIFY2(m_kiosk.openKiosk(m_dir->path(), &error), qPrintable(error));
}

void TestKioskVoucher::cleanup()
{
    m_kiosk.closeKiosk();
    m_dir.reset();
}

qint64 TestKioskVoucher::logInWithBalance(const QString& name, qint64 taskId)
{
    QString error;
    const auto fail = [&](const char* step) {
        QTest::qFail(qPrintable(QString::fromLatin1(step) + u": "_s + error), __FILE__, __LINE__);
        return qint64(-1);
    };
    if (!m_kiosk.logIn(name, &error))
        return fail("log in");
    const qint64 before = session()->earnings().balanceCents;
    if (!m_kiosk.claim(taskId, &error) || !m_kiosk.click(u"claimedDoneButton"_s, &error))
        return fail("claim");
    if (!m_kiosk.markFirstOpenClaimDone(&error))
        return fail("mark done");
    const qint64 claimId = session()->claimsModel()->index(0).data(ResidentClaimsModel::ClaimIdRole).toLongLong();
    if (!approveAsStaff(m_kiosk.server(), m_kiosk.network(), claimId, &error))
        return fail("approve");
    session()->refresh();
    if (!QTest::qWaitFor([&] { return session()->earnings().balanceCents > before && !session()->isBusy(); }, 20000)) {
        error = u"the reward never reached the balance"_s;
        return fail("balance");
    }
    return session()->earnings().balanceCents;
}

void TestKioskVoucher::makePrintListAndCancel()
{
    QString error;
    // Task 1 of the demo pays 15 coins.
    const qint64 balance = logInWithBalance(u"Anja Dreessen"_s, 1);
    QCOMPARE(balance, 1500);
    QVERIFY2(m_kiosk.click(u"spendButton"_s, &error), qPrintable(error));
    QVERIFY2(m_kiosk.waitForPage(u"voucherPage"_s, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!session()->isBusy(), 20000);
    QVERIFY2(m_kiosk.text(u"voucherBalance"_s).contains(coins(1500)), qPrintable(m_kiosk.text(u"voucherBalance"_s)));
    QVERIFY(m_kiosk.find<QWidget>(u"noVouchers"_s)->isVisible());
    // Nothing chosen yet: nothing to make.
    QVERIFY(!m_kiosk.find<QPushButton>(u"makeVoucherButton"_s)->isEnabled());

    // 10, then two more, one less: 11 coins; 4 stay on the balance.
    QVERIFY2(m_kiosk.click(u"amountQuick10Button"_s, &error), qPrintable(error));
    QVERIFY2(m_kiosk.click(u"amountPlusButton"_s, &error), qPrintable(error));
    QVERIFY2(m_kiosk.click(u"amountPlusButton"_s, &error), qPrintable(error));
    QVERIFY2(m_kiosk.click(u"amountMinusButton"_s, &error), qPrintable(error));
    QVERIFY2(m_kiosk.text(u"voucherAmountChosen"_s).contains(coins(1100)),
             qPrintable(m_kiosk.text(u"voucherAmountChosen"_s)));
    QVERIFY2(m_kiosk.text(u"voucherRemaining"_s).contains(coins(400)), qPrintable(m_kiosk.text(u"voucherRemaining"_s)));
    shoot(u"voucher-amount"_s);

    QVERIFY2(m_kiosk.click(u"makeVoucherButton"_s, &error), qPrintable(error));
    if (!m_kiosk.waitForPage(u"voucherReadyPage"_s, &error))
        QFAIL(qPrintable(error + u"; page says: "_s + m_kiosk.text(u"voucherMessage"_s)));
    QVERIFY(m_kiosk.text(u"voucherAmount"_s).contains(coins(1100)));
    const QString manualCode = m_kiosk.text(u"voucherManualCode"_s);
    QVERIFY2(QRegularExpression(u"^[0-9A-Z]{5}-[0-9A-Z]{5}$"_s).match(manualCode).hasMatch(), qPrintable(manualCode));
    QVERIFY(!m_kiosk.find<QLabel>(u"voucherQr"_s)->pixmap().isNull());
    QVERIFY(m_kiosk.find<QLabel>(u"voucherQr"_s)->width() >= 400);
    // The coins are in escrow: the header's balance drops by 11.
    QTRY_VERIFY_WITH_TIMEOUT(m_kiosk.text(u"residentBalance"_s).contains(coins(400)), 20000);
    QCOMPARE(session()->vouchersModel()->rowCount(), 1);
    const ResidentVoucher made = session()->vouchersModel()->voucherAt(0);
    QCOMPARE(made.amountCents, 1100);
    QCOMPARE(made.manualCodeDisplay, manualCode);
    QVERIFY(m_kiosk.text(u"voucherValidUntil"_s).contains(QString::number(made.expiresOn.year())));
    shoot(u"voucher-ready"_s);

    // No printer here: the slip goes to the slip folder as a PDF. Rasterised
    // like a scan of the paper, the counter's reader finds the QR, and the
    // server's public key verifies it: same voucher, same amount.
    QVERIFY2(m_kiosk.click(u"printVoucherButton"_s, &error), qPrintable(error));
    const QDir slips(m_dir->filePath(u"slips"_s));
    const QStringList pdfs = slips.entryList({u"voucher-slip-*.pdf"_s}, QDir::Files);
    QVERIFY2(pdfs.size() == 1, qPrintable(m_kiosk.text(u"voucherSlipStatus"_s)));
    QProcess pdftoppm;
    const QString prefix = m_dir->filePath(u"raster"_s);
    pdftoppm.start(u"pdftoppm"_s, {u"-r"_s, u"150"_s, u"-png"_s, u"-singlefile"_s, slips.filePath(pdfs.first()), prefix});
    QVERIFY(pdftoppm.waitForFinished(30000) && pdftoppm.exitCode() == 0);
    const QImage page(prefix + u".png"_s);
    QVERIFY(!page.isNull());
    if (const QString shots = qEnvironmentVariable("BUURTMUNT_SCREENSHOT_DIR"); !shots.isEmpty())
        QVERIFY(page.save(QDir(shots).filePath(u"kiosk-voucher-slip.png"_s)));
    const auto scanned = BarcodeReader::decode(page);
    QVERIFY2(scanned, "the printed QR code does not scan");
    QCOMPARE(scanned->text, made.token);
    const auto claims = VoucherCodec::decode(scanned->text, m_voucherKeys, QDate::currentDate());
    QVERIFY2(claims, qPrintable(claims.ok() ? QString() : claims.error().message));
    QCOMPARE(claims->amount.cents(), qint64(1100));
    QCOMPARE(claims->voucherIdHex(), made.id);
    QCOMPARE(claims->expiryDay, made.expiresOn);
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {slips.filePath(pdfs.first()), u"-"_s});
    if (pdftotext.waitForFinished(30000) && pdftotext.exitCode() == 0) {
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY2(text.contains(manualCode) && text.contains(u"Heerlen"_s), qPrintable(text));
    }

    // Done: back to the spending page, where the voucher is listed.
    QVERIFY2(m_kiosk.click(u"voucherDoneButton"_s, &error), qPrintable(error));
    QVERIFY2(m_kiosk.waitForPage(u"voucherPage"_s, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!session()->isBusy(), 20000);
    auto* list = m_kiosk.find<QListView>(u"vouchersList"_s);
    QCOMPARE(list->model()->rowCount(), 1);
    QVERIFY(list->isVisible());
    QCOMPARE(list->model()->index(0, 0).data(ResidentVoucherModel::AmountCentsRole).toLongLong(), 1100);
    QVERIFY2(m_kiosk.text(u"voucherBalance"_s).contains(coins(400)), qPrintable(m_kiosk.text(u"voucherBalance"_s)));
    KioskResidentDriver::tapRow(list, list->model()->index(0, 0));
    shoot(u"voucher-list"_s);

    // "Show" brings the same voucher back.
    KioskResidentDriver::tapRow(list, list->model()->index(0, 0));
    QVERIFY2(m_kiosk.click(u"showVoucherButton"_s, &error), qPrintable(error));
    QVERIFY2(m_kiosk.waitForPage(u"voucherReadyPage"_s, &error), qPrintable(error));
    QCOMPARE(m_kiosk.text(u"voucherManualCode"_s), manualCode);
    QVERIFY2(m_kiosk.click(u"voucherDoneButton"_s, &error), qPrintable(error));
    QVERIFY2(m_kiosk.waitForPage(u"voucherPage"_s, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!session()->isBusy(), 20000);

    // Cancel asks first and says the coins come back; "No" keeps it.
    list = m_kiosk.find<QListView>(u"vouchersList"_s);
    KioskResidentDriver::tapRow(list, list->model()->index(0, 0));
    QVERIFY2(m_kiosk.click(u"cancelVoucherButton"_s, &error), qPrintable(error));
    QVERIFY(m_kiosk.find<QWidget>(u"cancelVoucherPanel"_s)->isVisible());
    QVERIFY(m_kiosk.text(u"cancelVoucherQuestion"_s).contains(coins(1100)));
    QVERIFY2(m_kiosk.click(u"keepVoucherButton"_s, &error), qPrintable(error));
    QCOMPARE(session()->vouchersModel()->rowCount(), 1);
    QVERIFY2(m_kiosk.click(u"cancelVoucherButton"_s, &error), qPrintable(error));
    QVERIFY2(m_kiosk.click(u"confirmCancelVoucherButton"_s, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(session()->vouchersModel()->rowCount(), 0, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_kiosk.text(u"voucherBalance"_s).contains(coins(1500)), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_kiosk.text(u"residentBalance"_s).contains(coins(1500)), 20000);
    QVERIFY(m_kiosk.text(u"voucherMessage"_s).contains(coins(1100)));
    QVERIFY(m_kiosk.find<QWidget>(u"noVouchers"_s)->isVisible());
    // The server agrees: no unused vouchers after a fresh fetch.
    session()->refreshVouchers();
    QTRY_VERIFY_WITH_TIMEOUT(!session()->isBusy(), 20000);
    QCOMPARE(session()->vouchersModel()->rowCount(), 0);

    QVERIFY2(m_kiosk.click(u"logoutButton"_s, &error), qPrintable(error));
}

void TestKioskVoucher::amountAboveBalanceCannotBeChosen()
{
    QString error;
    const qint64 balance = logInWithBalance(u"Joep Vliegen"_s, 3);
    QVERIFY(balance > 0);
    QVERIFY2(m_kiosk.click(u"spendButton"_s, &error), qPrintable(error));
    QVERIFY2(m_kiosk.waitForPage(u"voucherPage"_s, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!session()->isBusy(), 20000);
    auto* plus = m_kiosk.find<QPushButton>(u"amountPlusButton"_s);
    auto* make = m_kiosk.find<QPushButton>(u"makeVoucherButton"_s);
    auto* page = m_kiosk.find<VoucherPage>(u"voucherPage"_s);
    QVERIFY(page);
    // Tapping "+" stops at the balance.
    for (int taps = 0; taps < 200 && plus->isEnabled(); ++taps)
        QTest::mouseClick(plus, Qt::LeftButton);
    QVERIFY(!plus->isEnabled());
    QCOMPARE(page->amountCents(), balance);
    QVERIFY(make->isEnabled());
    QVERIFY(m_kiosk.text(u"voucherRemaining"_s).contains(coins(0)));
    // A quick amount above the balance is greyed out; "All" is exactly the balance.
    for (const int quick : {5, 10, 20}) {
        QCOMPARE(m_kiosk.find<QPushButton>(u"amountQuick%1Button"_s.arg(quick))->isEnabled(),
                 qint64(quick) * 100 <= balance);
    }
    QVERIFY2(m_kiosk.click(u"amountMinusButton"_s, &error), qPrintable(error));
    QVERIFY2(m_kiosk.click(u"amountAllButton"_s, &error), qPrintable(error));
    QCOMPARE(page->amountCents(), balance);
    // Even asked directly, the picker keeps to the balance.
    page->setAmountCents(balance + 100);
    QCOMPARE(page->amountCents(), balance);
    // Down to zero: nothing to make.
    for (int taps = 0; taps < 200 && page->amountCents() > 0; ++taps)
        QVERIFY2(m_kiosk.click(u"amountMinusButton"_s, &error), qPrintable(error));
    QCOMPARE(page->amountCents(), 0);
    QVERIFY(!make->isEnabled());
    QVERIFY(!m_kiosk.find<QPushButton>(u"amountMinusButton"_s)->isEnabled());

    // Should a stale balance ever let one through, the server's refusal names
    // the real balance and nothing is made.
    QSignalSpy refused(session(), &ResidentSession::voucherRefused);
    session()->makeVoucher(Coins(balance + 100));
    QVERIFY(refused.wait(20000));
    const auto refusal = refused.first().first().value<VoucherRefusal>();
    QVERIFY2(refusal.isInsufficientBalance(), qPrintable(refusal.error.code));
    QCOMPARE(refusal.balanceCents, std::optional<qint64>(balance));
    QTRY_VERIFY_WITH_TIMEOUT(m_kiosk.find<QLabel>(u"voucherMessage"_s)->isVisible(), 5000);
    QVERIFY2(m_kiosk.text(u"voucherMessage"_s).contains(coins(balance)), qPrintable(m_kiosk.text(u"voucherMessage"_s)));
    QCOMPARE(session()->vouchersModel()->rowCount(), 0);
    // And zero is refused before the server is asked.
    refused.clear();
    session()->makeVoucher(Coins(0));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().first().value<VoucherRefusal>().error.code, u"invalid-amount"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!session()->isBusy(), 20000);
    QCOMPARE(session()->earnings().balanceCents, balance);
    QVERIFY2(m_kiosk.click(u"logoutButton"_s, &error), qPrintable(error));
}

void TestKioskVoucher::controlsAreNamedAndTouchSized()
{
    QString error;
    const qint64 balance = logInWithBalance(u"Ria Schepers"_s, 2);
    QVERIFY(balance > 0);
    QVERIFY2(m_kiosk.click(u"spendButton"_s, &error), qPrintable(error));
    QVERIFY2(m_kiosk.waitForPage(u"voucherPage"_s, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!session()->isBusy(), 20000);
    const auto check = [&](const QString& pageName) {
        QCoreApplication::processEvents();
        int checked = 0;
        for (QAbstractButton* button : m_kiosk.window()->findChildren<QAbstractButton*>()) {
            if (!button->isVisible())
                continue;
            ++checked;
            QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(pageName + u' ' + button->objectName()));
            QVERIFY2(button->height() >= Theme::minimumTouchTarget && button->width() >= Theme::minimumTouchTarget,
                     qPrintable(pageName + u' ' + button->objectName()));
            QVERIFY2(button->font().pointSizeF() >= Theme::minimumPointSize,
                     qPrintable(pageName + u' ' + button->objectName()));
        }
        QVERIFY(checked >= 6);
        for (QLabel* label : m_kiosk.window()->findChildren<QLabel*>()) {
            if (label->isVisible() && !label->text().isEmpty())
                QVERIFY2(label->font().pointSizeF() >= Theme::minimumPointSize,
                         qPrintable(pageName + u' ' + label->objectName()));
        }
    };
    check(u"voucherPage"_s);
    QVERIFY2(m_kiosk.click(u"amountAllButton"_s, &error), qPrintable(error));
    QVERIFY2(m_kiosk.click(u"makeVoucherButton"_s, &error), qPrintable(error));
    QVERIFY2(m_kiosk.waitForPage(u"voucherReadyPage"_s, &error), qPrintable(error));
    check(u"voucherReadyPage"_s);
    QVERIFY2(m_kiosk.click(u"logoutButton"_s, &error), qPrintable(error));
}

void TestKioskVoucher::slipWithManyShopsStillPrints()
{
    // A big town: forty shops with long names. The slip lists a few and says
    // how many more, instead of refusing to print the voucher at all.
    const VoucherKeyPair key = VoucherKeyPair::generate(3);
    const VoucherClaims claims{3, QByteArray(16, '\x2a'), Coins(2500), QDate::currentDate().addDays(90)};
    const auto token = VoucherCodec::encode(claims, key);
    QVERIFY(token);
    ResidentVoucher voucher;
    voucher.id = claims.voucherIdHex();
    voucher.amountCents = 2500;
    voucher.status = u"issued"_s;
    voucher.createdAt = QDateTime::currentDateTimeUtc();
    voucher.expiresOn = claims.expiryDay;
    voucher.token = token.value();
    voucher.manualCode = u"7KD4M2QX9P"_s;
    voucher.manualCodeDisplay = u"7KD4M-2QX9P"_s;
    QStringList shops;
    for (int i = 1; i <= 40; ++i)
        shops << u"Winkel %1, buurtsuper en bezorgdienst aan de Heerlerbaan, tegenover het Glaspaleis, naast de "
                 "bibliotheek en de bushalte van lijn 21"_s.arg(i);
    const QLocale dutch(QLocale::Dutch, QLocale::Netherlands);
    VoucherReadyPage page(Theme::kiosk(), m_coins, dutch, voucher, u"Heerlen"_s, shops, true);
    const Status probe = SlipPrinter::printToPdf(VoucherSlip::make(voucher, u"Heerlen"_s, m_coins, dutch, shops),
                                                 m_dir->filePath(u"probe.pdf"_s));
    QVERIFY2(!probe.ok() && probe.error().code == u"slip-does-not-fit"_s,
             "the long list should not fit with six names; the test would prove nothing");
    page.setSlipFolder(m_dir->filePath(u"big-town"_s));
    const Status printed = page.printSlip();
    QVERIFY2(printed.ok(), qPrintable(printed.ok() ? QString() : printed.error().message));
    const QDir folder(m_dir->filePath(u"big-town"_s));
    const QStringList pdfs = folder.entryList({u"*.pdf"_s}, QDir::Files);
    QCOMPARE(pdfs.size(), 1);
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {folder.filePath(pdfs.first()), u"-"_s});
    QVERIFY(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY2(text.contains(u"Winkel 1,"_s) && !text.contains(u"Winkel 40"_s) && text.contains(u"7KD4M-2QX9P"_s),
             qPrintable(text));
    // Nothing half-written is left next to it.
    QCOMPARE(folder.entryList(QDir::Files | QDir::Hidden).size(), 1);
}

QTEST_MAIN(TestKioskVoucher)
#include "TestKioskVoucher.moc"
