// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ui/counter/CounterSounds.h"

#include <QAudioDevice>
#include <QElapsedTimer>
#include <QMediaDevices>
#include <QtEndian>
#include <QtTest>

using namespace buurtmunt;

// The chime and the buzz are real WAV files any player accepts, and a
// counter without speakers neither fails nor waits when a sound is due.
class TestCounterSounds : public QObject {
    Q_OBJECT

private slots:
    void tonesAreValidWavFiles_data();
    void tonesAreValidWavFiles();
    void noAudioOutputIsQuietAndQuick();
};

void TestCounterSounds::tonesAreValidWavFiles_data()
{
    QTest::addColumn<int>("sound");
    QTest::newRow("accept chime") << int(CounterSounds::Sound::Accept);
    QTest::newRow("refuse buzz") << int(CounterSounds::Sound::Refuse);
}

void TestCounterSounds::tonesAreValidWavFiles()
{
    QFETCH(int, sound);
    const QByteArray wav = CounterSounds::toneWav(CounterSounds::Sound(sound));
    QVERIFY(wav.size() > 44);
    QCOMPARE(wav.left(4), QByteArray("RIFF"));
    QCOMPARE(qFromLittleEndian<quint32>(wav.constData() + 4), quint32(wav.size() - 8));
    QCOMPARE(wav.mid(8, 8), QByteArray("WAVEfmt "));
    QCOMPARE(qFromLittleEndian<quint16>(wav.constData() + 20), quint16(1));   // PCM
    QCOMPARE(qFromLittleEndian<quint16>(wav.constData() + 22), quint16(1));   // mono
    const quint32 rate = qFromLittleEndian<quint32>(wav.constData() + 24);
    QCOMPARE(qFromLittleEndian<quint16>(wav.constData() + 34), quint16(16));  // bits
    QCOMPARE(wav.mid(36, 4), QByteArray("data"));
    const quint32 dataSize = qFromLittleEndian<quint32>(wav.constData() + 40);
    QCOMPARE(dataSize, quint32(wav.size() - 44));
    // Short enough not to hold up the next customer, long enough to hear.
    const double seconds = double(dataSize) / 2.0 / rate;
    QVERIFY2(seconds >= 0.2 && seconds <= 1.0, qPrintable(QString::number(seconds)));
    // Not silence, and never clipping.
    qint16 peak = 0;
    for (quint32 i = 0; i < dataSize / 2; ++i)
        peak = std::max<qint16>(peak, qAbs(qFromLittleEndian<qint16>(wav.constData() + 44 + 2 * i)));
    QVERIFY(peak > 8000 && peak < 32767);
}

void TestCounterSounds::noAudioOutputIsQuietAndQuick()
{
    QElapsedTimer timer;
    timer.start();
    CounterSounds sounds;
    QCOMPARE(sounds.lastRequested(), CounterSounds::Sound::None);
    const bool played = sounds.play(CounterSounds::Sound::Refuse);
    QCOMPARE(sounds.lastRequested(), CounterSounds::Sound::Refuse);
    QVERIFY2(timer.elapsed() < 2000, "asking for a sound must not block the counter");
    if (QMediaDevices::audioOutputs().isEmpty()) {
        QVERIFY(!played);
        QVERIFY(!sounds.hasAudioOutput());
    } else {
        QVERIFY(played);
        QVERIFY(QFile::exists(sounds.refuseFile()));
    }
}

QTEST_MAIN(TestCounterSounds)
#include "TestCounterSounds.moc"
