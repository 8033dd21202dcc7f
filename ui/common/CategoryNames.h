// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace buurtmunt {

// Task categories travel as stable slugs ("painting"); people read them in
// their own language. An unknown slug (a newer server) is shown as "Other"
// rather than as a raw identifier.
class CategoryNames final {
    Q_DECLARE_TR_FUNCTIONS(CategoryNames)
public:
    static QStringList slugs();
    static QString displayName(const QString& slug);
};

} // namespace buurtmunt
