// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QUrl>
#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace buurtmunt {

// First page of the enrolment wizard: where the server is, the one-time code
// staff gave the operator, and what this device is called in the device list.
class EnrolmentServerPage final : public QWizardPage {
    Q_OBJECT
public:
    explicit EnrolmentServerPage(QWidget* parent = nullptr);

    QUrl serverUrl() const;
    QString code() const;
    QString deviceName() const;

    // The sentence that says what is wrong with the input, or empty when it
    // can be sent. Public so the command line and tests share the rules.
    static QString urlProblem(const QString& text);
    static QString codeProblem(const QString& text);
    static QString nameProblem(const QString& text);
    static QUrl normalisedUrl(const QString& text);
    static QString normalisedCode(const QString& text);

    bool validatePage() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_introLabel;
    QLabel* m_urlLabel;
    QLineEdit* m_urlEdit;
    QLabel* m_codeLabel;
    QLineEdit* m_codeEdit;
    QLabel* m_nameLabel;
    QLineEdit* m_nameEdit;
    QLabel* m_errorLabel;
};

} // namespace buurtmunt
