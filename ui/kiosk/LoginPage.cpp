// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "LoginPage.h"

#include "core/domain/PassToken.h"
#include "ui/common/CameraView.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace buurtmunt {

LoginPage::LoginPage(const Theme& theme, QWidget* parent)
    : QWidget(parent)
    , m_theme(theme)
    , m_title(new QLabel(this))
    , m_scanHint(new QLabel(this))
    , m_typeHint(new QLabel(this))
    , m_camera(new CameraView(this))
    , m_passEdit(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_nextButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
{
    setObjectName(u"loginPage"_s);
    m_title->setObjectName(u"loginTitle"_s);
    m_title->setFont(theme.headingFont());
    for (QLabel* label : {m_scanHint, m_typeHint, m_error}) {
        label->setFont(theme.bodyFont());
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_scanHint->setObjectName(u"scanHint"_s);
    m_typeHint->setObjectName(u"typeHint"_s);
    m_error->setObjectName(u"passError"_s);
    m_error->setStyleSheet(u"color: %1; background: %2; padding: 8px; border-radius: 6px;"_s
                               .arg(theme.warningText().name(), theme.warningBackground().name()));
    m_error->hide();
    m_camera->setObjectName(u"cameraView"_s);
    m_camera->setMinimumSize(480, 360);
    m_passEdit->setObjectName(u"passEdit"_s);
    m_passEdit->setFont(theme.monospaceFont());
    m_passEdit->setMaxLength(64);
    // The number is printed in groups of three; people type it that way.
    m_passEdit->setInputMethodHints(Qt::ImhPreferUppercase | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    m_nextButton->setObjectName(u"passNextButton"_s);
    m_cancelButton->setObjectName(u"passCancelButton"_s);
    m_nextButton->setDefault(true);

    auto* typeColumn = new QVBoxLayout;
    typeColumn->setSpacing(14);
    typeColumn->addWidget(m_typeHint);
    typeColumn->addWidget(m_passEdit);
    typeColumn->addWidget(m_error);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_cancelButton);
    buttons->addStretch(1);
    buttons->addWidget(m_nextButton);
    typeColumn->addLayout(buttons);
    typeColumn->addStretch(1);

    auto* scanColumn = new QVBoxLayout;
    scanColumn->addWidget(m_scanHint);
    scanColumn->addWidget(m_camera, 1);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(40);
    columns->addLayout(scanColumn, 1);
    columns->addLayout(typeColumn, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->setSpacing(24);
    layout->addWidget(m_title);
    layout->addLayout(columns, 1);

    connect(m_nextButton, &QPushButton::clicked, this, &LoginPage::submitTyped);
    connect(m_passEdit, &QLineEdit::returnPressed, this, &LoginPage::submitTyped);
    connect(m_passEdit, &QLineEdit::textEdited, m_error, &QWidget::hide);
    connect(m_cancelButton, &QPushButton::clicked, this, &LoginPage::cancelled);
    connect(m_camera, &CameraView::decoded, this, [this](const QString& text) { accept(text, true); });
    connect(m_camera, &CameraView::unavailable, this, [this](const QString& reason) {
        m_scanHint->setText(reason);
        m_passEdit->setFocus();
    });
    retranslate();
}

LoginPage::~LoginPage()
{
    m_camera->stop();
}

void LoginPage::activate()
{
    m_passEdit->setFocus();
    m_camera->start();
}

void LoginPage::submitTyped()
{
    accept(m_passEdit->text(), false);
}

void LoginPage::accept(const QString& text, bool scanned)
{
    const auto token = PassToken::parse(text);
    if (token) {
        m_camera->stop();
        emit passEntered(token->toString());
        return;
    }
    const QString code = token.error().code;
    QString message;
    if (scanned)
        message = tr("This code is not a Buurtmunt pass. Hold your pass card to the camera, or type the number.");
    else if (text.trimmed().isEmpty())
        message = tr("Type the number printed under the code on your pass card.");
    else if (code == u"wrong-length"_s)
        message = tr("The pass number has %1 characters; you typed %2. Please check it.")
                      .arg(PassToken::length)
                      .arg(QString(text).remove(u' ').remove(u'-').size());
    else if (code == u"bad-character"_s)
        message = tr("The pass number only has digits and capital letters. Please check what you typed.");
    else
        message = tr("There is a typing mistake in the pass number. Please check it character by character.");
    m_error->setText(message);
    m_error->setAccessibleName(message);
    m_error->show();
}

void LoginPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LoginPage::retranslate()
{
    m_title->setText(tr("Log in with your pass"));
    if (m_camera->hasCamera())
        m_scanHint->setText(tr("Hold the code on your pass card in front of the camera."));
    else
        m_scanHint->setText(tr("This kiosk has no camera. Please type the number on your pass card."));
    m_typeHint->setText(tr("Or type the number printed on your pass card:"));
    m_passEdit->setPlaceholderText(tr("e.g. 7KD 4M2 QX9 ..."));
    m_passEdit->setAccessibleName(tr("Pass number"));
    m_nextButton->setText(tr("Next"));
    m_nextButton->setAccessibleName(tr("Continue to the PIN"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setAccessibleName(tr("Cancel logging in"));
    m_camera->setAccessibleName(tr("Camera picture for scanning the pass card"));
    m_title->setAccessibleName(m_title->text());
    m_scanHint->setAccessibleName(m_scanHint->text());
    m_typeHint->setAccessibleName(m_typeHint->text());
    m_error->setAccessibleName(tr("Problem with the pass number"));
}

} // namespace buurtmunt
