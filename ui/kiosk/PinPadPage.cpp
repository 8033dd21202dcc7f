// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "PinPadPage.h"

#include "core/resident/LoginRefusal.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace buurtmunt {

PinPadPage::PinPadPage(const Theme& theme, QString pass, QWidget* parent)
    : QWidget(parent)
    , m_theme(theme)
    , m_pass(std::move(pass))
    , m_title(new QLabel(this))
    , m_dots(new QLabel(this))
    , m_message(new QLabel(this))
    , m_eraseButton(new QPushButton(this))
    , m_okButton(new QPushButton(this))
    , m_backButton(new QPushButton(this))
{
    setObjectName(u"pinPadPage"_s);
    setFocusPolicy(Qt::StrongFocus);
    m_title->setObjectName(u"pinTitle"_s);
    m_title->setFont(theme.headingFont());
    m_title->setAlignment(Qt::AlignHCenter);
    m_dots->setObjectName(u"pinDots"_s);
    QFont dotsFont = theme.headingFont();
    dotsFont.setPointSize(40);
    m_dots->setFont(dotsFont);
    m_dots->setAlignment(Qt::AlignCenter);
    m_dots->setMinimumHeight(80);
    // Read aloud, the dots would tell a bystander how long the PIN is.
    m_dots->setProperty("readAloud", false);
    m_message->setObjectName(u"pinMessage"_s);
    m_message->setFont(theme.bodyFont());
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignHCenter);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(u"color: %1; background: %2; padding: 10px; border-radius: 6px;"_s
                                 .arg(theme.warningText().name(), theme.warningBackground().name()));
    m_message->hide();

    auto* grid = new QGridLayout;
    grid->setSpacing(16);
    QFont keyFont = theme.headingFont();
    for (int digit = 0; digit <= 9; ++digit) {
        auto* button = new QPushButton(QString::number(digit), this);
        button->setObjectName(u"pinDigit%1"_s.arg(digit));
        button->setFont(keyFont);
        button->setFixedSize(160, 100);
        button->setFocusPolicy(Qt::NoFocus);
        connect(button, &QPushButton::clicked, this, [this, digit] { addDigit(digit); });
        m_digits.append(button);
        if (digit > 0)
            grid->addWidget(button, (digit - 1) / 3, (digit - 1) % 3);
    }
    m_eraseButton->setObjectName(u"pinEraseButton"_s);
    m_okButton->setObjectName(u"pinOkButton"_s);
    m_backButton->setObjectName(u"pinBackButton"_s);
    for (QPushButton* button : {m_eraseButton, m_okButton}) {
        button->setFont(theme.titleFont());
        button->setFixedSize(160, 100);
        button->setFocusPolicy(Qt::NoFocus);
    }
    grid->addWidget(m_eraseButton, 3, 0);
    grid->addWidget(m_digits.at(0), 3, 1);
    grid->addWidget(m_okButton, 3, 2);

    auto* pad = new QHBoxLayout;
    pad->addStretch(1);
    pad->addLayout(grid);
    pad->addStretch(1);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_backButton);
    bottom->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 24, 48, 24);
    layout->setSpacing(16);
    layout->addWidget(m_title);
    layout->addWidget(m_dots);
    layout->addWidget(m_message);
    layout->addLayout(pad);
    layout->addStretch(1);
    layout->addLayout(bottom);

    connect(m_eraseButton, &QPushButton::clicked, this, &PinPadPage::erase);
    connect(m_okButton, &QPushButton::clicked, this, &PinPadPage::submit);
    connect(m_backButton, &QPushButton::clicked, this, &PinPadPage::cancelled);
    retranslate();
    updateDots();
}

PinPadPage::~PinPadPage()
{
    m_pin.fill(u'0');
    m_pass.fill(u'0');
}

void PinPadPage::addDigit(int digit)
{
    if (m_busy || m_pin.size() >= maxDigits)
        return;
    // The last refusal stays readable while the next try is typed.
    m_pin.append(QChar(u'0' + digit));
    updateDots();
}

