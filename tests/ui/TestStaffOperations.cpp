// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "../core/CoreTestSession.h"
#include "ServerProcess.h"

#include "core/net/ApiClient.h"
#include "core/scan/BarcodeReader.h"
#include "core/staff/AuditLogModel.h"
#include "core/staff/DashboardTableModel.h"
#include "core/staff/DeviceListModel.h"
#include "core/staff/StaffSession.h"
#include "core/store/Enrolment.h"
#include "ui/common/LanguageSwitcher.h"
#include "ui/common/Theme.h"
#include "ui/staff/AuditLogView.h"
#include "ui/staff/DashboardView.h"
#include "ui/staff/DevicesView.h"
#include "ui/staff/EnrolmentCodeDialog.h"
#include "ui/staff/StaffLoginPage.h"
#include "ui/staff/StaffWindow.h"

#include <QApplication>
#include <QChartView>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QBarSet>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace buurtmunt;

// The admin's side of the staff desk against the real server and real
// widgets: the device list, a new kiosk's enrolment code (text and QR) that
// really enrols, revoking a device, the dashboard against the server's own
// figures, its CSV, and the audit log that finds the revoke and names a row
// edited behind the server's back.
class TestStaffOperations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void devicesAreListedWithThisDesk();
    void newKioskCodeIsShownAsTextAndQrAndEnrols();
    void revokedDeviceIsRefusedAtOnce();
    void dashboardShowsTheServersFigures();
    void csvExportHasEveryRow();
    void pdfExportHasTheFiguresAndCharts();
    void auditSearchFindsTheRevoke();
    void tamperedAuditRowIsNamed();

private:
    void click(QWidget* root, const QString& buttonName);
    void shoot(const QString& name);
    ApiResult kioskCall(const test::EnrolledDevice& device, const QString& path);
    int deviceRow(qint64 id) const;

    test::ServerProcess m_server;
    QNetworkAccessManager m_network;
    LanguageSwitcher m_languages;
    test::EnrolledDevice m_staffDesk;
    test::EnrolledDevice m_kiosk;
    Enrolment m_enrolment;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<StaffWindow> m_window;
    qint64 m_revokeAuditId = 0;
    QTemporaryDir m_dir;
};

void TestStaffOperations::initTestCase()
{
    QVERIFY2(!test::ServerProcess::serverBinary().isEmpty(), "BUURTMUNT_SERVER_BIN is not set");
    Theme::kiosk().apply(*qApp);
    QVERIFY(m_languages.setLanguage(u"en"_s));
    QVERIFY2(m_server.start(test::ServerProcess::Options::withDemoData()), qPrintable(m_server.errorString()));

    QString error;
    auto staff = test::enrolDirectly(m_server, &m_network, u"staff"_s, &error);
    QVERIFY2(staff, qPrintable(error));
    m_staffDesk = *staff;
    auto kiosk = test::enrolDirectly(m_server, &m_network, u"kiosk"_s, &error);
    QVERIFY2(kiosk, qPrintable(error));
    m_kiosk = *kiosk;
    // The kiosk has called the server once more, so it has been seen.
    QVERIFY(kioskCall(m_kiosk, u"/v1/tasks"_s).ok());
    auto enrolment = Enrolment::fromEnrolResponse(m_staffDesk.answer, m_server.url(), m_server.fingerprint());
    QVERIFY2(enrolment, qPrintable(enrolment.ok() ? QString() : enrolment.error().message));
    m_enrolment = enrolment.value();

    m_api = std::make_unique<ApiClient>(&m_network);
    test::pinTo(*m_api, m_server);
    m_api->setDeviceCredentials(m_staffDesk.deviceId, m_staffDesk.secret);
    m_api->setRole(u"staff"_s);
    m_window = std::make_unique<StaffWindow>(m_enrolment, m_api.get(), &m_languages);
    // The documentation's screenshots are full HD; the checks do not depend on the size.
    m_window->resize(1920, 1080);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    StaffLoginPage* page = m_window->loginPage();
    QTest::keyClicks(page->usernameEdit(), u"demo"_s);
    QTest::keyClicks(page->passwordEdit(), u"heitje-demo"_s);
    QTest::mouseClick(page->loginButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isDeskOpen(), 20000);
    QVERIFY(m_window->devicesView());
    QVERIFY(m_window->dashboardView());
    QVERIFY(m_window->auditLogView());
}

