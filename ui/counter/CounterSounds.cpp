// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "CounterSounds.h"

#include <QAudioDevice>
#include <QFile>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QTemporaryDir>
#include <QUrl>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace buurtmunt {

namespace {

constexpr int SampleRate = 22050;

struct Tone {
    double frequency;
    int milliseconds;
    bool square;  // a buzz is harsh on purpose
};

void appendLittleEndian(QByteArray& bytes, quint32 value, int size)
{
    for (int i = 0; i < size; ++i)
        bytes.append(char((value >> (8 * i)) & 0xFF));
}

QByteArray wav(const QList<Tone>& tones)
{
    QByteArray samples;
    for (const Tone& tone : tones) {
        const int count = SampleRate * tone.milliseconds / 1000;
        const int fade = SampleRate / 100;  // 10 ms ramps: no clicks
        for (int i = 0; i < count; ++i) {
            const double phase = 2.0 * std::numbers::pi * tone.frequency * i / SampleRate;
            double value = std::sin(phase);
            if (tone.square)
                value = value >= 0 ? 0.6 : -0.6;
            const double envelope = std::min({1.0, double(i) / fade, double(count - i) / fade});
            const auto sample = qint16(std::lround(value * envelope * 0.5 * 32767));
            appendLittleEndian(samples, quint16(sample), 2);
        }
    }
    QByteArray file("RIFF");
    appendLittleEndian(file, quint32(36 + samples.size()), 4);
    file.append("WAVEfmt ");
    appendLittleEndian(file, 16, 4);             // fmt chunk size
    appendLittleEndian(file, 1, 2);              // PCM
    appendLittleEndian(file, 1, 2);              // mono
    appendLittleEndian(file, SampleRate, 4);
    appendLittleEndian(file, SampleRate * 2, 4); // bytes per second
    appendLittleEndian(file, 2, 2);              // block align
    appendLittleEndian(file, 16, 2);             // bits per sample
    file.append("data");
    appendLittleEndian(file, quint32(samples.size()), 4);
    file.append(samples);
    return file;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

CounterSounds::CounterSounds(QObject* parent)
    : QObject(parent)
{
    // Asking for an output that does not exist can stall some backends;
    // without one there is nothing to hear anyway.
    if (QMediaDevices::audioOutputs().isEmpty())
        return;
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid())
        return;
    m_acceptFile = m_dir->filePath(u"accept.wav"_s);
    m_refuseFile = m_dir->filePath(u"refuse.wav"_s);
    if (!writeFile(m_acceptFile, toneWav(Sound::Accept)) || !writeFile(m_refuseFile, toneWav(Sound::Refuse))) {
        qWarning("Counter sounds could not be written to %s; the counter stays silent", qPrintable(m_dir->path()));
        return;
    }
    m_accept = new QSoundEffect(this);
    m_accept->setSource(QUrl::fromLocalFile(m_acceptFile));
    m_refuse = new QSoundEffect(this);
    m_refuse->setSource(QUrl::fromLocalFile(m_refuseFile));
}

CounterSounds::~CounterSounds() = default;

bool CounterSounds::play(Sound sound)
{
    m_lastRequested = sound;
    QSoundEffect* effect = sound == Sound::Accept ? m_accept : (sound == Sound::Refuse ? m_refuse : nullptr);
    if (!effect)
        return false;
    effect->stop();
    effect->play();
    return true;
}

QByteArray CounterSounds::toneWav(Sound sound)
{
    if (sound == Sound::Accept)
        return wav({{880.0, 120, false}, {1318.5, 220, false}});  // A5 then E6: a rising "ding-dong"
    if (sound == Sound::Refuse)
        return wav({{160.0, 220, true}, {0.0, 60, false}, {160.0, 320, true}});
    return {};
}

} // namespace buurtmunt
