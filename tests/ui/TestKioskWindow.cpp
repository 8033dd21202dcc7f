// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "KioskTestData.h"

#include "core/net/ApiClient.h"
#include "core/store/LocalStore.h"
#include "core/store/TaskFilterModel.h"
#include "core/store/TaskListModel.h"
#include "core/sync/TaskSync.h"
#include "ui/common/LanguageSwitcher.h"
#include "ui/common/SyncStatusLabel.h"
#include "ui/common/Theme.h"
#include "ui/kiosk/KioskWindow.h"
#include "ui/kiosk/TaskDetailsView.h"
#include "ui/kiosk/TaskFilterBar.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace buurtmunt;

// The kiosk as a resident meets it: a local store filled with tasks, the
// real window with the kiosk theme, clicks and typing on its controls.
class TestKioskWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listShowsEveryTaskHomeNeighbourhoodFirst();
    void filtersNarrowTheList();
    void detailsShowTheSelectedTask();
    void languageButtonsRetranslateVisibleTexts();
    void everyControlIsNamedAndTouchSized();
    void statusLineShowsLastSyncAndOffline();
    void layoutMirrorsRightToLeft();
    void nextVisitorStartsInDutchWithoutFilters();

private:
    template <typename T> T* find(const QString& name) const
    {
        auto* widget = m_window->findChild<T*>(name);
        if (!widget)
            qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return widget;
    }
    QString labelText(const QString& name) const { return find<QLabel>(name)->text(); }
    void clickRowWithTitle(const QString& title);
    // Qt posts LanguageChange to every window; a person sees the new texts
    // once those events are handled.
    void switchLanguage(const QString& language)
    {
        QTest::mouseClick(find<QPushButton>(language + u"LanguageButton"_s), Qt::LeftButton);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCoreApplication::processEvents();
    }
    void chooseComboText(const QString& comboName, const QString& text);
    QString displayedTitle(int row) const
    {
        return m_window->filterModel()->index(row, 0).data(TaskListModel::TitleRole).toString();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<LanguageSwitcher> m_languages;
    std::unique_ptr<KioskWindow> m_window;
    QDateTime m_lastSync;
};

void TestKioskWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Theme::kiosk().apply(*qApp);
    m_store = std::make_unique<LocalStore>(m_dir.path());
    QVERIFY(m_store->open().ok());
    QVERIFY(m_store->saveEnrolment(test::kioskEnrolment()).ok());
    const auto upserted = m_store->upsertTasks(test::kioskTasks());
    QVERIFY2(upserted.ok(), qPrintable(upserted.ok() ? QString() : upserted.error().message));
    m_lastSync = QDateTime(QDate::currentDate(), QTime(10, 15)).toUTC();
    QVERIFY(m_store->saveSyncState({u"6"_s, "\"6\"", m_lastSync}).ok());
}

void TestKioskWindow::init()
{
    m_languages = std::make_unique<LanguageSwitcher>();
    QVERIFY(m_languages->setLanguage(u"nl"_s));
    m_window = std::make_unique<KioskWindow>(test::kioskEnrolment(), m_store.get(), m_languages.get());
    m_window->resize(1920, 1080);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestKioskWindow::cleanup()
{
    m_window.reset();
    m_languages.reset();
}

void TestKioskWindow::clickRowWithTitle(const QString& title)
{
    QListView* list = m_window->taskList();
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        if (index.data(TaskListModel::TitleRole).toString() != title)
            continue;
        list->scrollTo(index);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
        return;
    }
    QFAIL(qPrintable(u"no row titled "_s + title));
}

void TestKioskWindow::chooseComboText(const QString& comboName, const QString& text)
{
    auto* combo = find<QComboBox>(comboName);
    QVERIFY(combo);
    const int index = combo->findText(text);
    QVERIFY2(index >= 0, qPrintable(u"\"%1\" is not offered by %2"_s.arg(text, comboName)));
    combo->setCurrentIndex(index);
}

