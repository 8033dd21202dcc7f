// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "../core/CoreTestSession.h"
#include "../core/CounterTestSupport.h"
#include "ServerProcess.h"

#include "core/domain/Iban.h"
#include "core/net/ApiClient.h"
#include "core/staff/SettlementLineModel.h"
#include "core/staff/SettlementListModel.h"
#include "core/staff/StaffSession.h"
#include "core/store/Enrolment.h"
#include "ui/common/LanguageSwitcher.h"
#include "ui/common/Theme.h"
#include "ui/staff/SettlementView.h"
#include "ui/staff/StaffLoginPage.h"
#include "ui/staff/StaffWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace buurtmunt;

// Finance closes last month at the staff desk against the real server:
// vouchers redeemed at two shops (moved back into last month in the server's
// database, the only thing done behind its back), the close confirmed, the
// lines shown, and the SEPA file and each statement saved as a shop and the
// bank would receive them.
class TestStaffSettlement : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void closesLastMonthWithConfirmation();
    void savesAWellFormedSepaFile();
    void savesTheStatementAsPdf();
    void savesTheStatementAsCsv();
    void closingAgainShowsTheSameSettlement();
    void aMonthThatHasNotEndedIsNotOffered();

private:
    void redeem(qint64 shopId, qint64 amountCents);
    void click(QWidget* root, const QString& buttonName);
    // With BUURTMUNT_SCREENSHOT_DIR set (Xvfb at 1920×1080), saves the view.
    void shoot(const QString& name, const QPixmap& pixmap);

    test::ServerProcess m_server;
    QNetworkAccessManager m_network;
    LanguageSwitcher m_languages;
    Enrolment m_enrolment;
    std::unique_ptr<test::VoucherMint> m_mint;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<StaffWindow> m_window;
    QHash<qint64, std::pair<qint64, qint64>> m_expected;  // shop -> vouchers, coins in cents
    QHash<qint64, QString> m_shopNames;
    QTemporaryDir m_dir;
    QString m_nextPath;
    QString m_period;
    qint64 m_settlementId = 0;
};

void TestStaffSettlement::initTestCase()
{
    QVERIFY2(!test::ServerProcess::serverBinary().isEmpty(), "BUURTMUNT_SERVER_BIN is not set");
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QFAIL("pdftotext (poppler-utils) is needed to read the statement back");
    Theme::kiosk().apply(*qApp);
    QVERIFY(m_languages.setLanguage(u"en"_s));
    QVERIFY2(m_server.start(test::ServerProcess::Options::withDemoData()), qPrintable(m_server.errorString()));
    // The account the municipality pays from; the SEPA file needs it.
    QByteArray out;
    QByteArray err;
    const int exitCode = m_server.runCli(
        {u"settings"_s, u"set"_s, u"municipality.iban"_s, Iban::withCheckDigits(u"NL", u"BNGH0285001234"),
         u"--data-dir"_s, m_server.dataDir()},
        &out, &err);
    QVERIFY2(exitCode == 0, err.constData());

    QString error;
    m_mint = std::make_unique<test::VoucherMint>(m_server, &m_network);
    QVERIFY2(m_mint->setUp(&error), qPrintable(error));
    QVERIFY2(m_mint->fund(u"Ria Schepers"_s, {}, &error), qPrintable(error));  // the demo gave her 30 coins
    redeem(1, 500);
    redeem(1, 250);
    redeem(2, 1000);

    // The redemptions happened today; settlement takes a finished month, so
    // they are moved back to the middle of last month.
    const QDate today = QDate::currentDate();
    m_period = SettlementView::lastFinishedMonth(today);
    const QDate inLastMonth(today.addMonths(-1).year(), today.addMonths(-1).month(), 15);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"backdate"_s);
        db.setDatabaseName(QDir(m_server.dataDir()).filePath(u"buurtmunt.sqlite"_s));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"PRAGMA busy_timeout = 5000"_s));
        QVERIFY(query.prepare(u"UPDATE voucher_redemptions SET redeemed_at = ?"_s));
        query.addBindValue(QDateTime(inLastMonth, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QCOMPARE(query.numRowsAffected(), 3);
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"backdate"_s);

    auto staff = test::enrolDirectly(m_server, &m_network, u"staff"_s, &error);
    QVERIFY2(staff, qPrintable(error));
    auto enrolment = Enrolment::fromEnrolResponse(staff->answer, m_server.url(), m_server.fingerprint());
    QVERIFY(enrolment);
    m_enrolment = enrolment.value();
    m_api = std::make_unique<ApiClient>(&m_network);
    test::pinTo(*m_api, m_server);
    m_api->setDeviceCredentials(staff->deviceId, staff->secret);
    m_api->setRole(u"staff"_s);
    m_window = std::make_unique<StaffWindow>(m_enrolment, m_api.get(), &m_languages);
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    StaffLoginPage* page = m_window->loginPage();
    QTest::keyClicks(page->usernameEdit(), u"demo"_s);
    QTest::keyClicks(page->passwordEdit(), u"heitje-demo"_s);
    QTest::mouseClick(page->loginButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isDeskOpen(), 20000);
    QVERIFY(m_window->settlementView());
    m_window->settlementView()->setSavePathProvider(
        [this](const QString&, const QString&, const QString&) { return m_nextPath; });
}

