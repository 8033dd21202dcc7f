// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
// The desktop app: argument parsing and wiring. What the app does lives in
// ui/ and core/.
#include "EnrolCommand.h"
#include "ui/common/DesktopLauncher.h"
#include "ui/common/LanguageSwitcher.h"
#include "ui/common/ReadAloud.h"
#include "ui/common/Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIcon>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void describeApplication()
{
    // AppDataLocation (where profiles live) is derived from these names.
    QCoreApplication::setOrganizationName(u"Buurtmunt"_s);
    QCoreApplication::setApplicationName(u"buurtmunt"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(BUURTMUNT_VERSION));
}

} // namespace

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // Scripted installs run without a display: the enrol command never
    // creates a QApplication.
    if (arguments.size() > 1 && arguments.at(1) == u"enrol") {
        QCoreApplication app(argc, argv);
        describeApplication();
        buurtmunt::EnrolCommand command;
        return command.run(arguments.mid(1));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Buurtmunt desktop app: the resident kiosk, shop counter or staff desk this device is enrolled for.\n\n"
        "Commands:\n"
        "  enrol --server URL --code CODE --fingerprint SHA256 [--name NAME] [--profile NAME] [--data-dir DIR]\n"
        "        Enrol this device without a screen (see buurtmunt enrol --help)."_s);
    const QCommandLineOption profile(u"profile"_s, u"Use the profile NAME (default: default)."_s, u"NAME"_s);
    const QCommandLineOption dataDir(u"data-dir"_s, u"Keep the local store in DIR instead of the profile's."_s, u"DIR"_s);
    const QCommandLineOption windowed(u"windowed"_s, u"Open in a window instead of full screen (development)."_s);
    QCommandLineOption screenshot(u"screenshot"_s, u"Save the window to FILE after the first sync, then quit."_s, u"FILE"_s);
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption readAloud(u"read-aloud"_s,
        u"The kiosk's read-aloud voice: auto (default), off, or a Qt TextToSpeech engine such as speechd."_s,
        u"ENGINE"_s, u"auto"_s);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addOptions({profile, dataDir, windowed, screenshot, readAloud});

    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "buurtmunt: %s\nTry \"buurtmunt --help\".\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "buurtmunt: unknown command \"%s\".\nTry \"buurtmunt --help\".\n",
                     qPrintable(parser.positionalArguments().constFirst()));
        return 2;
    }
    if (parser.isSet(help) || parser.isSet(u"help-all"_s) || parser.isSet(version)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        if (parser.isSet(version))
            std::printf("buurtmunt %s\n", BUURTMUNT_VERSION);
        else
            std::printf("%s", qPrintable(parser.helpText()));
        return 0;
    }

    QApplication app(argc, argv);
    describeApplication();
    // Between the wizard closing and the desk opening no window is shown;
    // the launcher decides when the app ends.
    QApplication::setQuitOnLastWindowClosed(false);
    QApplication::setWindowIcon(QIcon(u":/buurtmunt/icons/buurtmunt.svg"_s));
    buurtmunt::Theme::kiosk().apply(app);

    // Engines are plugins: they can be listed only once the application exists.
    QString readAloudEngine = parser.value(readAloud);
    if (readAloudEngine == u"auto") {
        readAloudEngine.clear();
    } else if (readAloudEngine != u"off" && !buurtmunt::ReadAloud::installedEngines().contains(readAloudEngine)) {
        const QStringList engines = buurtmunt::ReadAloud::installedEngines();
        std::fprintf(stderr, "buurtmunt: --read-aloud: no engine \"%s\" is installed (use auto, off%s%s).\n",
                     qPrintable(readAloudEngine), engines.isEmpty() ? "" : " or ",
                     qPrintable(engines.join(u", "_s)));
        return 2;
    }

    buurtmunt::LanguageSwitcher languages;
    languages.setLanguage(buurtmunt::LanguageSwitcher::defaultLanguage());

    buurtmunt::DesktopLauncher launcher({.profile = parser.value(profile),
                                         .dataDir = parser.value(dataDir),
                                         .windowed = parser.isSet(windowed),
                                         .screenshotPath = parser.value(screenshot),
                                         .readAloudEngine = readAloudEngine},
                                        &languages);
    QObject::connect(&launcher, &buurtmunt::DesktopLauncher::finished, &app, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    // Started from the event loop, so that an early error can end it.
    QTimer::singleShot(0, &launcher, &buurtmunt::DesktopLauncher::start);
    return app.exec();
}
