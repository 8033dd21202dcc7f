// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "EnrolmentResultPage.h"

#include "EnrolmentFingerprintPage.h"
#include "EnrolmentServerPage.h"
#include "core/net/DeviceEnrolment.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>
#include <QWizard>

using namespace Qt::StringLiterals;

namespace buurtmunt {

EnrolmentResultPage::EnrolmentResultPage(DeviceEnrolment* enrolment,
                                         const EnrolmentFingerprintPage* fingerprintPage, QWidget* parent)
    : QWizardPage(parent)
    , m_deviceEnrolment(enrolment)
    , m_fingerprintPage(fingerprintPage)
    , m_statusLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
{
    m_statusLabel->setObjectName(u"enrolmentStatus"_s);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_errorLabel);
    layout->addStretch();

    connect(m_deviceEnrolment, &DeviceEnrolment::enrolled, this, [this](const Enrolment& enrolment) {
        m_busy = false;
        m_enrolment = enrolment;
        // Enrolled is final: going back could only enrol a second time.
        if (wizard())
            wizard()->setOption(QWizard::NoBackButtonOnLastPage, true);
        retranslate();
        emit completeChanged();
        emit enrolled(enrolment);
    });
    connect(m_deviceEnrolment, &DeviceEnrolment::failed, this, [this](const Error& error) {
        m_busy = false;
        m_failure = explain(error);
        retranslate();
        emit completeChanged();
    });
    retranslate();
}

QString EnrolmentResultPage::explain(const Error& error)
{
    QString sentence;
    if (error.code == u"enrolment-code-invalid")
        sentence = tr("The server did not accept the enrolment code: it is wrong, already used, or older than 24 hours. Ask staff for a new code and go back to enter it.");
    else if (error.code == u"certificate-mismatch")
        sentence = tr("The server presented a different certificate from the fingerprint you confirmed, so nothing was sent. Check the server address and the fingerprint with staff.");
    else if (error.code == u"timeout" || error.code == u"network")
        sentence = tr("The server could not be reached: %1 Check the network and the server address, then try again.").arg(error.message);
    else
        sentence = error.message;
    //: %1 is a sentence, %2 a technical error code for support staff
    return tr("%1 (error: %2)").arg(sentence, error.code);
}

void EnrolmentResultPage::initializePage()
{
    m_enrolment.reset();
    m_failure.clear();
    m_busy = true;
    wizard()->setOption(QWizard::NoBackButtonOnLastPage, false);
    retranslate();
    emit completeChanged();
    m_deviceEnrolment->enrol(EnrolmentServerPage::normalisedUrl(field(u"serverUrl"_s).toString()),
                             EnrolmentServerPage::normalisedCode(field(u"code"_s).toString()),
                             m_fingerprintPage->fingerprint(),
                             field(u"deviceName"_s).toString().simplified());
}

void EnrolmentResultPage::cleanupPage()
{
    m_failure.clear();
}

bool EnrolmentResultPage::isComplete() const
{
    return m_enrolment.has_value();
}

void EnrolmentResultPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void EnrolmentResultPage::retranslate()
{
    if (m_enrolment) {
        setTitle(tr("Enrolled"));
        QString role = m_enrolment->role;
        if (role == u"kiosk")
            role = tr("resident kiosk");
        else if (role == u"counter")
            role = tr("shop counter");
        else if (role == u"staff")
            role = tr("staff desk");
        m_statusLabel->setText(tr("This device is now enrolled as %1 \"%2\" (device number %3) with %4. Press Finish to start.")
                                   .arg(role, m_enrolment->deviceName)
                                   .arg(m_enrolment->deviceId.value())
                                   .arg(m_enrolment->municipalityName.isEmpty()
                                            ? m_enrolment->serverUrl.toDisplayString()
                                            : m_enrolment->municipalityName));
    } else if (m_busy) {
        setTitle(tr("Enrolling"));
        m_statusLabel->setText(tr("Enrolling this device with the server…"));
    } else {
        setTitle(tr("Enrolment failed"));
        m_statusLabel->setText(tr("This device is not enrolled. Nothing was saved."));
    }
    m_errorLabel->setText(m_failure);
    m_errorLabel->setVisible(!m_failure.isEmpty());
    m_statusLabel->setAccessibleName(tr("Enrolment result"));
    m_errorLabel->setAccessibleName(tr("Problem"));
}

} // namespace buurtmunt
