// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ServerCommandLine.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace buurtmunt::server {

namespace {

Error usageError(const QString& message)
{
    return Error{u"usage"_s, message + u"\nRun \"buurtmunt-server --help\" for the commands and their options."_s};
}

// Options each command takes, and whether they take a value.
const QHash<QString, bool>& optionArity()
{
    static const QHash<QString, bool> arity{
        {u"--data-dir"_s, true}, {u"--database"_s, true}, {u"--listen"_s, true}, {u"--demo-data"_s, false},
        {u"--plain-http"_s, false}, {u"--tls-certificate"_s, true}, {u"--tls-key"_s, true}, {u"--workers"_s, true},
        {u"--max-body-bytes"_s, true}, {u"--no-access-log"_s, false}, {u"--role"_s, true}, {u"--shop"_s, true},
        {u"--neighbourhood"_s, true}, {u"--name"_s, true}, {u"--device"_s, true},
    };
    return arity;
}

QSet<QString> allowedFor(ServerOptions::Command command)
{
    const QSet<QString> storage{u"--data-dir"_s, u"--database"_s};
    switch (command) {
    case ServerOptions::Command::Serve:
        return storage + QSet<QString>{u"--listen"_s, u"--demo-data"_s, u"--plain-http"_s, u"--tls-certificate"_s,
                                       u"--tls-key"_s, u"--workers"_s, u"--max-body-bytes"_s, u"--no-access-log"_s};
    case ServerOptions::Command::EnrolmentCode:
        return storage + QSet<QString>{u"--role"_s, u"--shop"_s, u"--neighbourhood"_s, u"--name"_s};
    case ServerOptions::Command::RevokeDevice:
        return storage + QSet<QString>{u"--device"_s};
    default:
        return storage;
    }
}

Result<std::pair<QHostAddress, quint16>> parseListen(const QString& text)
{
    const auto fail = [&text] {
        return Result<std::pair<QHostAddress, quint16>>(usageError(
            u"--listen \"%1\" is not HOST:PORT (for example 127.0.0.1:8443, 0.0.0.0:8443 or [::1]:8443)."_s.arg(text)));
    };
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return fail();
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    else if (host.contains(u':'))
        return fail();
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return fail();
    QHostAddress address;
    if (host == u"localhost"_s)
        address = QHostAddress::LocalHost;
    else if (!address.setAddress(host))
        return fail();
    return std::pair{address, static_cast<quint16>(port)};
}

} // namespace

QString ServerCommandLine::usage()
{
    return u"Usage: buurtmunt-server COMMAND [OPTIONS]\n"
           "\n"
           "Commands:\n"
           "  serve --data-dir DIR --listen HOST:PORT [--database URL] [--demo-data]\n"
           "        [--tls-certificate FILE --tls-key FILE] [--plain-http] [--workers N]\n"
           "        [--max-body-bytes N] [--no-access-log]\n"
           "      Run the server. Prints the URL and the SHA-256 fingerprint of its certificate.\n"
           "      Without --tls-certificate a self-signed certificate is generated into DIR.\n"
           "      --plain-http serves HTTP without TLS, only on a loopback address (behind nginx).\n"
           "  enrolment-code --data-dir DIR [--database URL] --role kiosk|counter|staff\n"
           "        [--shop SHOP_ID] [--neighbourhood NAME] [--name NAME]\n"
           "      Print a one-time enrolment code for a device, valid 24 hours.\n"
           "  devices --data-dir DIR [--database URL]           List enrolled devices.\n"
           "  revoke-device --data-dir DIR [--database URL] --device ID\n"
           "      Revoke a device at once; its next call is refused.\n"
           "  migrate --data-dir DIR [--database URL]           Apply database migrations and exit.\n"
           "  audit verify --data-dir DIR [--database URL]      Check the audit log's hash chain.\n"
           "  ledger check --data-dir DIR [--database URL]      Check the ledger's invariants.\n"
           "  settings [set KEY VALUE | unset KEY] --data-dir DIR [--database URL]\n"
           "      List the municipality's settings, or change one (checked before it is stored;\n"
           "      running servers read it on their next request).\n"
           "  --help, --version\n"
           "\n"
           "--database postgresql://USER:PASSWORD@HOST:PORT/DATABASE uses PostgreSQL; without it the\n"
           "server uses SQLite in DIR/buurtmunt.sqlite.\n"_s;
}

