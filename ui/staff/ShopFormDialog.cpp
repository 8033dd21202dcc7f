// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ShopFormDialog.h"

#include "StaffLook.h"
#include "core/domain/Iban.h"
#include "core/staff/ShopListModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace buurtmunt {

ShopFormDialog::ShopFormDialog(const ShopRecord& shop, QWidget* parent)
    : QDialog(parent)
    , m_original(shop)
    , m_name(new QLineEdit(shop.name, this))
    , m_address(new QLineEdit(shop.address, this))
    , m_category(new QComboBox(this))
    , m_iban(new QLineEdit(this))
    , m_nameError(StaffLook::errorLabel(u"nameError"_s, this))
    , m_ibanError(StaffLook::errorLabel(u"ibanError"_s, this))
    , m_message(StaffLook::errorLabel(u"serverError"_s, this))
    , m_confirm(nullptr)
{
    setObjectName(u"shopFormDialog"_s);
    setWindowTitle(shop.id == 0 ? tr("Register shop") : tr("Edit %1").arg(shop.name));
    StaffLook::apply(this);

    m_name->setObjectName(u"shopNameEdit"_s);
    m_name->setAccessibleName(tr("Shop name"));
    m_name->setMaxLength(100);
    m_address->setObjectName(u"shopAddressEdit"_s);
    m_address->setAccessibleName(tr("Address"));
    m_address->setMaxLength(200);
    m_category->setObjectName(u"shopCategoryCombo"_s);
    m_category->setAccessibleName(tr("Category"));
    for (const QString& category : ShopRecord::categories())
        m_category->addItem(ShopListModel::categoryText(category), category);
    const int current = m_category->findData(shop.category);
    m_category->setCurrentIndex(current >= 0 ? current : m_category->findData(u"other"_s));
    m_iban->setObjectName(u"shopIbanEdit"_s);
    m_iban->setAccessibleName(tr("IBAN"));
    m_iban->setMaxLength(Iban::maxLength + 8);
    m_iban->setPlaceholderText(tr("NL91 ABNA 0417 1643 00"));
    if (auto iban = Iban::parse(shop.iban); iban)
        m_iban->setText(iban->display());
    else
        m_iban->setText(shop.iban);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameError);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&IBAN:"), m_iban);
    form->addRow(QString(), m_ibanError);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_confirm = buttons->button(QDialogButtonBox::Ok);
    m_confirm->setObjectName(u"confirmShopButton"_s);
    m_confirm->setText(shop.id == 0 ? tr("Register") : tr("Save"));
    m_confirm->setAccessibleName(m_confirm->text());
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelShopButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &ShopFormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ShopFormDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(m_name, &QLineEdit::textChanged, this, &ShopFormDialog::validate);
    connect(m_iban, &QLineEdit::textChanged, this, &ShopFormDialog::validate);
    validate();
}

ShopRecord ShopFormDialog::shop() const
{
    ShopRecord shop = m_original;
    shop.name = m_name->text().trimmed();
    shop.address = m_address->text().trimmed();
    shop.category = m_category->currentData().toString();
    const auto iban = Iban::parse(m_iban->text());
    shop.iban = iban ? iban->toString() : m_iban->text().trimmed();
    return shop;
}

void ShopFormDialog::validate()
{
    const QString typed = m_iban->text().trimmed();
    QString ibanProblem;
    if (typed.isEmpty()) {
        ibanProblem = tr("The IBAN is needed: the shop is paid to it.");
    } else if (const auto iban = Iban::parse(typed); !iban) {
        // The domain's reasons are English; the desk says them in its own language.
        const QString code = iban.error().code;
        QString compact = typed;
        compact.remove(u' ');
        const int expected = Iban::lengthFor(compact.left(2).toUpper());
        if (code == u"bad-check-digits")
            ibanProblem = tr("This IBAN fails the mod-97 check: a character is probably mistyped.");
        else if (code == u"wrong-length" && expected > 0)
            ibanProblem = tr("This IBAN has %1 characters; IBANs from %2 have %3.")
                              .arg(compact.size()).arg(compact.left(2).toUpper()).arg(expected);
        else if (code == u"wrong-length")
            ibanProblem = tr("This IBAN has %1 characters; an IBAN has %2 to %3.")
                              .arg(compact.size()).arg(Iban::minLength).arg(Iban::maxLength);
        else
            ibanProblem = tr("This is not an IBAN: it starts with two letters and two digits, followed by letters and digits.");
    }
    // An empty field is not an error yet while the person has not typed in it.
    StaffLook::showError(m_ibanError, typed.isEmpty() ? QString() : ibanProblem);
    const QString nameProblem = m_name->text().trimmed().isEmpty() ? tr("The shop needs a name.") : QString();
    StaffLook::showError(m_nameError, m_name->isModified() ? nameProblem : QString());
    m_confirm->setEnabled(!m_busy && ibanProblem.isEmpty() && nameProblem.isEmpty());
}

void ShopFormDialog::showServerError(const QString& message, const QString& field)
{
    if (field == u"iban")
        StaffLook::showError(m_ibanError, message);
    else if (field == u"name")
        StaffLook::showError(m_nameError, message);
    else
        StaffLook::showError(m_message, message);
}

void ShopFormDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_name->setEnabled(!busy);
    m_address->setEnabled(!busy);
    m_category->setEnabled(!busy);
    m_iban->setEnabled(!busy);
    validate();
}

void ShopFormDialog::accept()
{
    validate();
    if (!m_confirm->isEnabled())
        return;
    StaffLook::showError(m_message, QString());
    emit submitted();
}

} // namespace buurtmunt
