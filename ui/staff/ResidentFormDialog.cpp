// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ResidentFormDialog.h"

#include "StaffLook.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace buurtmunt {

namespace {

QWidget* withError(QWidget* editor, QLabel* error, QWidget* parent)
{
    auto* cell = new QWidget(parent);
    auto* layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    if (error)
        layout->addWidget(error);
    return cell;
}

} // namespace

ResidentFormDialog::ResidentFormDialog(Mode mode, const QString& residentName, const QStringList& neighbourhoods,
                                       QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_pin(new QLineEdit(this))
    , m_pinRepeat(new QLineEdit(this))
    , m_pinError(StaffLook::errorLabel(u"pinError"_s, this))
    , m_message(new QLabel(this))
{
    setObjectName(mode == Mode::Register ? u"registerResidentDialog"_s : u"resetPinDialog"_s);
    setWindowTitle(mode == Mode::Register ? tr("Register resident") : tr("New PIN for %1").arg(residentName));
    StaffLook::apply(this);

    auto* form = new QFormLayout;
    if (mode == Mode::Register) {
        m_name = new QLineEdit(this);
        m_name->setObjectName(u"displayNameEdit"_s);
        m_name->setAccessibleName(tr("Name"));
        m_name->setMaxLength(100);
        m_nameError = StaffLook::errorLabel(u"displayNameError"_s, this);
        m_neighbourhood = new QComboBox(this);
        m_neighbourhood->setObjectName(u"neighbourhoodEdit"_s);
        m_neighbourhood->setAccessibleName(tr("Neighbourhood"));
        m_neighbourhood->setEditable(true);
        m_neighbourhood->addItems(neighbourhoods);
        m_neighbourhood->setCurrentText(QString());
        m_neighbourhoodError = StaffLook::errorLabel(u"neighbourhoodError"_s, this);
        form->addRow(tr("&Name"), withError(m_name, m_nameError, this));
        form->addRow(tr("Nei&ghbourhood"), withError(m_neighbourhood, m_neighbourhoodError, this));
    }
    const auto* digits = new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,6}"_s), this);
    for (QLineEdit* edit : {m_pin, m_pinRepeat}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setValidator(digits);
        edit->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData);
    }
    m_pin->setObjectName(u"pinEdit"_s);
    m_pin->setAccessibleName(tr("PIN"));
    m_pinRepeat->setObjectName(u"pinRepeatEdit"_s);
    m_pinRepeat->setAccessibleName(tr("PIN again"));
    form->addRow(tr("&PIN (4–6 digits)"), m_pin);
    form->addRow(tr("PIN &again"), withError(m_pinRepeat, m_pinError, this));

    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setProperty("fieldError", true);
    m_message->setVisible(false);

    auto* hint = new QLabel(mode == Mode::Register
                                ? tr("Let the resident type the PIN themselves. The pass card that follows carries no name.")
                                : tr("Let the resident type the new PIN themselves. The old PIN stops working at once."),
                            this);
    hint->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(mode == Mode::Register ? tr("Register") : tr("Set PIN"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(u"confirmButton"_s);
    m_confirm->setAccessibleName(m_confirm->text());
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ResidentFormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ResidentFormDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QString ResidentFormDialog::displayName() const
{
    return m_name ? m_name->text().trimmed() : QString();
}

QString ResidentFormDialog::neighbourhood() const
{
    return m_neighbourhood ? m_neighbourhood->currentText().trimmed() : QString();
}

QString ResidentFormDialog::pin() const
{
    return m_pin->text();
}

QString ResidentFormDialog::fieldError(const QString& field) const
{
    const QLabel* label = field == u"displayName" ? m_nameError
        : field == u"neighbourhood"               ? m_neighbourhoodError
        : field == u"pin"                         ? m_pinError
                                                  : nullptr;
    return label && !label->isHidden() ? label->text() : QString();
}

void ResidentFormDialog::showServerError(const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void ResidentFormDialog::setBusy(bool busy)
{
    m_confirm->setEnabled(!busy);
}

void ResidentFormDialog::accept()
{
    bool fine = true;
    if (m_name) {
        const QString name = displayName();
        StaffLook::showError(m_nameError, name.isEmpty() ? tr("Enter the resident's name.")
                                          : name.size() > 100 ? tr("The name may be at most 100 characters.")
                                                              : QString());
        StaffLook::showError(m_neighbourhoodError, neighbourhood().isEmpty() ? tr("Enter the resident's neighbourhood.")
                                                                             : QString());
        fine = m_nameError->isHidden() && m_neighbourhoodError->isHidden();
    }
    const QString pinProblem = StaffLook::pinProblem(m_pin->text(), m_pinRepeat->text());
    StaffLook::showError(m_pinError, pinProblem);
    if (!pinProblem.isEmpty()) {
        m_pin->clear();
        m_pinRepeat->clear();
        fine = false;
    }
    if (fine) {
        showServerError({});
        emit submitted();
    }
}

} // namespace buurtmunt
