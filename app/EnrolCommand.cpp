// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "EnrolCommand.h"

#include "core/net/DeviceEnrolment.h"
#include "core/net/Fingerprint.h"
#include "core/secrets/SecretStore.h"
#include "core/store/ClientPaths.h"
#include "core/store/LocalStore.h"
#include "ui/common/EnrolmentServerPage.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QSysInfo>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace buurtmunt {

EnrolCommand::EnrolCommand(QObject* parent)
    : QObject(parent)
    , m_out(stdout)
    , m_err(stderr)
{
}

int EnrolCommand::fail(int code, const QString& message)
{
    m_err << "buurtmunt enrol: " << message << Qt::endl;
    if (code == BadArguments)
        m_err << "Usage: buurtmunt enrol --server URL --code CODE --fingerprint SHA256 [--name NAME] [--profile NAME] [--data-dir DIR]" << Qt::endl;
    return code;
}

int EnrolCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Enrol this device with a Buurtmunt server."_s);
    const QCommandLineOption server(u"server"_s, u"The server's https:// address."_s, u"URL"_s);
    const QCommandLineOption code(u"code"_s, u"The one-time enrolment code from staff."_s, u"CODE"_s);
    const QCommandLineOption fingerprint(u"fingerprint"_s,
        u"The server certificate's SHA-256 fingerprint, as the server printed it."_s, u"SHA256"_s);
    const QCommandLineOption name(u"name"_s, u"How the device is listed (default: host name)."_s, u"NAME"_s);
    const QCommandLineOption profile(u"profile"_s, u"Profile to enrol (default: default)."_s, u"NAME"_s);
    const QCommandLineOption dataDir(u"data-dir"_s, u"Data directory, instead of the profile's."_s, u"DIR"_s);
    parser.addOptions({server, code, fingerprint, name, profile, dataDir});
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments))
        return fail(BadArguments, parser.errorText());
    if (parser.isSet(help)) {
        m_out << parser.helpText().replace(u"Usage: enrol"_s, u"Usage: buurtmunt enrol"_s);
        return Enrolled;
    }
    // arguments[0] is "enrol" itself, in the place of the program name.
    if (!parser.positionalArguments().isEmpty())
        return fail(BadArguments, u"unexpected argument \"%1\"."_s.arg(parser.positionalArguments().constFirst()));
    for (const auto* required : {&server, &code, &fingerprint}) {
        if (!parser.isSet(*required))
            return fail(BadArguments, u"--%1 is required."_s.arg(required->names().constFirst()));
    }
    if (const QString problem = EnrolmentServerPage::urlProblem(parser.value(server)); !problem.isEmpty())
        return fail(BadArguments, problem);
    if (const QString problem = EnrolmentServerPage::codeProblem(parser.value(code)); !problem.isEmpty())
        return fail(BadArguments, problem);
    const QString deviceName = parser.isSet(name) ? parser.value(name).simplified() : QSysInfo::machineHostName();
    if (const QString problem = EnrolmentServerPage::nameProblem(deviceName); !problem.isEmpty())
        return fail(BadArguments, problem);
    const auto pin = Fingerprint::parse(parser.value(fingerprint));
    if (!pin.ok())
        return fail(BadArguments, u"--fingerprint: "_s + pin.error().message);
    const QString profileName = parser.isSet(profile) ? parser.value(profile) : ClientPaths::defaultProfile();
    if (!ClientPaths::isValidProfileName(profileName))
        return fail(BadArguments, u"--profile \"%1\" is not a valid profile name: use letters, digits, '-', '_' or '.'."_s.arg(profileName));

    const auto directory = ClientPaths::ensureDataDir(profileName, parser.value(dataDir));
    if (!directory.ok())
        return fail(Failed, directory.error().message);
    LocalStore store(directory.value());
    if (const Status opened = store.open(); !opened.ok())
        return fail(Failed, opened.error().message);
    const auto existing = store.enrolment();
    if (!existing.ok())
        return fail(Failed, existing.error().message);
    if (existing.value()) {
        return fail(Failed, u"this profile is already enrolled as device %1 (%2) with %3. Use another --profile or --data-dir."_s
                                .arg(existing.value()->deviceId.value())
                                .arg(existing.value()->role, existing.value()->serverUrl.toDisplayString()));
    }

    QNetworkAccessManager network;
    SecretStore secrets(profileName);
    DeviceEnrolment enrolment(&network, &store, &secrets);
    QEventLoop loop;
    int exitCode = Failed;
    connect(&enrolment, &DeviceEnrolment::enrolled, &loop, [&](const Enrolment& result) {
        m_out << "Enrolled." << Qt::endl
              << "Device id: " << result.deviceId.value() << Qt::endl
              << "Role: " << result.role << Qt::endl;
        if (result.shopId)
            m_out << "Shop id: " << result.shopId->value() << Qt::endl;
        if (!result.municipalityName.isEmpty())
            m_out << "Municipality: " << result.municipalityName << Qt::endl;
        m_out << "Data directory: " << directory.value() << Qt::endl;
        exitCode = Enrolled;
        loop.quit();
    });
    connect(&enrolment, &DeviceEnrolment::failed, &loop, [&](const Error& error) {
        exitCode = fail(Failed, u"enrolment refused (%1): %2"_s.arg(error.code, error.message));
        loop.quit();
    });
    enrolment.enrol(EnrolmentServerPage::normalisedUrl(parser.value(server)),
                    EnrolmentServerPage::normalisedCode(parser.value(code)), pin.value(), deviceName);
    if (enrolment.isBusy())
        loop.exec();
    return exitCode;
}

} // namespace buurtmunt
