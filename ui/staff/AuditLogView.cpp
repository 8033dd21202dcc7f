// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "AuditLogView.h"

#include "StaffLook.h"
#include "core/staff/AuditLogModel.h"
#include "core/staff/StaffSession.h"
#include "ui/common/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace buurtmunt {

AuditLogView::AuditLogView(StaffSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new AuditLogModel(this))
    , m_table(new QTableView(this))
    , m_searchEdit(new QLineEdit(this))
    , m_actionComboBox(new QComboBox(this))
    , m_dateRangeCheckBox(new QCheckBox(tr("&Between"), this))
    , m_fromEdit(new QDateEdit(this))
    , m_toEdit(new QDateEdit(this))
    , m_searchButton(StaffLook::actionButton(tr("&Search"), u"searchAuditButton"_s, this))
    , m_loadMoreButton(StaffLook::actionButton(tr("Load &more"), u"loadMoreAuditButton"_s, this))
    , m_verifyButton(StaffLook::actionButton(tr("&Verify chain"), u"verifyChainButton"_s, this))
    , m_verificationLabel(new QLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(u"auditLogView"_s);
    m_searchEdit->setObjectName(u"auditSearchEdit"_s);
    m_searchEdit->setAccessibleName(tr("Search the audit log"));
    m_searchEdit->setPlaceholderText(tr("Actor, object, request id or details"));
    m_searchEdit->setClearButtonEnabled(true);
    m_actionComboBox->setObjectName(u"auditActionComboBox"_s);
    m_actionComboBox->setAccessibleName(tr("Action"));
    m_actionComboBox->setEditable(true);
    m_actionComboBox->setInsertPolicy(QComboBox::NoInsert);
    m_actionComboBox->addItem(QString());
    m_actionComboBox->lineEdit()->setPlaceholderText(tr("any action"));
    m_actionComboBox->setMinimumContentsLength(18);
    m_dateRangeCheckBox->setObjectName(u"auditDateRangeCheckBox"_s);
    const QDate today = QDate::currentDate();
    m_fromEdit->setObjectName(u"auditFromEdit"_s);
    m_fromEdit->setAccessibleName(tr("From day"));
    m_fromEdit->setDate(today.addDays(-30));
    m_toEdit->setObjectName(u"auditToEdit"_s);
    m_toEdit->setAccessibleName(tr("To day"));
    m_toEdit->setDate(today);
    for (QDateEdit* edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }

    StaffLook::setUpRecordTable(m_table, u"auditTable"_s, tr("Audit log entries, newest first"));
    m_table->setModel(m_model);
    m_table->setWordWrap(false);

    m_verificationLabel->setObjectName(u"verificationLabel"_s);
    m_verificationLabel->setWordWrap(true);
    m_verificationLabel->setTextFormat(Qt::PlainText);
    m_verificationLabel->hide();
    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_loadMoreButton->setEnabled(false);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_searchEdit, 2);
    filters->addWidget(m_actionComboBox, 1);
    filters->addWidget(m_dateRangeCheckBox);
    filters->addWidget(m_fromEdit);
    filters->addWidget(new QLabel(tr("and"), this));
    filters->addWidget(m_toEdit);
    filters->addWidget(m_searchButton);
    filters->addStretch(0);
    filters->addWidget(m_verifyButton);

    auto* footer = new QHBoxLayout;
    footer->addWidget(m_message, 1);
    footer->addWidget(m_loadMoreButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_verificationLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(footer);

    connect(m_searchButton, &QPushButton::clicked, this, &AuditLogView::search);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &AuditLogView::search);
    connect(m_loadMoreButton, &QPushButton::clicked, this, &AuditLogView::loadMore);
    connect(m_verifyButton, &QPushButton::clicked, this, &AuditLogView::verifyChain);
    connect(m_dateRangeCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        m_fromEdit->setEnabled(on);
        m_toEdit->setEnabled(on);
    });
}

AuditEntry::Filter AuditLogView::filter() const
{
    AuditEntry::Filter filter;
    filter.text = m_searchEdit->text().trimmed();
    filter.action = m_actionComboBox->currentText().trimmed();
    if (m_dateRangeCheckBox->isChecked()) {
        filter.from = m_fromEdit->date();
        filter.to = m_toEdit->date();
    }
    return filter;
}

void AuditLogView::search()
{
    const AuditEntry::Filter wanted = filter();
    if (wanted.from.isValid() && wanted.from > wanted.to) {
        m_message->setText(tr("The first day must not come after the last day."));
        return;
    }
    m_shownFilter = wanted;
    fetch(false);
}

