// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "DashboardView.h"

#include "DashboardReport.h"
#include "StaffLook.h"
#include "core/staff/DashboardTableModel.h"
#include "core/staff/StaffSession.h"
#include "ui/common/Theme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCheckBox>
#include <QStackedBarSeries>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace buurtmunt {

namespace {

QTableView* figuresTable(const QString& name, const QString& accessibleName, QAbstractItemModel* model, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(name);
    table->setAccessibleName(accessibleName);
    table->setModel(model);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QChartView* chartView(const QString& name, const QString& accessibleName, QWidget* parent)
{
    auto* view = new QChartView(new QChart, parent);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    view->chart()->setBackgroundRoundness(0);
    // A chart is a graphics scene: neither the app's kiosk font nor the desk's
    // style sheet reaches it, so it gets desktop sizes here.
    QFont title = view->chart()->titleFont();
    title.setPointSizeF(12.0);
    title.setBold(true);
    view->chart()->setTitleFont(title);
    QFont legend = view->chart()->legend()->font();
    legend.setPointSizeF(10.0);
    view->chart()->legend()->setFont(legend);
    return view;
}

QDate firstOfMonth(const QDate& date)
{
    return QDate(date.year(), date.month(), 1);
}

// The chart exactly as it is on screen. Taken from the window: a chart
// view grabbed on its own leaves out its axes, grid and legend.
QImage chartImage(QChartView* view)
{
    QWidget* window = view->window();
    return window->grab(QRect(view->mapTo(window, QPoint(0, 0)), view->size())).toImage();
}

void setAxisFont(QAbstractAxis* axis)
{
    QFont font = axis->labelsFont();
    font.setPointSizeF(9.0);
    axis->setLabelsFont(font);
}

QString monthLabel(const QString& month, const QLocale& locale)
{
    const QDate date = QDate::fromString(month + u"-01"_s, u"yyyy-MM-dd"_s);
    return date.isValid() ? locale.toString(date, u"MMM yy"_s) : month;
}

} // namespace

DashboardView::DashboardView(StaffSession* session, CoinText coins, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_coins(std::move(coins))
    , m_chooseFile([](QWidget* parentWidget, const QString& suggested) {
        const bool pdf = suggested.endsWith(u".pdf"_s);
        return QFileDialog::getSaveFileName(parentWidget,
                                            pdf ? tr("Export dashboard as PDF") : tr("Export dashboard as CSV"),
                                            suggested, pdf ? tr("PDF files (*.pdf)") : tr("CSV files (*.csv)"));
    })
    , m_fromEdit(new QDateEdit(this))
    , m_toEdit(new QDateEdit(this))
    , m_showButton(StaffLook::actionButton(tr("&Show"), u"showDashboardButton"_s, this))
    , m_exportButton(StaffLook::actionButton(tr("&Export CSV…"), u"exportCsvButton"_s, this))
    , m_exportPdfButton(StaffLook::actionButton(tr("Export &PDF…"), u"exportPdfButton"_s, this))
    , m_perNeighbourhoodCheckBox(new QCheckBox(tr("Per &neighbourhood"), this))
    , m_message(new QLabel(this))
    , m_coinsChart(chartView(u"coinsChart"_s, tr("Coins minted and spent per month"), this))
    , m_activityChart(chartView(u"activityChart"_s, tr("Tasks done and active residents per month"), this))
    , m_monthlyModel(new DashboardTableModel(DashboardTableModel::Table::Monthly, this))
    , m_turnoverModel(new DashboardTableModel(DashboardTableModel::Table::Turnover, this))
    , m_monthlyTable(figuresTable(u"monthlyTable"_s, tr("Figures per month"), m_monthlyModel, this))
    , m_turnoverTable(figuresTable(u"turnoverTable"_s, tr("Turnover per shop"), m_turnoverModel, this))
{
    setObjectName(u"dashboardView"_s);
    for (QDateEdit* edit : {m_fromEdit, m_toEdit}) {
        edit->setDisplayFormat(u"MMMM yyyy"_s);
        edit->setCalendarPopup(false);
        edit->setMinimumDate(QDate(2020, 1, 1));
    }
    m_fromEdit->setObjectName(u"fromMonthEdit"_s);
    m_fromEdit->setAccessibleName(tr("From month"));
    m_toEdit->setObjectName(u"toMonthEdit"_s);
    m_toEdit->setAccessibleName(tr("To month"));
    const QDate thisMonth = firstOfMonth(QDate::currentDate());
    setRange(thisMonth.addMonths(-11), thisMonth);
    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_exportButton->setEnabled(false);
    m_exportPdfButton->setEnabled(false);

    auto* range = new QHBoxLayout;
    auto* fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_fromEdit);
    auto* toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_toEdit);
    range->addWidget(fromLabel);
    range->addWidget(m_fromEdit);
    range->addWidget(toLabel);
    range->addWidget(m_toEdit);
    range->addWidget(m_showButton);
    range->addWidget(m_perNeighbourhoodCheckBox);
    range->addWidget(m_message, 1);
    range->addWidget(m_exportButton);
    range->addWidget(m_exportPdfButton);