void TestStaffSettlement::cleanupTestCase()
{
    m_window.reset();
    m_server.stop();
}

void TestStaffSettlement::redeem(qint64 shopId, qint64 amountCents)
{
    QString error;
    const QJsonObject voucher = m_mint->voucher(amountCents, &error);
    QVERIFY2(!voucher.isEmpty(), qPrintable(error));
    QString secret;
    auto counter = test::enrolCounter(m_server, &m_network, shopId, &secret, &error);
    QVERIFY2(counter, qPrintable(error));
    ApiClient client(&m_network);
    test::pinTo(client, m_server);
    client.setDeviceCredentials(counter->deviceId.value(), secret);
    client.setRole(u"counter"_s);
    const ApiResult redeemed =
        test::waitFor(client.send("POST", u"/v1/redemptions"_s, {{u"manualCode"_s, voucher.value(u"manualCode"_s)}},
                                  ApiClient::newIdempotencyKey()));
    QVERIFY2(redeemed.ok(), qPrintable(redeemed.error->message));
    m_shopNames.insert(shopId, redeemed.body.object().value(u"shopName"_s).toString());
    auto& [count, cents] = m_expected[shopId];
    ++count;
    cents += amountCents;
}

void TestStaffSettlement::click(QWidget* root, const QString& buttonName)
{
    auto* button = root->findChild<QPushButton*>(buttonName);
    QVERIFY2(button, qPrintable(buttonName));
    QVERIFY2(button->isEnabled(), qPrintable(buttonName + u" is disabled"_s));
    QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(buttonName + u" has no accessible name"_s));
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestStaffSettlement::shoot(const QString& name, const QPixmap& pixmap)
{
    const QString dir = qEnvironmentVariable("BUURTMUNT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QVERIFY(pixmap.save(QDir(dir).filePath(name)));
}

void TestStaffSettlement::closesLastMonthWithConfirmation()
{
    SettlementView* view = m_window->settlementView();
    m_window->tabs()->setCurrentWidget(view);
    QTRY_VERIFY_WITH_TIMEOUT(view->findChild<QPushButton*>(u"reloadSettlementsButton"_s)->isEnabled(), 20000);
    QCOMPARE(view->settlementModel()->rowCount(), 0);
    // The last finished month is what finance closes nearly always.
    QCOMPARE(view->selectedMonth(), m_period);

    click(view, u"closeMonthButton"_s);
    QMessageBox* box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = view->findChild<QMessageBox*>(u"confirmCloseBox"_s)) != nullptr, 20000);
    // The confirmation names the shops and the euros before anything moves.
    const QLocale locale;
    // "2 shops" once translated; the source text says "2 shop(s)".
    QVERIFY2(box->text().contains(QRegularExpression(u"\\b2 shop(s|\\(s\\))"_s)), qPrintable(box->text()));
    QVERIFY2(box->text().contains(m_shopNames.value(1)) && box->text().contains(m_shopNames.value(2)),
             qPrintable(box->text()));
    QVERIFY2(box->text().contains(SettlementListModel::euros(1750, locale)), qPrintable(box->text()));
    QSignalSpy closed(view, &SettlementView::monthClosed);
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, 20000);
    QCOMPARE(closed.at(0).at(1).toBool(), false);
    m_settlementId = closed.at(0).at(0).toLongLong();

    // The new settlement is listed, selected, and its lines are the shops'.
    QTRY_COMPARE_WITH_TIMEOUT(view->settlementModel()->rowCount(), 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(view->shownSettlement() && view->lineModel()->rowCount() == 2, 20000);
    QCOMPARE(view->shownSettlement()->id, m_settlementId);
    QCOMPARE(view->shownSettlement()->totalCoins.cents(), 1750);
    for (int row = 0; row < 2; ++row) {
        const Settlement::Line& line = view->lineModel()->lines().at(row);
        QVERIFY(m_expected.contains(line.shopId));
        QCOMPARE(line.redemptionCount, int(m_expected.value(line.shopId).first));
        QCOMPARE(line.coins.cents(), m_expected.value(line.shopId).second);
        QCOMPARE(line.euroCents, m_expected.value(line.shopId).second * m_enrolment.euroCentsPerCoin / 100);
        // The IBAN is shown grouped by four, as on a bank statement.
        const QString shown = view->lineModel()->index(row, SettlementLineModel::IbanColumn).data().toString();
        QVERIFY2(shown.startsWith(u"NL"_s) && shown.count(u' ') == 4, qPrintable(shown));
    }
    QVERIFY2(view->messageLabel()->text().contains(u"closed"_s), qPrintable(view->messageLabel()->text()));
    QVERIFY(view->selectShop(1));
    if (!qEnvironmentVariable("BUURTMUNT_SCREENSHOT_DIR").isEmpty())
        m_window->resize(1920, 1080);
    QTest::qWait(300);
    shoot(u"staff-settlement.png"_s, m_window->grab());
}

