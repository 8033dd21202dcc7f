// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "core/domain/VoucherManualCode.h"
#include "ui/common/WedgeScanner.h"

#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QVBoxLayout>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace buurtmunt;

namespace {

// One key as the platform delivers it: what X11 reports on a given layout
// (keysym-derived Qt key and text, the physical key's scan code).
struct KeyStroke {
    int key = 0;
    Qt::KeyboardModifiers modifiers;
    QString text;
    quint32 scanCode = 0;
};

// xkb keycodes of the US layout's physical keys (evdev + 8).
const QHash<QChar, quint32>& usScanCodes()
{
    static const QHash<QChar, quint32> codes = [] {
        QHash<QChar, quint32> c;
        const QString row1 = u"1234567890"_s;
        for (int i = 0; i < row1.size(); ++i)
            c.insert(row1.at(i), quint32(10 + i));
        const QString top = u"QWERTYUIOP"_s, home = u"ASDFGHJKL"_s, bottom = u"ZXCVBNM"_s;
        for (int i = 0; i < top.size(); ++i)
            c.insert(top.at(i), quint32(24 + i));
        for (int i = 0; i < home.size(); ++i)
            c.insert(home.at(i), quint32(38 + i));
        for (int i = 0; i < bottom.size(); ++i)
            c.insert(bottom.at(i), quint32(52 + i));
        c.insert(u'-', 20);
        return c;
    }();
    return codes;
}

// Keypad digits have their own keys: KP_0 is 90, KP_1..3 87..89, KP_4..6
// 83..85, KP_7..9 79..81.
quint32 keypadScanCode(QChar digit)
{
    static const quint32 codes[] = {90, 87, 88, 89, 83, 84, 85, 79, 80, 81};
    return codes[digit.digitValue()];
}

// The key strokes a layout needs for one character. Digits sit on the same
// keys in NL, US and DE; DE swaps Y and Z (the code alphabets avoid both) and
// NL and DE have the dash where US has the slash.
QList<KeyStroke> strokesFor(const QString& layout, QChar c, bool keypadDigits)
{
    QList<KeyStroke> strokes;
    if (c.isDigit()) {
        const int key = Qt::Key_0 + c.digitValue();
        if (keypadDigits)
            strokes.append({key, Qt::KeypadModifier, QString(c), keypadScanCode(c)});
        else
            strokes.append({key, Qt::NoModifier, QString(c), usScanCodes().value(c)});
        return strokes;
    }
    if (c == u'-') {
        const quint32 code = layout == u"us" ? 20 : 61;
        strokes.append({Qt::Key_Minus, Qt::NoModifier, u"-"_s, code});
        return strokes;
    }
    QChar physical = c;
    if (layout == u"de" && (c == u'Y' || c == u'Z'))
        physical = c == u'Y' ? u'Z' : u'Y';
    // Capitals: Shift down, the letter, Shift up, as scanners send them.
    strokes.append({Qt::Key_Shift, Qt::ShiftModifier, QString(), 50});
    strokes.append({Qt::Key_A + (c.unicode() - u'A'), Qt::ShiftModifier, QString(c), usScanCodes().value(physical)});
    return strokes;
}

class KeyTyper {
public:
    KeyTyper(WedgeScanner* scanner, quint64 seed) : m_random(seed)
    {
        scanner->setClock([this] { return m_now; });
    }

    void advance(int ms) { m_now += ms; }

    // Types text into receiver with a gap drawn from [minGap, maxGap] ms
    // before each key, presses and releases as separate events.
    void type(QWidget* receiver, const QString& layout, const QString& text, int minGap, int maxGap,
              bool keypadDigits = false)
    {
        for (const QChar c : text) {
            advance(int(m_random.bounded(minGap, maxGap + 1)));
            const QList<KeyStroke> strokes = strokesFor(layout, c, keypadDigits);
            for (const KeyStroke& stroke : strokes)
                send(receiver, QEvent::KeyPress, stroke);
            for (auto it = strokes.crbegin(); it != strokes.crend(); ++it) {
                KeyStroke up = *it;
                if (up.key == Qt::Key_Shift)
                    up.modifiers = Qt::NoModifier;
                send(receiver, QEvent::KeyRelease, up);
            }
        }
    }

