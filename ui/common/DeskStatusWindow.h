// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/store/Enrolment.h"

#include <QMainWindow>

class QLabel;

namespace buurtmunt {

class LanguageSwitcher;
class SyncStatusLabel;

// What a counter or staff device shows until its desk is built: which desk it
// is enrolled for, whether it reaches the server, and plainly that the desk's
// functions are not in this version yet. No buttons that pretend otherwise.
class DeskStatusWindow final : public QMainWindow {
    Q_OBJECT
public:
    DeskStatusWindow(const Enrolment& enrolment, LanguageSwitcher* switcher, QWidget* parent = nullptr);

    SyncStatusLabel* syncStatus() const { return m_syncStatus; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QString roleName() const;

    Enrolment m_enrolment;
    QLabel* m_titleLabel;
    QLabel* m_detailsLabel;
    QLabel* m_notYetLabel;
    SyncStatusLabel* m_syncStatus;
};

} // namespace buurtmunt
