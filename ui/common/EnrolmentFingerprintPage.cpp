// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "EnrolmentFingerprintPage.h"

#include "EnrolmentServerPage.h"
#include "Theme.h"
#include "core/net/CertificateProbe.h"
#include "core/net/Fingerprint.h"

#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace buurtmunt {

EnrolmentFingerprintPage::EnrolmentFingerprintPage(QWidget* parent)
    : QWizardPage(parent)
    , m_probe(new CertificateProbe(this))
    , m_introLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_fingerprintLabel(new QLabel(this))
    , m_matchesCheck(new QCheckBox(this))
    , m_errorLabel(new QLabel(this))
    , m_retryButton(new QPushButton(this))
{
    m_introLabel->setWordWrap(true);
    m_statusLabel->setWordWrap(true);
    m_fingerprintLabel->setObjectName(u"fingerprintLabel"_s);
    m_fingerprintLabel->setFont(Theme::kiosk().monospaceFont());
    m_fingerprintLabel->setTextFormat(Qt::PlainText);
    m_fingerprintLabel->setAlignment(Qt::AlignCenter);
    // Hex reads left to right in every language.
    m_fingerprintLabel->setLayoutDirection(Qt::LeftToRight);
    m_fingerprintLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_matchesCheck->setObjectName(u"fingerprintMatchesCheck"_s);
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_retryButton->setObjectName(u"retryButton"_s);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_fingerprintLabel);
    layout->addWidget(m_matchesCheck);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_retryButton, 0, Qt::AlignLeading);
    layout->addStretch();

    connect(m_probe, &CertificateProbe::probed, this,
            [this](const QByteArray& fingerprint, const QSslCertificate&) { onProbed(fingerprint); });
    connect(m_probe, &CertificateProbe::failed, this, &EnrolmentFingerprintPage::onFailed);
    connect(m_matchesCheck, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    connect(m_retryButton, &QPushButton::clicked, this, &EnrolmentFingerprintPage::startProbe);
    retranslate();
}

QString EnrolmentFingerprintPage::groupedForReading(const QString& formatted)
{
    const QStringList pairs = formatted.split(u':');
    QStringList lines;
    for (qsizetype i = 0; i < pairs.size(); i += 8)
        lines << pairs.mid(i, 8).join(u':');
    return lines.join(u'\n');
}

void EnrolmentFingerprintPage::initializePage()
{
    startProbe();
}

void EnrolmentFingerprintPage::cleanupPage()
{
    // Going back to change the address must never keep a confirmation that
    // was given for another server.
    m_fingerprint.clear();
    m_matchesCheck->setChecked(false);
}

bool EnrolmentFingerprintPage::isComplete() const
{
    return !m_probing && !m_fingerprint.isEmpty() && m_matchesCheck->isChecked();
}

void EnrolmentFingerprintPage::startProbe()
{
    m_probing = true;
    m_fingerprint.clear();
    m_failure.clear();
    m_matchesCheck->setChecked(false);
    retranslate();
    emit completeChanged();
    m_probe->probe(EnrolmentServerPage::normalisedUrl(field(u"serverUrl"_s).toString()));
}

void EnrolmentFingerprintPage::onProbed(const QByteArray& fingerprint)
{
    m_probing = false;
    m_fingerprint = fingerprint;
    retranslate();
    emit completeChanged();
}

void EnrolmentFingerprintPage::onFailed(const Error& error)
{
    m_probing = false;
    m_failure = error.message;
    retranslate();
    emit completeChanged();
}

void EnrolmentFingerprintPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void EnrolmentFingerprintPage::retranslate()
{
    setTitle(tr("Check the server's fingerprint"));
    m_introLabel->setText(tr("When it started, the server printed the SHA-256 fingerprint of its certificate. Compare it with the one below, pair by pair. If even one character differs, do not continue: you may be talking to another computer."));
    const QString server = EnrolmentServerPage::normalisedUrl(field(u"serverUrl"_s).toString()).toDisplayString();
    const bool haveFingerprint = !m_fingerprint.isEmpty();
    if (m_probing)
        m_statusLabel->setText(tr("Contacting %1…").arg(server));
    else if (haveFingerprint)
        m_statusLabel->setText(tr("Fingerprint of %1:").arg(server));
    else
        m_statusLabel->setText(tr("Could not read the certificate of %1.").arg(server));
    m_fingerprintLabel->setText(haveFingerprint ? groupedForReading(Fingerprint::format(m_fingerprint)) : QString());
    m_fingerprintLabel->setVisible(haveFingerprint);
    m_fingerprintLabel->setAccessibleName(tr("Server certificate fingerprint"));
    m_fingerprintLabel->setAccessibleDescription(haveFingerprint ? Fingerprint::format(m_fingerprint) : QString());
    m_matchesCheck->setText(tr("The fingerprint matches the one the server printed"));
    m_matchesCheck->setAccessibleName(m_matchesCheck->text());
    m_matchesCheck->setVisible(haveFingerprint);
    m_errorLabel->setText(m_failure);
    m_errorLabel->setVisible(!m_failure.isEmpty());
    m_errorLabel->setAccessibleName(tr("Problem"));
    m_retryButton->setText(tr("Try again"));
    m_retryButton->setAccessibleName(tr("Try contacting the server again"));
    m_retryButton->setVisible(!m_probing && !haveFingerprint);
}

} // namespace buurtmunt
