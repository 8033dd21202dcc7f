// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCollator>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QString>

namespace buurtmunt {

class TaskListModel;

// What a resident narrows the task list down to at the kiosk. Tasks in the
// kiosk's own neighbourhood come first (nearby and quick was what residents
// asked for in Heerlen), then everything by title.
class TaskFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit TaskFilterModel(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;

    // Sorting only; empty means no neighbourhood is preferred.
    void setHomeNeighbourhood(const QString& neighbourhood);
    QString homeNeighbourhood() const { return m_home; }
    // Filters; an empty string or 0 means "any".
    void setNeighbourhood(const QString& neighbourhood);
    QString neighbourhood() const { return m_neighbourhood; }
    void setCategory(const QString& category);
    QString category() const { return m_category; }
    void setMinimumRewardCents(qint64 cents);
    qint64 minimumRewardCents() const { return m_minimumRewardCents; }
    // Matches title, description, address and neighbourhood, ignoring case.
    void setSearchText(const QString& text);
    QString searchText() const { return m_searchText; }
    void clearFilters();
    // Titles sort the way the reader's language does ("Taak 9" before
    // "Taak 10"); follow the kiosk's language switch. The "C" locale sorts
    // by code point only.
    void setSortLocale(const QLocale& locale);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void rebuildSortKeys();

    const TaskListModel* m_tasks = nullptr;
    QMetaObject::Connection m_resetConnection;
    // One collation key per source row: comparing keys is a byte compare,
    // which keeps a full sort of 10,000 titles within a frame or two.
    QList<QCollatorSortKey> m_sortKeys;
    QString m_home;
    QString m_neighbourhood;
    QString m_category;
    qint64 m_minimumRewardCents = 0;
    QString m_searchText;
    QCollator m_collator;
};

} // namespace buurtmunt