void TestStaffOperations::cleanupTestCase()
{
    m_window.reset();
    m_server.stop();
}

void TestStaffOperations::click(QWidget* root, const QString& buttonName)
{
    auto* button = root->findChild<QPushButton*>(buttonName);
    QVERIFY2(button, qPrintable(buttonName));
    QVERIFY2(button->isEnabled(), qPrintable(buttonName + u" is disabled"_s));
    QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(buttonName + u" has no accessible name"_s));
    QTest::mouseClick(button, Qt::LeftButton);
}

// With BUURTMUNT_SCREENSHOT_DIR set (run under Xvfb at 1920×1080 for the
// documentation), saves what the admin sees at this step.
void TestStaffOperations::shoot(const QString& name)
{
    const QString dir = qEnvironmentVariable("BUURTMUNT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(400);
    QVERIFY(m_window->grabWithDialogs().save(QDir(dir).filePath(u"staff-%1.png"_s.arg(name))));
}

ApiResult TestStaffOperations::kioskCall(const test::EnrolledDevice& device, const QString& path)
{
    ApiClient client(&m_network);
    test::pinTo(client, m_server);
    client.setDeviceCredentials(device.deviceId, device.secret);
    client.setRole(u"kiosk"_s);
    return test::waitFor(client.get(path));
}

int TestStaffOperations::deviceRow(qint64 id) const
{
    const DeviceListModel* model = m_window->devicesView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(DeviceListModel::DeviceIdRole).toLongLong() == id)
            return row;
    }
    return -1;
}

void TestStaffOperations::devicesAreListedWithThisDesk()
{
    DevicesView* view = m_window->devicesView();
    m_window->tabs()->setCurrentWidget(view);
    view->reload();
    QTRY_VERIFY_WITH_TIMEOUT(deviceRow(m_staffDesk.deviceId) >= 0 && deviceRow(m_kiosk.deviceId) >= 0, 20000);
    const DeviceListModel* model = view->model();
    const int desk = deviceRow(m_staffDesk.deviceId);
    QCOMPARE(model->index(desk, DeviceListModel::RoleColumn).data().toString(), u"staff desk"_s);
    QCOMPARE(model->index(desk, DeviceListModel::StatusColumn).data().toString(), u"active"_s);
    // This desk made the call that listed it: seen moments ago.
    QCOMPARE(model->index(desk, DeviceListModel::LastSeenColumn).data().toString(), u"just now"_s);
    // The desk cannot revoke itself; the button says so instead of failing later.
    QVERIFY(view->selectDevice(m_staffDesk.deviceId));
    QVERIFY(!view->revokeButton()->isEnabled());
    QVERIFY(view->selectDevice(m_kiosk.deviceId));
    QVERIFY(view->revokeButton()->isEnabled());
    QCOMPARE(model->index(deviceRow(m_kiosk.deviceId), DeviceListModel::RoleColumn).data().toString(), u"kiosk"_s);
}

