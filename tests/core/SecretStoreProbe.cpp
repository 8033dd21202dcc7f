// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
// Not a test: TestSecretStore runs this inside a D-Bus session of its own
// making (a locked keyring, say) and reads what the SecretStore reported.
// Prints "ok" or the error code on the first line and the message on the second.
#include "core/secrets/SecretStore.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    buurtmunt::SecretStore store(u"probe"_s);
    const buurtmunt::Status written = store.writeBlocking(buurtmunt::SecretStore::deviceSecretKey(), u"probe"_s);
    QTextStream out(stdout);
    if (written.ok())
        out << "ok\n";
    else
        out << written.error().code << '\n' << written.error().message << '\n';
    return 0;
}
