// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace buurtmunt {

// Owns the application's translator. Installing a new one makes Qt send
// QEvent::LanguageChange to every widget, so each window retranslates itself;
// nothing here knows about windows.
class LanguageSwitcher final : public QObject {
    Q_OBJECT
public:
    explicit LanguageSwitcher(QObject* parent = nullptr);
    ~LanguageSwitcher() override;

    // "nl", "en", "de": the languages the kiosk offers at launch.
    static QStringList supportedLanguages();
    // Dutch: the kiosk stands in a Dutch municipality.
    static QString defaultLanguage();
    // The language's own name, for buttons and screen readers ("Nederlands").
    static QString nativeName(const QString& language);

    QString language() const { return m_language; }
    // Locale for numbers and times in the current language (nl_NL, en_GB, de_DE).
    QLocale locale() const;

    // False (and nothing changes) for a language we do not ship.
    bool setLanguage(const QString& language);
    void resetToDefault() { setLanguage(defaultLanguage()); }

signals:
    void languageChanged(const QString& language);

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace buurtmunt