void TestStaffOperations::newKioskCodeIsShownAsTextAndQrAndEnrols()
{
    DevicesView* view = m_window->devicesView();
    click(view, u"newEnrolmentCodeButton"_s);
    EnrolmentCodeDialog* dialog = view->enrolmentDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // A counter is enrolled for one of the active shops; a kiosk for a neighbourhood instead.
    QTRY_VERIFY_WITH_TIMEOUT(dialog->shopComboBox()->currentData().toLongLong() > 0, 20000);
    dialog->roleComboBox()->setCurrentIndex(dialog->roleComboBox()->findData(u"counter"_s));
    QVERIFY(dialog->shopComboBox()->isVisibleTo(dialog) && dialog->shopComboBox()->isEnabled());
    QVERIFY(!dialog->neighbourhoodEdit()->isVisibleTo(dialog));
    dialog->roleComboBox()->setCurrentIndex(dialog->roleComboBox()->findData(u"kiosk"_s));
    QVERIFY(dialog->neighbourhoodEdit()->isEnabled());
    QVERIFY(!dialog->shopComboBox()->isVisibleTo(dialog));
    QTest::keyClicks(dialog->neighbourhoodEdit(), u"Heerlerheide"_s);
    QTest::keyClicks(dialog->deviceNameEdit(), u"Kiosk bibliotheek"_s);
    click(dialog, u"createCodeButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->code().has_value(), 20000);
    const QString code = dialog->codeLabel()->text();
    QVERIFY(!code.isEmpty());
    QCOMPARE(code, dialog->code()->code);
    QVERIFY(dialog->codeLabel()->isVisible());
    QVERIFY(dialog->qrLabel()->isVisible());
    QVERIFY2(dialog->expiryLabel()->text().contains(u"expires"_s), qPrintable(dialog->expiryLabel()->text()));
    QVERIFY(dialog->code()->expiresAt > QDateTime::currentDateTimeUtc());

    // What the new device's camera reads is what the admin could type.
    const QImage shown = dialog->qrLabel()->pixmap().toImage();
    const auto scanned = BarcodeReader::decode(shown);
    QVERIFY2(scanned, "the QR code on screen does not decode");
    QCOMPARE(scanned->text, code);
    shoot(u"enrolment-code"_s);

    // And it enrols: the new kiosk gets credentials with its name and neighbourhood.
    ApiClient client(&m_network);
    test::pinTo(client, m_server);
    const ApiResult enrolled = test::waitFor(client.send(
        "POST", u"/v1/devices/enrol"_s,
        {{u"code"_s, code}, {u"name"_s, u"Kiosk bibliotheek"_s}, {u"secret"_s, test::ServerProcess::newDeviceSecret()}},
        ApiClient::newIdempotencyKey()));
    QVERIFY2(enrolled.ok(), qPrintable(enrolled.error ? enrolled.error->message : QString()));
    const qint64 newId = enrolled.body.object().value(u"deviceId"_s).toInteger();
    QVERIFY(newId > 0);
    // A code works once.
    const ApiResult again = test::waitFor(client.send(
        "POST", u"/v1/devices/enrol"_s,
        {{u"code"_s, code}, {u"name"_s, u"Tweede"_s}, {u"secret"_s, test::ServerProcess::newDeviceSecret()}},
        ApiClient::newIdempotencyKey()));
    QVERIFY(!again.ok());

    // Closing the dialog reloads the list, which now has the new kiosk.
    click(dialog, u"closeCodeButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(deviceRow(newId) >= 0, 20000);
    const DeviceListModel* model = view->model();
    QCOMPARE(model->index(deviceRow(newId), DeviceListModel::NeighbourhoodColumn).data().toString(),
             u"Heerlerheide"_s);
    QCOMPARE(model->index(deviceRow(newId), DeviceListModel::RoleColumn).data().toString(), u"kiosk"_s);
}

void TestStaffOperations::revokedDeviceIsRefusedAtOnce()
{
    DevicesView* view = m_window->devicesView();
    QVERIFY(kioskCall(m_kiosk, u"/v1/tasks"_s).ok());
    QVERIFY(view->selectDevice(m_kiosk.deviceId));
    click(view, u"revokeDeviceButton"_s);
    QMessageBox* box = view->revokeConfirmation();
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY2(box->informativeText().contains(u"stops working at once"_s), qPrintable(box->informativeText()));
    QVERIFY(box->informativeText().contains(u"logged out"_s));
    // Cancel first: nothing changes.
    box->button(QMessageBox::Cancel)->click();
    QTest::qWait(300);
    QVERIFY(kioskCall(m_kiosk, u"/v1/tasks"_s).ok());
    QVERIFY(view->selectDevice(m_kiosk.deviceId));
    click(view, u"revokeDeviceButton"_s);
    box = view->revokeConfirmation();
    QVERIFY(box);
    QSignalSpy revoked(view, &DevicesView::deviceRevoked);
    click(box, u"confirmRevokeButton"_s);
    QTRY_COMPARE_WITH_TIMEOUT(revoked.count(), 1, 20000);
    const int row = deviceRow(m_kiosk.deviceId);
    QVERIFY(row >= 0);
    QVERIFY2(view->model()->index(row, DeviceListModel::StatusColumn).data().toString().startsWith(u"revoked"_s),
             qPrintable(view->model()->index(row, DeviceListModel::StatusColumn).data().toString()));
    QVERIFY(!view->revokeButton()->isEnabled());
    // The revoked kiosk's very next call is refused.
    const ApiResult refused = kioskCall(m_kiosk, u"/v1/tasks"_s);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.httpStatus == 401 || refused.httpStatus == 403, qPrintable(QString::number(refused.httpStatus)));
    shoot(u"devices"_s);
}

void TestStaffOperations::dashboardShowsTheServersFigures()
{
    DashboardView* view = m_window->dashboardView();
    m_window->tabs()->setCurrentWidget(view);
    QSignalSpy reloaded(view, &DashboardView::reloaded);
    view->reload();
    QTRY_COMPARE_WITH_TIMEOUT(reloaded.count(), 1, 20000);
    QCOMPARE(view->fromMonth(), QDate::currentDate().addMonths(-11).toString(u"yyyy-MM"_s));
    QCOMPARE(view->toMonth(), QDate::currentDate().toString(u"yyyy-MM"_s));

    const ApiResult raw = test::waitFor(m_api->get(
        u"/v1/dashboard"_s, QUrlQuery{{u"from"_s, view->fromMonth()}, {u"to"_s, view->toMonth()}}));
    QVERIFY2(raw.ok(), qPrintable(raw.error ? raw.error->message : QString()));
    const QJsonObject json = raw.body.object();
    const QJsonArray months = json.value(u"months"_s).toArray();
    QCOMPARE(months.size(), 12);
    const auto sum = [&json](const QString& list, const QString& month, const QString& field) {
        qint64 total = 0;
        for (const QJsonValue& v : json.value(list).toArray()) {
            if (v.toObject().value(u"month"_s).toString() == month)
                total += v.toObject().value(field).toInteger();
        }
        return total;
    };
    const DashboardTableModel* table = view->monthlyModel();
    QCOMPARE(table->rowCount(), int(months.size()));
    qint64 mintedTotal = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString month = months.at(row).toString();
        const auto value = [&](int column) { return table->index(row, column).data(DashboardTableModel::ValueRole).toLongLong(); };
        QCOMPARE(table->index(row, DashboardTableModel::MonthColumn).data(DashboardTableModel::ValueRole).toString(), month);
        QCOMPARE(value(DashboardTableModel::MintedColumn), sum(u"minted"_s, month, u"cents"_s));
        QCOMPARE(value(DashboardTableModel::SpentColumn), sum(u"spent"_s, month, u"cents"_s));
        QCOMPARE(value(DashboardTableModel::TasksDoneColumn), sum(u"tasksDone"_s, month, u"count"_s));
        QCOMPARE(value(DashboardTableModel::ActiveResidentsColumn), sum(u"activeResidents"_s, month, u"count"_s));
        // The bars show the same figure in coins.
        QCOMPARE(qRound64(view->mintedBars()->at(row) * 100), value(DashboardTableModel::MintedColumn));
        QCOMPARE(qRound64(view->spentBars()->at(row) * 100), value(DashboardTableModel::SpentColumn));
        QCOMPARE(qint64(view->tasksDoneLine()->at(row).y()), value(DashboardTableModel::TasksDoneColumn));
        mintedTotal += value(DashboardTableModel::MintedColumn);
    }
    // The demo data's rewards make it more than a table of zeros.
    QVERIFY(mintedTotal > 0);
    QCOMPARE(view->mintedBars()->count(), int(months.size()));
    QCOMPARE(view->spentBars()->count(), int(months.size()));
    QCOMPARE(view->tasksDoneLine()->count(), int(months.size()));
    QCOMPARE(view->activeResidentsLine()->count(), int(months.size()));
    QCOMPARE(view->turnoverModel()->rowCount(), int(json.value(u"turnoverByShop"_s).toArray().size()));
    shoot(u"dashboard"_s);

    // Stacked per neighbourhood: a minted and a spent set for each, adding up to the month's total.
    QStringList neighbourhoods;
    for (const QJsonValue& v : json.value(u"minted"_s).toArray()) {
        if (!neighbourhoods.contains(v.toObject().value(u"neighbourhood"_s).toString()))
            neighbourhoods << v.toObject().value(u"neighbourhood"_s).toString();
    }
    for (const QJsonValue& v : json.value(u"spent"_s).toArray()) {
        if (!neighbourhoods.contains(v.toObject().value(u"neighbourhood"_s).toString()))
            neighbourhoods << v.toObject().value(u"neighbourhood"_s).toString();
    }
    view->perNeighbourhoodCheckBox()->setChecked(true);
    const QList<QBarSet*> sets = view->coinBarSets();
    QCOMPARE(sets.size(), 2 * neighbourhoods.size());
    for (int row = 0; row < int(months.size()); ++row) {
        double minted = 0;
        for (qsizetype i = 0; i < sets.size(); i += 2) {
            QCOMPARE(sets.at(i)->count(), int(months.size()));
            minted += sets.at(i)->at(row);
        }
        QCOMPARE(qRound64(minted * 100), sum(u"minted"_s, months.at(row).toString(), u"cents"_s));
    }
    view->perNeighbourhoodCheckBox()->setChecked(false);
    QCOMPARE(view->coinBarSets().size(), 2);
}

