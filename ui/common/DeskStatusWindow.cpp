// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "DeskStatusWindow.h"

#include "LanguageBar.h"
#include "SyncStatusLabel.h"
#include "Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace buurtmunt {

DeskStatusWindow::DeskStatusWindow(const Enrolment& enrolment, LanguageSwitcher* switcher, QWidget* parent)
    : QMainWindow(parent)
    , m_enrolment(enrolment)
    , m_titleLabel(new QLabel)
    , m_detailsLabel(new QLabel)
    , m_notYetLabel(new QLabel)
    , m_syncStatus(new SyncStatusLabel)
{
    setObjectName(u"deskStatusWindow"_s);
    const Theme theme = Theme::kiosk();
    m_titleLabel->setFont(theme.headingFont());
    m_titleLabel->setObjectName(u"deskTitle"_s);
    m_detailsLabel->setObjectName(u"deskDetails"_s);
    m_detailsLabel->setTextFormat(Qt::PlainText);
    m_detailsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notYetLabel->setObjectName(u"deskNotYet"_s);
    m_notYetLabel->setWordWrap(true);

    auto* page = new QWidget;
    page->setObjectName(u"kioskPage"_s);
    auto* header = new QHBoxLayout;
    header->addWidget(m_titleLabel, 1);
    header->addWidget(new LanguageBar(switcher, page));
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(20);
    layout->addLayout(header);
    layout->addWidget(m_detailsLabel);
    layout->addWidget(m_syncStatus);
    layout->addWidget(m_notYetLabel);
    layout->addStretch();
    setCentralWidget(page);
    retranslate();
}

QString DeskStatusWindow::roleName() const
{
    if (m_enrolment.role == u"counter")
        return tr("Shop counter");
    if (m_enrolment.role == u"staff")
        return tr("Staff desk");
    if (m_enrolment.role == u"kiosk")
        return tr("Resident kiosk");
    return m_enrolment.role;
}

void DeskStatusWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void DeskStatusWindow::retranslate()
{
    setWindowTitle(tr("Buurtmunt — %1").arg(roleName()));
    m_titleLabel->setText(roleName());
    QStringList lines;
    lines << tr("This device is enrolled as: %1").arg(roleName());
    if (m_enrolment.shopId)
        lines << tr("Shop number: %1").arg(m_enrolment.shopId->value());
    lines << tr("Device: %1 (number %2)").arg(m_enrolment.deviceName).arg(m_enrolment.deviceId.value());
    lines << tr("Server: %1").arg(m_enrolment.serverUrl.toDisplayString());
    if (!m_enrolment.municipalityName.isEmpty())
        lines << tr("Municipality: %1").arg(m_enrolment.municipalityName);
    m_detailsLabel->setText(lines.join(u'\n'));
    m_detailsLabel->setAccessibleName(tr("Enrolment details"));
    m_notYetLabel->setText(m_enrolment.role == u"counter"
        ? tr("Accepting vouchers at the counter is not available in this version of Buurtmunt yet. This device stays enrolled and keeps its connection with the server; a later version adds the counter's functions.")
        : tr("The staff desk's functions are not available in this version of Buurtmunt yet. This device stays enrolled and keeps its connection with the server; a later version adds them."));
    m_notYetLabel->setAccessibleName(tr("Availability"));
    m_titleLabel->setAccessibleName(tr("Desk"));
}

} // namespace buurtmunt
