// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TaskEditorDialog.h"

#include "StaffLook.h"
#include "core/domain/Clock.h"
#include "core/staff/StaffSession.h"
#include "ui/common/CategoryNames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace buurtmunt {

TaskEditorDialog::TaskEditorDialog(StaffSession* session, const Task& task, const QStringList& neighbourhoods,
                                   QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_original(task)
    , m_title(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_category(new QComboBox(this))
    , m_neighbourhood(new QComboBox(this))
    , m_address(new QLineEdit(this))
    , m_reward(new QLineEdit(this))
    , m_minutes(new QSpinBox(this))
    , m_capacity(new QSpinBox(this))
    , m_windowStart(new QDateEdit(this))
    , m_windowEnd(new QDateEdit(this))
    , m_safetyNotes(new QPlainTextEdit(this))
    , m_toolbox(new QCheckBox(tr("Residents pick up a toolbox for this task"), this))
    , m_message(new QLabel(this))
{
    setObjectName(u"taskEditorDialog"_s);
    setWindowTitle(isNewTask() ? tr("New task") : tr("Edit task “%1”").arg(task.title));
    StaffLook::apply(this);

    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(90);
    m_safetyNotes->setTabChangesFocus(true);
    m_safetyNotes->setFixedHeight(60);
    for (const QString& slug : CategoryNames::slugs())
        m_category->addItem(CategoryNames::displayName(slug), slug);
    m_neighbourhood->setEditable(true);
    m_neighbourhood->addItems(neighbourhoods);
    m_reward->setPlaceholderText(tr("for example %1").arg(coinsText(1500, m_locale)));
    m_minutes->setRange(0, 24 * 60);
    m_minutes->setSingleStep(15);
    m_minutes->setSuffix(tr(" min"));
    m_capacity->setRange(0, 1000);
    for (QDateEdit* date : {m_windowStart, m_windowEnd}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(m_locale.dateFormat(QLocale::ShortFormat));
    }

    const QDate today = Clock::instance().todayUtc();
    m_title->setText(task.title);
    m_description->setPlainText(task.description);
    const int categoryIndex = m_category->findData(task.category);
    m_category->setCurrentIndex(categoryIndex >= 0 ? categoryIndex : 0);
    m_neighbourhood->setCurrentText(task.neighbourhood);
    m_address->setText(task.address);
    m_reward->setText(task.reward.cents() > 0 ? coinsText(task.reward.cents(), m_locale) : QString());
    m_minutes->setValue(isNewTask() && task.estimatedMinutes == 0 ? 60 : task.estimatedMinutes);
    m_capacity->setValue(isNewTask() && task.capacity == 0 ? 1 : task.capacity);
    m_windowStart->setDate(task.windowStart.isValid() ? task.windowStart : today);
    m_windowEnd->setDate(task.windowEnd.isValid() ? task.windowEnd : today.addDays(28));
    m_safetyNotes->setPlainText(task.safetyNotes);
    m_toolbox->setChecked(task.toolboxNeeded);

    auto* fields = new QWidget(this);
    auto* form = new QFormLayout(fields);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addField(form, tr("&Title"), m_title, u"title"_s);
    addField(form, tr("&Description"), m_description, u"description"_s);
    addField(form, tr("&Category"), m_category, u"category"_s);
    addField(form, tr("&Neighbourhood"), m_neighbourhood, u"neighbourhood"_s);
    addField(form, tr("&Address"), m_address, u"address"_s);
    addField(form, tr("&Reward (coins)"), m_reward, u"rewardCents"_s);
    addField(form, tr("&Estimated time"), m_minutes, u"estimatedMinutes"_s);
    addField(form, tr("Ca&pacity (people)"), m_capacity, u"capacity"_s);
    addField(form, tr("&First day"), m_windowStart, u"windowStart"_s);
    addField(form, tr("&Last day"), m_windowEnd, u"windowEnd"_s);
    addField(form, tr("&Safety notes"), m_safetyNotes, u"safetyNotes"_s);
    addField(form, tr("Toolbox"), m_toolbox, u"toolboxNeeded"_s);

    m_message->setObjectName(u"messageLabel"_s);
    m_message->setProperty("error", true);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setVisible(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(isNewTask() ? tr("Create draft") : tr("Save changes"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"saveButton"_s);
    m_save->setAccessibleName(m_save->text());
    m_save->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TaskEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TaskEditorDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(fields);
    layout->addWidget(buttons);
    resize(720, sizeHint().height());
}

void TaskEditorDialog::addField(QFormLayout* form, const QString& label, QWidget* editor, const QString& field)
{
    editor->setObjectName(field + u"Edit"_s);
    QString accessible = label;
    accessible.remove(u'&');
    editor->setAccessibleName(accessible);
    QLabel* error = StaffLook::errorLabel(field + u"Error"_s, this);
    auto* cell = new QWidget(this);
    auto* cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    cellLayout->addWidget(editor);
    cellLayout->addWidget(error);
    form->addRow(label, cell);
    if (auto* buddy = qobject_cast<QLabel*>(form->labelForField(cell)))
        buddy->setBuddy(editor);
    m_errors.insert(field, error);
    m_editors.insert(field, editor);
}

QString TaskEditorDialog::coinsText(qint64 cents, const QLocale& locale)
{
    // Whole coins without decimals, as staff think of rewards ("15").
    return cents % 100 == 0 ? locale.toString(cents / 100) : Coins(cents).format(locale);
}

Task TaskEditorDialog::taskFromFields(QString* rewardProblem) const
{
    Task task = m_original;
    task.title = m_title->text().trimmed();
    task.description = m_description->toPlainText().trimmed();
    task.category = m_category->currentData().toString();
    task.neighbourhood = m_neighbourhood->currentText().trimmed();
    task.address = m_address->text().trimmed();
    const auto reward = Coins::parse(m_reward->text().trimmed(), m_locale);
    task.reward = reward ? reward.value() : Coins(0);
    if (rewardProblem) {
        if (reward)
            rewardProblem->clear();
        else if (m_reward->text().trimmed().isEmpty())
            *rewardProblem = tr("Enter the reward in coins, for example %1.").arg(coinsText(1500, m_locale));
        else
            *rewardProblem = tr("“%1” is not an amount of coins; write for example %2.")
                                 .arg(m_reward->text().trimmed(), coinsText(1250, m_locale));
    }
    task.estimatedMinutes = m_minutes->value();
    task.capacity = m_capacity->value();
    task.windowStart = m_windowStart->date();
    task.windowEnd = m_windowEnd->date();
    task.safetyNotes = m_safetyNotes->toPlainText().trimmed();
    task.toolboxNeeded = m_toolbox->isChecked();
    return task;
}

void TaskEditorDialog::clearErrors()
{
    for (QLabel* label : std::as_const(m_errors))
        StaffLook::showError(label, {});
    m_message->clear();
    m_message->setVisible(false);
}

bool TaskEditorDialog::validateFields()
{
    clearErrors();
    QString rewardProblem;
    const Task task = taskFromFields(&rewardProblem);
    QStringList wrong;
    if (!rewardProblem.isEmpty()) {
        StaffLook::showError(m_errors.value(u"rewardCents"_s), rewardProblem);
        wrong << u"rewardCents"_s;
    }
    for (const Error& error : task.validate()) {
        if (error.code == u"rewardCents" && !rewardProblem.isEmpty())
            continue;  // the parse problem says more than "0 cents"
        QLabel* label = m_errors.value(error.code);
        if (!label)
            continue;
        if (!label->isVisible())
            StaffLook::showError(label, error.message);
        wrong << error.code;
    }
    if (wrong.isEmpty())
        return true;
    if (QWidget* first = m_editors.value(wrong.constFirst()))
        first->setFocus();
    m_message->setText(tr("Please correct the %n marked field(s).", nullptr, int(wrong.size())));
    m_message->setVisible(true);
    return false;
}

QString TaskEditorDialog::fieldError(const QString& field) const
{
    const QLabel* label = m_errors.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void TaskEditorDialog::setBusy(bool busy)
{
    m_save->setEnabled(!busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void TaskEditorDialog::showServerProblem(const Error& error, const QList<Problem::InvalidParam>& params)
{
    if (error.code == u"version-conflict") {
        m_message->setText(tr("Someone else changed this task while you were editing it, so your changes were "
                              "not saved. Close this window, reload the task list and make your change again."));
        m_message->setVisible(true);
        return;
    }
    QStringList unplaced;
    for (const Problem::InvalidParam& param : params) {
        if (QLabel* label = m_errors.value(param.name))
            StaffLook::showError(label, param.reason);
        else
            unplaced << param.reason;
    }
    QString text = params.isEmpty() ? tr("The task was not saved: %1").arg(error.message)
                                    : tr("The server refused some fields; see the marked fields.");
    if (!unplaced.isEmpty())
        text += u' ' + unplaced.join(u' ');
    m_message->setText(text);
    m_message->setVisible(true);
}

void TaskEditorDialog::accept()
{
    if (!validateFields())
        return;
    const Task task = taskFromFields();
    setBusy(true);
    // The dialog may be gone (logout) by the time the answer arrives.
    const auto done = [self = QPointer<TaskEditorDialog>(this)](const StaffSession::Reply<Task>& reply) {
        if (self)
            self->onSaved(reply);
    };
    if (isNewTask())
        m_session->createTask(task, done);
    else
        m_session->updateTask(task, done);
}

void TaskEditorDialog::onSaved(const StaffSession::Reply<Task>& reply)
{
    setBusy(false);
    if (!reply.ok()) {
        showServerProblem(reply.error.value_or(Error{u"bad-response"_s, tr("No answer from the server.")}),
                          reply.invalidParams);
        return;
    }
    emit taskSaved(*reply.value);
    QDialog::accept();
}

} // namespace buurtmunt
