// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "EnrolmentServerPage.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSysInfo>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace buurtmunt {

namespace {
constexpr int maximumNameLength = 100;
}

EnrolmentServerPage::EnrolmentServerPage(QWidget* parent)
    : QWizardPage(parent)
    , m_introLabel(new QLabel(this))
    , m_urlLabel(new QLabel(this))
    , m_urlEdit(new QLineEdit(this))
    , m_codeLabel(new QLabel(this))
    , m_codeEdit(new QLineEdit(this))
    , m_nameLabel(new QLabel(this))
    , m_nameEdit(new QLineEdit(this))
    , m_errorLabel(new QLabel(this))
{
    m_introLabel->setWordWrap(true);
    m_urlEdit->setObjectName(u"serverUrlEdit"_s);
    m_urlEdit->setPlaceholderText(u"https://buurtmunt.example.nl:8443"_s);
    m_urlEdit->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_codeEdit->setObjectName(u"codeEdit"_s);
    m_codeEdit->setPlaceholderText(u"K7DM-4QXP-9TR2"_s);
    m_codeEdit->setInputMethodHints(Qt::ImhUppercaseOnly | Qt::ImhNoPredictiveText);
    m_nameEdit->setObjectName(u"deviceNameEdit"_s);
    m_nameEdit->setMaxLength(maximumNameLength);
    m_nameEdit->setText(QSysInfo::machineHostName());
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->hide();

    m_urlLabel->setBuddy(m_urlEdit);
    m_codeLabel->setBuddy(m_codeEdit);
    m_nameLabel->setBuddy(m_nameEdit);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_urlLabel, m_urlEdit);
    form->addRow(m_codeLabel, m_codeEdit);
    form->addRow(m_nameLabel, m_nameEdit);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addStretch();

    // Fields let the later pages read the input without knowing this class.
    registerField(u"serverUrl*"_s, m_urlEdit);
    registerField(u"code*"_s, m_codeEdit);
    registerField(u"deviceName*"_s, m_nameEdit);

    connect(m_urlEdit, &QLineEdit::textEdited, m_errorLabel, &QLabel::hide);
    connect(m_codeEdit, &QLineEdit::textEdited, m_errorLabel, &QLabel::hide);
    connect(m_nameEdit, &QLineEdit::textEdited, m_errorLabel, &QLabel::hide);
    retranslate();
}

QUrl EnrolmentServerPage::serverUrl() const { return normalisedUrl(m_urlEdit->text()); }
QString EnrolmentServerPage::code() const { return normalisedCode(m_codeEdit->text()); }
QString EnrolmentServerPage::deviceName() const { return m_nameEdit->text().simplified(); }

QUrl EnrolmentServerPage::normalisedUrl(const QString& text)
{
    QString trimmed = text.trimmed();
    // Operators type what the server printed, or just the host: both work.
    if (!trimmed.isEmpty() && !trimmed.contains(u"://"_s))
        trimmed.prepend(u"https://"_s);
    QUrl url(trimmed, QUrl::StrictMode);
    if (url.path() == u"/")
        url.setPath(QString());
    return url;
}

QString EnrolmentServerPage::normalisedCode(const QString& text)
{
    // Codes are read aloud and typed on touch keyboards: case and spaces do
    // not matter, the dashes are put back where the server puts them.
    QString compact = text.toUpper();
    compact.remove(QRegularExpression(u"[\\s-]"_s));
    QString grouped;
    for (qsizetype i = 0; i < compact.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            grouped += u'-';
        grouped += compact.at(i);
    }
    return grouped;
}

QString EnrolmentServerPage::urlProblem(const QString& text)
{
    if (text.trimmed().isEmpty())
        return tr("Enter the server address, for example https://buurtmunt.example.nl:8443.");
    const QUrl url = normalisedUrl(text);
    if (!url.isValid() || url.host().isEmpty())
        return tr("The server address \"%1\" is not a valid web address.").arg(text.trimmed());
    if (url.scheme() != u"https")
        return tr("The server address must start with https://: devices only talk to the server over an encrypted connection.");
    if (url.hasQuery() || url.hasFragment())
        return tr("The server address must not contain \"?\" or \"#\".");
    return {};
}

QString EnrolmentServerPage::codeProblem(const QString& text)
{
    const QString code = normalisedCode(text);
    if (code.isEmpty())
        return tr("Enter the enrolment code that staff gave you.");
    static const QRegularExpression pattern(u"^[A-Z0-9]{4}(-[A-Z0-9]{4}){2,3}$"_s);
    if (!pattern.match(code).hasMatch())
        return tr("The enrolment code \"%1\" does not look right: it is three groups of four letters and digits, like K7DM-4QXP-9TR2.").arg(text.trimmed());
    return {};
}

QString EnrolmentServerPage::nameProblem(const QString& text)
{
    const QString name = text.simplified();
    if (name.isEmpty())
        return tr("Enter a name for this device, for example \"Kiosk Bibliotheek Centrum\", so staff can recognise it.");
    if (name.size() > maximumNameLength)
        return tr("The device name is too long: at most %1 characters.").arg(maximumNameLength);
    return {};
}

bool EnrolmentServerPage::validatePage()
{
    QStringList problems;
    QLineEdit* firstWrong = nullptr;
    const auto check = [&](const QString& problem, QLineEdit* edit) {
        if (problem.isEmpty())
            return;
        problems << problem;
        if (!firstWrong)
            firstWrong = edit;
    };
    check(urlProblem(m_urlEdit->text()), m_urlEdit);
    check(codeProblem(m_codeEdit->text()), m_codeEdit);
    check(nameProblem(m_nameEdit->text()), m_nameEdit);
    if (problems.isEmpty()) {
        m_errorLabel->hide();
        m_codeEdit->setText(code());
        return true;
    }
    m_errorLabel->setText(problems.join(u'\n'));
    m_errorLabel->show();
    firstWrong->setFocus();
    return false;
}

void EnrolmentServerPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void EnrolmentServerPage::retranslate()
{
    setTitle(tr("Connect this device"));
    m_introLabel->setText(tr("Staff create an enrolment code for this device in the staff desk or with \"buurtmunt-server enrolment-code\". Enter it here with the server's address."));
    m_urlLabel->setText(tr("&Server address"));
    m_codeLabel->setText(tr("&Enrolment code"));
    m_nameLabel->setText(tr("Device &name"));
    m_urlEdit->setAccessibleName(tr("Server address"));
    m_codeEdit->setAccessibleName(tr("Enrolment code"));
    m_nameEdit->setAccessibleName(tr("Device name"));
    m_errorLabel->setAccessibleName(tr("Problem"));
}

} // namespace buurtmunt