void TestStaffOperations::csvExportHasEveryRow()
{
    DashboardView* view = m_window->dashboardView();
    const QString path = m_dir.filePath(u"dashboard.csv"_s);
    QString suggested;
    view->setSaveFileChooser([&suggested, path](QWidget*, const QString& name) {
        suggested = name;
        return path;
    });
    QSignalSpy exported(view, &DashboardView::exported);
    click(view, u"exportCsvButton"_s);
    QCOMPARE(exported.count(), 1);
    QVERIFY(suggested.endsWith(u".csv"_s));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_s);
    // Monthly header + one line per month, an empty line, turnover header + rows, final line end.
    const int months = view->monthlyModel()->rowCount();
    const int turnover = view->turnoverModel()->rowCount();
    QCOMPARE(lines.size(), 1 + months + 1 + 1 + turnover + 1);
    QCOMPARE(lines.at(0), u"Month,Coins minted,Coins spent,Tasks done,Active residents"_s);
    QVERIFY(lines.at(months + 1).isEmpty());
    QCOMPARE(lines.at(months + 2), u"Month,Shop,Turnover"_s);
    // Amounts are exact, in coins with two decimals.
    const qint64 cents = view->monthlyModel()->index(months - 1, DashboardTableModel::MintedColumn)
                             .data(DashboardTableModel::ValueRole).toLongLong();
    const QStringList last = lines.at(months).split(u',');
    QCOMPARE(last.at(1), u"%1.%2"_s.arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0')));
}

