// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>

class QTextToSpeech;
class QWidget;

namespace buurtmunt {

// Reads a screen's text aloud in the desk's language, for residents who read
// with difficulty or not at all. Speech comes from the system's Qt
// TextToSpeech engine (speech-dispatcher with espeak-ng on Debian); where no
// engine has a voice for the language chosen, the feature is unavailable and
// the desk hides its button rather than speak Dutch with an English voice.
// Nothing is kept of what was read: once it is spoken or stopped, it is gone.
class ReadAloud final : public QObject {
    Q_OBJECT
public:
    // `engine` names a TextToSpeech engine ("speechd", "flite"); empty picks
    // the installed engine with voices for most of the desk's languages.
    explicit ReadAloud(const QString& engine = {}, QObject* parent = nullptr);
    ~ReadAloud() override;

    // The TextToSpeech engines installed on this system.
    static QStringList installedEngines();
    // The engine in use; empty when none could be started.
    QString engineName() const { return m_engineName; }
    // "nl", "en", "de": chooses the voice. Stops what is being read.
    void setLanguage(const QString& language);
    QString language() const { return m_language; }
    // The locale of the voice speaking; QLocale::C when unavailable.
    QLocale voiceLocale() const;
    // An engine runs and has a voice for the current language.
    bool isAvailable() const { return m_available; }
    bool isSpeaking() const { return m_speaking; }

    // Stops anything being read, then reads `text`. Ignored while unavailable.
    void read(const QString& text);
    void stop();

    // What a person sees under `root`, in reading order (top to bottom, then
    // left to right): the visible labels' texts, each as its own sentence.
    // A label whose "readAloud" property is false is skipped (dots for a
    // PIN, decorations); one whose property is "spell" is read character by
    // character, as a code must be.
    static QString textOf(const QWidget* root);

signals:
    void availabilityChanged(bool available);
    void speakingChanged(bool speaking);

private:
    void chooseVoice();
    void setSpeaking(bool speaking);

    QTextToSpeech* m_speech = nullptr;
    QString m_engineName;
    QString m_language;
    bool m_available = false;
    bool m_speaking = false;
};

} // namespace buurtmunt
