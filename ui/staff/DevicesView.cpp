// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "DevicesView.h"

#include "EnrolmentCodeDialog.h"
#include "StaffLook.h"
#include "core/staff/DeviceListModel.h"
#include "core/staff/StaffSession.h"

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

DevicesView::DevicesView(StaffSession* session, qint64 ownDeviceId, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_ownDeviceId(ownDeviceId)
    , m_model(new DeviceListModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_enrolButton(StaffLook::actionButton(tr("&New enrolment code…"), u"newEnrolmentCodeButton"_s, this))
    , m_revokeButton(StaffLook::actionButton(tr("&Revoke…"), u"revokeDeviceButton"_s, this))
    , m_reloadButton(StaffLook::actionButton(tr("Re&load"), u"reloadDevicesButton"_s, this))
    , m_message(new QLabel(this))
{
    setObjectName(u"devicesView"_s);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(DeviceListModel::SortRole);
    StaffLook::setUpRecordTable(m_table, u"deviceTable"_s, tr("Enrolled devices"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DeviceListModel::NameColumn, Qt::AscendingOrder);
    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_message, 1);
    actions->addWidget(m_enrolButton);
    actions->addWidget(m_revokeButton);
    actions->addWidget(m_reloadButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DevicesView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DevicesView::updateButtons);
    connect(m_reloadButton, &QPushButton::clicked, this, &DevicesView::reload);
    connect(m_enrolButton, &QPushButton::clicked, this, &DevicesView::openEnrolment);
    connect(m_revokeButton, &QPushButton::clicked, this, &DevicesView::revokeSelected);
    updateButtons();
}

std::optional<DeviceRecord> DevicesView::currentDevice() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->device(rows.constFirst().data(DeviceListModel::DeviceIdRole).toLongLong());
}

bool DevicesView::selectDevice(qint64 id)
{
    return StaffLook::selectRowWithId(m_table, DeviceListModel::DeviceIdRole, id);
}

void DevicesView::updateButtons()
{
    const auto device = currentDevice();
    m_revokeButton->setEnabled(device && device->isActive() && device->id != m_ownDeviceId);
    m_revokeButton->setToolTip(device && device->id == m_ownDeviceId
                                   ? tr("This is the desk you are working at; revoke it from another desk.")
                                   : QString());
}

void DevicesView::reload()
{
    m_reloadButton->setEnabled(false);
    const auto current = currentDevice();
    m_session->fetchDevices([self = QPointer<DevicesView>(this), current](
                                const StaffSession::Reply<QList<DeviceRecord>>& reply) {
        if (!self)
            return;
        self->m_reloadButton->setEnabled(true);
        if (!reply.ok()) {
            self->m_message->setText(tr("The devices could not be loaded: %1").arg(reply.error->message));
            return;
        }
        self->m_model->setDevices(*reply.value);
        const auto active = std::count_if(reply.value->cbegin(), reply.value->cend(),
                                          [](const DeviceRecord& d) { return d.isActive(); });
        self->m_message->setText(tr("%n device(s) active", nullptr, int(active)) + u", "_s
                                 + tr("%n revoked", nullptr, int(reply.value->size() - active)) + u"."_s);
        if (current)
            self->selectDevice(current->id);
        emit self->reloaded();
    });
}

void DevicesView::openEnrolment()
{
    if (m_enrolmentDialog)
        m_enrolmentDialog->close();
    auto* dialog = new EnrolmentCodeDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_enrolmentDialog = dialog;
    // The new device shows up once it has enrolled; the list then needs reloading.
    connect(dialog, &QDialog::finished, this, &DevicesView::reload);
    dialog->open();
}

void DevicesView::revokeSelected()
{
    const auto device = currentDevice();
    if (!device || !device->isActive() || device->id == m_ownDeviceId)
        return;
    const QString name = m_model->data(m_model->index(m_model->devices().indexOf(*device), DeviceListModel::NameColumn))
                             .toString();
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Revoke device"),
                                tr("Revoke “%1” (%2)?").arg(name, DeviceListModel::roleText(device->role)),
                                QMessageBox::Cancel, this);
    box->setObjectName(u"revokeConfirmation"_s);
    box->setInformativeText(tr("The device stops working at once: its next call to the server is refused, and "
                               "whoever is logged in on it is logged out. It can only be used again after it is "
                               "enrolled with a new code."));
    QPushButton* revokeButton = box->addButton(tr("Revoke now"), QMessageBox::DestructiveRole);
    revokeButton->setObjectName(u"confirmRevokeButton"_s);
    revokeButton->setAccessibleName(tr("Revoke now"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_confirmation = box;
    const DeviceRecord target = *device;
    connect(box, &QMessageBox::buttonClicked, this, [this, revokeButton, target](QAbstractButton* clicked) {
        if (clicked == revokeButton)
            revoke(target);
    });
    box->open();
}

void DevicesView::revoke(const DeviceRecord& device)
{
    m_revokeButton->setEnabled(false);
    m_session->revokeDevice(device.id, [self = QPointer<DevicesView>(this), device](
                                           const StaffSession::Reply<DeviceRecord>& reply) {
        if (!self)
            return;
        if (!reply.ok()) {
            self->m_message->setText(tr("The device was not revoked: %1").arg(reply.error->message));
            self->updateButtons();
            return;
        }
        self->m_message->setText(
            tr("“%1” is revoked: it can no longer reach the server.")
                .arg(device.name.isEmpty() ? tr("device %1").arg(device.id) : device.name));
        QList<DeviceRecord> devices = self->m_model->devices();
        for (DeviceRecord& d : devices) {
            if (d.id == device.id)
                d = *reply.value;
        }
        self->m_model->setDevices(devices);
        self->selectDevice(device.id);
        emit self->deviceRevoked(device.id);
    });
}

} // namespace buurtmunt
