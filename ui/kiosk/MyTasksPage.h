// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "ui/common/CoinText.h"
#include "ui/common/Theme.h"

#include <QLocale>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace buurtmunt {

class CapMeter;
class ResidentRowDelegate;
class ResidentSession;
struct Error;
struct ResidentClaim;

// The logged-in resident's own page: their claims (mark one done with a short
// note, or give it back), the balance "as of" when it was fetched, this year's
// earnings against the cap, and the coin history. Made at login time and
// deleted at logout, so none of it outlives the visit.
class MyTasksPage final : public QWidget {
    Q_OBJECT
public:
    MyTasksPage(const Theme& theme, const CoinText& coins, const QLocale& locale, ResidentSession* session,
                QWidget* parent = nullptr);

    void setLocale(const QLocale& locale);

Q_SIGNALS:
    void backRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void updateButtons();
    void startDone();
    void sendDone();
    void releaseSelected();
    void showMessage(const QString& text);
    qint64 selectedClaimId() const;
    void retranslate();

    Theme m_theme;
    CoinText m_coins;
    QLocale m_locale;
    ResidentSession* m_session;
    QLabel* m_title;
    QPushButton* m_backButton;
    QLabel* m_claimsTitle;
    QListView* m_claimsList;
    QLabel* m_noClaims;
    QPushButton* m_doneButton;
    QPushButton* m_releaseButton;
    QWidget* m_donePanel;
    QLabel* m_noteLabel;
    QLineEdit* m_noteEdit;
    QList<QPushButton*> m_presetButtons;
    QPushButton* m_sendDoneButton;
    QPushButton* m_cancelDoneButton;
    QLabel* m_message;
    QLabel* m_balanceLabel;
    QLabel* m_asOfLabel;
    QLabel* m_capTitle;
    CapMeter* m_capMeter;
    QLabel* m_historyTitle;
    QListView* m_historyList;
    QLabel* m_noHistory;
    ResidentRowDelegate* m_claimDelegate;
    ResidentRowDelegate* m_historyDelegate;
    qint64 m_keptClaimId = 0;
};

} // namespace buurtmunt