void TestKioskWindow::listShowsEveryTaskHomeNeighbourhoodFirst()
{
    QListView* list = m_window->taskList();
    QCOMPARE(list->model()->rowCount(), 6);
    // The kiosk stands in Centrum: its two tasks come first.
    QCOMPARE(list->model()->index(0, 0).data(TaskListModel::NeighbourhoodRole).toString(), u"Centrum"_s);
    QCOMPARE(list->model()->index(1, 0).data(TaskListModel::NeighbourhoodRole).toString(), u"Centrum"_s);
    // The first cards are really on screen, one below the other, each large.
    const QRect first = list->visualRect(list->model()->index(0, 0));
    const QRect second = list->visualRect(list->model()->index(1, 0));
    QVERIFY2(list->viewport()->rect().contains(first),
             qPrintable(u"card %1,%2 %3×%4 outside the list's %5×%6"_s.arg(first.x()).arg(first.y()).arg(first.width())
                            .arg(first.height()).arg(list->viewport()->width()).arg(list->viewport()->height())));
    QVERIFY(second.top() >= first.bottom());
    QVERIFY2(first.height() >= 120, qPrintable(QString::number(first.height())));
    QCOMPARE(labelText(u"taskCount"_s), u"6 taken"_s);
    QCOMPARE(labelText(u"municipalityName"_s), u"Gemeente Heerlen"_s);
    QCOMPARE(labelText(u"tagline"_s), u"Verdien Heitjes met klussen in je buurt"_s);
}

void TestKioskWindow::filtersNarrowTheList()
{
    QAbstractItemModel* shown = m_window->taskList()->model();
    chooseComboText(u"categoryFilter"_s, u"Schilderen"_s);
    QCOMPARE(shown->rowCount(), 2);
    QCOMPARE(labelText(u"taskCount"_s), u"2 van 6 taken"_s);

    chooseComboText(u"rewardFilter"_s, u"20\u00A0Heitjes of meer"_s);
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(displayedTitle(0), u"Paaltjes verven"_s);

    chooseComboText(u"categoryFilter"_s, u"Alle soorten"_s);
    chooseComboText(u"rewardFilter"_s, u"Elke beloning"_s);
    chooseComboText(u"neighbourhoodFilter"_s, u"Grasbroek"_s);
    QCOMPARE(shown->rowCount(), 2);

    // Typing a word narrows further once the typing settles.
    QTest::keyClicks(find<QLineEdit>(u"searchEdit"_s), u"koffie"_s);
    QTRY_COMPARE(shown->rowCount(), 1);
    QCOMPARE(displayedTitle(0), u"Koffieochtend buurthuis"_s);

    QTest::mouseClick(find<QPushButton>(u"resetFiltersButton"_s), Qt::LeftButton);
    QCOMPARE(shown->rowCount(), 6);
    QCOMPARE(find<QLineEdit>(u"searchEdit"_s)->text(), QString());
    QCOMPARE(labelText(u"taskCount"_s), u"6 taken"_s);
}

void TestKioskWindow::detailsShowTheSelectedTask()
{
    TaskDetailsView* details = m_window->detailsView();
    QVERIFY(!details->isShowingTask());
    QVERIFY(find<QLabel>(u"detailsPlaceholder"_s)->isVisible());

    clickRowWithTitle(u"Bank schilderen"_s);
    QVERIFY(details->isShowingTask());
    QCOMPARE(labelText(u"detailsTitle"_s), u"Bank schilderen"_s);
    QCOMPARE(labelText(u"detailsReward"_s), u"15\u00A0Heitjes"_s);
    QCOMPARE(labelText(u"detailsPlace"_s), u"Grasbroek  ·  Schilderen"_s);
    QCOMPARE(labelText(u"detailsDescription"_s), u"Beschrijving: Bank schilderen"_s);
    QCOMPARE(labelText(u"detailsAddress"_s), u"Grasbroekstraat 1, Heerlen"_s);
    QCOMPARE(labelText(u"detailsWindow"_s), u"Van 1 november 2026 tot 15 december 2026"_s);
    QCOMPARE(labelText(u"detailsDuration"_s), u"Ongeveer 3 uur"_s);
    QCOMPARE(labelText(u"detailsSlots"_s), u"Nog 2 plaatsen vrij"_s);
    QVERIFY(labelText(u"detailsToolbox"_s).contains(u"klusbox"_s));
    QVERIFY(find<QLabel>(u"detailsSafety"_s)->isVisible());
    QCOMPARE(labelText(u"detailsSafety"_s), u"Draag handschoenen en een veiligheidshesje."_s);

    // Another task without safety notes hides that section instead of
    // keeping the previous task's notes.
    clickRowWithTitle(u"Zwerfafval prikken"_s);
    QCOMPARE(labelText(u"detailsTitle"_s), u"Zwerfafval prikken"_s);
    QCOMPARE(labelText(u"detailsReward"_s), u"5\u00A0Heitjes"_s);
    QVERIFY(!find<QLabel>(u"detailsSafety"_s)->isVisible());

    // Filtering the selected task away clears the panel.
    chooseComboText(u"categoryFilter"_s, u"Schilderen"_s);
    QVERIFY(!details->isShowingTask());
}

