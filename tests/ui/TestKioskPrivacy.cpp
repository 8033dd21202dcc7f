// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "KioskResidentDriver.h"

#include "core/resident/ResidentHistoryModel.h"
#include "core/resident/ResidentVoucherModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QPlainTextEdit>
#include <QTextEdit>

using namespace Qt::StringLiterals;
using namespace buurtmunt;
using namespace buurtmunt::test;

// Nothing of a resident stays on the kiosk after their visit: a visit that
// claims a task, marks it done with a note, gets it approved and looks at the
// history, and turns a coin into a voucher; then (a) the resident logs out, (b) the next resident walks away
// and the idle guard logs them out. After each, every text of every widget,
// every value of every model, the local store's files and the temporary
// directory are searched for what the visit showed.
class TestKioskPrivacy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void nothingLeftAfterLogout();
    void nothingLeftAfterIdleTimeout();

private:
    // Goes through a whole visit and returns what it showed on screen.
    QStringList visit(const QString& name, qint64 taskId, const QString& note);
    // Each place where one of the secrets was found, named.
    QStringList findLeftovers(const QStringList& secrets) const;

    KioskResidentDriver m_kiosk;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<QTemporaryDir> m_tempRoot;
};

void TestKioskPrivacy::initTestCase()
{
    Theme::kiosk().apply(*qApp);
    QString error;
    QVERIFY2(m_kiosk.start(&error), qPrintable(error));
    m_dataDir = std::make_unique<QTemporaryDir>();
    // From here on the kiosk's temporary files land in a directory of this
    // test alone, so everything in it can be searched.
    m_tempRoot = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tempRoot->isValid());
    qputenv("TMPDIR", QFile::encodeName(m_tempRoot->path()));
    QCOMPARE(QDir(QDir::tempPath()).canonicalPath(), QDir(m_tempRoot->path()).canonicalPath());
    QVERIFY2(m_kiosk.openKiosk(m_dataDir->path(), &error), qPrintable(error));
}

void TestKioskPrivacy::init()
{
    // A failed round must not leave its resident logged in for the next.
    m_kiosk.window()->resetForNextVisitor();
}

void TestKioskPrivacy::cleanupTestCase()
{
    m_kiosk.closeKiosk();
}

