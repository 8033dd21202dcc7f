// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
// A minimal window for TestWedgeScanner's X11 case: the real scanner filter on
// the xcb platform. Prints "ready", then "scanned CODE" per scan; on "quit"
// on stdin it prints "field TEXT" and exits.
#include "ui/common/WedgeScanner.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSocketNotifier>
#include <QTimer>
#include <QVBoxLayout>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const bool withField = app.arguments().value(1) == u"line-edit";
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    layout->addWidget(new QLabel(u"Scan here"_s));
    QLineEdit* field = nullptr;
    if (withField) {
        field = new QLineEdit;
        layout->addWidget(field);
    }
    window.resize(600, 200);
    window.show();
    window.activateWindow();
    if (field)
        field->setFocus();

    buurtmunt::WedgeScanner scanner;
    scanner.install();
    QObject::connect(&scanner, &buurtmunt::WedgeScanner::scanned, [](const QString& code) {
        std::printf("scanned %s\n", qPrintable(code));
        std::fflush(stdout);
    });

    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, [&] {
        char buffer[64];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0 || QByteArray(buffer, int(n)).contains("quit")) {
            std::printf("field %s\n", field ? qPrintable(field->text()) : "");
            std::fflush(stdout);
            app.quit();
        }
    });
    // Focus arrives once the window manager-less server maps the window.
    QTimer::singleShot(500, [&] {
        window.activateWindow();
        if (field)
            field->setFocus();
        std::printf("ready\n");
        std::fflush(stdout);
    });
    return app.exec();
}
