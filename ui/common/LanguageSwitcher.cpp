// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "LanguageSwitcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace buurtmunt {

LanguageSwitcher::LanguageSwitcher(QObject* parent)
    : QObject(parent)
{
}

LanguageSwitcher::~LanguageSwitcher()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

QStringList LanguageSwitcher::supportedLanguages()
{
    return {u"nl"_s, u"en"_s, u"de"_s};
}

QString LanguageSwitcher::defaultLanguage()
{
    return u"nl"_s;
}

QString LanguageSwitcher::nativeName(const QString& language)
{
    // Each language names itself, so a visitor finds their own language
    // whatever the screen currently shows.
    if (language == u"nl")
        return u"Nederlands"_s;
    if (language == u"de")
        return u"Deutsch"_s;
    if (language == u"en")
        return u"English"_s;
    return language;
}

QLocale LanguageSwitcher::locale() const
{
    if (m_language == u"de")
        return QLocale(QLocale::German, QLocale::Germany);
    if (m_language == u"en")
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    return QLocale(QLocale::Dutch, QLocale::Netherlands);
}

bool LanguageSwitcher::setLanguage(const QString& language)
{
    if (!supportedLanguages().contains(language))
        return false;
    if (language == m_language)
        return true;

    // Source strings are English, but an English catalogue is still loaded so
    // that a string changed only in the catalogue reaches English readers too.
    auto translator = std::make_unique<QTranslator>();
    const bool loaded = translator->load(u":/i18n/buurtmunt_"_s + language + u".qm"_s);
    // The new language is in place before Qt announces the change, so windows
    // format numbers and times for it while they retranslate.
    m_language = language;
    QLocale::setDefault(locale());
    const bool hadTranslator = m_translator != nullptr;
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
    }
    if (loaded) {
        m_translator = std::move(translator);
        QCoreApplication::installTranslator(m_translator.get());
    } else if (!hadTranslator) {
        // Installing or removing a translator is what makes Qt announce a
        // language change; with neither, windows must still be told.
        QEvent event(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &event);
    }
    emit languageChanged(language);
    return true;
}

} // namespace buurtmunt