void TestStaffOperations::pdfExportHasTheFiguresAndCharts()
{
    for (const char* tool : {"pdftotext", "pdfimages"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QFAIL(qPrintable(QString::fromLatin1(tool) + u" (poppler-utils) is needed to read the PDF back"_s));
    }
    DashboardView* view = m_window->dashboardView();
    m_window->tabs()->setCurrentWidget(view);
    const QString path = m_dir.filePath(u"dashboard.pdf"_s);
    QString suggested;
    view->setSaveFileChooser([&suggested, path](QWidget*, const QString& name) {
        suggested = name;
        return path;
    });
    // The months of the figures shown count, not date fields changed since
    // without pressing Show.
    const DashboardTableModel* monthly = view->monthlyModel();
    const QString first = monthly->index(0, DashboardTableModel::MonthColumn).data(DashboardTableModel::ValueRole).toString();
    const QString last = monthly->index(monthly->rowCount() - 1, DashboardTableModel::MonthColumn)
                             .data(DashboardTableModel::ValueRole).toString();
    const QDate shownFrom = QDate::fromString(first + u"-01"_s, u"yyyy-MM-dd"_s);
    const QDate shownTo = QDate::fromString(last + u"-01"_s, u"yyyy-MM-dd"_s);
    view->setRange(QDate(2021, 3, 1), QDate(2021, 4, 1));
    QSignalSpy exported(view, &DashboardView::exported);
    click(view, u"exportPdfButton"_s);
    view->setRange(shownFrom, shownTo);
    QCOMPARE(exported.count(), 1);
    QCOMPARE(suggested, u"buurtmunt-dashboard-%1-%2.pdf"_s.arg(first, last));

    // Every figure of both tables is in the text, as the desk shows it.
    QProcess text;
    text.start(u"pdftotext"_s, {path, u"-"_s});
    QVERIFY(text.waitForFinished(20000));
    QCOMPARE(text.exitCode(), 0);
    // NFKC undoes the typesetter's ligatures ("ﬁ" in "figures").
    const QString pdf = QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified();
    QVERIFY2(pdf.contains(u"Dashboard"_s), qPrintable(pdf));
    const QLocale locale;
    QVERIFY2(pdf.contains(u"%1 to %2"_s.arg(locale.toString(shownFrom, u"MMMM yyyy"_s),
                                           locale.toString(shownTo, u"MMMM yyyy"_s))),
             qPrintable(pdf));
    QVERIFY2(!pdf.contains(u"2021"_s), qPrintable(pdf));
    QVERIFY(!m_enrolment.municipalityName.isEmpty());
    QVERIFY2(pdf.contains(m_enrolment.municipalityName), qPrintable(pdf));
    QVERIFY(view->monthlyModel()->rowCount() > 0);
    // No shop has taken a voucher in this test: the table says so.
    QCOMPARE(view->turnoverModel()->rowCount(), 0);
    QVERIFY2(pdf.contains(u"No figures in this period."_s), qPrintable(pdf));
    for (const DashboardTableModel* model : {view->monthlyModel(), view->turnoverModel()}) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QString header = model->headerData(column, Qt::Horizontal).toString();
            QVERIFY2(pdf.contains(header), qPrintable(header));
        }
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QString cell = model->index(row, column).data().toString().simplified();
                QVERIFY2(pdf.contains(cell), qPrintable(u"row %1, column %2: %3"_s.arg(row).arg(column).arg(cell)));
            }
        }
    }

    // Both charts are in it as pictures, as large as on screen and not blank.
    QProcess images;
    const QString imageDir = m_dir.filePath(u"dashboard-images"_s);
    QVERIFY(QDir().mkpath(imageDir));
    images.start(u"pdfimages"_s, {u"-png"_s, path, imageDir + u"/chart"_s});
    QVERIFY(images.waitForFinished(20000));
    QCOMPARE(images.exitCode(), 0);
    const QStringList files = QDir(imageDir).entryList({u"*.png"_s}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const QImage image(QDir(imageDir).filePath(files.at(i)));
        const QChartView* chart = i == 0 ? view->coinsChartView() : view->activityChartView();
        QCOMPARE(image.size(), chart->size());
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 8, qPrintable(u"chart %1 has %2 colours"_s.arg(i).arg(colours.size())));
    }

    if (!qEnvironmentVariable("BUURTMUNT_SCREENSHOT_DIR").isEmpty()) {
        const QString base = QDir(qEnvironmentVariable("BUURTMUNT_SCREENSHOT_DIR")).filePath(u"staff-dashboard-pdf"_s);
        QProcess raster;
        raster.start(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"80"_s, u"-singlefile"_s, path, base});
        QVERIFY(raster.waitForFinished(20000));
        QCOMPARE(raster.exitCode(), 0);
    }
}