void AuditLogView::loadMore()
{
    if (m_model->hasMore())
        fetch(true);
}

void AuditLogView::fetch(bool more)
{
    m_searchButton->setEnabled(false);
    m_loadMoreButton->setEnabled(false);
    m_message->setText(tr("Loading…"));
    m_session->searchAudit(m_shownFilter, more ? m_model->next() : QString(),
                           [self = QPointer<AuditLogView>(this), more](const StaffSession::Reply<AuditEntry::Page>& reply) {
                               if (!self)
                                   return;
                               self->m_searchButton->setEnabled(true);
                               if (!reply.ok()) {
                                   QString message = reply.error->message;
                                   for (const Problem::InvalidParam& param : reply.invalidParams)
                                       message += u" ("_s + param.name + u": "_s + param.reason + u")"_s;
                                   self->m_message->setText(tr("The audit log could not be searched: %1").arg(message));
                                   self->m_loadMoreButton->setEnabled(self->m_model->hasMore());
                                   return;
                               }
                               if (more)
                                   self->m_model->appendPage(*reply.value);
                               else
                                   self->m_model->setPage(*reply.value);
                               self->rememberActions();
                               const int shown = self->m_model->rowCount();
                               self->m_message->setText(
                                   self->m_model->hasMore()
                                       ? tr("%n entry(ies) shown; older ones follow.", nullptr, shown)
                                       : (shown == 0 ? tr("No entry matches.")
                                                     : tr("%n entry(ies) shown; that is all that match.", nullptr, shown)));
                               self->m_loadMoreButton->setEnabled(self->m_model->hasMore());
                               self->selectBrokenRow();
                               emit self->searched();
                           });
}

void AuditLogView::rememberActions()
{
    // The action filter offers what the log actually contains, so nobody has to guess a name.
    for (const AuditEntry& entry : m_model->entries()) {
        if (m_actionComboBox->findText(entry.action) < 0)
            m_actionComboBox->addItem(entry.action);
    }
}

void AuditLogView::verifyChain()
{
    m_verifyButton->setEnabled(false);
    m_verificationLabel->show();
    m_verificationLabel->setStyleSheet(QString());
    m_verificationLabel->setText(tr("Checking every entry of the log…"));
    m_session->verifyAudit([self = QPointer<AuditLogView>(this)](const StaffSession::Reply<AuditVerification>& reply) {
        if (!self)
            return;
        self->m_verifyButton->setEnabled(true);
        if (!reply.ok()) {
            self->m_verification.reset();
            self->m_verificationLabel->setStyleSheet(u"color: #a4141c;"_s);
            self->m_verificationLabel->setText(tr("The log could not be checked: %1").arg(reply.error->message));
            emit self->verified();
            return;
        }
        self->m_verification = *reply.value;
        self->showVerification();
        emit self->verified();
    });
}

void AuditLogView::showVerification()
{
    const Theme theme = Theme::kiosk();
    const AuditVerification& v = *m_verification;
    if (v.intact) {
        m_model->setBrokenId(0);
        m_table->setStyleSheet(QString());
        m_verificationLabel->setStyleSheet(
            u"QLabel { color: white; background: %1; font-weight: bold; padding: 8px; border-radius: 4px; }"_s.arg(
                theme.reward().name()));
        m_verificationLabel->setText(tr("The log is intact: %n entry(ies), each linked to the one before.", nullptr,
                                        int(v.rows)));
    } else {
        m_model->setBrokenId(v.firstBrokenId);
        // The selected row is the broken one: it is shown in the alarm's red, not the usual selection blue.
        m_table->setStyleSheet(u"QTableView#auditTable::item:selected { background: #a4141c; color: white; }"_s);
        m_verificationLabel->setStyleSheet(
            u"QLabel { color: white; background: #a4141c; font-weight: bold; padding: 8px; border-radius: 4px; }"_s);
        QString text = tr("Entry #%1 has been changed or removed: %2").arg(v.firstBrokenId).arg(v.problem);
        if (m_model->rowOf(v.firstBrokenId) < 0)
            text += u" "_s + tr("(It is not among the entries shown; load more or widen the search to see it.)");
        m_verificationLabel->setText(text);
    }
    m_verificationLabel->setAccessibleName(m_verificationLabel->text());
    selectBrokenRow();
}

void AuditLogView::selectBrokenRow()
{
    if (!m_verification || m_verification->intact)
        return;
    const int row = m_model->rowOf(m_verification->firstBrokenId);
    if (row < 0)
        return;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
}

} // namespace buurtmunt
