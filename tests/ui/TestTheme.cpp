// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ui/common/Theme.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QImage>
#include <QFontInfo>
#include <QRegularExpression>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace buurtmunt;

// The kiosk must be readable by everyone: WCAG AA contrast for every text
// colour on every background the theme draws it on, and no small text.
class TestTheme : public QObject {
    Q_OBJECT

private slots:
    void contrastFormulaMatchesWcag();
    void everyTextPairIsReadable_data();
    void everyTextPairIsReadable();
    void paletteTextRolesAreReadable();
    void fontsAreLargeEnough();
    void styleSheetHasEveryColourFilledIn();
    void everyIconIsDrawn();
};

void TestTheme::contrastFormulaMatchesWcag()
{
    // Reference values from the WCAG definition.
    QCOMPARE(Theme::contrastRatio(Qt::black, Qt::white), 21.0);
    QCOMPARE(Theme::contrastRatio(Qt::white, Qt::white), 1.0);
    QVERIFY(qAbs(Theme::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) - 4.48) < 0.01);
    // Order does not matter.
    QCOMPARE(Theme::contrastRatio(QColor(0x00, 0x5A, 0x78), Qt::white),
             Theme::contrastRatio(Qt::white, QColor(0x00, 0x5A, 0x78)));
}

void TestTheme::everyTextPairIsReadable_data()
{
    QTest::addColumn<QColor>("foreground");
    QTest::addColumn<QColor>("background");
    const auto pairs = Theme::kiosk().textPairs();
    QVERIFY(pairs.size() >= 10);
    for (const auto& pair : pairs)
        QTest::newRow(qPrintable(pair.name)) << pair.foreground << pair.background;
}

void TestTheme::everyTextPairIsReadable()
{
    QFETCH(QColor, foreground);
    QFETCH(QColor, background);
    const double ratio = Theme::contrastRatio(foreground, background);
    qInfo("%s on %s: %.2f:1", qPrintable(foreground.name()), qPrintable(background.name()), ratio);
    QVERIFY2(ratio >= 4.5, qPrintable(u"contrast %1:1 is below 4.5:1"_s.arg(ratio, 0, 'f', 2)));
}

void TestTheme::paletteTextRolesAreReadable()
{
    const QPalette p = Theme::kiosk().palette();
    const QList<std::tuple<QPalette::ColorGroup, QPalette::ColorRole, QPalette::ColorRole>> pairs = {
        {QPalette::Active, QPalette::WindowText, QPalette::Window},
        {QPalette::Active, QPalette::Text, QPalette::Base},
        {QPalette::Active, QPalette::ButtonText, QPalette::Button},
        {QPalette::Active, QPalette::HighlightedText, QPalette::Highlight},
        {QPalette::Active, QPalette::PlaceholderText, QPalette::Base},
        {QPalette::Active, QPalette::ToolTipText, QPalette::ToolTipBase},
        {QPalette::Disabled, QPalette::WindowText, QPalette::Window},
        {QPalette::Disabled, QPalette::ButtonText, QPalette::Button},
    };
    for (const auto& [group, text, background] : pairs) {
        const double ratio = Theme::contrastRatio(p.color(group, text), p.color(group, background));
        QVERIFY2(ratio >= 4.5, qPrintable(u"palette role %1 on %2: %3:1"_s.arg(text).arg(background).arg(ratio)));
    }
}

void TestTheme::fontsAreLargeEnough()
{
    const Theme theme = Theme::kiosk();
    for (const QFont& font : {theme.bodyFont(), theme.smallFont(), theme.titleFont(), theme.headingFont(),
                              theme.rewardFont(), theme.monospaceFont()}) {
        QVERIFY2(font.pointSizeF() >= 18.0, qPrintable(font.toString()));
        // The font really resolves on this machine (not a silent fallback to a
        // bitmap font at another size).
        QVERIFY2(QFontInfo(font).pointSizeF() >= 17.5, qPrintable(QFontInfo(font).family()));
    }
    QVERIFY(theme.touchTarget() >= Theme::minimumTouchTarget);
    QCOMPARE(Theme::minimumTouchTarget, 44);
}

void TestTheme::styleSheetHasEveryColourFilledIn()
{
    const QString sheet = Theme::kiosk().styleSheet();
    QVERIFY2(sheet.size() > 500, "the kiosk style sheet was not found in the resources");
    QVERIFY2(!sheet.contains(QRegularExpression(u"@[a-zA-Z]+@"_s)), "a colour placeholder was left unfilled");
    QVERIFY(sheet.contains(Theme::kiosk().accent().name()));
    // Fonts come from the theme only; a size in the style sheet could shrink text.
    QVERIFY(!sheet.contains(u"font-size"_s));
    QVERIFY(sheet.contains(u"min-height: 56px"_s));
}

void TestTheme::everyIconIsDrawn()
{
    // The desks' icons are SVG: without Qt's SVG plugins (libqt6svg6) the
    // logo, the clock and toolbox on every task card and the speaker on the
    // read-aloud button are silently left out.
    const QStringList icons = QDir(u":/buurtmunt/icons"_s).entryList({u"*.svg"_s}, QDir::Files);
    QVERIFY2(icons.size() >= 4, qPrintable(icons.join(u", "_s)));
    for (const QString& name : icons) {
        const QImage image = QIcon(u":/buurtmunt/icons/"_s + name).pixmap(48, 48).toImage();
        QVERIFY2(!image.isNull(), qPrintable(name + u" cannot be drawn"_s));
        int painted = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                painted += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
        }
        QVERIFY2(painted > image.width() * image.height() / 10, qPrintable(name + u" is drawn empty"_s));
    }
}

QTEST_MAIN(TestTheme)
#include "TestTheme.moc"
