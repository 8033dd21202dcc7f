// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "CapMeter.h"

#include "core/resident/Earnings.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace buurtmunt {

// The painted bar; the sentence beside it carries the same information.
class CapMeter::Bar final : public QWidget {
public:
    Bar(const Theme& theme, QWidget* parent)
        : QWidget(parent)
        , m_theme(theme)
    {
        setMinimumHeight(40);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    void setValues(qint64 earned, qint64 pending, qint64 cap)
    {
        m_earned = earned;
        m_pending = pending;
        m_cap = cap;
        update();
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF frame = QRectF(rect()).adjusted(1, 1, -1, -1);
        painter.setPen(QPen(m_theme.border(), 2));
        painter.setBrush(m_theme.surface());
        painter.drawRoundedRect(frame, 8, 8);
        if (m_cap <= 0)
            return;
        const auto part = [&](qint64 cents) {
            return frame.width() * double(std::clamp<qint64>(cents, 0, m_cap)) / double(m_cap);
        };
        const bool rtl = layoutDirection() == Qt::RightToLeft;
        const qreal earnedWidth = part(m_earned);
        const qreal pendingWidth = std::min(part(m_pending), frame.width() - earnedWidth);
        const auto at = [&](qreal offset, qreal width) {
            return QRectF(rtl ? frame.right() - offset - width : frame.left() + offset, frame.top(), width,
                          frame.height());
        };
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_theme.accent());
        painter.drawRoundedRect(at(0, earnedWidth), 8, 8);
        painter.setBrush(QBrush(m_theme.accent(), Qt::BDiagPattern));
        painter.drawRect(at(earnedWidth, pendingWidth));
    }

private:
    Theme m_theme;
    qint64 m_earned = 0;
    qint64 m_pending = 0;
    qint64 m_cap = 0;
};

CapMeter::CapMeter(const Theme& theme, QWidget* parent)
    : QWidget(parent)
    , m_theme(theme)
    , m_bar(new Bar(theme, this))
    , m_text(new QLabel(this))
{
    setObjectName(u"capMeter"_s);
    m_bar->setObjectName(u"capMeterBar"_s);
    m_text->setObjectName(u"capMeterText"_s);
    m_text->setFont(theme.bodyFont());
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_bar);
    layout->addWidget(m_text);
    refresh();
}

void CapMeter::setCoinText(const CoinText& coins, const QLocale& locale)
{
    m_coins = coins;
    m_locale = locale;
    refresh();
}

void CapMeter::setEarnings(const Earnings& earnings)
{
    m_valid = earnings.isValid();
    m_earned = earnings.earnedThisYearCents;
    m_pending = earnings.pendingCents;
    m_cap = earnings.yearlyCapCents;
    m_remaining = earnings.remainingYearCents;
    refresh();
}

void CapMeter::clear()
{
    m_valid = false;
    m_earned = m_pending = m_cap = m_remaining = 0;
    refresh();
}

QString CapMeter::summary() const
{
    return m_text->text();
}

void CapMeter::refresh()
{
    m_bar->setValues(m_earned, m_pending, m_cap);
    QString text;
    if (m_valid) {
        //: %1 earned this year, %2 the yearly limit
        text = tr("This year you have earned %1 of your %2 limit.")
                   .arg(m_coins.format(m_earned, m_locale), m_coins.format(m_cap, m_locale));
        if (m_pending > 0)
            text += u' ' + tr("%1 is waiting for approval.").arg(m_coins.format(m_pending, m_locale));
        text += u' ' + tr("You can still earn %1 this year.").arg(m_coins.format(m_remaining, m_locale));
    }
    m_text->setText(text);
    m_bar->setAccessibleName(tr("Earnings against the yearly limit"));
    m_bar->setAccessibleDescription(text);
    m_text->setAccessibleName(text.isEmpty() ? tr("Earnings against the yearly limit") : text);
    setAccessibleName(tr("Earnings against the yearly limit"));
    setAccessibleDescription(text);
}

void CapMeter::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace buurtmunt
