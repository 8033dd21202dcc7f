// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Task.h"
#include "core/net/Problem.h"
#include "core/staff/StaffSession.h"

#include <QDialog>
#include <QHash>
#include <QLocale>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace buurtmunt {

// Creates a draft task or edits one. Every field is checked here with the
// same rules the server applies (Task::validate) and each problem is shown
// under its field; nothing is sent until all are fine. What the server still
// refuses comes back the same way, and a task someone else changed meanwhile
// is explained rather than overwritten.
class TaskEditorDialog final : public QDialog {
    Q_OBJECT
public:
    // A task without an id is created as a draft; otherwise it is updated.
    TaskEditorDialog(StaffSession* session, const Task& task, const QStringList& neighbourhoods,
                     QWidget* parent = nullptr);

    bool isNewTask() const { return !m_original.id.isValid(); }
    // The task as the fields describe it now, with the reward parsed; the
    // reward's own parse problem (if any) in rewardProblem.
    Task taskFromFields(QString* rewardProblem = nullptr) const;
    // Shows every problem under its field; true when there were none.
    bool validateFields();
    // The message under a field, by its JSON name ("title", "rewardCents", ...).
    QString fieldError(const QString& field) const;
    QLabel* messageLabel() const { return m_message; }
    QPushButton* saveButton() const { return m_save; }

    static QString coinsText(qint64 cents, const QLocale& locale);

Q_SIGNALS:
    void taskSaved(const buurtmunt::Task& task);

public Q_SLOTS:
    void accept() override;

private:
    void addField(QFormLayout* form, const QString& label, QWidget* editor, const QString& field);
    void clearErrors();
    void showServerProblem(const Error& error, const QList<Problem::InvalidParam>& params);
    void setBusy(bool busy);
    void onSaved(const StaffSession::Reply<Task>& reply);

    StaffSession* m_session;
    Task m_original;
    QLocale m_locale;
    QLineEdit* m_title;
    QPlainTextEdit* m_description;
    QComboBox* m_category;
    QComboBox* m_neighbourhood;
    QLineEdit* m_address;
    QLineEdit* m_reward;
    QSpinBox* m_minutes;
    QSpinBox* m_capacity;
    QDateEdit* m_windowStart;
    QDateEdit* m_windowEnd;
    QPlainTextEdit* m_safetyNotes;
    QCheckBox* m_toolbox;
    QLabel* m_message;
    QPushButton* m_save;
    QHash<QString, QLabel*> m_errors;  // JSON field name -> its error label
    QHash<QString, QWidget*> m_editors;
};

} // namespace buurtmunt