void TestStaffSettlement::savesAWellFormedSepaFile()
{
    SettlementView* view = m_window->settlementView();
    QVERIFY(view->shownSettlement());
    m_nextPath = m_dir.filePath(u"sepa.xml"_s);
    QSignalSpy saved(view, &SettlementView::fileSaved);
    click(view, u"saveSepaButton"_s);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 20000);
    QFile file(m_nextPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString nbOfTxs;
    QString ctrlSum;
    int transfers = 0;
    QStringList amounts;
    bool inGroupHeader = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"GrpHdr")
                inGroupHeader = true;
            else if (inGroupHeader && name == u"NbOfTxs")
                nbOfTxs = xml.readElementText();
            else if (inGroupHeader && name == u"CtrlSum")
                ctrlSum = xml.readElementText();
            else if (name == u"CdtTrfTxInf")
                ++transfers;
            else if (name == u"InstdAmt")
                amounts << xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == u"GrpHdr") {
            inGroupHeader = false;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    // One transfer per line, and the header's count and sum match the lines.
    QCOMPARE(transfers, 2);
    QCOMPARE(nbOfTxs, u"2"_s);
    const qint64 euros = view->shownSettlement()->totalEuroCents;
    QCOMPARE(ctrlSum, u"%1.%2"_s.arg(euros / 100).arg(euros % 100, 2, 10, QLatin1Char('0')));
    QCOMPARE(amounts.size(), 2);
    for (const QString& amount : std::as_const(amounts))
        QVERIFY2(amount.indexOf(u'.') == amount.size() - 3, qPrintable(amount));
    QVERIFY2(view->messageLabel()->text().contains(u"SEPA"_s), qPrintable(view->messageLabel()->text()));
}