Result<ServerOptions> ServerCommandLine::parse(const QStringList& arguments)
{
    ServerOptions options;
    QStringList args = arguments.mid(1);
    if (args.isEmpty())
        return usageError(u"No command given."_s);
    const QString first = args.takeFirst();
    if (first == u"--help"_s || first == u"-h"_s || first == u"help"_s) {
        options.command = ServerOptions::Command::Help;
        return options;
    }
    if (first == u"--version"_s) {
        options.command = ServerOptions::Command::Version;
        return options;
    }
    static const QHash<QString, ServerOptions::Command> commands{
        {u"serve"_s, ServerOptions::Command::Serve},
        {u"enrolment-code"_s, ServerOptions::Command::EnrolmentCode},
        {u"revoke-device"_s, ServerOptions::Command::RevokeDevice},
        {u"devices"_s, ServerOptions::Command::Devices},
        {u"migrate"_s, ServerOptions::Command::Migrate},
    };
    if (first == u"settings"_s) {
        const QString sub = args.isEmpty() || args.first().startsWith(u"--"_s) ? QString() : args.takeFirst();
        if (sub.isEmpty() || sub == u"list"_s) {
            options.command = ServerOptions::Command::SettingsList;
        } else if (sub == u"set"_s || sub == u"unset"_s) {
            const int wanted = sub == u"set"_s ? 2 : 1;
            QStringList positional;
            while (positional.size() < wanted && !args.isEmpty() && !args.first().startsWith(u"--"_s))
                positional << args.takeFirst();
            if (positional.size() < wanted)
                return usageError(sub == u"set"_s ? u"\"settings set\" needs a KEY and a VALUE."_s
                                                  : u"\"settings unset\" needs a KEY."_s);
            options.command = ServerOptions::Command::SettingsSet;
            options.settingKey = positional.at(0);
            options.settingValue = wanted == 2 ? positional.at(1) : QString();
            if (wanted == 2 && options.settingValue.trimmed().isEmpty())
                return usageError(u"\"settings set %1\" needs a value; use \"settings unset %1\" for the default."_s
                                      .arg(options.settingKey));
        } else {
            return usageError(u"\"settings %1\" is not a command; use \"settings\", \"settings set KEY VALUE\" "
                               "or \"settings unset KEY\"."_s.arg(sub));
        }
    } else if (first == u"audit"_s || first == u"ledger"_s) {
        const QString sub = args.isEmpty() ? QString() : args.takeFirst();
        if (first == u"audit"_s && sub == u"verify"_s)
            options.command = ServerOptions::Command::AuditVerify;
        else if (first == u"ledger"_s && sub == u"check"_s)
            options.command = ServerOptions::Command::LedgerCheck;
        else
            return usageError(u"\"%1 %2\" is not a command; did you mean \"%1 %3\"?"_s
                                  .arg(first, sub, first == u"audit"_s ? u"verify"_s : u"check"_s));
    } else if (commands.contains(first)) {
        options.command = commands.value(first);
    } else {
        return usageError(u"\"%1\" is not a command."_s.arg(first));
    }

    const QSet<QString> allowed = allowedFor(options.command);
    QHash<QString, QString> values;
    QSet<QString> flags;
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString name = args.at(i);
        QString value;
        bool inlineValue = false;
        if (const qsizetype eq = name.indexOf(u'='); name.startsWith(u"--"_s) && eq > 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            inlineValue = true;
        }
        if (!optionArity().contains(name))
            return usageError(name.startsWith(u'-') ? u"Unknown option %1."_s.arg(name)
                                                     : u"Unexpected argument \"%1\"."_s.arg(name));
        if (!allowed.contains(name))
            return usageError(u"%1 does not apply to \"%2\"."_s.arg(name, first));
        if (values.contains(name) || flags.contains(name))
            return usageError(u"%1 is given twice."_s.arg(name));
        if (optionArity().value(name)) {
            if (!inlineValue) {
                if (i + 1 >= args.size() || args.at(i + 1).startsWith(u"--"_s))
                    return usageError(u"%1 needs a value."_s.arg(name));
                value = args.at(++i);
            }
            if (value.isEmpty())
                return usageError(u"%1 needs a value."_s.arg(name));
            values.insert(name, value);
        } else {
            if (inlineValue)
                return usageError(u"%1 takes no value."_s.arg(name));
            flags.insert(name);
        }
    }

    options.dataDir = values.value(u"--data-dir"_s);
    if (options.dataDir.isEmpty())
        return usageError(u"--data-dir DIR is required: the directory for the server's certificate and SQLite database."_s);
    options.databaseUrl = values.value(u"--database"_s);
    if (!options.databaseUrl.isEmpty() && !options.databaseUrl.startsWith(u"postgresql://"_s)
        && !options.databaseUrl.startsWith(u"postgres://"_s))
        return usageError(u"--database must be a postgresql:// URL (SQLite needs no URL: it lives in --data-dir)."_s);

    if (options.command == ServerOptions::Command::Serve) {
        if (!values.contains(u"--listen"_s))
            return usageError(u"--listen HOST:PORT is required (for example 127.0.0.1:8443)."_s);
        auto listen = parseListen(values.value(u"--listen"_s));
        if (!listen)
            return listen.error();
        options.listenAddress = listen.value().first;
        options.listenPort = listen.value().second;
        options.demoData = flags.contains(u"--demo-data"_s);
        options.plainHttp = flags.contains(u"--plain-http"_s);
        options.accessLog = !flags.contains(u"--no-access-log"_s);
        if (options.plainHttp && !options.listenAddress.isLoopback())
            return usageError(u"--plain-http is only allowed on a loopback address (127.0.0.1 or [::1]), behind a TLS proxy."_s);
        options.tlsCertificate = values.value(u"--tls-certificate"_s);
        options.tlsKey = values.value(u"--tls-key"_s);
        if (options.tlsCertificate.isEmpty() != options.tlsKey.isEmpty())
            return usageError(u"--tls-certificate and --tls-key go together."_s);
        if (options.plainHttp && !options.tlsCertificate.isEmpty())
            return usageError(u"--plain-http and --tls-certificate exclude each other."_s);
        if (values.contains(u"--workers"_s)) {
            bool ok = false;
            options.workers = values.value(u"--workers"_s).toInt(&ok);
            if (!ok || options.workers < 1 || options.workers > 256)
                return usageError(u"--workers must be a whole number from 1 to 256."_s);
        }
        if (values.contains(u"--max-body-bytes"_s)) {
            bool ok = false;
            options.maxBodyBytes = values.value(u"--max-body-bytes"_s).toLongLong(&ok);
            if (!ok || options.maxBodyBytes < 1024 || options.maxBodyBytes > 16 * 1024 * 1024)
                return usageError(u"--max-body-bytes must be from 1024 to 16777216."_s);
        }
    }
    if (options.command == ServerOptions::Command::EnrolmentCode) {
        options.role = values.value(u"--role"_s);
        if (options.role.isEmpty())
            return usageError(u"--role kiosk|counter|staff is required."_s);
        if (options.role != u"kiosk"_s && options.role != u"counter"_s && options.role != u"staff"_s)
            return usageError(u"--role must be kiosk, counter or staff, not \"%1\"."_s.arg(options.role));
        if (values.contains(u"--shop"_s)) {
            bool ok = false;
            const qint64 shop = values.value(u"--shop"_s).toLongLong(&ok);
            if (!ok || shop <= 0)
                return usageError(u"--shop must be a shop id (a positive whole number)."_s);
            options.shopId = shop;
        }
        if (options.role == u"counter"_s && !options.shopId)
            return usageError(u"A counter belongs to a shop: give --shop SHOP_ID."_s);
        if (options.role != u"counter"_s && options.shopId)
            return usageError(u"--shop applies only to --role counter."_s);
        options.neighbourhood = values.value(u"--neighbourhood"_s);
        options.deviceName = values.value(u"--name"_s);
    }
    if (options.command == ServerOptions::Command::RevokeDevice) {
        bool ok = false;
        options.deviceId = values.value(u"--device"_s).toLongLong(&ok);
        if (!values.contains(u"--device"_s))
            return usageError(u"--device DEVICE_ID is required."_s);
        if (!ok || options.deviceId <= 0)
            return usageError(u"--device must be a device id (a positive whole number)."_s);
    }
    return options;
}

} // namespace buurtmunt::server