void TestKioskWindow::languageButtonsRetranslateVisibleTexts()
{
    clickRowWithTitle(u"Bank schilderen"_s);
    QCOMPARE(labelText(u"listTitle"_s), u"Taken"_s);
    QCOMPARE(labelText(u"detailsAddressCaption"_s), u"Waar"_s);

    switchLanguage(u"en"_s);
    QCOMPARE(m_languages->language(), u"en"_s);
    QCOMPARE(labelText(u"listTitle"_s), u"Tasks"_s);
    QCOMPARE(labelText(u"taskCount"_s), u"6 tasks"_s);
    QCOMPARE(labelText(u"municipalityName"_s), u"Municipality of Heerlen"_s);
    QCOMPARE(labelText(u"detailsAddressCaption"_s), u"Where"_s);
    QCOMPARE(labelText(u"detailsPlace"_s), u"Grasbroek  ·  Painting"_s);
    QCOMPARE(labelText(u"detailsDuration"_s), u"About 3 hours"_s);
    QCOMPARE(labelText(u"detailsWindow"_s), u"From 1 November 2026 to 15 December 2026"_s);
    QCOMPARE(find<QPushButton>(u"refreshButton"_s)->text(), u"Refresh"_s);
    QVERIFY(find<QComboBox>(u"categoryFilter"_s)->findText(u"Litter picking"_s) >= 0);
    QVERIFY(labelText(u"syncStatus"_s).startsWith(u"Updated at"_s));
    QVERIFY(find<QPushButton>(u"enLanguageButton"_s)->isChecked());

    switchLanguage(u"de"_s);
    QCOMPARE(labelText(u"listTitle"_s), u"Aufgaben"_s);
    QCOMPARE(labelText(u"detailsAddressCaption"_s), u"Wo"_s);
    QCOMPARE(labelText(u"detailsPlace"_s), u"Grasbroek  ·  Streichen"_s);
    QCOMPARE(labelText(u"detailsDuration"_s), u"Etwa 3 Stunden"_s);
    QCOMPARE(labelText(u"detailsWindow"_s), u"Vom 1. November 2026 bis 15. Dezember 2026"_s);
    QCOMPARE(find<QPushButton>(u"refreshButton"_s)->text(), u"Aktualisieren"_s);
    QVERIFY(labelText(u"syncStatus"_s).startsWith(u"Aktualisiert um"_s));
    QVERIFY(find<QComboBox>(u"rewardFilter"_s)->findText(u"20\u00A0Heitjes oder mehr"_s) >= 0);

    switchLanguage(u"nl"_s);
    QCOMPARE(labelText(u"listTitle"_s), u"Taken"_s);
    QCOMPARE(labelText(u"detailsAddressCaption"_s), u"Waar"_s);
    QCOMPARE(labelText(u"detailsPlace"_s), u"Grasbroek  ·  Schilderen"_s);
    QVERIFY(labelText(u"syncStatus"_s).startsWith(u"Bijgewerkt om"_s));
}

