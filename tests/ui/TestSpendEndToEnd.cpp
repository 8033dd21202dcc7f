// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "FrameSamples.h"
#include "KioskResidentDriver.h"
#include "../core/CounterTestSupport.h"

#include "core/counter/CounterSession.h"
#include "core/counter/CounterTodayModel.h"
#include "core/resident/ResidentVoucherModel.h"
#include "core/store/LocalStore.h"
#include "ui/common/CameraView.h"
#include "ui/common/VideoFrameDecoder.h"
#include "ui/counter/CounterWindow.h"
#include "ui/counter/ScanResultPanel.h"

#include <QDir>
#include <QPainter>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVideoSink>

#include <memory>

using namespace Qt::StringLiterals;
using namespace buurtmunt;
using namespace buurtmunt::test;

// Spending, the whole way round, with both real desks on one real server: a
// resident makes a voucher at the kiosk and prints it (to PDF: no printer
// here), the PDF is rasterised as a scanner or a camera would see the paper,
// the picture goes into the counter's camera path (QVideoSink → decoder off
// the GUI thread → local signature check → server), the shop's counter says
// "accepted", the shop's balance rises by the amount and the escrow falls by
// it, and the ledger and the audit chain still check out.
class TestSpendEndToEnd : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void voucherFromKioskToCounter();

private:
    QImage printAndRasterise(QString* error);
    qint64 escrowCents();
    int runCli(const QStringList& arguments, QByteArray* out);

    KioskResidentDriver m_kiosk;
    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_counterStore;
    std::unique_ptr<ApiClient> m_counterApi;
    std::unique_ptr<CounterWindow> m_counter;
};

void TestSpendEndToEnd::initTestCase()
{
    if (QStandardPaths::findExecutable(u"pdftoppm"_s).isEmpty())
        QFAIL("pdftoppm (poppler-utils) is needed to rasterise the printed voucher");
    QString error;
    QVERIFY2(m_kiosk.start(&error), qPrintable(error));
    QVERIFY2(m_kiosk.openKiosk(m_dir.filePath(u"kiosk"_s), &error), qPrintable(error));

    // Joep earns two rewards (tasks 1 and 6) the way residents do.
    VoucherMint mint(m_kiosk.server(), m_kiosk.network());
    QVERIFY2(mint.setUp(&error), qPrintable(error));
    QVERIFY2(mint.fund(u"Joep Vliegen"_s, {1, 6}, &error), qPrintable(error));

    // The counter PC of Bakkerij Bongers (shop 1).
    QString secret;
    auto enrolment = enrolCounter(m_kiosk.server(), m_kiosk.network(), 1, &secret, &error);
    QVERIFY2(enrolment, qPrintable(error));
    m_counterStore = std::make_unique<LocalStore>(m_dir.filePath(u"counter"_s));
    QVERIFY(m_counterStore->open().ok());
    QVERIFY(m_counterStore->saveEnrolment(*enrolment).ok());
    m_counterApi = std::make_unique<ApiClient>(m_kiosk.network());
    pinTo(*m_counterApi, m_kiosk.server());
    m_counterApi->setDeviceCredentials(enrolment->deviceId.value(), secret);
    m_counterApi->setRole(u"counter"_s);
    auto* session = new CounterSession(m_counterApi.get(), m_counterStore.get(), *enrolment);
    m_counter = std::make_unique<CounterWindow>(session, m_kiosk.languages());
    m_counter->resize(1600, 1000);
    m_counter->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_counter.get()));
    QSignalSpy refreshed(session, &CounterSession::refreshed);
    m_counter->start();
    QVERIFY(refreshed.wait(20000));
}

void TestSpendEndToEnd::cleanupTestCase()
{
    m_counter.reset();
    m_counterApi.reset();
    m_counterStore.reset();
    m_kiosk.closeKiosk();
}

qint64 TestSpendEndToEnd::escrowCents()
{
    const QString name = u"spend-e2e-escrow"_s;
    qint64 cents = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_kiosk.server().dataDir() + u"/buurtmunt.sqlite"_s);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (db.open()) {
            QSqlQuery query(u"SELECT balance_cents FROM accounts WHERE kind = 'escrow'"_s, db);
            cents = query.next() ? query.value(0).toLongLong() : 0;
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return cents;
}

int TestSpendEndToEnd::runCli(const QStringList& arguments, QByteArray* out)
{
    return m_kiosk.server().runCli(arguments + QStringList{u"--data-dir"_s, m_kiosk.server().dataDir()}, out);
}

QImage TestSpendEndToEnd::printAndRasterise(QString* error)
{
    if (!m_kiosk.click(u"printVoucherButton"_s, error))
        return {};
    const QDir slips(m_dir.filePath(u"kiosk/slips"_s));
    const QStringList pdfs = slips.entryList({u"voucher-slip-*.pdf"_s}, QDir::Files);
    if (pdfs.size() != 1) {
        *error = u"expected one voucher PDF, found %1; the kiosk says: %2"_s.arg(pdfs.size())
                     .arg(m_kiosk.text(u"voucherSlipStatus"_s));
        return {};
    }
    QProcess pdftoppm;
    const QString prefix = m_dir.filePath(u"slip"_s);
    pdftoppm.start(u"pdftoppm"_s, {u"-r"_s, u"150"_s, u"-png"_s, u"-singlefile"_s, slips.filePath(pdfs.first()), prefix});
    if (!pdftoppm.waitForFinished(30000) || pdftoppm.exitCode() != 0) {
        *error = u"pdftoppm failed: "_s + QString::fromUtf8(pdftoppm.readAllStandardError());
        return {};
    }
    return QImage(prefix + u".png"_s);
}

