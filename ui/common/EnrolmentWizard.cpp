// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "EnrolmentWizard.h"

#include "EnrolmentFingerprintPage.h"
#include "EnrolmentResultPage.h"
#include "EnrolmentServerPage.h"
#include "core/net/DeviceEnrolment.h"

#include <QAbstractButton>
#include <QEvent>
#include <QIcon>

using namespace Qt::StringLiterals;

namespace buurtmunt {

EnrolmentWizard::EnrolmentWizard(QNetworkAccessManager* network, LocalStore* store, SecretStore* secrets,
                                 QWidget* parent)
    : QWizard(parent)
    , m_deviceEnrolment(new DeviceEnrolment(network, store, secrets, this))
    , m_serverPage(new EnrolmentServerPage)
    , m_fingerprintPage(new EnrolmentFingerprintPage)
    , m_resultPage(new EnrolmentResultPage(m_deviceEnrolment, m_fingerprintPage))
{
    setObjectName(u"enrolmentWizard"_s);
    setWindowIcon(QIcon(u":/buurtmunt/icons/buurtmunt.svg"_s));
    // The classic style renders the same on every platform, which keeps the
    // operator guide's screenshots true.
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setPage(ServerPageId, m_serverPage);
    setPage(FingerprintPageId, m_fingerprintPage);
    setPage(ResultPageId, m_resultPage);
    setStartId(ServerPageId);
    setMinimumSize(900, 640);
    connect(m_resultPage, &EnrolmentResultPage::enrolled, this, &EnrolmentWizard::enrolled);
    retranslate();
}

std::optional<Enrolment> EnrolmentWizard::enrolment() const
{
    return m_resultPage->enrolment();
}

void EnrolmentWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void EnrolmentWizard::retranslate()
{
    setWindowTitle(tr("Buurtmunt — enrol this device"));
    setButtonText(QWizard::NextButton, tr("&Next"));
    setButtonText(QWizard::BackButton, tr("&Back"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    const QList<std::pair<WizardButton, QString>> names = {
        {QWizard::NextButton, tr("Next step")},
        {QWizard::BackButton, tr("Previous step")},
        {QWizard::FinishButton, tr("Finish and start")},
        {QWizard::CancelButton, tr("Cancel enrolment")},
    };
    for (const auto& [which, name] : names) {
        if (QAbstractButton* b = button(which))
            b->setAccessibleName(name);
    }
}

} // namespace buurtmunt
