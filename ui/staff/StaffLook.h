// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QString>

class QLabel;
class QPushButton;
class QTableView;
class QWidget;

namespace buurtmunt {

// The staff desk is an office desktop, not a touch kiosk: the app-wide kiosk
// theme's 18 pt text and 56 px targets would waste a screen full of tables,
// so the desk and its dialogs use desktop sizes with the same colours.
class StaffLook final {
    Q_DECLARE_TR_FUNCTIONS(StaffLook)
public:
    static void apply(QWidget* widget);
    // An error label under a field: red text, hidden until there is something to say.
    static QLabel* errorLabel(const QString& objectName, QWidget* parent);
    static void showError(QLabel* label, const QString& message);
    // A desk button whose accessible name is its text without accelerator or ellipsis.
    static QPushButton* actionButton(const QString& text, const QString& objectName, QWidget* parent);
    // A read-only table of records: whole rows, one at a time, alternating
    // colours, columns fitted to their contents with the last one stretched.
    static void setUpRecordTable(QTableView* table, const QString& objectName, const QString& accessibleName);
    // Selects the row whose `idRole` holds `id`, in whatever order the table
    // shows (a sorting proxy forwards the role); false when no row has it.
    static bool selectRowWithId(QTableView* table, int idRole, qint64 id);
    // A PIN of 4 to 6 digits, typed twice the same; empty when fine.
    static QString pinProblem(const QString& pin, const QString& repeated);
};

} // namespace buurtmunt
