// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "ResidentVoucher.h"

#include <QAbstractListModel>
#include <QList>

namespace buurtmunt {

// The logged-in resident's unused vouchers, newest first. Memory only;
// emptied at logout. The token is deliberately not a role: only the page that
// shows one voucher asks for it, through voucherAt().
class ResidentVoucherModel final : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        VoucherIdRole = Qt::UserRole + 1,
        AmountCentsRole,  // qint64
        ExpiresOnRole,  // QDate, the last valid day
        ManualCodeDisplayRole,
        CreatedAtRole,  // QDateTime, UTC
    };
    Q_ENUM(Role)

    explicit ResidentVoucherModel(QObject* parent = nullptr);

    // Keeps only the issued ones: a spent or cancelled voucher is nothing
    // the resident can still use or cancel.
    void setVouchers(QList<ResidentVoucher> vouchers);
    // Adds or replaces by id; a voucher no longer issued leaves the list.
    void upsert(const ResidentVoucher& voucher);
    void remove(const QString& voucherId);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(const QString& voucherId) const;
    const ResidentVoucher& voucherAt(int row) const { return m_items.at(row); }
    qint64 totalCents() const;

private:
    QList<ResidentVoucher> m_items;
};

} // namespace buurtmunt
