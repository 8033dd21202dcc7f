// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ScanResultPanel.h"

#include "RedemptionText.h"
#include "ui/common/Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace buurtmunt {

ScanResultPanel::ScanResultPanel(QWidget* parent)
    : QWidget(parent)
    , m_headlineLabel(new QLabel(this))
    , m_detailLabel(new QLabel(this))
    , m_noteLabel(new QLabel(this))
{
    setObjectName(u"scanResultPanel"_s);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumHeight(260);
    const Theme theme = Theme::kiosk();

    m_headlineLabel->setObjectName(u"resultHeadline"_s);
    QFont headline = theme.titleFont();
    headline.setPointSizeF(std::max(headline.pointSizeF() * 1.8, 44.0));
    headline.setWeight(QFont::Bold);
    m_headlineLabel->setFont(headline);
    m_headlineLabel->setWordWrap(true);

    m_detailLabel->setObjectName(u"resultDetail"_s);
    QFont detail = theme.headingFont();
    detail.setPointSizeF(std::max(detail.pointSizeF(), 26.0));
    m_detailLabel->setFont(detail);
    m_detailLabel->setWordWrap(true);
    m_noteLabel->setObjectName(u"resultNote"_s);
    m_noteLabel->setFont(theme.headingFont());
    m_noteLabel->setWordWrap(true);
    m_noteLabel->hide();

    // The mark is painted in the left part; the words take the rest.
    auto* text = new QVBoxLayout;
    text->addStretch();
    text->addWidget(m_headlineLabel);
    text->addWidget(m_detailLabel);
    text->addWidget(m_noteLabel);
    text->addStretch();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(230, 24, 32, 24);
    layout->addLayout(text);

    m_resetTimer.setSingleShot(true);
    m_resetTimer.setInterval(DefaultResetDelay);
    connect(&m_resetTimer, &QTimer::timeout, this, &ScanResultPanel::showReady);
    setState(State::Ready);
}

void ScanResultPanel::showReady()
{
    m_resetTimer.stop();
    setState(State::Ready);
}

void ScanResultPanel::showChecking()
{
    m_resetTimer.stop();
    setState(State::Checking);
}

void ScanResultPanel::showOutcome(const ScanOutcome& outcome, const RedemptionText& text)
{
    const State state = outcome.kind == ScanOutcome::Accepted
        ? State::Accepted
        : (outcome.kind == ScanOutcome::AcceptedOffline ? State::AcceptedOffline : State::Refused);
    m_headlineLabel->setText(text.headline(outcome));
    m_detailLabel->setText(text.detail(outcome));
    m_noteLabel->setText(text.note(outcome));
    m_noteLabel->setVisible(!m_noteLabel->text().isEmpty());
    setState(state);
    m_resetTimer.start();
}

QString ScanResultPanel::headline() const
{
    return m_headlineLabel->text();
}

QString ScanResultPanel::detail() const
{
    return m_detailLabel->text();
}

QString ScanResultPanel::note() const
{
    return m_noteLabel->text();
}

void ScanResultPanel::setResetDelay(std::chrono::milliseconds delay)
{
    m_resetTimer.setInterval(delay);
}

QColor ScanResultPanel::background(State state)
{
    switch (state) {
    case State::Accepted:
        return QColor(0x1D, 0x6B, 0x2A);  // the theme's reward green
    case State::AcceptedOffline:
        return QColor(0xF5, 0xB7, 0x00);  // amber: accepted, but not settled yet
    case State::Refused:
        return QColor(0xB3, 0x12, 0x1B);
    case State::Checking:
        return QColor(0xDC, 0xEE, 0xF5);
    case State::Ready:
        break;
    }
    return Theme::kiosk().surface();
}

QColor ScanResultPanel::foreground(State state)
{
    switch (state) {
    case State::Accepted:
    case State::Refused:
        return QColor(0xFF, 0xFF, 0xFF);
    case State::AcceptedOffline:
    case State::Checking:
    case State::Ready:
        break;
    }
    return Theme::kiosk().text();
}

