// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ResidentsView.h"

#include "PassCardDialog.h"
#include "ReasonDialog.h"
#include "ResidentFormDialog.h"
#include "StaffLook.h"
#include "core/domain/Clock.h"
#include "core/staff/ResidentListModel.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace buurtmunt {

namespace {

QTableWidget* detailTable(const QString& objectName, const QString& accessibleName, const QStringList& headers,
                          QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QString claimStatusName(const QString& status)
{
    if (status == u"claimed")
        return ResidentsView::tr("Claimed");
    if (status == u"submitted")
        return ResidentsView::tr("Waiting for review");
    if (status == u"approved")
        return ResidentsView::tr("Approved");
    if (status == u"rejected")
        return ResidentsView::tr("Rejected");
    if (status == u"expired")
        return ResidentsView::tr("Expired");
    if (status == u"released")
        return ResidentsView::tr("Given back");
    return status;
}

QString transactionKindName(const QString& kind)
{
    if (kind == u"reward")
        return ResidentsView::tr("Reward");
    if (kind == u"voucher_hold")
        return ResidentsView::tr("Voucher created");
    if (kind == u"voucher_redeem")
        return ResidentsView::tr("Voucher spent");
    if (kind == u"voucher_release")
        return ResidentsView::tr("Voucher returned");
    if (kind == u"reversal")
        return ResidentsView::tr("Correction");
    return kind;
}

} // namespace

ResidentsView::ResidentsView(StaffSession* session, const Enrolment& enrolment, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_enrolment(enrolment)
    , m_coins(enrolment.coinName, enrolment.coinNamePlural)
    , m_model(new ResidentListModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_searchButton(StaffLook::actionButton(tr("&Search"), u"searchResidentsButton"_s, this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_claims(detailTable(u"claimsTable"_s, tr("Claims"), {tr("Task"), tr("Status"), tr("Reward"), tr("Claimed")}, this))
    , m_history(detailTable(u"historyTable"_s, tr("Coin history"), {tr("Date"), tr("Kind"), tr("Amount"), tr("Description")}, this))
    , m_registerButton(StaffLook::actionButton(tr("&Register resident…"), u"registerResidentButton"_s, this))
    , m_pinButton(StaffLook::actionButton(tr("Reset &PIN…"), u"resetPinButton"_s, this))
    , m_blockButton(StaffLook::actionButton(tr("&Block…"), u"blockButton"_s, this))
    , m_unblockButton(StaffLook::actionButton(tr("U&nblock"), u"unblockButton"_s, this))
    , m_unlockButton(StaffLook::actionButton(tr("Un&lock"), u"unlockButton"_s, this))
    , m_passButton(StaffLook::actionButton(tr("New pass &card…"), u"newPassButton"_s, this))
    , m_message(new QLabel(this))
{
    setObjectName(u"residentsView"_s);
    m_search->setObjectName(u"residentSearchEdit"_s);
    m_search->setAccessibleName(tr("Search residents"));
    m_search->setPlaceholderText(tr("Name or neighbourhood"));
    m_search->setClearButtonEnabled(true);

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(ResidentListModel::SortRole);
    StaffLook::setUpRecordTable(m_table, u"residentTable"_s, tr("Residents"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ResidentListModel::NameColumn, Qt::AscendingOrder);

    m_summary->setObjectName(u"residentSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto* searchBar = new QHBoxLayout;
    searchBar->addWidget(m_search, 1);
    searchBar->addWidget(m_searchButton);
    searchBar->addWidget(m_registerButton);

    auto* detailTabs = new QTabWidget(this);
    detailTabs->addTab(m_claims, tr("Claims"));
    detailTabs->addTab(m_history, tr("Coin history"));
    auto* detailsBox = new QGroupBox(tr("Details"), this);
    auto* detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->addWidget(m_summary);
    auto* passActions = new QHBoxLayout;
    for (QPushButton* button : {m_pinButton, m_blockButton, m_unblockButton, m_unlockButton, m_passButton})
        passActions->addWidget(button);
    passActions->addStretch(1);
    detailsLayout->addLayout(passActions);
    detailsLayout->addWidget(detailTabs, 1);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(detailsBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({640, 960});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(searchBar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    connect(m_search, &QLineEdit::returnPressed, this, &ResidentsView::search);
    connect(m_searchButton, &QPushButton::clicked, this, &ResidentsView::search);
    connect(m_registerButton, &QPushButton::clicked, this, &ResidentsView::openRegistration);
    connect(m_pinButton, &QPushButton::clicked, this, &ResidentsView::openPinReset);
    connect(m_blockButton, &QPushButton::clicked, this, &ResidentsView::openBlock);
    connect(m_unblockButton, &QPushButton::clicked, this, &ResidentsView::unblock);
    connect(m_unlockButton, &QPushButton::clicked, this, &ResidentsView::unlock);
    connect(m_passButton, &QPushButton::clicked, this, &ResidentsView::issueNewPassCard);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ResidentsView::loadDetails);
    showDetails();
}

std::optional<ResidentSummary> ResidentsView::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->resident(ResidentId(rows.constFirst().data(ResidentListModel::ResidentIdRole).toLongLong()));
}

bool ResidentsView::selectResident(ResidentId id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_table->selectRow(m_sorted->mapFromSource(m_model->index(row, 0)).row());
    return true;
}

void ResidentsView::showMessage(const QString& message, bool isError)
{
    m_message->setText(message);
    m_message->setAccessibleName(message);
    m_message->setStyleSheet(isError ? u"color: #a4141c;"_s : QString());
}

void ResidentsView::search()
{
    m_searchButton->setEnabled(false);
    m_session->searchResidents(m_search->text(), [self = QPointer<ResidentsView>(this)](const StaffSession::Reply<QList<ResidentSummary>>& reply) {
        if (!self)
            return;
        self->m_searchButton->setEnabled(true);
        if (!reply.ok()) {
            self->showMessage(tr("The residents could not be loaded: %1").arg(reply.error->message), true);
            return;
        }
        const std::optional<ResidentSummary> current = self->selected();
        self->m_model->setResidents(*reply.value);
        self->m_details.reset();
        if (!current || !self->selectResident(current->id))
            self->showDetails();
        self->showMessage(tr("%n resident(s) found.", nullptr, int(reply.value->size())), false);
        emit self->searched();
    });
}

void ResidentsView::loadDetails()
{
    const auto resident = selected();
    if (!resident || (m_details && m_details->resident.id != resident->id))
        m_details.reset();
    showDetails();
    if (!resident)
        return;
    m_session->fetchResident(resident->id, [self = QPointer<ResidentsView>(this), id = resident->id](const StaffSession::Reply<ResidentDetails>& reply) {
        if (!self)
            return;
        const auto now = self->selected();
        if (!now || now->id != id)
            return;  // the admin moved on to someone else meanwhile
        if (!reply.ok()) {
            self->showMessage(tr("The resident's details could not be loaded: %1").arg(reply.error->message), true);
            return;
        }
        self->m_details = *reply.value;
        self->m_model->upsert(reply.value->resident);
        self->showDetails();
        emit self->detailsShown();
    });
}

void ResidentsView::showDetails()
{
    const QLocale locale;
    m_claims->setRowCount(0);
    m_history->setRowCount(0);
    if (!m_details) {
        m_summary->setText(selected() ? tr("Loading…") : tr("Select a resident to see their details."));
        updateButtons();
        return;
    }
    const ResidentDetails& d = *m_details;
    const ResidentDetails::Earnings& e = d.earnings;
    QString html = u"<h3>%1</h3><p>"_s.arg(d.resident.displayName.toHtmlEscaped());
    html += tr("Neighbourhood: %1").arg(d.resident.neighbourhood.toHtmlEscaped()) + u"<br>"_s;
    html += tr("Pass: %1").arg(m_model->statusText(d.resident).toHtmlEscaped()) + u"<br>"_s;
    html += tr("Balance: %1").arg(m_coins.format(e.balance.cents(), locale)) + u"<br>"_s;
    html += tr("Earned this year: %1 of %2").arg(m_coins.format(e.earnedThisYear.cents(), locale),
                                                 m_coins.format(e.yearlyCap.cents(), locale)) + u"<br>"_s;
    html += tr("Earned this month: %1 of %2").arg(m_coins.format(e.earnedThisMonth.cents(), locale),
                                                  m_coins.format(e.monthlyCap.cents(), locale)) + u"<br>"_s;
    html += tr("Waiting for review: %1").arg(m_coins.format(e.pending.cents(), locale)) + u"<br>"_s;
    html += tr("Registered: %1").arg(locale.toString(d.resident.createdAt.toLocalTime().date(), QLocale::LongFormat));
    html += u"</p>"_s;
    m_summary->setText(html);

    const auto cell = [](const QString& text, bool number = false) {
        auto* item = new QTableWidgetItem(text);
        if (number)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    m_claims->setRowCount(int(d.claims.size()));
    for (int row = 0; row < d.claims.size(); ++row) {
        const ResidentDetails::ClaimLine& claim = d.claims.at(row);
        QString status = claimStatusName(claim.status);
        if (!claim.rejectReason.isEmpty())
            status += u" – "_s + claim.rejectReason;
        m_claims->setItem(row, 0, cell(claim.taskTitle));
        m_claims->setItem(row, 1, cell(status));
        m_claims->setItem(row, 2, cell(claim.reward.format(locale), true));
        m_claims->setItem(row, 3, cell(locale.toString(claim.claimedAt.toLocalTime(), QLocale::ShortFormat)));
    }
    m_history->setRowCount(int(d.transactions.size()));
    for (int row = 0; row < d.transactions.size(); ++row) {
        const ResidentDetails::Transaction& entry = d.transactions.at(row);
        m_history->setItem(row, 0, cell(locale.toString(entry.at.toLocalTime(), QLocale::ShortFormat)));
        m_history->setItem(row, 1, cell(transactionKindName(entry.kind)));
        m_history->setItem(row, 2, cell(entry.amount.format(locale), true));
        m_history->setItem(row, 3, cell(entry.memo));
    }
    updateButtons();
}

void ResidentsView::updateButtons()
{
    const bool known = m_details.has_value();
    const bool blocked = known && m_details->resident.isBlocked();
    const bool locked = known && m_details->resident.isLocked(Clock::instance().nowUtc());
    m_pinButton->setEnabled(known);
    m_blockButton->setEnabled(known && !blocked);
    m_unblockButton->setEnabled(blocked);
    m_unlockButton->setEnabled(locked);
    m_passButton->setEnabled(known);
}

void ResidentsView::showPassCard(const PassCard& card)
{
    if (m_passCard)
        m_passCard->close();
    auto* dialog = new PassCardDialog(card, m_enrolment, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_passCard = dialog;
    dialog->open();
}

void ResidentsView::openRegistration()
{
    QStringList neighbourhoods;
    for (const ResidentSummary& resident : m_model->residents()) {
        if (!neighbourhoods.contains(resident.neighbourhood))
            neighbourhoods.append(resident.neighbourhood);
    }
    neighbourhoods.sort();
    auto* form = new ResidentFormDialog(ResidentFormDialog::Mode::Register, {}, neighbourhoods, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    m_form = form;
    connect(form, &ResidentFormDialog::submitted, this, [this, form] {
        form->setBusy(true);
        m_session->registerResident(form->displayName(), form->neighbourhood(), form->pin(),
            [self = QPointer<ResidentsView>(this), dialog = QPointer<ResidentFormDialog>(form)](const StaffSession::Reply<PassCard>& reply) {
                if (dialog)
                    dialog->setBusy(false);
                if (!self)
                    return;
                if (!reply.ok()) {
                    if (dialog)
                        dialog->showServerError(tr("The resident was not registered: %1").arg(reply.error->message));
                    else
                        self->showMessage(tr("The resident was not registered: %1").arg(reply.error->message), true);
                    return;
                }
                if (dialog)
                    dialog->done(QDialog::Accepted);
                self->m_model->upsert(reply.value->resident);
                self->selectResident(reply.value->resident.id);
                self->showMessage(tr("%1 is registered. Print the pass card now.").arg(reply.value->resident.displayName), false);
                self->showPassCard(*reply.value);
            });
    });
    form->open();
}

void ResidentsView::afterChange(ResidentId id, const StaffSession::Reply<StaffSession::Done>& reply, const QString& done)
{
    if (!reply.ok()) {
        showMessage(tr("Nothing was changed: %1").arg(reply.error->message), true);
        return;
    }
    showMessage(done, false);
    if (const auto current = selected(); current && current->id == id)
        loadDetails();
}

void ResidentsView::openPinReset()
{
    if (!m_details)
        return;
    const ResidentSummary resident = m_details->resident;
    auto* form = new ResidentFormDialog(ResidentFormDialog::Mode::ResetPin, resident.displayName, {}, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    m_form = form;
    connect(form, &ResidentFormDialog::submitted, this, [this, form, resident] {
        form->setBusy(true);
        m_session->resetPin(resident.id, form->pin(),
            [self = QPointer<ResidentsView>(this), dialog = QPointer<ResidentFormDialog>(form), resident](const StaffSession::Reply<StaffSession::Done>& reply) {
                if (dialog) {
                    dialog->setBusy(false);
                    if (!reply.ok()) {
                        dialog->showServerError(tr("The PIN was not changed: %1").arg(reply.error->message));
                        return;
                    }
                    dialog->done(QDialog::Accepted);
                }
                if (self)
                    self->afterChange(resident.id, reply, tr("%1 has a new PIN.").arg(resident.displayName));
            });
    });
    form->open();
}

void ResidentsView::openBlock()
{
    if (!m_details)
        return;
    const ResidentSummary resident = m_details->resident;
    auto* dialog = new ReasonDialog(tr("Block pass"),
                                    tr("Why is %1's pass blocked? Staff see this reason in the audit log.")
                                        .arg(resident.displayName),
                                    tr("Block pass"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_reasonDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, resident] {
        m_session->blockResident(resident.id, dialog->reason(),
            [self = QPointer<ResidentsView>(this), resident](const StaffSession::Reply<StaffSession::Done>& reply) {
                if (self)
                    self->afterChange(resident.id, reply,
                                      tr("%1's pass is blocked; it no longer logs in at kiosks.").arg(resident.displayName));
            });
    });
    dialog->open();
}

void ResidentsView::unblock()
{
    if (!m_details)
        return;
    const ResidentSummary resident = m_details->resident;
    m_session->unblockResident(resident.id, [self = QPointer<ResidentsView>(this), resident](const StaffSession::Reply<StaffSession::Done>& reply) {
        if (self)
            self->afterChange(resident.id, reply, tr("%1's pass works again.").arg(resident.displayName));
    });
}

void ResidentsView::unlock()
{
    if (!m_details)
        return;
    const ResidentSummary resident = m_details->resident;
    m_session->unlockResident(resident.id, [self = QPointer<ResidentsView>(this), resident](const StaffSession::Reply<StaffSession::Done>& reply) {
        if (self)
            self->afterChange(resident.id, reply,
                              tr("%1's pass is unlocked; the wrong PIN count starts again.").arg(resident.displayName));
    });
}

void ResidentsView::issueNewPassCard()
{
    if (!m_details)
        return;
    const ResidentSummary resident = m_details->resident;
    auto* box = new QMessageBox(QMessageBox::Question, tr("New pass card"),
                                tr("Make a new pass card for %1? Their current card stops working at once.")
                                    .arg(resident.displayName),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(u"confirmNewPassBox"_s);
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    StaffLook::apply(box);
    connect(box, &QMessageBox::finished, this, [this, box, resident](int) {
        if (box->clickedButton() != box->button(QMessageBox::Yes))
            return;
        m_session->newPassCard(resident.id, [self = QPointer<ResidentsView>(this)](const StaffSession::Reply<PassCard>& reply) {
            if (!self)
                return;
            if (!reply.ok()) {
                self->showMessage(tr("No new pass card was made: %1").arg(reply.error->message), true);
                return;
            }
            self->showMessage(tr("New pass card for %1; the old one no longer works.").arg(reply.value->resident.displayName),
                              false);
            self->showPassCard(*reply.value);
            self->loadDetails();
        });
    });
    box->open();
}

} // namespace buurtmunt