    void press(QWidget* receiver, int key, int gap, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        advance(gap);
        const QString text = key == Qt::Key_Tab ? u"\t"_s : (key == Qt::Key_Backspace ? u"\b"_s : u"\r"_s);
        const quint32 code = key == Qt::Key_Enter ? 104 : (key == Qt::Key_Tab ? 23 : 36);
        send(receiver, QEvent::KeyPress, {key, modifiers, text, code});
        send(receiver, QEvent::KeyRelease, {key, modifiers, text, code});
    }

private:
    static void send(QWidget* receiver, QEvent::Type type, const KeyStroke& stroke)
    {
        QKeyEvent event(type, stroke.key, stroke.modifiers, stroke.scanCode, 0, 0, stroke.text);
        QCoreApplication::sendEvent(receiver, &event);
    }

    QRandomGenerator m_random;
    qint64 m_now = 1000;
};

QString randomDigits(int count, quint64 seed)
{
    QRandomGenerator random(seed);
    QString digits;
    for (int i = 0; i < count; ++i)
        digits += QChar(u'0' + int(random.bounded(10)));
    return digits;
}

// A window with a focused line edit, or with nothing that takes focus.
struct Screen {
    std::unique_ptr<QWidget> window;
    QLineEdit* edit = nullptr;

    static Screen make(bool withLineEdit)
    {
        Screen screen;
        screen.window = std::make_unique<QWidget>();
        auto* layout = new QVBoxLayout(screen.window.get());
        layout->addWidget(new QLabel(u"Counter"_s));
        if (withLineEdit) {
            screen.edit = new QLineEdit;
            layout->addWidget(screen.edit);
        }
        screen.window->show();
        screen.window->activateWindow();
        if (screen.edit)
            screen.edit->setFocus();
        return screen;
    }

    QWidget* receiver() const { return edit ? static_cast<QWidget*>(edit) : window.get(); }
};

} // namespace

class TestWedgeScanner : public QObject {
    Q_OBJECT

private slots:
    void scansAtScannerSpeed_data();
    void scansAtScannerSpeed();
    void ordinaryTypingArrivesComplete();
    void fastTypingOfAFewLettersIsReplayed();
    void nineCharacterBurstIsNotAScan();
    void editingKeyKeepsTheOrder();
    void scanAfterTypingKeepsBoth();
    void commandModifierIsNeverHeld();
    void realTimeTypingReachesTheField();
    void otherWindowsKeepTheirKeys();
    void realX11Layouts_data();
    void realX11Layouts();
};

void TestWedgeScanner::scansAtScannerSpeed_data()
{
    QTest::addColumn<QString>("layout");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("keypad");
    QTest::addColumn<bool>("lineEdit");
    QTest::addColumn<int>("terminator");

    const QString token = randomDigits(217, 4);
    QString manual;
    do {
        manual = VoucherManualCode::generate().toString();
    } while (!manual.contains(QRegularExpression(u"[A-Z]"_s)) || !manual.contains(QRegularExpression(u"[0-9]"_s)));
    const QString dashed = VoucherManualCode::parse(manual).value().display();

    const QStringList layouts{u"nl"_s, u"us"_s, u"de"_s};
    for (const QString& layout : layouts) {
        const int enter = layout == u"us" ? int(Qt::Key_Enter) : int(Qt::Key_Return);
        for (const bool edit : {true, false}) {
            const char* where = edit ? "line edit" : "no focus";
            const QByteArray prefix = layout.toLatin1() + ' ' + where;
            QTest::newRow(QByteArray(prefix + " token").constData()) << layout << token << false << edit << enter;
            QTest::newRow(QByteArray(prefix + " token keypad").constData()) << layout << token << true << edit << int(Qt::Key_Enter);
            QTest::newRow(QByteArray(prefix + " manual code").constData()) << layout << manual << false << edit << enter;
            QTest::newRow(QByteArray(prefix + " dashed manual code").constData()) << layout << dashed << false << edit << int(Qt::Key_Tab);
        }
    }
}

