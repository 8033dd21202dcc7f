// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>
#include <QStringList>
#include <QTextStream>

namespace buurtmunt {

// `buurtmunt enrol ...`: enrols a device from an install script, without a
// screen. Exit codes: 0 enrolled, 1 refused or failed, 2 wrong arguments.
class EnrolCommand final : public QObject {
    Q_OBJECT
public:
    enum ExitCode { Enrolled = 0, Failed = 1, BadArguments = 2 };

    explicit EnrolCommand(QObject* parent = nullptr);

    // Runs the enrolment to its end inside the application's event loop.
    int run(const QStringList& arguments);

private:
    int fail(int code, const QString& message);

    QTextStream m_out;
    QTextStream m_err;
};

} // namespace buurtmunt
