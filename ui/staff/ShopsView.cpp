// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ShopsView.h"

#include "ShopFormDialog.h"
#include "StaffLook.h"
#include "core/staff/ShopListModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace buurtmunt {

ShopsView::ShopsView(StaffSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ShopListModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_registerButton(StaffLook::actionButton(tr("&Register shop…"), u"registerShopButton"_s, this))
    , m_editButton(StaffLook::actionButton(tr("&Edit…"), u"editShopButton"_s, this))
    , m_activeButton(StaffLook::actionButton(tr("&Deactivate"), u"toggleShopActiveButton"_s, this))
    , m_reloadButton(StaffLook::actionButton(tr("Re&load"), u"reloadShopsButton"_s, this))
    , m_message(new QLabel(this))
{
    setObjectName(u"shopsView"_s);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(ShopListModel::SortRole);
    StaffLook::setUpRecordTable(m_table, u"shopTable"_s, tr("Shops"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ShopListModel::NameColumn, Qt::AscendingOrder);
    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_registerButton);
    actions->addWidget(m_editButton);
    actions->addWidget(m_activeButton);
    actions->addStretch(1);
    actions->addWidget(m_reloadButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ShopsView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ShopsView::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, &ShopsView::editShop);
    connect(m_registerButton, &QPushButton::clicked, this, &ShopsView::registerShop);
    connect(m_editButton, &QPushButton::clicked, this, &ShopsView::editShop);
    connect(m_activeButton, &QPushButton::clicked, this, &ShopsView::toggleActive);
    connect(m_reloadButton, &QPushButton::clicked, this, &ShopsView::reload);
    updateButtons();
}

ShopsView::~ShopsView() = default;

ShopFormDialog* ShopsView::formDialog() const
{
    return m_dialog;
}

std::optional<ShopRecord> ShopsView::currentShop() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->shop(rows.constFirst().data(ShopListModel::ShopIdRole).toLongLong());
}

bool ShopsView::selectShop(qint64 id)
{
    return StaffLook::selectRowWithId(m_table, ShopListModel::ShopIdRole, id);
}

void ShopsView::showMessage(const QString& message, bool isError)
{
    m_message->setText(message);
    m_message->setAccessibleName(message);
    m_message->setStyleSheet(isError ? u"color: #a4141c;"_s : QString());
}

void ShopsView::updateButtons()
{
    const auto shop = currentShop();
    m_editButton->setEnabled(shop.has_value());
    m_activeButton->setEnabled(shop.has_value());
    const QString text = shop && !shop->active ? tr("&Activate") : tr("&Deactivate");
    m_activeButton->setText(text);
    m_activeButton->setAccessibleName(QString(text).remove(u'&'));
}

void ShopsView::reload()
{
    m_reloadButton->setEnabled(false);
    const auto current = currentShop();
    m_session->fetchShops(true, [self = QPointer<ShopsView>(this), current](
                                    const StaffSession::Reply<QList<ShopRecord>>& reply) {
        if (!self)
            return;
        self->m_reloadButton->setEnabled(true);
        if (!reply.ok()) {
            self->showMessage(tr("The shops could not be loaded: %1").arg(reply.error->message), true);
            return;
        }
        self->m_model->setShops(*reply.value);
        if (current)
            self->selectShop(current->id);
        emit self->reloaded();
    });
}

void ShopsView::registerShop()
{
    ShopRecord shop;
    shop.category = u"other"_s;
    openForm(shop);
}

void ShopsView::editShop()
{
    if (const auto shop = currentShop())
        openForm(*shop);
}

void ShopsView::openForm(const ShopRecord& shop)
{
    if (m_dialog)
        m_dialog->close();
    m_dialog = new ShopFormDialog(shop, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &ShopFormDialog::submitted, this, &ShopsView::submitForm);
    m_dialog->open();
}

void ShopsView::submitForm()
{
    if (!m_dialog)
        return;
    QPointer<ShopFormDialog> dialog = m_dialog;
    const ShopRecord shop = dialog->shop();
    dialog->setBusy(true);
    auto done = [self = QPointer<ShopsView>(this), dialog, isNew = shop.id == 0](
                    const StaffSession::Reply<ShopRecord>& reply) {
        if (dialog)
            dialog->setBusy(false);
        if (!self)
            return;
        if (!reply.ok()) {
            if (dialog) {
                if (reply.invalidParams.isEmpty())
                    dialog->showServerError(reply.error->message);
                for (const Problem::InvalidParam& param : reply.invalidParams)
                    dialog->showServerError(param.name == u"iban" ? tr("The IBAN %1").arg(param.reason) : param.reason,
                                            param.name);
            } else {
                self->showMessage(tr("The shop was not saved: %1").arg(reply.error->message), true);
            }
            return;
        }
        if (dialog)
            dialog->done(QDialog::Accepted);
        self->showMessage(isNew ? tr("%1 is registered. Give its counter PC an enrolment code to start.")
                                      .arg(reply.value->name)
                                : tr("%1 is saved.").arg(reply.value->name),
                          false);
        const qint64 id = reply.value->id;
        connect(self.data(), &ShopsView::reloaded, self.data(), [self, id] { self->selectShop(id); },
                Qt::SingleShotConnection);
        self->reload();
        emit self->shopSaved(id);
    };
    if (shop.id == 0)
        m_session->createShop(shop, done);
    else
        m_session->updateShop(shop, done);
}

void ShopsView::toggleActive()
{
    const auto shop = currentShop();
    if (!shop)
        return;
    const bool activate = !shop->active;
    const QString text =
        activate ? tr("Activate %1 again? Kiosks list it and its counter PCs can accept vouchers again.").arg(shop->name)
                 : tr("Deactivate %1? Kiosks stop listing it and its counter PCs are refused at once. Its payouts and "
                      "history stay; coins it holds are paid out when the month is closed.")
                       .arg(shop->name);
    auto* box = new QMessageBox(QMessageBox::Question, activate ? tr("Activate shop") : tr("Deactivate shop"), text,
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"confirmShopActiveBox"_s);
    box->button(QMessageBox::Yes)->setText(activate ? tr("Activate") : tr("Deactivate"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    StaffLook::apply(box);
    const ShopRecord target = *shop;
    connect(box, &QMessageBox::finished, this, [this, box, target, activate](int) {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            setActive(target, activate);
    });
    box->open();
}

void ShopsView::setActive(const ShopRecord& shop, bool active)
{
    ShopRecord changed = shop;
    changed.active = active;
    m_activeButton->setEnabled(false);
    m_session->updateShop(changed, [self = QPointer<ShopsView>(this), active](const StaffSession::Reply<ShopRecord>& reply) {
        if (!self)
            return;
        if (!reply.ok()) {
            self->showMessage(tr("The shop was not changed: %1").arg(reply.error->message), true);
            self->updateButtons();
            return;
        }
        self->showMessage(active ? tr("%1 is active again.").arg(reply.value->name)
                                 : tr("%1 is deactivated; its counters are refused from now on.").arg(reply.value->name),
                          false);
        self->reload();
        emit self->shopSaved(reply.value->id);
    });
}

} // namespace buurtmunt