    auto* monthlyHeading = new QLabel(tr("Per month"), this);
    auto* turnoverHeading = new QLabel(tr("Turnover per shop"), this);
    for (QLabel* heading : {monthlyHeading, turnoverHeading})
        heading->setStyleSheet(u"font-weight: bold;"_s);

    auto* grid = new QGridLayout;
    grid->addWidget(m_coinsChart, 0, 0);
    grid->addWidget(m_activityChart, 1, 0);
    auto* monthly = new QVBoxLayout;
    monthly->addWidget(monthlyHeading);
    monthly->addWidget(m_monthlyTable, 1);
    auto* turnover = new QVBoxLayout;
    turnover->addWidget(turnoverHeading);
    turnover->addWidget(m_turnoverTable, 1);
    grid->addLayout(monthly, 0, 1);
    grid->addLayout(turnover, 1, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(range);
    layout->addLayout(grid, 1);

    connect(m_showButton, &QPushButton::clicked, this, &DashboardView::reload);
    connect(m_exportButton, &QPushButton::clicked, this, &DashboardView::exportWithDialog);
    connect(m_exportPdfButton, &QPushButton::clicked, this, &DashboardView::exportPdfWithDialog);
    m_perNeighbourhoodCheckBox->setObjectName(u"perNeighbourhoodCheckBox"_s);
    connect(m_perNeighbourhoodCheckBox, &QCheckBox::toggled, this,
            [this] { rebuildCharts(m_monthlyModel->dashboard()); });
}

QList<QBarSet*> DashboardView::coinBarSets() const
{
    const QList<QAbstractSeries*> series = m_coinsChart->chart()->series();
    if (series.isEmpty())
        return {};
    return static_cast<QAbstractBarSeries*>(series.constFirst())->barSets();
}

void DashboardView::setRange(const QDate& fromMonth, const QDate& toMonth)
{
    m_fromEdit->setDate(firstOfMonth(fromMonth));
    m_toEdit->setDate(firstOfMonth(toMonth));
}

QString DashboardView::fromMonth() const
{
    return m_fromEdit->date().toString(u"yyyy-MM"_s);
}

QString DashboardView::toMonth() const
{
    return m_toEdit->date().toString(u"yyyy-MM"_s);
}

void DashboardView::reload()
{
    if (m_fromEdit->date() > m_toEdit->date()) {
        m_message->setText(tr("The first month must not come after the last month."));
        return;
    }
    m_showButton->setEnabled(false);
    m_message->setText(tr("Loading…"));
    m_session->fetchDashboard(fromMonth(), toMonth(), [self = QPointer<DashboardView>(this)](
                                                          const StaffSession::Reply<Dashboard>& reply) {
        if (!self)
            return;
        self->m_showButton->setEnabled(true);
        if (!reply.ok()) {
            QString message = reply.error->message;
            for (const Problem::InvalidParam& param : reply.invalidParams)
                message += u" ("_s + param.name + u": "_s + param.reason + u")"_s;
            self->m_message->setText(tr("The dashboard could not be loaded: %1").arg(message));
            return;
        }
        self->showDashboard(*reply.value);
        emit self->reloaded();
    });
}

void DashboardView::showDashboard(const Dashboard& dashboard)
{
    m_monthlyModel->setDashboard(dashboard);
    m_turnoverModel->setDashboard(dashboard);
    rebuildCharts(dashboard);
    qint64 minted = 0;
    qint64 spent = 0;
    for (const QString& month : dashboard.months) {
        minted += dashboard.mintedIn(month);
        spent += dashboard.spentIn(month);
    }
    const QLocale locale;
    m_summary = tr("%1 minted, %2 spent over %n month(s).", nullptr, int(dashboard.months.size()))
                    .arg(m_coins.format(minted, locale), m_coins.format(spent, locale));
    m_message->setText(m_summary);
    m_exportButton->setEnabled(true);
    m_exportPdfButton->setEnabled(true);
}

void DashboardView::rebuildCoinChart(const Dashboard& dashboard, const QStringList& categories)
{
    const Theme theme = Theme::kiosk();
    QChart* coins = m_coinsChart->chart();
    coins->removeAllSeries();
    for (QAbstractAxis* axis : coins->axes())
        coins->removeAxis(axis);
    coins->setTitle(tr("Coins minted and spent (%1)").arg(m_coins.plural()));
    m_minted = nullptr;
    m_spent = nullptr;
    QAbstractBarSeries* bars = nullptr;
    double lowest = 0;
    double highest = 0;
    if (m_perNeighbourhoodCheckBox->isChecked()) {
        // Minted stacks up and spent stacks down, one colour per
        // neighbourhood, so both stay readable in one chart.
        const QList<QColor> colours{theme.reward(), theme.accent(), theme.focus(), theme.headerBackground(),
                                    theme.warningText(), theme.mutedText()};
        auto* stacked = new QStackedBarSeries;
        const QStringList neighbourhoods = dashboard.neighbourhoods();
        for (qsizetype n = 0; n < neighbourhoods.size(); ++n) {
            const QString& name = neighbourhoods.at(n);
            const QString label = name.isEmpty() ? tr("no neighbourhood") : name;
            auto* minted = new QBarSet(tr("%1 minted").arg(label));
            auto* spent = new QBarSet(tr("%1 spent").arg(label));
            minted->setColor(colours.at(n % colours.size()));
            spent->setColor(colours.at(n % colours.size()).lighter(160));
            for (const QString& month : dashboard.months) {
                minted->append(double(dashboard.mintedIn(month, name)) / 100.0);
                spent->append(-double(dashboard.spentIn(month, name)) / 100.0);
            }
            stacked->append(minted);
            stacked->append(spent);
        }
        for (const QString& month : dashboard.months) {
            highest = std::max(highest, double(dashboard.mintedIn(month)) / 100.0);
            lowest = std::min(lowest, -double(dashboard.spentIn(month)) / 100.0);
        }
        bars = stacked;
    } else {
        auto* grouped = new QBarSeries;
        m_minted = new QBarSet(tr("Minted"));
        m_minted->setColor(theme.reward());
        m_spent = new QBarSet(tr("Spent"));
        m_spent->setColor(theme.accent());
        for (const QString& month : dashboard.months) {
            // Plotting only: the tables and the CSV keep exact cents.
            const double mintedCoins = double(dashboard.mintedIn(month)) / 100.0;
            const double spentCoins = double(dashboard.spentIn(month)) / 100.0;
            m_minted->append(mintedCoins);
            m_spent->append(spentCoins);
            highest = std::max({highest, mintedCoins, spentCoins});
        }
        grouped->append(m_minted);
        grouped->append(m_spent);
        bars = grouped;
    }
    coins->addSeries(bars);
    auto* monthAxis = new QBarCategoryAxis;
    monthAxis->append(categories);
    coins->addAxis(monthAxis, Qt::AlignBottom);
    bars->attachAxis(monthAxis);
    auto* coinAxis = new QValueAxis;
    coinAxis->setRange(lowest < 0 ? lowest * 1.1 : 0.0, highest > 0 ? highest * 1.1 : 1.0);
    coinAxis->setLabelFormat(u"%.0f"_s);
    coinAxis->applyNiceNumbers();
    setAxisFont(monthAxis);
    setAxisFont(coinAxis);
    coins->addAxis(coinAxis, Qt::AlignLeft);
    bars->attachAxis(coinAxis);
}

void DashboardView::rebuildCharts(const Dashboard& dashboard)
{
    const Theme theme = Theme::kiosk();
    const QLocale locale;
    QStringList categories;
    for (const QString& month : dashboard.months)
        categories << monthLabel(month, locale);

    rebuildCoinChart(dashboard, categories);

    QChart* activity = m_activityChart->chart();
    activity->removeAllSeries();
    for (QAbstractAxis* axis : activity->axes())
        activity->removeAxis(axis);
    activity->setTitle(tr("Tasks done and active residents"));
    m_tasksDone = new QLineSeries;
    m_tasksDone->setName(tr("Tasks done"));
    m_tasksDone->setColor(theme.focus());
    m_tasksDone->setPointsVisible(true);
    m_activeResidents = new QLineSeries;
    m_activeResidents->setName(tr("Active residents"));
    m_activeResidents->setColor(theme.headerBackground());
    m_activeResidents->setPointsVisible(true);
    qint64 most = 0;
    for (qsizetype i = 0; i < dashboard.months.size(); ++i) {
        const QString& month = dashboard.months.at(i);
        m_tasksDone->append(double(i), double(dashboard.tasksDoneIn(month)));
        m_activeResidents->append(double(i), double(dashboard.activeResidentsIn(month)));
        most = std::max({most, dashboard.tasksDoneIn(month), dashboard.activeResidentsIn(month)});
    }
    activity->addSeries(m_tasksDone);
    activity->addSeries(m_activeResidents);
    // A category axis puts the points under the same month labels as the bars.
    auto* activityMonths = new QBarCategoryAxis;
    activityMonths->append(categories);
    activity->addAxis(activityMonths, Qt::AlignBottom);
    auto* countAxis = new QValueAxis;
    countAxis->setRange(0, double(std::max<qint64>(most + 1, 5)));
    countAxis->setLabelFormat(u"%d"_s);
    countAxis->applyNiceNumbers();
    setAxisFont(activityMonths);
    setAxisFont(countAxis);
    activity->addAxis(countAxis, Qt::AlignLeft);
    for (QLineSeries* line : {m_tasksDone, m_activeResidents}) {
        line->attachAxis(activityMonths);
        line->attachAxis(countAxis);
    }
}

bool DashboardView::exportCsv(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    const QString csv = m_monthlyModel->toCsv() + u"\r\n"_s + m_turnoverModel->toCsv();
    file.write(csv.toUtf8());
    if (!file.commit()) {
        *error = tr("%1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString DashboardView::periodText() const
{
    // The months of the figures shown, not of the date fields: those may
    // have been changed since without pressing Show.
    const QStringList& months = m_monthlyModel->dashboard().months;
    if (months.isEmpty())
        return {};
    const QLocale locale;
    const auto name = [&locale](const QString& month) {
        return locale.toString(QDate::fromString(month + u"-01"_s, u"yyyy-MM-dd"_s), u"MMMM yyyy"_s);
    };
    return months.size() == 1 ? name(months.constFirst())
                              : tr("%1 to %2").arg(name(months.constFirst()), name(months.constLast()));
}

bool DashboardView::exportPdf(const QString& path, QString* error) const
{
    DashboardReport report(m_municipalityName, periodText(), m_summary);
    report.addChart(m_coinsChart->chart()->title(), chartImage(m_coinsChart));
    report.addChart(m_activityChart->chart()->title(), chartImage(m_activityChart));
    report.addTable(tr("Per month"), m_monthlyModel);
    report.addTable(tr("Turnover per shop"), m_turnoverModel);
    if (const Status saved = report.saveAsPdf(path); !saved) {
        *error = saved.error().message;
        return false;
    }
    return true;
}

void DashboardView::exportWithDialog()
{
    exportTo(u"csv"_s, &DashboardView::exportCsv);
}

void DashboardView::exportPdfWithDialog()
{
    exportTo(u"pdf"_s, &DashboardView::exportPdf);
}

void DashboardView::exportTo(const QString& extension, Exporter exporter)
{
    // Named after the months exported, which the date fields may no longer show.
    const QStringList& months = m_monthlyModel->dashboard().months;
    const QString suggested = u"buurtmunt-dashboard-%1-%2.%3"_s.arg(months.isEmpty() ? fromMonth() : months.constFirst(),
                                                                     months.isEmpty() ? toMonth() : months.constLast(),
                                                                     extension);
    const QString path = m_chooseFile(this, suggested);
    if (path.isEmpty())
        return;
    QString error;
    if (!(this->*exporter)(path, &error)) {
        m_message->setText(tr("Nothing was exported: %1").arg(error));
        return;
    }
    m_message->setText(tr("Exported to %1.").arg(path));
    emit exported(path);
}

} // namespace buurtmunt