void TestWedgeScanner::scansAtScannerSpeed()
{
    QFETCH(QString, layout);
    QFETCH(QString, code);
    QFETCH(bool, keypad);
    QFETCH(bool, lineEdit);
    QFETCH(int, terminator);

    WedgeScanner scanner;
    scanner.install();
    KeyTyper typer(&scanner, 7);
    QSignalSpy scans(&scanner, &WedgeScanner::scanned);
    Screen screen = Screen::make(lineEdit);

    typer.type(screen.receiver(), layout, code, 2, 8, keypad);
    typer.press(screen.receiver(), terminator, 4);

    QCOMPARE(scans.count(), 1);
    QCOMPARE(scans.at(0).at(0).toString(), code);
    QCOMPARE(scanner.heldKeyCount(), 0);
    // Nothing leaks out later either.
    QTest::qWait(WedgeScanner::holdMs * 3);
    if (screen.edit)
        QCOMPARE(screen.edit->text(), QString());
    QCOMPARE(scans.count(), 1);
}

void TestWedgeScanner::ordinaryTypingArrivesComplete()
{
    WedgeScanner scanner;
    scanner.install();
    KeyTyper typer(&scanner, 11);
    QSignalSpy scans(&scanner, &WedgeScanner::scanned);
    Screen screen = Screen::make(true);
    QString atReturn;
    connect(screen.edit, &QLineEdit::returnPressed, this, [&] { atReturn = screen.edit->text(); });

    const QString typed = u"KERKSTRAAT12-7KD4M"_s;
    typer.type(screen.edit, u"nl"_s, typed, 60, 250);
    // The last key waits for the hold timer; Return must still come after it.
    QTRY_COMPARE(screen.edit->text(), typed);
    typer.press(screen.edit, Qt::Key_Return, 120);
    QCOMPARE(atReturn, typed);
    QCOMPARE(scans.count(), 0);
}

void TestWedgeScanner::fastTypingOfAFewLettersIsReplayed()
{
    WedgeScanner scanner;
    scanner.install();
    KeyTyper typer(&scanner, 12);
    QSignalSpy scans(&scanner, &WedgeScanner::scanned);
    Screen screen = Screen::make(true);

    // Three letters at scanner speed and then a pause: a person's "JA1".
    typer.type(screen.edit, u"de"_s, u"JA1"_s, 10, 20);
    QCOMPARE(screen.edit->text(), QString());  // held for a moment...
    QTRY_COMPARE(screen.edit->text(), u"JA1"_s);  // ...then given back
    QCOMPARE(scans.count(), 0);
}

void TestWedgeScanner::nineCharacterBurstIsNotAScan()
{
    WedgeScanner scanner;
    scanner.install();
    KeyTyper typer(&scanner, 13);
    QSignalSpy scans(&scanner, &WedgeScanner::scanned);
    Screen screen = Screen::make(true);
    QString atReturn;
    connect(screen.edit, &QLineEdit::returnPressed, this, [&] { atReturn = screen.edit->text(); });

    typer.type(screen.edit, u"us"_s, u"123456789"_s, 2, 8);
    typer.press(screen.edit, Qt::Key_Enter, 3);
    QCOMPARE(scans.count(), 0);
    QCOMPARE(screen.edit->text(), u"123456789"_s);
    QCOMPARE(atReturn, u"123456789"_s);

    // A long burst that pauses before Enter is typing too (a held-down key,
    // a paste by hand), not a scan.
    screen.edit->clear();
    typer.type(screen.edit, u"us"_s, u"1234567890123"_s, 2, 8);
    typer.press(screen.edit, Qt::Key_Return, 200);
    QCOMPARE(scans.count(), 0);
    QCOMPARE(screen.edit->text(), u"1234567890123"_s);
}

void TestWedgeScanner::editingKeyKeepsTheOrder()
{
    WedgeScanner scanner;
    scanner.install();
    KeyTyper typer(&scanner, 14);
    Screen screen = Screen::make(true);

    typer.type(screen.edit, u"nl"_s, u"ABC"_s, 5, 10);
    typer.press(screen.edit, Qt::Key_Backspace, 5);
    QCOMPARE(screen.edit->text(), u"AB"_s);
}

