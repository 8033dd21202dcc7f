// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ReviewQueueView.h"

#include "ReasonDialog.h"
#include "StaffLook.h"
#include "core/staff/ReviewQueueModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace buurtmunt {

ReviewQueueView::ReviewQueueView(StaffSession* session, CoinText coins, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_coins(std::move(coins))
    , m_model(new ReviewQueueModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_details(new QTextBrowser(this))
    , m_selectAllButton(StaffLook::actionButton(tr("Tick &all"), u"tickAllButton"_s, this))
    , m_approveCheckedButton(StaffLook::actionButton(tr("Approve &ticked"), u"approveSelectedButton"_s, this))
    , m_approveButton(StaffLook::actionButton(tr("A&pprove"), u"approveButton"_s, this))
    , m_rejectButton(StaffLook::actionButton(tr("&Reject…"), u"rejectButton"_s, this))
    , m_reloadButton(StaffLook::actionButton(tr("Re&load"), u"reloadQueueButton"_s, this))
    , m_message(new QLabel(this))
{
    setObjectName(u"reviewQueueView"_s);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(ReviewQueueModel::SortRole);
    StaffLook::setUpRecordTable(m_table, u"reviewTable"_s, tr("Submitted claims"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ReviewQueueModel::SubmittedColumn, Qt::AscendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(ReviewQueueModel::NoteColumn, QHeaderView::Stretch);
    m_details->setObjectName(u"claimDetails"_s);
    m_details->setAccessibleName(tr("Claim details"));
    m_details->setMinimumWidth(320);
    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_selectAllButton);
    actions->addWidget(m_approveCheckedButton);
    actions->addSpacing(24);
    actions->addWidget(m_approveButton);
    actions->addWidget(m_rejectButton);
    actions->addStretch(1);
    actions->addWidget(m_reloadButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addLayout(actions);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        showDetails();
    });
    connect(m_model, &ReviewQueueModel::checkedChanged, this, &ReviewQueueView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateButtons();
        showDetails();
    });
    connect(m_selectAllButton, &QPushButton::clicked, this, [this] {
        m_model->setAllChecked(m_model->checkedClaimIds().size() < m_model->items().size());
    });
    connect(m_approveCheckedButton, &QPushButton::clicked, this, &ReviewQueueView::approveChecked);
    connect(m_approveButton, &QPushButton::clicked, this, &ReviewQueueView::approveCurrent);
    connect(m_rejectButton, &QPushButton::clicked, this, &ReviewQueueView::rejectCurrent);
    connect(m_reloadButton, &QPushButton::clicked, this, &ReviewQueueView::reload);
    updateButtons();
    showDetails();
}

std::optional<ReviewItem> ReviewQueueView::currentItem() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->item(ClaimId(rows.constFirst().data(ReviewQueueModel::ClaimIdRole).toLongLong()));
}

bool ReviewQueueView::selectClaim(ClaimId id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_sorted->mapFromSource(m_model->index(row, 0));
    m_table->selectRow(index.row());
    return true;
}

void ReviewQueueView::updateButtons()
{
    const int ticked = int(m_model->checkedClaimIds().size());
    m_approveCheckedButton->setEnabled(ticked > 0);
    m_approveCheckedButton->setText(ticked > 0 ? tr("Approve %n ticked", nullptr, ticked) : tr("Approve &ticked"));
    m_selectAllButton->setEnabled(!m_model->items().isEmpty());
    m_selectAllButton->setText(!m_model->items().isEmpty() && ticked == m_model->items().size() ? tr("Untick &all")
                                                                                                  : tr("Tick &all"));
    const bool current = currentItem().has_value();
    m_approveButton->setEnabled(current);
    m_rejectButton->setEnabled(current);
}

void ReviewQueueView::showDetails()
{
    const auto item = currentItem();
    if (!item) {
        m_details->setPlainText(m_model->items().isEmpty() ? tr("No claims are waiting for review.")
                                                           : tr("Select a claim to see its details."));
        return;
    }
    const QLocale locale;
    QString html = u"<h3>%1</h3>"_s.arg(item->taskTitle.toHtmlEscaped());
    html += u"<p>"_s + tr("Resident: %1").arg(item->residentName.toHtmlEscaped()) + u"<br>"_s
        + tr("Reward: %1").arg(m_coins.format(item->reward.cents(), locale)) + u"<br>"_s
        + tr("Estimated time: %n minute(s)", nullptr, item->estimatedMinutes) + u"<br>"_s
        + tr("Submitted: %1").arg(locale.toString(item->submittedAt.toLocalTime(), QLocale::LongFormat)) + u"</p>"_s;
    if (item->needsTwoApprovers)
        html += u"<p><b>"_s
            + (item->firstApproverId ? tr("The first approval is given; a different approver must give the second.")
                                     : tr("This reward needs two approvers."))
            + u"</b></p>"_s;
    html += u"<p><b>"_s + tr("Note from the resident") + u"</b><br>"_s
        + (item->note.isEmpty() ? tr("(no note)") : item->note.toHtmlEscaped().replace(u'\n', u"<br>"_s)) + u"</p>"_s;
    const QString outcome = m_model->outcome(item->claimId);
    if (!outcome.isEmpty())
        html += u"<p><i>"_s + outcome.toHtmlEscaped() + u"</i></p>"_s;
    m_details->setHtml(html);
}

