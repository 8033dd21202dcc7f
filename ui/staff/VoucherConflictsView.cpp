// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "VoucherConflictsView.h"

#include "StaffLook.h"
#include "core/staff/VoucherConflictModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace buurtmunt {

VoucherConflictsView::VoucherConflictsView(StaffSession* session, CoinText coins, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_coins(std::move(coins))
    , m_model(new VoucherConflictModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_details(new QTextBrowser(this))
    , m_reloadButton(StaffLook::actionButton(tr("Re&load"), u"reloadConflictsButton"_s, this))
    , m_note(new QLineEdit(this))
    , m_settleButton(StaffLook::actionButton(tr("Mark &settled"), u"settleConflictButton"_s, this))
    , m_message(new QLabel(this))
{
    setObjectName(u"voucherConflictsView"_s);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(VoucherConflictModel::SortRole);
    StaffLook::setUpRecordTable(m_table, u"conflictTable"_s, tr("Vouchers accepted offline that did not pay"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(VoucherConflictModel::ReportedColumn, Qt::DescendingOrder);
    m_details->setObjectName(u"conflictDetails"_s);
    m_details->setAccessibleName(tr("Both records of the voucher"));
    m_details->setMinimumWidth(340);
    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    m_note->setObjectName(u"resolutionNoteEdit"_s);
    m_note->setMaxLength(500);
    m_note->setPlaceholderText(tr("How it was settled with the shop, e.g. paid at the monthly settlement"));
    m_note->setAccessibleName(tr("How the conflict was settled"));
    auto* noteLabel = new QLabel(tr("Settle the selected conflict:"), this);
    noteLabel->setBuddy(m_note);

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_details, 1);
    sideLayout->addWidget(noteLabel);
    sideLayout->addWidget(m_note);
    sideLayout->addWidget(m_settleButton, 0, Qt::AlignRight);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_message, 1);
    actions->addWidget(m_reloadButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(actions);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &VoucherConflictsView::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &VoucherConflictsView::showDetails);
    connect(m_reloadButton, &QPushButton::clicked, this, &VoucherConflictsView::reload);
    connect(m_note, &QLineEdit::textChanged, this, &VoucherConflictsView::updateSettleButton);
    connect(m_note, &QLineEdit::returnPressed, this, &VoucherConflictsView::settleCurrent);
    connect(m_settleButton, &QPushButton::clicked, this, &VoucherConflictsView::settleCurrent);
    showDetails();
}

void VoucherConflictsView::updateSettleButton()
{
    const auto conflict = currentConflict();
    const bool open = conflict && conflict->resolvedAt.isNull();
    m_note->setEnabled(open);
    m_settleButton->setEnabled(open && m_note->text().trimmed().size() >= 3 && m_reloadButton->isEnabled());
}

void VoucherConflictsView::settleCurrent()
{
    const auto conflict = currentConflict();
    if (!conflict || !conflict->resolvedAt.isNull() || !m_settleButton->isEnabled())
        return;
    m_settleButton->setEnabled(false);
    m_reloadButton->setEnabled(false);
    m_session->resolveVoucherConflict(
        conflict->id, m_note->text(),
        [self = QPointer<VoucherConflictsView>(this)](const StaffSession::Reply<VoucherConflict>& reply) {
            if (!self)
                return;
            self->m_reloadButton->setEnabled(true);
            if (!reply.ok()) {
                self->m_message->setText(tr("The conflict was not marked settled: %1").arg(reply.error->message));
                self->updateSettleButton();
                return;
            }
            self->m_note->clear();
            self->reload();
        });
}

std::optional<VoucherConflict> VoucherConflictsView::currentConflict() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->conflict(rows.constFirst().data(VoucherConflictModel::ConflictIdRole).toLongLong());
}

bool VoucherConflictsView::selectConflict(qint64 id)
{
    return StaffLook::selectRowWithId(m_table, VoucherConflictModel::ConflictIdRole, id);
}

void VoucherConflictsView::reload()
{
    m_reloadButton->setEnabled(false);
    const auto current = currentConflict();
    m_session->fetchVoucherConflicts(
        [self = QPointer<VoucherConflictsView>(this), current](const StaffSession::Reply<QList<VoucherConflict>>& reply) {
            if (!self)
                return;
            self->m_reloadButton->setEnabled(true);
            if (!reply.ok()) {
                self->m_message->setText(tr("The list could not be loaded: %1").arg(reply.error->message));
                return;
            }
            self->m_model->setConflicts(*reply.value);
            self->showSummary();
            if (current)
                self->selectConflict(current->id);
            self->updateSettleButton();
            emit self->reloaded();
        });
}

void VoucherConflictsView::showSummary()
{
    const int open = m_model->openCount();
    const bool anySettled = !m_model->conflicts().isEmpty();
    m_message->setText(open == 0 ? (anySettled ? tr("No open conflicts: every one is settled with its shop.")
                                               : tr("No open conflicts: every voucher accepted offline was paid."))
                                 : tr("%n voucher(s) accepted offline did not pay. The shop is owed the amount; "
                                      "settle it with the shop and look into the resident's use.",
                                      nullptr, open));
}

void VoucherConflictsView::showDetails()
{
    updateSettleButton();
    const auto conflict = currentConflict();
    if (!conflict) {
        m_details->setPlainText(m_model->conflicts().isEmpty()
                                    ? tr("No voucher accepted offline has failed to pay.")
                                    : tr("Select a row to see both records of the voucher."));
        return;
    }
    const QLocale locale;
    const auto when = [&locale](const QDateTime& time) {
        return time.isValid() ? locale.toString(time.toLocalTime(), QLocale::LongFormat) : tr("unknown");
    };
    QString html = u"<h3>%1</h3>"_s.arg(tr("Voucher %1 — %2")
                                            .arg(conflict->voucherId.right(8).toHtmlEscaped(),
                                                 m_coins.format(conflict->amount.cents(), locale).toHtmlEscaped()));
    html += u"<p><b>%1</b></p>"_s.arg(VoucherConflictModel::reasonText(conflict->reason).toHtmlEscaped());
    html += u"<h4>%1</h4><p>"_s.arg(tr("Paid"));
    if (conflict->first) {
        html += tr("%1 (counter %2) on %3")
                    .arg(conflict->first->shopName.toHtmlEscaped())
                    .arg(conflict->first->deviceId)
                    .arg(when(conflict->first->redeemedAt).toHtmlEscaped());
        if (conflict->first->offlineAcceptedAt.isValid())
            html += u"<br>"_s + tr("accepted offline on %1").arg(when(conflict->first->offlineAcceptedAt).toHtmlEscaped());
    } else {
        html += tr("Not paid to any shop; the coins went back to the resident.").toHtmlEscaped();
    }
    html += u"</p><h4>%1</h4><p>"_s.arg(tr("Not paid"));
    html += tr("%1 (counter %2) accepted it offline on %3; the counter reported it on %4.")
                .arg(conflict->second.shopName.toHtmlEscaped())
                .arg(conflict->second.deviceId)
                .arg(when(conflict->second.offlineAcceptedAt).toHtmlEscaped(),
                     when(conflict->second.reportedAt).toHtmlEscaped());
    html += u"</p>"_s;
    if (conflict->resolvedAt.isValid()) {
        html += u"<h4>%1</h4><p>"_s.arg(tr("Settled"));
        html += tr("On %1 by %2: %3")
                    .arg(when(conflict->resolvedAt).toHtmlEscaped(), conflict->resolvedByName.toHtmlEscaped(),
                         conflict->resolutionNote.toHtmlEscaped());
        html += u"</p>"_s;
    }
    m_details->setHtml(html);
}

} // namespace buurtmunt
