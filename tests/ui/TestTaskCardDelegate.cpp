// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "KioskTestData.h"

#include "core/store/LocalStore.h"
#include "core/store/TaskFilterModel.h"
#include "core/store/TaskListModel.h"
#include "ui/common/LanguageSwitcher.h"
#include "ui/common/Theme.h"
#include "ui/kiosk/KioskWindow.h"
#include "ui/kiosk/TaskCardDelegate.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace buurtmunt;

// The card as drawn, and the list of cards at the size a big municipality
// reaches: ten thousand tasks must filter and scroll without a visible stall.
class TestTaskCardDelegate : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cardIsLargeAndUniform();
    void rewardIsDrawnOnTheTrailingSide();
    void tenThousandRowsFilterAndScrollQuickly();

private:
    QImage paintCard(Qt::LayoutDirection direction, QString* reward = nullptr, QString* spoken = nullptr);
    // How long a person may wait after a tap before it feels stuck.
    static constexpr qint64 budgetMs = 500;

    QTemporaryDir m_dir;
};

void TestTaskCardDelegate::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Theme::kiosk().apply(*qApp);
}

void TestTaskCardDelegate::cardIsLargeAndUniform()
{
    TaskCardDelegate delegate(Theme::kiosk());
    QStyleOptionViewItem option;
    option.rect = QRect(0, 0, 1000, 10);
    const QSize a = delegate.sizeHint(option, {});
    const QSize b = delegate.sizeHint(option, {});
    QCOMPARE(a, b);
    // Three lines of at least 18 pt text with padding: comfortably tappable.
    QVERIFY2(a.height() >= 2 * Theme::minimumTouchTarget, qPrintable(QString::number(a.height())));
    QCOMPARE(a.height(), delegate.cardHeight());
}

QImage TestTaskCardDelegate::paintCard(Qt::LayoutDirection direction, QString* reward, QString* spoken)
{
    QStandardItemModel model(1, 1);
    const QModelIndex index = model.index(0, 0);
    model.setData(index, u"Bank schilderen"_s, TaskListModel::TitleRole);
    model.setData(index, qint64(1500), TaskListModel::RewardCentsRole);
    model.setData(index, u"Grasbroek"_s, TaskListModel::NeighbourhoodRole);
    model.setData(index, u"painting"_s, TaskListModel::CategoryRole);
    model.setData(index, 180, TaskListModel::EstimatedMinutesRole);
    model.setData(index, 2, TaskListModel::SlotsLeftRole);
    model.setData(index, true, TaskListModel::ToolboxRole);

    const Theme theme = Theme::kiosk();
    TaskCardDelegate delegate(theme);
    delegate.setCoinText(CoinText(u"Heitje"_s, u"Heitjes"_s));
    QImage image(1000, delegate.cardHeight(), QImage::Format_RGB32);
    image.fill(theme.windowBackground());
    QStyleOptionViewItem option;
    option.rect = image.rect();
    option.direction = direction;
    option.state = QStyle::State_Enabled;
    QPainter painter(&image);
    delegate.paint(&painter, option, index);
    painter.end();
    if (reward)
        *reward = delegate.rewardText(index);
    if (spoken)
        *spoken = delegate.accessibleText(index);
    return image;
}

void TestTaskCardDelegate::rewardIsDrawnOnTheTrailingSide()
{
    const QColor rewardColour = Theme::kiosk().reward();
    const auto rewardCentre = [&](const QImage& image) {
        qint64 sum = 0;
        qint64 count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (image.pixelColor(x, y) == rewardColour) {
                    sum += x;
                    ++count;
                }
            }
        }
        return count > 50 ? double(sum) / count : -1.0;
    };
    QString reward;
    QString spoken;
    const double ltr = rewardCentre(paintCard(Qt::LeftToRight, &reward, &spoken));
    QCOMPARE(reward, u"15\u00A0Heitjes"_s);
    QVERIFY(spoken.contains(u"Bank schilderen"_s));
    const double rtl = rewardCentre(paintCard(Qt::RightToLeft));
    QVERIFY2(ltr > 0 && rtl > 0, "the reward was not painted in the reward colour");
    QVERIFY2(ltr > 750, qPrintable(QString::number(ltr)));
    QVERIFY2(rtl < 250, qPrintable(QString::number(rtl)));
}

