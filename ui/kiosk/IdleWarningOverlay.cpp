// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "IdleWarningOverlay.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace buurtmunt {

IdleWarningOverlay::IdleWarningOverlay(const Theme& theme, QWidget* parent)
    : QWidget(parent)
    , m_theme(theme)
    , m_card(new QWidget(this))
    , m_title(new QLabel(m_card))
    , m_countdown(new QLabel(m_card))
    , m_stillHereButton(new QPushButton(m_card))
{
    setObjectName(u"idleWarning"_s);
    m_card->setObjectName(u"idleWarningCard"_s);
    m_card->setAttribute(Qt::WA_StyledBackground);
    m_card->setStyleSheet(u"#idleWarningCard { background: %1; border: 3px solid %2; border-radius: 16px; }"_s
                              .arg(theme.surface().name(), theme.accent().name()));
    m_title->setObjectName(u"idleTitle"_s);
    m_title->setFont(theme.headingFont());
    m_title->setAlignment(Qt::AlignCenter);
    m_countdown->setObjectName(u"idleCountdown"_s);
    m_countdown->setFont(theme.titleFont());
    m_countdown->setAlignment(Qt::AlignCenter);
    m_countdown->setWordWrap(true);
    m_stillHereButton->setObjectName(u"stillHereButton"_s);
    m_stillHereButton->setFont(theme.headingFont());
    m_stillHereButton->setMinimumHeight(96);

    auto* card = new QVBoxLayout(m_card);
    card->setContentsMargins(48, 40, 48, 40);
    card->setSpacing(24);
    card->addWidget(m_title);
    card->addWidget(m_countdown);
    card->addWidget(m_stillHereButton);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_card, 0, Qt::AlignHCenter);
    layout->addStretch(1);
    m_card->setMinimumWidth(720);

    connect(m_stillHereButton, &QPushButton::clicked, this, &IdleWarningOverlay::stillHere);
    // Always as large as the window it covers.
    parent->installEventFilter(this);
    setGeometry(parent->rect());
    hide();
    retranslate();
}

void IdleWarningOverlay::showCountdown(int secondsLeft)
{
    const bool appearing = !isVisible();
    m_secondsLeft = secondsLeft;
    retranslate();
    if (appearing) {
        setGeometry(parentWidget()->rect());
        show();
        raise();
        QApplication::beep();
    }
}

void IdleWarningOverlay::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    QColor veil = m_theme.text();
    veil.setAlpha(170);
    painter.fillRect(rect(), veil);
}

bool IdleWarningOverlay::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void IdleWarningOverlay::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void IdleWarningOverlay::retranslate()
{
    m_title->setText(tr("Are you still there?"));
    m_countdown->setText(tr("You will be logged out in %n second(s).", nullptr, m_secondsLeft));
    m_stillHereButton->setText(tr("I am still here"));
    m_stillHereButton->setAccessibleName(tr("I am still here: stay logged in"));
    m_title->setAccessibleName(m_title->text());
    m_countdown->setAccessibleName(m_countdown->text());
    setAccessibleName(tr("Logout warning"));
}

} // namespace buurtmunt