void ReviewQueueView::showMessage(const QString& message, bool isError)
{
    m_message->setText(message);
    m_message->setAccessibleName(message);
    m_message->setStyleSheet(isError ? u"color: #a4141c;"_s : QString());
}

void ReviewQueueView::reload()
{
    m_reloadButton->setEnabled(false);
    const auto current = currentItem();
    m_session->fetchReviewQueue([self = QPointer<ReviewQueueView>(this), current](const StaffSession::Reply<QList<ReviewItem>>& reply) {
        if (!self)
            return;
        self->m_reloadButton->setEnabled(true);
        if (!reply.ok()) {
            self->showMessage(tr("The review queue could not be loaded: %1").arg(reply.error->message), true);
            return;
        }
        self->m_model->setItems(*reply.value);
        if (current)
            self->selectClaim(current->claimId);
        emit self->reloaded();
    });
}

void ReviewQueueView::approveChecked()
{
    const QList<ClaimId> ids = m_model->checkedClaimIds();
    if (ids.isEmpty())
        return;
    m_approveCheckedButton->setEnabled(false);
    m_session->approveClaims(ids, [self = QPointer<ReviewQueueView>(this)](const StaffSession::Reply<QList<BatchApprovalOutcome>>& reply) {
        if (!self)
            return;
        if (!reply.ok()) {
            self->showMessage(tr("Nothing was approved: %1").arg(reply.error->message), true);
            self->updateButtons();
            return;
        }
        int approved = 0;
        int second = 0;
        int refused = 0;
        for (const BatchApprovalOutcome& outcome : *reply.value) {
            switch (outcome.kind) {
            case BatchApprovalOutcome::Kind::Approved:
                ++approved;
                self->m_model->setOutcome(outcome.claimId, tr("Approved"));
                break;
            case BatchApprovalOutcome::Kind::NeedsSecondApprover:
                ++second;
                self->m_model->setOutcome(outcome.claimId, tr("First approval given; needs a second approver"));
                break;
            case BatchApprovalOutcome::Kind::Refused:
                ++refused;
                self->m_model->setOutcome(outcome.claimId, tr("Not approved: %1").arg(outcome.problemMessage));
                break;
            }
        }
        self->m_model->setAllChecked(false);
        self->showMessage(tr("%1 approved, %2 waiting for a second approver, %3 not approved.")
                              .arg(approved).arg(second).arg(refused),
                          refused > 0);
        self->reload();
    });
}

void ReviewQueueView::approveCurrent()
{
    const auto item = currentItem();
    if (!item)
        return;
    m_approveButton->setEnabled(false);
    m_session->approveClaim(item->claimId, [self = QPointer<ReviewQueueView>(this), item = *item](const StaffSession::Reply<StaffSession::Approval>& reply) {
        if (!self)
            return;
        if (!reply.ok()) {
            const QString message = reply.errorCode() == u"second-approver-required"
                ? tr("You already gave the first approval for %1's claim; a different approver must give the second.")
                      .arg(item.residentName)
                : tr("%1's claim was not approved: %2").arg(item.residentName, reply.error->message);
            self->m_model->setOutcome(item.claimId, message);
            self->showMessage(message, true);
        } else if (reply.value->needsSecondApprover) {
            self->m_model->setOutcome(item.claimId, tr("First approval given; needs a second approver"));
            self->showMessage(tr("First approval for %1's claim recorded. A different approver must give the second "
                                 "before the coins are paid.").arg(item.residentName),
                              false);
        } else {
            self->showMessage(tr("Approved: %1 receives %2 for “%3”.")
                                  .arg(item.residentName, self->m_coins.format(item.reward.cents(), QLocale()), item.taskTitle),
                              false);
        }
        self->reload();
    });
}

void ReviewQueueView::rejectCurrent()
{
    const auto item = currentItem();
    if (!item)
        return;
    auto* dialog = new ReasonDialog(tr("Reject claim"),
                                    tr("Why is %1's work on “%2” not approved? The resident reads this reason.")
                                        .arg(item->residentName, item->taskTitle),
                                    tr("Reject claim"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_rejectDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, item = *item] {
        m_session->rejectClaim(item.claimId, dialog->reason(), [self = QPointer<ReviewQueueView>(this), item](const StaffSession::Reply<StaffSession::Done>& reply) {
            if (!self)
                return;
            if (!reply.ok())
                self->showMessage(tr("%1's claim was not rejected: %2").arg(item.residentName, reply.error->message), true);
            else
                self->showMessage(tr("Rejected %1's claim on “%2”; the place is free again.").arg(item.residentName, item.taskTitle),
                                  false);
            self->reload();
        });
    });
    dialog->open();
}

} // namespace buurtmunt