void TestSpendEndToEnd::voucherFromKioskToCounter()
{
    QString error;
    CounterSession* counter = m_counter->session();
    const qint64 shopBefore = counter->shop().balance.cents();
    const qint64 escrowBefore = escrowCents();
    QVERIFY(escrowBefore >= 0);

    // At the kiosk: log in, open "Spend", choose 10 coins, make the voucher.
    QVERIFY2(m_kiosk.logIn(u"Joep Vliegen"_s, &error), qPrintable(error));
    ResidentSession* resident = m_kiosk.window()->residentSession();
    QTRY_VERIFY_WITH_TIMEOUT(!resident->isBusy(), 20000);
    const qint64 balanceBefore = resident->earnings().balanceCents;
    QVERIFY2(balanceBefore >= 1000, qPrintable(QString::number(balanceBefore)));
    QVERIFY2(m_kiosk.click(u"spendButton"_s, &error), qPrintable(error));
    QVERIFY2(m_kiosk.waitForPage(u"voucherPage"_s, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!resident->isBusy(), 20000);
    QVERIFY2(m_kiosk.click(u"amountQuick10Button"_s, &error), qPrintable(error));
    QVERIFY2(m_kiosk.click(u"makeVoucherButton"_s, &error), qPrintable(error));
    QVERIFY2(m_kiosk.waitForPage(u"voucherReadyPage"_s, &error), qPrintable(error + m_kiosk.text(u"voucherMessage"_s)));
    QCOMPARE(resident->vouchersModel()->rowCount(), 1);
    const ResidentVoucher voucher = resident->vouchersModel()->voucherAt(0);
    QCOMPARE(voucher.amountCents, 1000);
    // The coins left the resident for the escrow.
    QTRY_COMPARE_WITH_TIMEOUT(resident->earnings().balanceCents, balanceBefore - 1000, 20000);
    QCOMPARE(escrowCents(), escrowBefore + 1000);

    // The slip, printed to PDF and rasterised like the paper in front of a lens.
    const QImage slip = printAndRasterise(&error);
    QVERIFY2(!slip.isNull(), qPrintable(error));
    QVERIFY2(m_kiosk.click(u"voucherDoneButton"_s, &error), qPrintable(error));
    QVERIFY2(m_kiosk.click(u"logoutButton"_s, &error), qPrintable(error));

    // At the counter: the slip held up to the webcam, 1280×720 NV12 frames.
    QImage scene(1280, 720, QImage::Format_RGB32);
    scene.fill(QColor(118, 124, 110));
    {
        QPainter painter(&scene);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        const QImage paper = slip.scaled(scene.size() * 0.95, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        painter.drawImage((scene.width() - paper.width()) / 2, (scene.height() - paper.height()) / 2, paper);
    }
    QSignalSpy outcomes(counter, &CounterSession::outcome);
    QVideoSink* lens = m_counter->cameraView()->decoder()->videoSink();
    // A few empty frames first, as the camera sees the counter top.
    const QImage empty = frames::scene(QString(), scene.size());
    for (int i = 0; i < 3; ++i) {
        lens->setVideoFrame(frames::toFrame(empty, QVideoFrameFormat::Format_NV12));
        QTest::qWait(30);
    }
    QCOMPARE(outcomes.size(), 0);
    const QVideoFrame frame = frames::toFrame(scene, QVideoFrameFormat::Format_NV12);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            if (outcomes.isEmpty() && !m_counter->cameraView()->decoder()->isBusy())
                lens->setVideoFrame(frame);
            return !outcomes.isEmpty();
        }(),
        20000);
    const ScanOutcome outcome = outcomes.constFirst().constFirst().value<ScanOutcome>();
    QCOMPARE(int(outcome.kind), int(ScanOutcome::Accepted));
    QCOMPARE(int(outcome.source), int(ScanSource::Camera));
    QCOMPARE(outcome.voucherId, voucher.id);
    QCOMPARE(outcome.amount.cents(), qint64(1000));
    QCOMPARE(m_counter->resultPanel()->state(), ScanResultPanel::State::Accepted);

    // The shop's balance rose by the amount and the escrow fell by it.
    QTRY_COMPARE_WITH_TIMEOUT(counter->shop().balance.cents(), shopBefore + 1000, 20000);
    QCOMPARE(escrowCents(), escrowBefore);
    QTRY_COMPARE_WITH_TIMEOUT(counter->todayModel()->rowCount(), 1, 20000);

    // The slip still lies in front of the camera: no second redemption.
    for (int i = 0; i < 5; ++i) {
        lens->setVideoFrame(frame);
        QTest::qWait(50);
    }
    QCOMPARE(outcomes.size(), 1);

    QByteArray report;
    QCOMPARE(runCli({u"ledger"_s, u"check"_s}, &report), 0);
    QVERIFY2(report.contains("Ledger consistent"), report.constData());
    QCOMPARE(runCli({u"audit"_s, u"verify"_s}, &report), 0);
}

QTEST_MAIN(TestSpendEndToEnd)
#include "TestSpendEndToEnd.moc"