QStringList TestKioskPrivacy::visit(const QString& name, qint64 taskId, const QString& note)
{
    QString error;
    QStringList secrets;
    const auto fail = [&](const QString& what) {
        QTest::qFail(qPrintable(what + u": "_s + error), __FILE__, __LINE__);
        return QStringList();
    };
    if (!m_kiosk.logIn(name, &error))
        return fail(u"log in"_s);
    if (!m_kiosk.claim(taskId, &error))
        return fail(u"claim"_s);
    secrets << m_kiosk.text(u"claimedToolboxCode"_s);
    if (!m_kiosk.click(u"printSlipButton"_s, &error))
        return fail(u"print"_s);
    // My tasks, mark it done with a note typed on the keyboard.
    if (!m_kiosk.click(u"claimedMyTasksButton"_s, &error) || !m_kiosk.waitForPage(u"myTasksPage"_s, &error))
        return fail(u"my tasks"_s);
    ResidentSession* session = m_kiosk.window()->residentSession();
    auto* list = m_kiosk.find<QListView>(u"claimsList"_s);
    if (!QTest::qWaitFor([&] { return session->claimsModel()->rowCount() > 0 && !session->isBusy(); }, 20000))
        return fail(u"no claims"_s);
    const QModelIndex first = list->model()->index(0, 0);
    const qint64 claimId = first.data(ResidentClaimsModel::ClaimIdRole).toLongLong();
    KioskResidentDriver::tapRow(list, first);
    if (!m_kiosk.click(u"doneButton"_s, &error))
        return fail(u"done"_s);
    QTest::keyClicks(m_kiosk.find<QLineEdit>(u"noteEdit"_s), note);
    if (!m_kiosk.click(u"sendDoneButton"_s, &error))
        return fail(u"send"_s);
    if (!QTest::qWaitFor([&] { return first.data(ResidentClaimsModel::StatusRole).toString() == u"submitted"_s; }, 20000))
        return fail(u"submitted"_s);
    // Staff approve it, so the resident has a reward in their history.
    if (!approveAsStaff(m_kiosk.server(), m_kiosk.network(), claimId, &error))
        return fail(u"approve"_s);
    if (!m_kiosk.click(u"myTasksBackButton"_s, &error) || !m_kiosk.click(u"myTasksButton"_s, &error))
        return fail(u"reopen my tasks"_s);
    if (!QTest::qWaitFor([&] { return session->historyModel()->rowCount() > 0 && session->earnings().balanceCents > 0; },
                         20000))
        return fail(u"history"_s);
    QTest::qWait(100);

    const auto [pass, pin] = m_kiosk.resident(name);
    secrets << name << session->firstName() << pass << PassToken::parse(pass).value().toString()
            << PassToken::parse(pass).value().display() << note
            << m_kiosk.text(u"residentBalance"_s) << m_kiosk.text(u"balanceLabel"_s)
            << m_kiosk.text(u"capMeterText"_s)
            << session->historyModel()->index(0).data(ResidentHistoryModel::MemoRole).toString();
    for (const QString& secret : std::as_const(secrets)) {
        if (secret.isEmpty())
            return fail(u"a secret is empty: the visit did not show everything"_s);
    }
    // The search must be able to find them while the resident is still here.
    if (findLeftovers(secrets).size() < secrets.size() - 3)
        return fail(u"the search does not find what is on screen"_s);

    // A voucher of one coin: its token and manual code are cash.
    if (!m_kiosk.click(u"spendButton"_s, &error) || !m_kiosk.waitForPage(u"voucherPage"_s, &error)
        || !QTest::qWaitFor([&] { return !session->isBusy(); }, 20000) || !m_kiosk.click(u"amountPlusButton"_s, &error)
        || !m_kiosk.click(u"makeVoucherButton"_s, &error) || !m_kiosk.waitForPage(u"voucherReadyPage"_s, &error))
        return fail(u"voucher"_s);
    const QString manualCode = m_kiosk.text(u"voucherManualCode"_s);
    if (manualCode.isEmpty() || session->vouchersModel()->rowCount() != 1)
        return fail(u"the voucher is not shown"_s);
    const ResidentVoucher voucher = session->vouchersModel()->voucherAt(0);
    // The list on the spending page shows it again, without the dash.
    if (!m_kiosk.click(u"voucherDoneButton"_s, &error) || !m_kiosk.waitForPage(u"voucherPage"_s, &error))
        return fail(u"back to the vouchers"_s);
    if (findLeftovers({manualCode}).isEmpty())
        return fail(u"the search does not find the voucher's code on screen"_s);
    // The token itself is only ever drawn as a QR code, so it is searched for
    // in files and texts but cannot be seen there while the resident is here.
    secrets << manualCode << voucher.manualCode << voucher.token;
    return secrets;
}

