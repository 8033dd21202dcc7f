// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ReasonDialog.h"

#include "StaffLook.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace buurtmunt {

ReasonDialog::ReasonDialog(const QString& title, const QString& prompt, const QString& confirmText, QWidget* parent)
    : QDialog(parent)
    , m_reason(new QPlainTextEdit(this))
    , m_error(StaffLook::errorLabel(u"reasonError"_s, this))
{
    setObjectName(u"reasonDialog"_s);
    setWindowTitle(title);
    StaffLook::apply(this);
    auto* promptLabel = new QLabel(prompt, this);
    promptLabel->setWordWrap(true);
    promptLabel->setBuddy(m_reason);
    m_reason->setObjectName(u"reasonEdit"_s);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMinimumSize(420, 110);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(confirmText, QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(u"confirmButton"_s);
    m_confirm->setAccessibleName(confirmText);
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReasonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReasonDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(promptLabel);
    layout->addWidget(m_reason);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QString ReasonDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void ReasonDialog::accept()
{
    const qsizetype length = reason().size();
    if (length < minimumLength || length > maximumLength) {
        StaffLook::showError(m_error, tr("Write a reason of %1 to %2 characters; it is %3 now.")
                                          .arg(minimumLength).arg(maximumLength).arg(length));
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace buurtmunt