void TestStaffOperations::auditSearchFindsTheRevoke()
{
    AuditLogView* view = m_window->auditLogView();
    m_window->tabs()->setCurrentWidget(view);
    view->searchEdit()->clear();
    QTest::keyClicks(view->searchEdit(), u"device:%1"_s.arg(m_kiosk.deviceId));
    QSignalSpy searched(view, &AuditLogView::searched);
    click(view, u"searchAuditButton"_s);
    QTRY_COMPARE_WITH_TIMEOUT(searched.count(), 1, 20000);
    const AuditLogModel* model = view->model();
    QVERIFY(model->rowCount() >= 1);
    for (const AuditEntry& entry : model->entries()) {
        if (entry.action == u"device.revoke" && entry.object == u"device:%1"_s.arg(m_kiosk.deviceId)) {
            m_revokeAuditId = entry.id;
            QVERIFY(!entry.requestId.isEmpty());
            QCOMPARE(entry.deviceId, m_staffDesk.deviceId);
        }
    }
    QVERIFY2(m_revokeAuditId > 0, "the revoke is not in the audit log");

    // Filtering by that action keeps it and drops the enrolment of the same device.
    view->actionComboBox()->setEditText(u"device.revoke"_s);
    click(view, u"searchAuditButton"_s);
    QTRY_COMPARE_WITH_TIMEOUT(searched.count(), 2, 20000);
    QVERIFY(model->rowOf(m_revokeAuditId) >= 0);
    for (const AuditEntry& entry : model->entries())
        QCOMPARE(entry.action, u"device.revoke"_s);
}

