// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QPalette>
#include <QString>

class QApplication;

namespace buurtmunt {

// The kiosk's look in one place: colours, fonts and sizes chosen for people
// reading at arm's length on a touch screen (WCAG AA contrast, 18 pt text,
// 44 px touch targets). Everything else asks the theme instead of hard-coding.
class Theme final {
public:
    // A foreground colour as it is actually drawn on a background; the test
    // checks every pair the theme produces for contrast.
    struct ColourPair {
        QString name;
        QColor foreground;
        QColor background;
    };

    static Theme kiosk();

    QColor windowBackground() const { return m_windowBackground; }
    QColor surface() const { return m_surface; }
    QColor text() const { return m_text; }
    QColor mutedText() const { return m_mutedText; }
    QColor headerBackground() const { return m_headerBackground; }
    QColor headerText() const { return m_headerText; }
    QColor accent() const { return m_accent; }
    QColor accentText() const { return m_accentText; }
    QColor selection() const { return m_selection; }
    QColor reward() const { return m_reward; }
    QColor warningBackground() const { return m_warningBackground; }
    QColor warningText() const { return m_warningText; }
    QColor border() const { return m_border; }
    QColor focus() const { return m_focus; }

    QFont bodyFont() const;
    QFont smallFont() const;
    QFont titleFont() const;
    QFont headingFont() const;
    QFont rewardFont() const;
    QFont monospaceFont() const;

    // Point sizes: the smallest one is still above the kiosk's 18 pt floor.
    static constexpr qreal minimumPointSize = 18.0;
    static constexpr int minimumTouchTarget = 44;
    int touchTarget() const { return 56; }

    QList<ColourPair> textPairs() const;
    QPalette palette() const;
    // The kiosk style sheet from the resources with this theme's colours filled in.
    QString styleSheet() const;
    void apply(QApplication& app) const;

    // WCAG 2.x definitions.
    static double relativeLuminance(const QColor& colour);
    static double contrastRatio(const QColor& a, const QColor& b);

private:
    Theme() = default;
    QFont font(qreal pointSize, int weight) const;

    QColor m_windowBackground;
    QColor m_surface;
    QColor m_text;
    QColor m_mutedText;
    QColor m_headerBackground;
    QColor m_headerText;
    QColor m_accent;
    QColor m_accentText;
    QColor m_selection;
    QColor m_reward;
    QColor m_warningBackground;
    QColor m_warningText;
    QColor m_border;
    QColor m_focus;
    QString m_fontFamily;
};

} // namespace buurtmunt