void ScanResultPanel::setState(State state)
{
    const bool changed = state != m_state;
    m_state = state;
    if (state == State::Ready || state == State::Checking) {
        m_noteLabel->clear();
        m_noteLabel->hide();
        retranslate();
    }
    // An accepted amount is what the shopkeeper needs to read: as large as
    // the headline. A reason is a sentence and gets a size that fits one.
    QFont detail = m_detailLabel->font();
    detail.setPointSizeF(state == State::Accepted || state == State::AcceptedOffline ? 40.0 : 26.0);
    detail.setWeight(state == State::Accepted ? QFont::Bold : QFont::DemiBold);
    m_detailLabel->setFont(detail);
    const QString colour = foreground(state).name();
    const QString style = u"color: %1; background: transparent;"_s.arg(colour);
    m_headlineLabel->setStyleSheet(style);
    m_detailLabel->setStyleSheet(style);
    m_noteLabel->setStyleSheet(style);
    setAccessibleName(QString(m_headlineLabel->text() % u". "_s % m_detailLabel->text() % u" "_s % m_noteLabel->text()));
    update();
    if (changed)
        emit stateChanged(state);
}

void ScanResultPanel::retranslate()
{
    if (m_state == State::Ready) {
        m_headlineLabel->setText(tr("Ready to scan"));
        m_detailLabel->setText(tr("Hold the voucher's QR code in front of the camera or the scanner, or type its code."));
    } else if (m_state == State::Checking) {
        m_headlineLabel->setText(tr("Checking…"));
        m_detailLabel->setText(tr("One moment, the voucher is being checked."));
    }
    // An outcome keeps the words it was shown with until the next scan.
}

void ScanResultPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ScanResultPanel::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor back = background(m_state);
    painter.fillRect(rect(), back);
    if (m_state == State::Ready || m_state == State::Checking) {
        painter.setPen(QPen(Theme::kiosk().border(), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 12, 12);
    }
    const qreal side = std::min<qreal>(170.0, height() - 48.0);
    paintMark(painter, QRectF(32, (height() - side) / 2.0, side, side));
}

void ScanResultPanel::paintMark(QPainter& painter, const QRectF& box) const
{
    const QColor ink = foreground(m_state);
    painter.setPen(QPen(ink, box.width() / 12.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    const QRectF circle = box.adjusted(box.width() / 20, box.width() / 20, -box.width() / 20, -box.width() / 20);
    const auto at = [&box](qreal x, qreal y) { return QPointF(box.left() + x * box.width(), box.top() + y * box.height()); };
    switch (m_state) {
    case State::Accepted:
    case State::AcceptedOffline: {
        painter.drawEllipse(circle);
        QPainterPath check;
        check.moveTo(at(0.28, 0.52));
        check.lineTo(at(0.44, 0.68));
        check.lineTo(at(0.73, 0.36));
        painter.drawPath(check);
        break;
    }
    case State::Refused:
        painter.drawEllipse(circle);
        painter.drawLine(at(0.33, 0.33), at(0.67, 0.67));
        painter.drawLine(at(0.67, 0.33), at(0.33, 0.67));
        break;
    case State::Checking:
    case State::Ready: {
        // A scan frame: four corners.
        painter.setPen(QPen(Theme::kiosk().accent(), box.width() / 18.0, Qt::SolidLine, Qt::RoundCap));
        const qreal l = 0.22;
        for (const auto& [x, y, dx, dy] : {std::tuple{0.15, 0.15, 1, 1}, std::tuple{0.85, 0.15, -1, 1},
                                            std::tuple{0.15, 0.85, 1, -1}, std::tuple{0.85, 0.85, -1, -1}}) {
            painter.drawLine(at(x, y), at(x + dx * l, y));
            painter.drawLine(at(x, y), at(x, y + dy * l));
        }
        break;
    }
    }
}

} // namespace buurtmunt
