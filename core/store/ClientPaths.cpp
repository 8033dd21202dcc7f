// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ClientPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace buurtmunt {

QString ClientPaths::defaultProfile()
{
    return u"default"_s;
}

bool ClientPaths::isValidProfileName(const QString& profile)
{
    if (profile.isEmpty() || profile.size() > 64 || profile == u"."_s || profile == u".."_s)
        return false;
    for (const QChar c : profile) {
        const char16_t u = c.unicode();
        const bool allowed = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
                             || u == u'-' || u == u'_' || u == u'.';
        if (!allowed)
            return false;
    }
    return true;
}

Result<QString> ClientPaths::dataDir(const QString& profile, const QString& dataDirOverride)
{
    if (!dataDirOverride.isEmpty())
        return QDir::cleanPath(QDir(dataDirOverride).absolutePath());
    const QString name = profile.isEmpty() ? defaultProfile() : profile;
    if (!isValidProfileName(name))
        return Error{u"invalid-profile"_s,
                     QCoreApplication::translate("ClientPaths",
                                                 "The profile name “%1” may contain only letters, digits, '-', '_' "
                                                 "and '.' (at most 64).")
                         .arg(name)};
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (base.isEmpty())
        return Error{u"no-data-location"_s,
                     QCoreApplication::translate("ClientPaths",
                                                 "This system has no writable application data folder; "
                                                 "start Buurtmunt with --data-dir.")};
    return QDir::cleanPath(base % u'/' % name);
}

Result<QString> ClientPaths::ensureDataDir(const QString& profile, const QString& dataDirOverride)
{
    Result<QString> dir = dataDir(profile, dataDirOverride);
    if (!dir)
        return dir;
    if (!QDir().mkpath(*dir))
        return Error{u"data-dir-unwritable"_s,
                     QCoreApplication::translate("ClientPaths", "Cannot create the data folder “%1”.").arg(*dir)};
    // The store holds the enrolment and queued operations: not for other users.
    QFile::setPermissions(*dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return dir;
}

} // namespace buurtmunt
