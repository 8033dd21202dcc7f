// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/staff/DeviceRecord.h"
#include "ui/staff/EnrolmentCodeDialog.h"

#include <QMessageBox>

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace buurtmunt {

class DeviceListModel;
class StaffSession;

// Every kiosk, counter and staff desk with its shop, neighbourhood, when it
// was last seen and whether it still works; admins enrol new devices with a
// one-time code and revoke lost or stolen ones at once.
class DevicesView final : public QWidget {
    Q_OBJECT
public:
    // ownDeviceId: this desk, which the server will not let revoke itself.
    DevicesView(StaffSession* session, qint64 ownDeviceId, QWidget* parent = nullptr);

    DeviceListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* enrolButton() const { return m_enrolButton; }
    QPushButton* revokeButton() const { return m_revokeButton; }
    EnrolmentCodeDialog* enrolmentDialog() const { return m_enrolmentDialog; }
    QMessageBox* revokeConfirmation() const { return m_confirmation; }
    std::optional<DeviceRecord> currentDevice() const;
    bool selectDevice(qint64 id);

public Q_SLOTS:
    void reload();
    void openEnrolment();
    // Asks first: the device stops at once and its logged-in person is logged out.
    void revokeSelected();

Q_SIGNALS:
    void reloaded();
    void deviceRevoked(qint64 id);

private:
    void updateButtons();
    void revoke(const DeviceRecord& device);

    StaffSession* m_session;
    qint64 m_ownDeviceId;
    DeviceListModel* m_model;
    QSortFilterProxyModel* m_sorted;
    QTableView* m_table;
    QPushButton* m_enrolButton;
    QPushButton* m_revokeButton;
    QPushButton* m_reloadButton;
    QLabel* m_message;
    QPointer<EnrolmentCodeDialog> m_enrolmentDialog;
    QPointer<QMessageBox> m_confirmation;
};

} // namespace buurtmunt