void TestStaffSettlement::savesTheStatementAsPdf()
{
    SettlementView* view = m_window->settlementView();
    QVERIFY(view->selectShop(1));
    m_nextPath = m_dir.filePath(u"statement.pdf"_s);
    QSignalSpy saved(view, &SettlementView::fileSaved);
    click(view, u"statementPdfButton"_s);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 20000);
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {u"-layout"_s, m_nextPath, u"-"_s});
    QVERIFY(pdftotext.waitForFinished(20000));
    QCOMPARE(pdftotext.exitCode(), 0);
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    const QLocale locale;
    QVERIFY2(text.contains(m_shopNames.value(1)), qPrintable(text));
    QVERIFY2(text.contains(m_enrolment.municipalityName), qPrintable(text));
    // Total in coins and in euros: 7,50 coins at the demo rate.
    QVERIFY2(text.contains(Coins(750).format(locale)), qPrintable(text));
    QVERIFY2(text.contains(SettlementListModel::euros(750 * m_enrolment.euroCentsPerCoin / 100, locale)),
             qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(u"\\b2 voucher(s|\\(s\\))"_s)), qPrintable(text));

    if (!qEnvironmentVariable("BUURTMUNT_SCREENSHOT_DIR").isEmpty()) {
        const QString base = QDir(qEnvironmentVariable("BUURTMUNT_SCREENSHOT_DIR")).filePath(u"staff-statement"_s);
        QProcess raster;
        raster.start(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"110"_s, u"-singlefile"_s, m_nextPath, base});
        QVERIFY(raster.waitForFinished(20000));
        QCOMPARE(raster.exitCode(), 0);
    }
}

void TestStaffSettlement::savesTheStatementAsCsv()
{
    SettlementView* view = m_window->settlementView();
    QVERIFY(view->selectShop(2));
    m_nextPath = m_dir.filePath(u"statement.csv"_s);
    QSignalSpy saved(view, &SettlementView::fileSaved);
    click(view, u"statementCsvButton"_s);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 20000);
    QFile file(m_nextPath);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    QStringList rows;
    for (const QString& row : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (!row.trimmed().isEmpty())
            rows << row;
    }
    // A header, one row per redemption (one at shop 2), then the totals.
    QCOMPARE(rows.size(), 3);
    const int redemptionRows = int(std::count_if(rows.cbegin(), rows.cend(), [](const QString& row) {
        return QRegularExpression(u"\\b[0-9a-f]{32}\\b"_s).match(row).hasMatch();
    }));
    QCOMPARE(redemptionRows, 1);
    QVERIFY2(rows.last().startsWith(u"total"_s) && rows.last().contains(u"10.00"_s), qPrintable(rows.last()));
}

void TestStaffSettlement::closingAgainShowsTheSameSettlement()
{
    SettlementView* view = m_window->settlementView();
    QVERIFY(view->selectMonth(m_period));
    QSignalSpy closed(view, &SettlementView::monthClosed);
    click(view, u"closeMonthButton"_s);
    // Already closed: no confirmation, nothing moves, the same settlement.
    QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, 20000);
    QVERIFY(!view->findChild<QMessageBox*>(u"confirmCloseBox"_s));
    QCOMPARE(closed.at(0).at(0).toLongLong(), m_settlementId);
    QCOMPARE(closed.at(0).at(1).toBool(), true);
    QVERIFY2(view->messageLabel()->text().contains(u"nothing was paid twice"_s),
             qPrintable(view->messageLabel()->text()));
    QTRY_COMPARE_WITH_TIMEOUT(view->settlementModel()->rowCount(), 1, 20000);
    QCOMPARE(view->settlementModel()->settlements().first().totalCoins.cents(), 1750);
}

void TestStaffSettlement::aMonthThatHasNotEndedIsNotOffered()
{
    SettlementView* view = m_window->settlementView();
    const QString thisMonth = QDate::currentDate().toString(u"yyyy-MM"_s);
    QVERIFY(!view->selectMonth(thisMonth));
    view->setToday(QDate(2026, 1, 10));
    QCOMPARE(view->selectedMonth(), u"2025-12"_s);
    view->setToday(QDate::currentDate());
}

QTEST_MAIN(TestStaffSettlement)
#include "TestStaffSettlement.moc"
