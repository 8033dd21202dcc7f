// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "StaffLoginPage.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace buurtmunt {

StaffLoginPage::StaffLoginPage(const QString& deskTitle, QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(deskTitle, this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_loginButton(new QPushButton(tr("Log in"), this))
    , m_message(new QLabel(this))
{
    setObjectName(u"staffLoginPage"_s);
    m_title->setObjectName(u"staffLoginTitle"_s);
    m_title->setAlignment(Qt::AlignCenter);

    m_username->setObjectName(u"usernameEdit"_s);
    m_username->setAccessibleName(tr("User name"));
    m_username->setMaxLength(100);
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(200);
    m_loginButton->setObjectName(u"loginButton"_s);
    m_loginButton->setAccessibleName(tr("Log in"));
    m_loginButton->setDefault(true);
    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setVisible(false);

    auto* form = new QFormLayout;
    form->addRow(tr("&User name"), m_username);
    form->addRow(tr("&Password"), m_password);

    auto* box = new QWidget(this);
    box->setMaximumWidth(460);
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(m_title);
    boxLayout->addSpacing(12);
    boxLayout->addWidget(m_message);
    boxLayout->addLayout(form);
    boxLayout->addWidget(m_loginButton, 0, Qt::AlignRight);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(box, 0, Qt::AlignHCenter);
    layout->addStretch(2);

    connect(m_loginButton, &QPushButton::clicked, this, &StaffLoginPage::submit);
    connect(m_username, &QLineEdit::returnPressed, this, [this] { m_password->setFocus(); });
    connect(m_password, &QLineEdit::returnPressed, this, &StaffLoginPage::submit);
    setTabOrder(m_username, m_password);
    setTabOrder(m_password, m_loginButton);
}

void StaffLoginPage::submit()
{
    if (!m_loginButton->isEnabled())
        return;
    if (m_username->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        showMessage(tr("Enter your user name and your password."), true);
        (m_username->text().trimmed().isEmpty() ? m_username : m_password)->setFocus();
        return;
    }
    emit loginRequested(m_username->text().trimmed(), m_password->text());
}

void StaffLoginPage::setBusy(bool busy)
{
    m_loginButton->setEnabled(!busy);
    m_loginButton->setText(busy ? tr("Logging in…") : tr("Log in"));
}

void StaffLoginPage::showMessage(const QString& message, bool isError)
{
    m_message->setText(message);
    m_message->setAccessibleName(message);
    m_message->setProperty("error", isError);
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
    m_message->setVisible(!message.isEmpty());
    if (isError) {
        m_password->clear();
        m_password->setFocus();
    }
}

void StaffLoginPage::reset()
{
    m_username->clear();
    m_password->clear();
    setBusy(false);
    showMessage({}, false);
    m_username->setFocus();
}

} // namespace buurtmunt
