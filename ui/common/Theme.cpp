// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "Theme.h"

#include <QApplication>
#include <QFile>

#include <cmath>

using namespace Qt::StringLiterals;

namespace buurtmunt {

Theme Theme::kiosk()
{
    Theme theme;
    // A calm municipal blue for the frame, warm white for the page so cards
    // stand out, and dark text everywhere: each pair is ≥ 4.5:1 (TestTheme).
    theme.m_windowBackground = QColor(0xF4, 0xF1, 0xEA);
    theme.m_surface = QColor(0xFF, 0xFF, 0xFF);
    theme.m_text = QColor(0x1B, 0x1F, 0x24);
    theme.m_mutedText = QColor(0x4A, 0x52, 0x5C);
    theme.m_headerBackground = QColor(0x0B, 0x3D, 0x5C);
    theme.m_headerText = QColor(0xFF, 0xFF, 0xFF);
    theme.m_accent = QColor(0x00, 0x5A, 0x78);
    theme.m_accentText = QColor(0xFF, 0xFF, 0xFF);
    theme.m_selection = QColor(0xDC, 0xEE, 0xF5);
    theme.m_reward = QColor(0x1D, 0x6B, 0x2A);
    theme.m_warningBackground = QColor(0xFF, 0xF0, 0xD9);
    theme.m_warningText = QColor(0x8A, 0x2E, 0x00);
    theme.m_border = QColor(0x8A, 0x94, 0x9E);
    theme.m_focus = QColor(0xC2, 0x5B, 0x00);
    // DejaVu Sans ships with Debian's kiosk image and covers Latin, Greek,
    // Cyrillic and Arabic, so a later language does not fall back mid-word.
    theme.m_fontFamily = u"DejaVu Sans"_s;
    return theme;
}

QFont Theme::font(qreal pointSize, int weight) const
{
    QFont f(m_fontFamily);
    f.setPointSizeF(pointSize);
    f.setWeight(static_cast<QFont::Weight>(weight));
    f.setStyleHint(QFont::SansSerif);
    return f;
}

QFont Theme::bodyFont() const { return font(20, QFont::Normal); }
QFont Theme::smallFont() const { return font(minimumPointSize, QFont::Normal); }
QFont Theme::titleFont() const { return font(24, QFont::Bold); }
QFont Theme::headingFont() const { return font(28, QFont::Bold); }
QFont Theme::rewardFont() const { return font(26, QFont::Bold); }

QFont Theme::monospaceFont() const
{
    QFont f(u"DejaVu Sans Mono"_s);
    f.setStyleHint(QFont::Monospace);
    f.setPointSizeF(24);
    f.setWeight(QFont::Bold);
    return f;
}

QList<Theme::ColourPair> Theme::textPairs() const
{
    return {
        {u"text on window"_s, m_text, m_windowBackground},
        {u"text on card"_s, m_text, m_surface},
        {u"muted text on card"_s, m_mutedText, m_surface},
        {u"muted text on window"_s, m_mutedText, m_windowBackground},
        {u"text on selected card"_s, m_text, m_selection},
        {u"muted text on selected card"_s, m_mutedText, m_selection},
        {u"reward on card"_s, m_reward, m_surface},
        {u"reward on selected card"_s, m_reward, m_selection},
        {u"header text"_s, m_headerText, m_headerBackground},
        {u"button text"_s, m_accentText, m_accent},
        {u"checked button text"_s, m_accent, m_surface},
        {u"warning text"_s, m_warningText, m_warningBackground},
        {u"accent text on window"_s, m_accent, m_windowBackground},
    };
}

QPalette Theme::palette() const
{
    QPalette p;
    p.setColor(QPalette::Window, m_windowBackground);
    p.setColor(QPalette::WindowText, m_text);
    p.setColor(QPalette::Base, m_surface);
    p.setColor(QPalette::AlternateBase, m_windowBackground);
    p.setColor(QPalette::Text, m_text);
    p.setColor(QPalette::PlaceholderText, m_mutedText);
    p.setColor(QPalette::Button, m_accent);
    p.setColor(QPalette::ButtonText, m_accentText);
    p.setColor(QPalette::Highlight, m_selection);
    p.setColor(QPalette::HighlightedText, m_text);
    p.setColor(QPalette::ToolTipBase, m_surface);
    p.setColor(QPalette::ToolTipText, m_text);
    p.setColor(QPalette::Link, m_accent);
    // Disabled text keeps the muted colour so it stays readable (4.5:1).
    p.setColor(QPalette::Disabled, QPalette::WindowText, m_mutedText);
    p.setColor(QPalette::Disabled, QPalette::Text, m_mutedText);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, m_mutedText);
    p.setColor(QPalette::Disabled, QPalette::Button, m_windowBackground);
    return p;
}

QString Theme::styleSheet() const
{
    QFile file(u":/buurtmunt/styles/kiosk.qss"_s);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QString sheet = QString::fromUtf8(file.readAll());
    const QList<std::pair<QString, QColor>> colours = {
        {u"@window@"_s, m_windowBackground}, {u"@surface@"_s, m_surface},
        {u"@text@"_s, m_text}, {u"@muted@"_s, m_mutedText},
        {u"@header@"_s, m_headerBackground}, {u"@headerText@"_s, m_headerText},
        {u"@accent@"_s, m_accent}, {u"@accentText@"_s, m_accentText},
        {u"@selection@"_s, m_selection}, {u"@reward@"_s, m_reward},
        {u"@warning@"_s, m_warningBackground}, {u"@warningText@"_s, m_warningText},
        {u"@border@"_s, m_border}, {u"@focus@"_s, m_focus},
    };
    for (const auto& [placeholder, colour] : colours)
        sheet.replace(placeholder, colour.name());
    sheet.replace(u"@touch@"_s, QString::number(touchTarget()));
    return sheet;
}

void Theme::apply(QApplication& app) const
{
    app.setFont(bodyFont());
    app.setPalette(palette());
    app.setStyleSheet(styleSheet());
}

double Theme::relativeLuminance(const QColor& colour)
{
    const auto channel = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF())
        + 0.0722 * channel(rgb.blueF());
}

double Theme::contrastRatio(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace buurtmunt
