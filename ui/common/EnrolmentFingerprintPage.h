// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPushButton;

namespace buurtmunt {

class CertificateProbe;
struct Error;

// Second page: shows the certificate the server presents, large, so the
// operator can compare it character by character with what the server
// printed. Only an explicit "it matches" lets enrolment go on, and only this
// fingerprint is pinned afterwards.
class EnrolmentFingerprintPage final : public QWizardPage {
    Q_OBJECT
public:
    explicit EnrolmentFingerprintPage(QWidget* parent = nullptr);

    QByteArray fingerprint() const { return m_fingerprint; }
    // Four rows of eight pairs: easy to compare line by line.
    static QString groupedForReading(const QString& formatted);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void startProbe();
    void onProbed(const QByteArray& fingerprint);
    void onFailed(const Error& error);
    void retranslate();

    CertificateProbe* m_probe;
    QByteArray m_fingerprint;
    QString m_failure;
    bool m_probing = false;
    QLabel* m_introLabel;
    QLabel* m_statusLabel;
    QLabel* m_fingerprintLabel;
    QCheckBox* m_matchesCheck;
    QLabel* m_errorLabel;
    QPushButton* m_retryButton;
};

} // namespace buurtmunt
