// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

namespace buurtmunt {

// Sentences about a task shared by its card and its details, so both say the
// same thing in the same words.
class TaskText final {
    Q_DECLARE_TR_FUNCTIONS(TaskText)
public:
    static QString duration(int minutes);
    static QString slotsLeft(int places);
    static QString toolbox(bool needed);
    static QString window(const QDate& start, const QDate& end, const QLocale& locale);
};

} // namespace buurtmunt