void TestStaffOperations::tamperedAuditRowIsNamed()
{
    QVERIFY(m_revokeAuditId > 0);
    AuditLogView* view = m_window->auditLogView();
    QSignalSpy verified(view, &AuditLogView::verified);
    click(view, u"verifyChainButton"_s);
    QTRY_COMPARE_WITH_TIMEOUT(verified.count(), 1, 20000);
    QVERIFY2(view->verificationLabel()->text().startsWith(u"The log is intact"_s),
             qPrintable(view->verificationLabel()->text()));

    // Someone with access to the database edits the revoke behind the server's back.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
        db.setDatabaseName(QDir(m_server.dataDir()).filePath(u"buurtmunt.sqlite"_s));
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(u"UPDATE audit_log SET details = '{\"reason\":\"nothing happened\"}' WHERE id = %1"_s.arg(
                     m_revokeAuditId)),
                 qPrintable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), 1);
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);

    view->searchEdit()->clear();
    view->actionComboBox()->setEditText(QString());
    QSignalSpy searched(view, &AuditLogView::searched);
    click(view, u"searchAuditButton"_s);
    QTRY_COMPARE_WITH_TIMEOUT(searched.count(), 1, 20000);
    click(view, u"verifyChainButton"_s);
    QTRY_COMPARE_WITH_TIMEOUT(verified.count(), 2, 20000);
    const QString text = view->verificationLabel()->text();
    QVERIFY2(text.startsWith(u"Entry #%1 has been changed or removed"_s.arg(m_revokeAuditId)), qPrintable(text));
    QVERIFY(view->verification() && !view->verification()->intact);
    // The row is loaded: it is selected and marked.
    const int row = view->model()->rowOf(m_revokeAuditId);
    QVERIFY(row >= 0);
    const QModelIndexList selected = view->table()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().row(), row);
    QVERIFY(view->model()->index(row, 0).data(AuditLogModel::BrokenRole).toBool());
    QVERIFY(view->model()->index(row, 0).data().toString().contains(u"#%1"_s.arg(m_revokeAuditId)));
    shoot(u"audit-log"_s);
}

QTEST_MAIN(TestStaffOperations)
#include "TestStaffOperations.moc"
