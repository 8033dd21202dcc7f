// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/store/Enrolment.h"

#include <QWizardPage>

#include <optional>

class QLabel;

namespace buurtmunt {

class DeviceEnrolment;
class EnrolmentFingerprintPage;
struct Error;

// Last page: enrols with the confirmed fingerprint and says, in plain words,
// what came of it. On a refusal the operator can go back and fix the input.
class EnrolmentResultPage final : public QWizardPage {
    Q_OBJECT
public:
    EnrolmentResultPage(DeviceEnrolment* enrolment, const EnrolmentFingerprintPage* fingerprintPage,
                        QWidget* parent = nullptr);

    std::optional<Enrolment> enrolment() const { return m_enrolment; }
    // What an operator should read for an enrolment failure.
    static QString explain(const Error& error);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

signals:
    void enrolled(const buurtmunt::Enrolment& enrolment);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    DeviceEnrolment* m_deviceEnrolment;
    const EnrolmentFingerprintPage* m_fingerprintPage;
    std::optional<Enrolment> m_enrolment;
    QString m_failure;
    bool m_busy = false;
    QLabel* m_statusLabel;
    QLabel* m_errorLabel;
};

} // namespace buurtmunt
