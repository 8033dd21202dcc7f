// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QSoundEffect;
class QTemporaryDir;

namespace buurtmunt {

// The counter's two sounds: a rising chime for an accepted voucher and a low
// buzz for a refused one, so the shopkeeper hears the answer while looking at
// the customer. The tones are generated once into WAV files (no sound files
// to ship or license). Without an audio output (a test, a PC without
// speakers) nothing is played and nothing waits or fails.
class CounterSounds final : public QObject {
    Q_OBJECT
public:
    enum class Sound { None, Accept, Refuse };

    explicit CounterSounds(QObject* parent = nullptr);
    ~CounterSounds() override;

    // Returns true when the sound was handed to an audio output.
    bool play(Sound sound);

    bool hasAudioOutput() const { return m_accept != nullptr; }
    // The last sound asked for, played or not; tests read it.
    Sound lastRequested() const { return m_lastRequested; }
    QString acceptFile() const { return m_acceptFile; }
    QString refuseFile() const { return m_refuseFile; }

    // 16-bit mono PCM WAV of the chime or buzz; public so tests can check it.
    static QByteArray toneWav(Sound sound);

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_acceptFile;
    QString m_refuseFile;
    QSoundEffect* m_accept = nullptr;
    QSoundEffect* m_refuse = nullptr;
    Sound m_lastRequested = Sound::None;
};

} // namespace buurtmunt
