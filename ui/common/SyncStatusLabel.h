// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDateTime>
#include <QLabel>
#include <QLocale>

namespace buurtmunt {

struct Error;

// The line that tells a visitor how fresh the shown tasks are. It is never
// hidden and never empty: "Updated at 10:15", or when the last attempt
// failed "Offline — last updated at 10:15".
class SyncStatusLabel final : public QLabel {
    Q_OBJECT
public:
    explicit SyncStatusLabel(QWidget* parent = nullptr);

    bool isOffline() const { return m_offline; }
    bool isSyncing() const { return m_syncing; }
    QDateTime lastSuccess() const { return m_lastSuccess; }

public slots:
    void setLastSuccess(const QDateTime& at);
    void showSyncing();
    void showSucceeded(const QDateTime& at);
    void showFailed(const Error& error);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    QString formatInstant(const QDateTime& at) const;

    QDateTime m_lastSuccess;
    QString m_failure;
    bool m_offline = false;
    bool m_syncing = false;
};

} // namespace buurtmunt