void PinPadPage::erase()
{
    if (m_busy || m_pin.isEmpty())
        return;
    m_pin.chop(1);
    updateDots();
}

void PinPadPage::submit()
{
    if (m_busy)
        return;
    if (m_pin.size() < 4) {
        m_message->setText(tr("A PIN has at least 4 digits."));
        m_message->setAccessibleName(m_message->text());
        m_message->show();
        return;
    }
    emit pinEntered(m_pass, m_pin);
}

void PinPadPage::setBusy(bool busy)
{
    m_busy = busy;
    for (QPushButton* button : std::as_const(m_digits))
        button->setEnabled(!busy);
    m_eraseButton->setEnabled(!busy);
    m_okButton->setEnabled(!busy);
    m_okButton->setText(busy ? tr("One moment…") : tr("OK"));
}

void PinPadPage::showRefusal(const LoginRefusal& refusal, const QLocale& locale)
{
    m_pin.fill(u'0');
    m_pin.clear();
    updateDots();
    const QString code = refusal.error.code;
    QString text;
    if (code == u"pin-wrong"_s && refusal.attemptsLeft)
        text = tr("That PIN is not right. You can try %n more time(s) before the pass is locked for 15 minutes.",
                  nullptr, *refusal.attemptsLeft);
    else if (code == u"pin-wrong"_s)
        text = tr("That PIN is not right. Please try again.");
    else if (code == u"pass-locked"_s && refusal.lockedUntil)
        text = tr("This pass is locked after too many wrong PINs. Try again after %1.")
                   .arg(locale.toString(refusal.lockedUntil->toLocalTime().time(), QLocale::ShortFormat));
    else if (code == u"pass-locked"_s)
        text = tr("This pass is locked after too many wrong PINs. Please try again later.");
    else if (code == u"pass-locked-by-staff-only"_s)
        text = tr("This pass is locked after too many wrong PINs. Staff at the desk can unlock it for you.");
    else if (code == u"pass-blocked"_s)
        text = tr("This pass cannot be used. Please ask staff at the desk.");
    else if (code == u"pass-unknown"_s)
        text = tr("This pass is not known. Go back and check the number, or ask staff at the desk.");
    else if (code == u"network"_s || code == u"timeout"_s || code == u"tls"_s)
        text = tr("The kiosk cannot reach the municipality's server right now. Please try again in a moment.");
    else
        text = tr("Logging in did not work: %1").arg(refusal.error.message);
    m_message->setText(text);
    m_message->setAccessibleName(text);
    m_message->show();
}

void PinPadPage::updateDots()
{
    // Filled dots for typed digits; empty ones show that more may follow.
    QString dots;
    for (int i = 0; i < m_pin.size(); ++i)
        dots.append(u"● "_s);
    const int placeholders = std::max(0, 4 - int(m_pin.size()));
    for (int i = 0; i < placeholders; ++i)
        dots.append(u"○ "_s);
    m_dots->setText(dots.trimmed());
    m_dots->setAccessibleName(tr("%n digit(s) entered", nullptr, int(m_pin.size())));
}

void PinPadPage::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        addDigit(key - Qt::Key_0);
    } else if (key == Qt::Key_Backspace || key == Qt::Key_Delete) {
        erase();
    } else if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        submit();
    } else if (key == Qt::Key_Escape) {
        emit cancelled();
    } else {
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void PinPadPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PinPadPage::retranslate()
{
    m_title->setText(tr("Type your PIN"));
    m_title->setAccessibleName(m_title->text());
    for (QPushButton* button : std::as_const(m_digits))
        button->setAccessibleName(tr("Digit %1").arg(button->text()));
    m_eraseButton->setText(tr("Erase"));
    m_eraseButton->setAccessibleName(tr("Erase the last digit"));
    m_okButton->setText(m_busy ? tr("One moment…") : tr("OK"));
    m_okButton->setAccessibleName(tr("Log in with this PIN"));
    m_backButton->setText(tr("Back"));
    m_backButton->setAccessibleName(tr("Back to the pass number"));
    updateDots();
}

} // namespace buurtmunt
