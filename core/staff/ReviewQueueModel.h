// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/staff/ReviewItem.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QSet>

namespace buurtmunt {

// The approver's queue of submitted claims. Rows are checkable for batch
// approval; the outcome of the last approval stays next to a claim until it
// leaves the queue, so the approver sees what happened to each one.
class ReviewQueueModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ResidentColumn, TaskColumn, RewardColumn, SubmittedColumn, NoteColumn, SecondApproverColumn,
                  OutcomeColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, ClaimIdRole };

    explicit ReviewQueueModel(QObject* parent = nullptr);

    // Keeps ticks and outcomes of claims that are still in the queue.
    void setItems(QList<ReviewItem> items);
    const QList<ReviewItem>& items() const { return m_items; }
    std::optional<ReviewItem> item(ClaimId id) const;
    int rowOf(ClaimId id) const;

    QList<ClaimId> checkedClaimIds() const;
    void setChecked(ClaimId id, bool checked);
    void setAllChecked(bool checked);
    void setOutcome(ClaimId id, const QString& outcome);
    QString outcome(ClaimId id) const { return m_outcomes.value(id.value()); }

    void setLocale(const QLocale& locale);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void checkedChanged();

private:
    QList<ReviewItem> m_items;
    QSet<qint64> m_checked;
    QHash<qint64, QString> m_outcomes;
    QLocale m_locale;
};

} // namespace buurtmunt