void TestWedgeScanner::scanAfterTypingKeepsBoth()
{
    WedgeScanner scanner;
    scanner.install();
    KeyTyper typer(&scanner, 15);
    QSignalSpy scans(&scanner, &WedgeScanner::scanned);
    Screen screen = Screen::make(true);

    // Someone starts typing a code, then picks up the scanner instead.
    typer.type(screen.edit, u"nl"_s, u"7K"_s, 150, 200);
    typer.advance(400);
    const QString token = randomDigits(217, 21);
    typer.type(screen.edit, u"nl"_s, token, 2, 8);
    typer.press(screen.edit, Qt::Key_Return, 3);
    QCOMPARE(scans.count(), 1);
    QCOMPARE(scans.at(0).at(0).toString(), token);
    QCOMPARE(screen.edit->text(), u"7K"_s);
}

void TestWedgeScanner::commandModifierIsNeverHeld()
{
    WedgeScanner scanner;
    scanner.install();
    Screen screen = Screen::make(true);
    screen.edit->setText(u"voucher"_s);
    QTest::keyClick(screen.edit, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(scanner.heldKeyCount(), 0);
    QCOMPARE(screen.edit->selectedText(), u"voucher"_s);
}

void TestWedgeScanner::realTimeTypingReachesTheField()
{
    // No injected clock: the real timer and the real elapsed time.
    WedgeScanner scanner;
    scanner.install();
    QSignalSpy scans(&scanner, &WedgeScanner::scanned);
    Screen screen = Screen::make(true);
    const QString typed = u"Hallo 42"_s;
    for (const QChar c : typed) {
        QTest::keyClick(screen.edit, c.toLatin1());
        QTest::qWait(70);
    }
    QTRY_COMPARE(screen.edit->text(), typed);
    QCOMPARE(scans.count(), 0);
}

// The real thing: an X server with a real keyboard layout, xdotool typing at
// scanner speed through XTEST, and the app on the xcb platform in a helper
// process. Skipped where Xvfb, setxkbmap, xdotool or Qt's xcb plugin are missing.
// A scanner scoped to the counter's window never takes keys from another
// window in the same process (a dialog of its own still counts).
void TestWedgeScanner::otherWindowsKeepTheirKeys()
{
    WedgeScanner scanner;
    KeyTyper typer(&scanner, 17);
    QSignalSpy scans(&scanner, &WedgeScanner::scanned);
    Screen counter = Screen::make(true);
    Screen other = Screen::make(true);
    scanner.setScope(counter.window.get());
    scanner.install();

    const QString token = randomDigits(217, 5);
    typer.type(other.edit, u"us"_s, token, 2, 6);
    typer.press(other.edit, Qt::Key_Return, 3);
    QCOMPARE(scans.count(), 0);
    QCOMPARE(other.edit->text(), token);

    auto* dialog = new QLineEdit;
    QWidget owned(counter.window.get(), Qt::Dialog);
    auto* layout = new QVBoxLayout(&owned);
    layout->addWidget(dialog);
    owned.show();
    typer.type(dialog, u"us"_s, token, 2, 6);
    typer.press(dialog, Qt::Key_Return, 3);
    QCOMPARE(scans.count(), 1);
    QCOMPARE(scans.at(0).at(0).toString(), token);
    QCOMPARE(dialog->text(), QString());
}

void TestWedgeScanner::realX11Layouts_data()
{
    QTest::addColumn<QString>("layout");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("lineEdit");
    QString manual;
    do {
        manual = VoucherManualCode::generate().toString();
    } while (!manual.contains(QRegularExpression(u"[A-Z]"_s)));
    const QString token = randomDigits(217, 99);
    for (const QString& layout : {u"us"_s, u"de"_s, u"nl"_s}) {
        QTest::newRow(qPrintable(layout + u" token line edit"_s)) << layout << token << true;
        QTest::newRow(qPrintable(layout + u" manual no focus"_s)) << layout << manual << false;
    }
    QTest::newRow("us typing") << u"us"_s << QString() << true;
}

void TestWedgeScanner::realX11Layouts()
{
    QFETCH(QString, layout);
    QFETCH(QString, code);
    QFETCH(bool, lineEdit);

    const QString xvfb = QStandardPaths::findExecutable(u"Xvfb"_s);
    const QString xdotool = QStandardPaths::findExecutable(u"xdotool"_s);
    const QString setxkbmap = QStandardPaths::findExecutable(u"setxkbmap"_s);
    const QString probe = QCoreApplication::applicationDirPath() + u"/WedgeScannerProbe"_s;
    // scripts/install-deps.sh installs these; without them this check would
    // silently prove nothing, so it fails instead.
    if (xvfb.isEmpty() || xdotool.isEmpty() || setxkbmap.isEmpty())
        QFAIL("Xvfb, xdotool or setxkbmap is not installed (scripts/install-deps.sh: xvfb xdotool x11-xkb-utils)");
    QVERIFY2(QFileInfo::exists(probe), "WedgeScannerProbe is not built");

    QProcess server;
    server.setProgram(xvfb);
    server.setArguments({u"-displayfd"_s, u"1"_s, u"-screen"_s, u"0"_s, u"1280x800x24"_s, u"-nolisten"_s, u"tcp"_s});
    server.start();
    QVERIFY(server.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(server.canReadLine() || server.state() != QProcess::Running, 10000);
    const QString display = u":"_s + QString::fromLatin1(server.readLine().trimmed());
    QVERIFY2(display.size() > 1, "Xvfb did not name its display");
    const auto cleanup = qScopeGuard([&] {
        server.terminate();
        server.waitForFinished(5000);
    });

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DISPLAY"_s, display);
    env.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
    const auto run = [&](const QString& program, const QStringList& arguments) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(program, arguments);
        process.waitForFinished(20000);
        return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    };
    QVERIFY2(run(setxkbmap, {layout}), "setxkbmap failed");

    const bool typing = code.isEmpty();
    const QString text = typing ? u"hallo 42"_s : code;
    // The scanner itself keeps its pace, but this machine is shared: when the
    // X server or xdotool is starved a burst can arrive split. Up to three
    // tries; a filter that never recognises a scan fails all three.
    QStringList scans;
    QString field;
    for (int attempt = 0; attempt < 3; ++attempt) {
        QProcess app;
        app.setProcessEnvironment(env);
        app.start(probe, {lineEdit ? u"line-edit"_s : u"no-focus"_s});
        QVERIFY(app.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(app.canReadLine() || app.state() != QProcess::Running, 20000);
        const QByteArray ready = app.readLine().trimmed();
        if (ready != "ready") {
            app.kill();
            app.waitForFinished();
            QFAIL(qPrintable(u"the probe did not start on xcb: "_s + QString::fromUtf8(ready + app.readAllStandardError())));
        }
        // xdotool maps each character through the active layout, as a
        // scanner set to the host's layout does; people type at 80 ms a key.
        QVERIFY(run(xdotool, {u"type"_s, u"--delay"_s, typing ? u"80"_s : u"5"_s, text}));
        QVERIFY(run(xdotool, {u"key"_s, u"--delay"_s, u"5"_s, u"Return"_s}));
        QTest::qWait(300);
        app.write("quit\n");
        QVERIFY(app.waitForFinished(10000));
        const QStringList lines = QString::fromUtf8(app.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        scans.clear();
        field.clear();
        for (const QString& line : lines) {
            if (line.startsWith(u"scanned "))
                scans << line.mid(8);
            else if (line.startsWith(u"field "))
                field = line.mid(6);
        }
        const bool expected = typing ? (scans.isEmpty() && field == text) : (scans == QStringList{code} && field.isEmpty());
        if (expected)
            break;
        qWarning("%s", qPrintable(u"attempt %1: "_s.arg(attempt + 1) + lines.join(u" | "_s)));
    }
    if (typing) {
        QCOMPARE(scans, QStringList());
        QCOMPARE(field, text);
    } else {
        QCOMPARE(scans, QStringList{code});
        QCOMPARE(field, QString());
    }
}

QTEST_MAIN(TestWedgeScanner)
#include "TestWedgeScanner.moc"