QStringList TestKioskPrivacy::findLeftovers(const QStringList& secrets) const
{
    QStringList found;
    const auto check = [&](const QString& where, const QString& text) {
        if (text.isEmpty())
            return;
        for (const QString& secret : secrets) {
            if (text.contains(secret))
                found << u"%1 holds \"%2\""_s.arg(where, secret);
        }
    };
    const auto checkBytes = [&](const QString& where, const QByteArray& bytes) {
        for (const QString& secret : secrets) {
            if (bytes.contains(secret.toUtf8()))
                found << u"%1 holds \"%2\""_s.arg(where, secret);
        }
    };

    QList<QWidget*> widgets = QApplication::allWidgets();
    for (QWidget* widget : m_kiosk.window()->findChildren<QWidget*>()) {
        if (!widgets.contains(widget))
            widgets << widget;
    }
    for (QWidget* w : std::as_const(widgets)) {
        const QString where = QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName();
        check(where + u" windowTitle"_s, w->windowTitle());
        check(where + u" toolTip"_s, w->toolTip());
        check(where + u" statusTip"_s, w->statusTip());
        check(where + u" whatsThis"_s, w->whatsThis());
        check(where + u" accessibleName"_s, w->accessibleName());
        check(where + u" accessibleDescription"_s, w->accessibleDescription());
        if (auto* label = qobject_cast<QLabel*>(w))
            check(where + u" text"_s, label->text());
        if (auto* button = qobject_cast<QAbstractButton*>(w))
            check(where + u" text"_s, button->text());
        if (auto* edit = qobject_cast<QLineEdit*>(w)) {
            check(where + u" text"_s, edit->text());
            check(where + u" placeholder"_s, edit->placeholderText());
        }
        if (auto* edit = qobject_cast<QTextEdit*>(w))
            check(where + u" text"_s, edit->toPlainText());
        if (auto* edit = qobject_cast<QPlainTextEdit*>(w))
            check(where + u" text"_s, edit->toPlainText());
    }

    QList<QAbstractItemModel*> models = m_kiosk.window()->findChildren<QAbstractItemModel*>();
    for (QWidget* w : std::as_const(widgets)) {
        if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model() && !models.contains(view->model()))
            models << view->model();
    }
    for (QAbstractItemModel* model : std::as_const(models)) {
        const QString where = QString::fromLatin1(model->metaObject()->className());
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                for (int role = Qt::DisplayRole; role <= Qt::UserRole + 50; ++role)
                    check(u"%1 row %2 role %3"_s.arg(where).arg(row).arg(role), index.data(role).toString());
            }
        }
    }

    const QString database = m_kiosk.store()->databasePath();
    for (const QString& suffix : {u""_s, u"-wal"_s, u"-journal"_s, u"-shm"_s}) {
        QFile file(database + suffix);
        if (file.open(QIODevice::ReadOnly))
            checkBytes(file.fileName(), file.readAll());
    }
    QDirIterator temp(QDir::tempPath(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (temp.hasNext()) {
        QFile file(temp.next());
        check(u"temporary file name"_s, file.fileName());
        if (file.open(QIODevice::ReadOnly))
            checkBytes(file.fileName(), file.readAll());
    }
    return found;
}

void TestKioskPrivacy::nothingLeftAfterLogout()
{
    const QStringList secrets = visit(u"Anja Dreessen"_s, 1, u"Bankje twee keer gelakt bij de vijver 4821"_s);
    QVERIFY(!secrets.isEmpty());
    QString error;
    QVERIFY2(m_kiosk.click(u"logoutButton"_s, &error), qPrintable(error));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const QStringList leftovers = findLeftovers(secrets);
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u'\n')));
    QVERIFY(m_kiosk.find<QPushButton>(u"loginButton"_s)->isVisible());
    QCOMPARE(m_kiosk.languages()->language(), u"nl"_s);
}

void TestKioskPrivacy::nothingLeftAfterIdleTimeout()
{
    const QStringList secrets = visit(u"Joep Vliegen"_s, 3, u"Onkruid weg langs de stoep 7390"_s);
    QVERIFY(!secrets.isEmpty());
    // English chosen during the visit goes back to Dutch for the next one.
    QVERIFY(m_kiosk.languages()->setLanguage(u"en"_s));
    // The resident walks away: 60 s warning, logged out at 90 s.
    SessionIdleGuard* guard = m_kiosk.window()->idleGuard();
    m_kiosk.clock()->advanceMsecs(60'000);
    guard->check();
    QVERIFY(m_kiosk.find<QWidget>(u"idleWarning"_s)->isVisible());
    m_kiosk.clock()->advanceMsecs(30'000);
    guard->check();
    QVERIFY(!m_kiosk.window()->residentSession()->isLoggedIn());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const QStringList leftovers = findLeftovers(secrets);
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u'\n')));
    QCOMPARE(m_kiosk.languages()->language(), u"nl"_s);
    QVERIFY(!m_kiosk.find<QWidget>(u"idleWarning"_s)->isVisible());
}

QTEST_MAIN(TestKioskPrivacy)
#include "TestKioskPrivacy.moc"
