// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "SyncStatusLabel.h"

#include "core/domain/Clock.h"
#include "core/domain/Result.h"

#include <QEvent>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace buurtmunt {

SyncStatusLabel::SyncStatusLabel(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(u"syncStatus"_s);
    // One line that never jumps between one and two lines as the time changes.
    setWordWrap(false);
    setTextFormat(Qt::PlainText);
    refresh();
}

void SyncStatusLabel::setLastSuccess(const QDateTime& at)
{
    m_lastSuccess = at;
    refresh();
}

void SyncStatusLabel::showSyncing()
{
    // The previous state stays on screen while a sync runs: a visitor keeps
    // reading the time the shown list is from, not a flickering "updating".
    m_syncing = true;
}

void SyncStatusLabel::showSucceeded(const QDateTime& at)
{
    m_syncing = false;
    m_offline = false;
    m_failure.clear();
    m_lastSuccess = at;
    refresh();
}

void SyncStatusLabel::showFailed(const Error& error)
{
    m_syncing = false;
    m_offline = true;
    m_failure = error.message;
    refresh();
}

void SyncStatusLabel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}

QString SyncStatusLabel::formatInstant(const QDateTime& at) const
{
    const QDateTime local = at.toLocalTime();
    const QLocale locale;
    const QString time = locale.toString(local.time(), u"HH:mm"_s);
    if (local.date() == Clock::instance().nowUtc().toLocalTime().date())
        return time;
    //: %1 is a date such as 21-11-2026, %2 a time such as 10:15
    return tr("%1 at %2").arg(locale.toString(local.date(), QLocale::ShortFormat), time);
}

void SyncStatusLabel::refresh()
{
    QString text;
    if (m_offline) {
        text = m_lastSuccess.isValid()
            //: %1 is a time such as 10:15
            ? tr("Offline — last updated at %1").arg(formatInstant(m_lastSuccess))
            : tr("Offline — no tasks received yet");
    } else if (m_lastSuccess.isValid()) {
        text = tr("Updated at %1").arg(formatInstant(m_lastSuccess));
    } else {
        text = tr("Fetching tasks…");
    }
    setText(text);
    setAccessibleName(tr("Update status"));
    setAccessibleDescription(text);
    setToolTip(m_failure);
    if (property("offline").toBool() != m_offline) {
        setProperty("offline", m_offline);
        // The style sheet keys on the property; it only re-evaluates on polish.
        style()->unpolish(this);
        style()->polish(this);
    }
}

} // namespace buurtmunt
