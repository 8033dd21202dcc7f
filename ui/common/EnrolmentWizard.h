// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/store/Enrolment.h"

#include <QWizard>

#include <optional>

class QNetworkAccessManager;

namespace buurtmunt {

class DeviceEnrolment;
class EnrolmentFingerprintPage;
class EnrolmentResultPage;
class EnrolmentServerPage;
class LocalStore;
class SecretStore;

// First start of a device that is not enrolled: server and code, the
// operator's check of the server's fingerprint, then the enrolment itself.
class EnrolmentWizard final : public QWizard {
    Q_OBJECT
public:
    enum PageId { ServerPageId, FingerprintPageId, ResultPageId };

    EnrolmentWizard(QNetworkAccessManager* network, LocalStore* store, SecretStore* secrets,
                    QWidget* parent = nullptr);

    std::optional<Enrolment> enrolment() const;

    EnrolmentServerPage* serverPage() const { return m_serverPage; }
    EnrolmentFingerprintPage* fingerprintPage() const { return m_fingerprintPage; }
    EnrolmentResultPage* resultPage() const { return m_resultPage; }

signals:
    void enrolled(const buurtmunt::Enrolment& enrolment);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    DeviceEnrolment* m_deviceEnrolment;
    EnrolmentServerPage* m_serverPage;
    EnrolmentFingerprintPage* m_fingerprintPage;
    EnrolmentResultPage* m_resultPage;
};

} // namespace buurtmunt