void TestTaskCardDelegate::tenThousandRowsFilterAndScrollQuickly()
{
    QElapsedTimer timer;
    timer.start();
    LocalStore store(m_dir.path());
    QVERIFY(store.open().ok());
    QVERIFY(store.saveEnrolment(test::kioskEnrolment()).ok());
    const auto upserted = store.upsertTasks(test::manyTasks(10000));
    QVERIFY(upserted.ok());
    qInfo("storing 10,000 tasks: %lld ms", timer.restart());

    LanguageSwitcher languages;
    languages.setLanguage(u"nl"_s);
    KioskWindow window(test::kioskEnrolment(), &store, &languages);
    window.resize(1920, 1080);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QListView* list = window.taskList();
    QCOMPARE(list->model()->rowCount(), 10000);
    qInfo("opening the kiosk with 10,000 tasks: %lld ms", timer.restart());

    const auto measure = [&](const char* what, const std::function<void()>& action) {
        timer.restart();
        action();
        list->viewport()->repaint();  // include painting the visible cards
        const qint64 ms = timer.elapsed();
        qInfo("%s: %lld ms", what, ms);
        return ms;
    };
    auto* category = window.findChild<QComboBox*>(u"categoryFilter"_s);
    auto* neighbourhood = window.findChild<QComboBox*>(u"neighbourhoodFilter"_s);
    auto* search = window.findChild<QLineEdit*>(u"searchEdit"_s);

    QVERIFY(measure("reloading 10,000 tasks", [&] { window.reloadTasks(); }) < 4 * budgetMs);
    QVERIFY(measure("filter by kind of task", [&] { category->setCurrentIndex(category->findText(u"Schilderen"_s)); }) < budgetMs);
    const int painting = list->model()->rowCount();
    QVERIFY(painting > 1000 && painting < 2000);
    QVERIFY(measure("filter by neighbourhood too", [&] { neighbourhood->setCurrentIndex(neighbourhood->findText(u"Grasbroek"_s)); }) < budgetMs);
    QVERIFY(list->model()->rowCount() < painting);
    QVERIFY(measure("clear the filters", [&] {
        category->setCurrentIndex(0);
        neighbourhood->setCurrentIndex(0);
    }) < budgetMs);
    QCOMPARE(list->model()->rowCount(), 10000);
    QVERIFY(measure("search for a word", [&] {
        search->setText(u"Taak 99"_s);
        emit search->returnPressed();
    }) < budgetMs);
    QVERIFY(list->model()->rowCount() >= 1 && list->model()->rowCount() < 200);
    search->clear();
    emit search->returnPressed();
    QCOMPARE(list->model()->rowCount(), 10000);

    QVERIFY(measure("scroll to the end", [&] { list->scrollToBottom(); }) < budgetMs);
    const QModelIndex last = list->model()->index(9999, 0);
    QVERIFY(list->viewport()->rect().intersects(list->visualRect(last)));
    QScrollBar* bar = list->verticalScrollBar();
    timer.restart();
    for (int step = 0; step < 50; ++step) {
        bar->setValue(bar->maximum() * step / 50);
        list->viewport()->repaint();
    }
    const qint64 perPage = timer.elapsed() / 50;
    qInfo("scrolling: %lld ms per repainted page", perPage);
    // 60 frames a second leaves 16 ms; allow a slow machine three frames.
    QVERIFY2(perPage < 50, qPrintable(QString::number(perPage)));
}

QTEST_MAIN(TestTaskCardDelegate)
#include "TestTaskCardDelegate.moc"
