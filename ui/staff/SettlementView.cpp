// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "SettlementView.h"

#include "StaffLook.h"
#include "StatementDocument.h"
#include "core/staff/SettlementLineModel.h"
#include "core/staff/SettlementListModel.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace buurtmunt {

namespace {

// Euros for a number of coins at the rate, rounded half up as the server does.
qint64 euroCentsFor(qint64 coinCents, qint64 euroCentsPerCoin)
{
    return (coinCents * euroCentsPerCoin + 50) / 100;
}

} // namespace

SettlementView::SettlementView(StaffSession* session, const Enrolment& enrolment, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_enrolment(enrolment)
    , m_coins(enrolment.coinName, enrolment.coinNamePlural)
    , m_settlements(new SettlementListModel(this))
    , m_lines(new SettlementLineModel(this))
    , m_month(new QComboBox(this))
    , m_closeButton(StaffLook::actionButton(tr("C&lose month…"), u"closeMonthButton"_s, this))
    , m_settlementTable(new QTableView(this))
    , m_lineTable(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_sepaButton(StaffLook::actionButton(tr("Save &SEPA file…"), u"saveSepaButton"_s, this))
    , m_pdfButton(StaffLook::actionButton(tr("Statement &PDF…"), u"statementPdfButton"_s, this))
    , m_csvButton(StaffLook::actionButton(tr("Statement C&SV…"), u"statementCsvButton"_s, this))
    , m_reloadButton(StaffLook::actionButton(tr("Re&load"), u"reloadSettlementsButton"_s, this))
    , m_message(new QLabel(this))
{
    setObjectName(u"settlementView"_s);
    m_month->setObjectName(u"monthCombo"_s);
    m_month->setAccessibleName(tr("Month to close"));
    m_month->setMinimumContentsLength(16);
    setToday(QDate::currentDate());

    StaffLook::setUpRecordTable(m_settlementTable, u"settlementTable"_s, tr("Closed months"));
    m_settlementTable->setModel(m_settlements);
    StaffLook::setUpRecordTable(m_lineTable, u"settlementLineTable"_s, tr("Payouts per shop"));
    m_lineTable->setModel(m_lines);
    // The shop's name takes the spare width; the figures stay by their headers.
    m_lineTable->horizontalHeader()->setStretchLastSection(false);
    m_lineTable->horizontalHeader()->setSectionResizeMode(SettlementLineModel::ShopColumn, QHeaderView::Stretch);
    m_summary->setObjectName(u"settlementSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto* monthLabel = new QLabel(tr("&Month:"), this);
    monthLabel->setBuddy(m_month);
    auto* closeRow = new QHBoxLayout;
    closeRow->addWidget(monthLabel);
    closeRow->addWidget(m_month);
    closeRow->addWidget(m_closeButton);
    closeRow->addStretch(1);
    closeRow->addWidget(m_reloadButton);

    auto* listBox = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto* listTitle = new QLabel(tr("Closed months"), listBox);
    listTitle->setStyleSheet(u"font-weight: bold;"_s);
    listLayout->addWidget(listTitle);
    listLayout->addWidget(m_settlementTable, 1);

    auto* linesBox = new QWidget(this);
    auto* linesLayout = new QVBoxLayout(linesBox);
    linesLayout->setContentsMargins(0, 0, 0, 0);
    linesLayout->addWidget(m_summary);
    linesLayout->addWidget(m_lineTable, 1);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_sepaButton);
    fileRow->addStretch(1);
    fileRow->addWidget(m_pdfButton);
    fileRow->addWidget(m_csvButton);
    linesLayout->addLayout(fileRow);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(listBox);
    splitter->addWidget(linesBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({620, 1000});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(closeRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    connect(m_settlementTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SettlementView::showSelectedSettlement);
    connect(m_lineTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SettlementView::updateButtons);
    connect(m_closeButton, &QPushButton::clicked, this, &SettlementView::closeMonth);
    connect(m_reloadButton, &QPushButton::clicked, this, &SettlementView::reload);
    connect(m_sepaButton, &QPushButton::clicked, this, &SettlementView::saveSepaFile);
    connect(m_pdfButton, &QPushButton::clicked, this, &SettlementView::saveStatementPdf);
    connect(m_csvButton, &QPushButton::clicked, this, &SettlementView::saveStatementCsv);
    m_summary->setText(tr("Select a closed month to see what each shop is paid."));
    updateButtons();
}

void SettlementView::setSavePathProvider(SavePathProvider provider)
{
    m_savePath = std::move(provider);
}

QString SettlementView::lastFinishedMonth(QDate today)
{
    return today.addMonths(-1).toString(u"yyyy-MM"_s);
}

QString SettlementView::monthText(const QString& period) const
{
    const QDate first = QDate::fromString(period + u"-01"_s, u"yyyy-MM-dd"_s);
    return first.isValid() ? QLocale().toString(first, u"MMMM yyyy"_s) : period;
}

void SettlementView::setToday(QDate today)
{
    m_month->clear();
    // Two years back is enough to catch up on a forgotten month; a month that
    // has not ended cannot be closed, so it is not offered.
    for (int back = 1; back <= 24; ++back) {
        const QString period = today.addMonths(-back).toString(u"yyyy-MM"_s);
        m_month->addItem(monthText(period), period);
    }
    m_month->setCurrentIndex(0);
}

QString SettlementView::selectedMonth() const
{
    return m_month->currentData().toString();
}

bool SettlementView::selectMonth(const QString& period)
{
    const int index = m_month->findData(period);
    if (index >= 0)
        m_month->setCurrentIndex(index);
    return index >= 0;
}

void SettlementView::showMessage(const QString& message, bool isError)
{
    m_message->setText(message);
    m_message->setAccessibleName(message);
    m_message->setStyleSheet(isError ? u"color: #a4141c;"_s : QString());
}

void SettlementView::reload()
{
    m_reloadButton->setEnabled(false);
    const qint64 current = m_shown ? m_shown->id : 0;
    m_session->fetchSettlements([self = QPointer<SettlementView>(this), current](
                                    const StaffSession::Reply<QList<Settlement>>& reply) {
        if (!self)
            return;
        self->m_reloadButton->setEnabled(true);
        if (!reply.ok()) {
            self->showMessage(tr("The settlements could not be loaded: %1").arg(reply.error->message), true);
            return;
        }
        self->m_settlements->setSettlements(*reply.value);
        if (current == 0 || !self->selectSettlement(current)) {
            self->m_shown.reset();
            self->m_lines->setLines({});
            self->m_summary->setText(reply.value->isEmpty() ? tr("No month has been closed yet.")
                                                            : tr("Select a closed month to see what each shop is paid."));
            self->updateButtons();
        }
        emit self->reloaded();
    });
}

bool SettlementView::selectSettlement(qint64 id)
{
    const int row = m_settlements->rowOf(id);
    if (row < 0)
        return false;
    m_settlementTable->selectRow(row);
    return true;
}

bool SettlementView::selectShop(qint64 shopId)
{
    return StaffLook::selectRowWithId(m_lineTable, SettlementLineModel::ShopIdRole, shopId);
}

void SettlementView::showSelectedSettlement()
{
    const QModelIndexList rows = m_settlementTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const qint64 id = rows.constFirst().data(SettlementListModel::SettlementIdRole).toLongLong();
    m_session->fetchSettlement(id, [self = QPointer<SettlementView>(this), id](const StaffSession::Reply<Settlement>& reply) {
        if (!self)
            return;
        if (!reply.ok()) {
            self->showMessage(tr("The settlement could not be loaded: %1").arg(reply.error->message), true);
            return;
        }
        const Settlement& s = *reply.value;
        self->m_shown = s;
        self->m_lines->setLines(s.lines);
        const QLocale locale;
        self->m_summary->setText(
            tr("%1: %n shop(s) paid %2 for %3 at %4 per %5. Closed by %6 on %7.", nullptr, int(s.lines.size()))
                .arg(self->monthText(s.period), SettlementListModel::euros(s.totalEuroCents, locale),
                     self->m_coins.format(s.totalCoins.cents(), locale),
                     SettlementListModel::euros(s.euroCentsPerCoin, locale), self->m_coins.singular(), s.closedBy,
                     locale.toString(s.closedAt.toLocalTime(), QLocale::ShortFormat)));
        if (s.lines.size() == 1)
            self->m_lineTable->selectRow(0);
        self->updateButtons();
        emit self->settlementShown(id);
    });
}

std::optional<Settlement::Line> SettlementView::selectedLine() const
{
    const QModelIndexList rows = m_lineTable->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.constFirst().row() >= m_lines->lines().size())
        return std::nullopt;
    return m_lines->lines().at(rows.constFirst().row());
}

void SettlementView::updateButtons()
{
    const bool shown = m_shown.has_value();
    m_sepaButton->setEnabled(!m_busy && shown && !m_shown->lines.isEmpty());
    const bool line = selectedLine().has_value();
    m_pdfButton->setEnabled(!m_busy && shown && line);
    m_csvButton->setEnabled(!m_busy && shown && line);
    m_closeButton->setEnabled(!m_busy);
    const QString hint = line ? QString() : tr("Select a shop's line for its statement.");
    m_pdfButton->setToolTip(hint);
    m_csvButton->setToolTip(hint);
}

void SettlementView::closeMonth()
{
    const QString period = selectedMonth();
    if (period.isEmpty())
        return;
    for (const Settlement& s : m_settlements->settlements()) {
        if (s.period == period) {
            // Closing again moves nothing; the server answers the settlement there is.
            sendClose(period);
            return;
        }
    }
    m_busy = true;
    updateButtons();
    // The shops' balances are what is waiting to be paid; the confirmation
    // says so before anything moves.
    m_session->fetchShops(true, [self = QPointer<SettlementView>(this), period](
                                    const StaffSession::Reply<QList<ShopRecord>>& reply) {
        if (!self)
            return;
        self->m_busy = false;
        self->updateButtons();
        if (!reply.ok()) {
            self->showMessage(tr("The shops' balances could not be loaded: %1").arg(reply.error->message), true);
            return;
        }
        self->confirmAndClose(period, *reply.value);
    });
}

void SettlementView::confirmAndClose(const QString& period, const QList<ShopRecord>& shops)
{
    const QLocale locale;
    int count = 0;
    qint64 coins = 0;
    qint64 euros = 0;
    QStringList names;
    for (const ShopRecord& shop : shops) {
        if (shop.balance.cents() <= 0)
            continue;
        ++count;
        coins += shop.balance.cents();
        euros += euroCentsFor(shop.balance.cents(), m_enrolment.euroCentsPerCoin);
        names.append(tr("%1: %2").arg(shop.name, SettlementListModel::euros(
                                                      euroCentsFor(shop.balance.cents(), m_enrolment.euroCentsPerCoin),
                                                      locale)));
    }
    QString text;
    if (count == 0) {
        text = tr("Close %1? No shop holds coins from vouchers, so nobody is paid; the month is recorded as closed.")
                   .arg(monthText(period));
    } else {
        text = tr("Close %1? %n shop(s) hold %2 from vouchers, worth %3:", nullptr, count)
                   .arg(monthText(period), m_coins.format(coins, locale), SettlementListModel::euros(euros, locale));
        text += u"\n\n"_s + names.join(u'\n');
        text += u"\n\n"_s
                + tr("Vouchers redeemed after the end of %1 wait for the next month, so the server may pay less "
                     "than this. The coins move to the settlement account at once; the SEPA file pays the shops.")
                      .arg(monthText(period));
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Close %1").arg(monthText(period)), text,
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"confirmCloseBox"_s);
    box->button(QMessageBox::Yes)->setText(tr("Close month"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    StaffLook::apply(box);
    connect(box, &QMessageBox::finished, this, [this, box, period](int) {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            sendClose(period);
    });
    box->open();
}

void SettlementView::sendClose(const QString& period)
{
    m_busy = true;
    updateButtons();
    m_session->closePeriod(period, [self = QPointer<SettlementView>(this), period](
                                       const StaffSession::Reply<Settlement>& reply) {
        if (!self)
            return;
        self->m_busy = false;
        self->updateButtons();
        if (!reply.ok()) {
            QString message = reply.error->message;
            if (reply.errorCode() == u"period-not-ended")
                message = tr("%1 has not ended yet; it can be closed from the first day of the next month.")
                              .arg(self->monthText(period));
            self->showMessage(tr("%1 was not closed: %2").arg(self->monthText(period), message), true);
            return;
        }
        const Settlement s = *reply.value;
        const bool existing = reply.httpStatus == 200;
        const QLocale locale;
        self->showMessage(existing ? tr("%1 was already closed on %2; nothing was paid twice.")
                                         .arg(self->monthText(period),
                                              locale.toString(s.closedAt.toLocalTime(), QLocale::ShortFormat))
                                   : tr("%1 is closed: %n shop(s) are paid %2. Save the SEPA file for the bank.",
                                        nullptr, int(s.lines.size()))
                                         .arg(self->monthText(period),
                                              SettlementListModel::euros(s.totalEuroCents, locale)),
                          false);
        self->m_shown = s;
        self->reload();
        emit self->monthClosed(s.id, existing);
    });
}

QString SettlementView::askPath(const QString& title, const QString& suggestedName, const QString& filter)
{
    if (m_savePath)
        return m_savePath(title, suggestedName, filter);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(this, title, QDir(folder).filePath(suggestedName), filter);
}

bool SettlementView::writeFile(const QString& path, const QByteArray& data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        showMessage(tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
        return false;
    }
    return true;
}

void SettlementView::saveSepaFile()
{
    if (!m_shown)
        return;
    const Settlement s = *m_shown;
    const QString path = askPath(tr("Save SEPA file"), u"buurtmunt-%1.xml"_s.arg(s.period), tr("SEPA XML (*.xml)"));
    if (path.isEmpty())
        return;
    m_session->fetchSepaFile(s.id, [self = QPointer<SettlementView>(this), path, s](
                                       const StaffSession::Reply<StaffSession::File>& reply) {
        if (!self)
            return;
        if (!reply.ok()) {
            self->showMessage(tr("No SEPA file was saved: %1").arg(reply.error->message), true);
            return;
        }
        if (!self->writeFile(path, reply.value->data))
            return;
        self->showMessage(tr("SEPA file for %1 saved as %2: %n transfer(s), %3 in total. Upload it to the bank.",
                             nullptr, int(s.lines.size()))
                              .arg(self->monthText(s.period), QDir::toNativeSeparators(path),
                                   SettlementListModel::euros(s.totalEuroCents, QLocale())),
                          false);
        emit self->fileSaved(path);
    });
}

void SettlementView::saveStatementPdf()
{
    const auto line = selectedLine();
    if (!m_shown || !line)
        return;
    const Settlement s = *m_shown;
    const QString path = askPath(tr("Save statement for %1").arg(line->shopName),
                                 StatementDocument::suggestedFileName(s.period, line->shopName, u"pdf"_s),
                                 tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    m_session->fetchStatement(s.id, line->shopId, [self = QPointer<SettlementView>(this), path](
                                                      const StaffSession::Reply<ShopStatement>& reply) {
        if (!self)
            return;
        if (!reply.ok()) {
            self->showMessage(tr("No statement was saved: %1").arg(reply.error->message), true);
            return;
        }
        const StatementDocument document(*reply.value, self->m_enrolment.municipalityName, self->m_coins);
        if (Status status = document.saveAsPdf(path); !status) {
            self->showMessage(tr("No statement was saved: %1").arg(status.error().message), true);
            return;
        }
        self->showMessage(tr("Statement for %1 saved as %2.")
                              .arg(reply.value->shopName, QDir::toNativeSeparators(path)),
                          false);
        emit self->fileSaved(path);
    });
}

void SettlementView::saveStatementCsv()
{
    const auto line = selectedLine();
    if (!m_shown || !line)
        return;
    const Settlement s = *m_shown;
    const QString path = askPath(tr("Save statement for %1").arg(line->shopName),
                                 StatementDocument::suggestedFileName(s.period, line->shopName, u"csv"_s),
                                 tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const QString shopName = line->shopName;
    m_session->fetchStatementCsv(s.id, line->shopId, [self = QPointer<SettlementView>(this), path, shopName](
                                                         const StaffSession::Reply<StaffSession::File>& reply) {
        if (!self)
            return;
        if (!reply.ok()) {
            self->showMessage(tr("No statement was saved: %1").arg(reply.error->message), true);
            return;
        }
        if (!self->writeFile(path, reply.value->data))
            return;
        self->showMessage(tr("Statement for %1 saved as %2.").arg(shopName, QDir::toNativeSeparators(path)), false);
        emit self->fileSaved(path);
    });
}

} // namespace buurtmunt