void TestKioskWindow::everyControlIsNamedAndTouchSized()
{
    clickRowWithTitle(u"Bank schilderen"_s);
    int controls = 0;
    const auto widgets = m_window->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (!widget->isVisible())
            continue;
        const bool control = qobject_cast<QAbstractButton*>(widget) || qobject_cast<QComboBox*>(widget)
            || qobject_cast<QLineEdit*>(widget) || qobject_cast<QAbstractItemView*>(widget);
        if (control) {
            ++controls;
            QVERIFY2(!widget->accessibleName().isEmpty(),
                     qPrintable(u"%1 has no accessible name"_s.arg(widget->objectName())));
            QVERIFY2(widget->height() >= Theme::minimumTouchTarget && widget->width() >= Theme::minimumTouchTarget,
                     qPrintable(u"%1 is only %2×%3 px"_s.arg(widget->objectName()).arg(widget->width()).arg(widget->height())));
        }
        if (control || qobject_cast<QLabel*>(widget)) {
            QVERIFY2(widget->font().pointSizeF() >= Theme::minimumPointSize,
                     qPrintable(u"%1 uses %2 pt"_s.arg(widget->objectName()).arg(widget->font().pointSizeF())));
        }
    }
    // Three language buttons, refresh, reset, three filters, search, the list.
    QVERIFY2(controls >= 10, qPrintable(QString::number(controls)));
}

void TestKioskWindow::statusLineShowsLastSyncAndOffline()
{
    auto* status = m_window->syncStatus();
    QVERIFY(status->isVisible());
    QCOMPARE(status->text(), u"Bijgewerkt om 10:15"_s);
    QVERIFY(!status->property("offline").toBool());

    // A real sync against a port where nothing listens: the server is away.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    QNetworkAccessManager network;
    ApiClient api(&network);
    api.setBaseUrl(QUrl(u"https://127.0.0.1:%1"_s.arg(port)));
    api.setPinnedFingerprint(QByteArray(32, '\x5a'));
    api.setDeviceCredentials(7, u"not-a-real-secret-but-long-enough"_s);
    api.setRole(u"kiosk"_s);
    TaskSync sync(&api, m_store.get());
    m_window->setTaskSync(&sync);
    QSignalSpy failed(&sync, &TaskSync::syncFailed);
    QVERIFY(sync.syncNow());
    QVERIFY(failed.wait(20000));
    QCOMPARE(status->text(), u"Offline — laatst bijgewerkt om 10:15"_s);
    QVERIFY(status->property("offline").toBool());
    QVERIFY(status->isVisible());
    // The tasks stay: offline means older, not empty.
    QCOMPARE(m_window->taskList()->model()->rowCount(), 6);

    switchLanguage(u"en"_s);
    QCOMPARE(status->text(), u"Offline — last updated at 10:15"_s);
    m_window->setTaskSync(nullptr);
}

void TestKioskWindow::layoutMirrorsRightToLeft()
{
    QWidget* logo = find<QLabel>(u"logo"_s);
    QWidget* languages = find<QWidget>(u"languageBar"_s);
    const auto x = [](QWidget* w) { return w->mapTo(w->window(), QPoint(0, 0)).x(); };
    QVERIFY(x(logo) < x(languages));
    QVERIFY(x(m_window->taskList()) < x(m_window->detailsView()));

    m_window->setLayoutDirection(Qt::RightToLeft);
    QTRY_VERIFY(x(logo) > x(languages));
    QVERIFY(x(m_window->taskList()) > x(m_window->detailsView()));
}

void TestKioskWindow::nextVisitorStartsInDutchWithoutFilters()
{
    switchLanguage(u"de"_s);
    chooseComboText(u"categoryFilter"_s, u"Streichen"_s);
    clickRowWithTitle(u"Paaltjes verven"_s);
    QCOMPARE(m_window->taskList()->model()->rowCount(), 2);

    m_window->resetForNextVisitor();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCOMPARE(m_languages->language(), u"nl"_s);
    QCOMPARE(labelText(u"listTitle"_s), u"Taken"_s);
    QCOMPARE(m_window->taskList()->model()->rowCount(), 6);
    QVERIFY(!m_window->detailsView()->isShowingTask());
    QVERIFY(find<QPushButton>(u"nlLanguageButton"_s)->isChecked());
}

QTEST_MAIN(TestKioskWindow)
#include "TestKioskWindow.moc"
