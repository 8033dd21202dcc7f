// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "KioskResidentDriver.h"

#include "core/store/TaskListModel.h"
#include "ui/common/CoinText.h"
#include "ui/common/LanguageSwitcher.h"
#include "ui/common/ReadAloud.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QVBoxLayout>
#include <QtEndian>
#include <QtTest>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;
using namespace buurtmunt;
using namespace buurtmunt::test;

namespace {

// The kiosk's loudspeaker, as the test hears it: a private PulseAudio server
// whose only output is a null sink, a speech-dispatcher of the test's own
// that plays into it, and a recording of that sink's monitor. The app's
// engine finds this speech-dispatcher through SPEECHD_ADDRESS, as it finds
// the session's one on a kiosk.
class Loudspeaker final {
public:
    static constexpr int sampleRate = 16000;

    Loudspeaker()
    {
        QObject::connect(&m_recorder, &QProcess::readyReadStandardOutput, &m_recorder,
                         [this] { m_samples += m_recorder.readAllStandardOutput(); });
    }

    bool start(QString* error)
    {
        for (const char* tool : {"pulseaudio", "parec", "speech-dispatcher"}) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty()) {
                *error = QString::fromLatin1(tool) + u" is not installed (scripts/install-deps.sh installs it)"_s;
                return false;
            }
        }
        if (!m_dir.isValid()) {
            *error = u"no temporary directory"_s;
            return false;
        }
        const QString runtime = m_dir.filePath(u"run"_s);
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        m_socket = m_dir.filePath(u"native"_s);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_dir.path());
        env.insert(u"XDG_RUNTIME_DIR"_s, runtime);
        m_server.setProcessEnvironment(env);
        m_server.setProcessChannelMode(QProcess::MergedChannels);
        m_server.start(u"pulseaudio"_s,
                       {u"--daemonize=no"_s, u"--exit-idle-time=-1"_s, u"--use-pid-file=no"_s,
                        u"--disable-shm=yes"_s, u"-n"_s, u"--log-target=stderr"_s,
                        u"--load=module-null-sink sink_name=kiosk_speaker rate=%1 channels=1"_s.arg(sampleRate),
                        u"--load=module-native-protocol-unix auth-anonymous=1 socket=%1"_s.arg(m_socket)});
        if (!m_server.waitForStarted(5000)
            || !QTest::qWaitFor([&] { return QFileInfo::exists(m_socket); }, 10000)) {
            *error = u"PulseAudio did not start: "_s + QString::fromLocal8Bit(m_server.readAll());
            return false;
        }
        // Sound from this process (the flite engine) plays here too.
        qputenv("PULSE_SERVER", "unix:" + m_socket.toLocal8Bit());

        const QString speechSocket = m_dir.filePath(u"speechd.sock"_s);
        env.insert(u"PULSE_SERVER"_s, u"unix:"_s + m_socket);
        m_speech.setProcessEnvironment(env);
        m_speech.setProcessChannelMode(QProcess::MergedChannels);
        m_speech.start(u"speech-dispatcher"_s,
                       {u"--run-single"_s, u"--communication-method"_s, u"unix_socket"_s,
                        u"--socket-path"_s, speechSocket, u"--timeout"_s, u"0"_s,
                        u"--pid-file"_s, m_dir.filePath(u"speechd.pid"_s), u"--log-dir"_s, m_dir.path()});
        if (!m_speech.waitForStarted(5000)
            || !QTest::qWaitFor([&] { return QFileInfo::exists(speechSocket); }, 10000)) {
            *error = u"speech-dispatcher did not start: "_s + QString::fromLocal8Bit(m_speech.readAll());
            return false;
        }
        qputenv("SPEECHD_ADDRESS", "unix_socket:" + speechSocket.toLocal8Bit());
        return true;
    }

    ~Loudspeaker()
    {
        stopRecording();
        for (QProcess* process : {&m_speech, &m_server}) {
            process->terminate();
            if (!process->waitForFinished(3000))
                process->kill();
            process->waitForFinished(1000);
        }
    }

    bool startRecording(QString* error)
    {
        m_samples.clear();
        m_recorder.start(u"parec"_s, {u"--server=unix:"_s + m_socket, u"--device=kiosk_speaker.monitor"_s,
                                      u"--format=s16le"_s, u"--rate=%1"_s.arg(sampleRate),
                                      u"--channels=1"_s, u"--raw"_s, u"--latency-msec=20"_s});
        if (!m_recorder.waitForStarted(5000)) {
            *error = u"parec did not start: "_s + m_recorder.errorString();
            return false;
        }
        // The monitor sends samples only while something plays; give the
        // recorder a moment to attach before anything does.
        QTest::qWait(300);
        if (m_recorder.state() != QProcess::Running) {
            *error = u"parec stopped: "_s + QString::fromLocal8Bit(m_recorder.readAllStandardError());
            return false;
        }
        return true;
    }

    void stopRecording()
    {
        if (m_recorder.state() == QProcess::NotRunning)
            return;
        m_recorder.terminate();
        m_recorder.waitForFinished(2000);
        m_samples += m_recorder.readAllStandardOutput();
    }

    bool isRecording() const { return m_recorder.state() == QProcess::Running; }
    // Bytes recorded so far: a mark to measure from.
    qsizetype mark() const { return m_samples.size(); }

    // How long something above a whisper sounded after `from`, in
    // milliseconds, counted in 20 ms windows.
    int voicedMs(qsizetype from = 0) const
    {
        const int window = sampleRate / 50;
        const auto* data = reinterpret_cast<const uchar*>(m_samples.constData());
        const qsizetype count = m_samples.size() / 2;
        int voiced = 0;
        for (qsizetype start = from / 2; start + window <= count; start += window) {
            double sum = 0;
            for (qsizetype i = start; i < start + window; ++i) {
                const double s = qFromLittleEndian<qint16>(data + 2 * i);
                sum += s * s;
            }
            // -36 dBFS: speech is far above it, the null sink's silence is 0.
            if (std::sqrt(sum / window) > 500)
                ++voiced;
        }
        return voiced * 20;
    }

private:
    QTemporaryDir m_dir;
    QString m_socket;
    QProcess m_server;
    QProcess m_speech;
    QProcess m_recorder;
    QByteArray m_samples;
};

} // namespace

// Read-aloud at the kiosk, heard as a resident hears it: the real window
// against the real demo server, the system's speech engine (speech-dispatcher
// with espeak-ng) and a loudspeaker the test records.
class TestKioskReadAloud : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void readingOrderFollowsThePage();
    void codesAreSpelledAndPinDotsNeverRead();
    void readsTheChosenTaskInDutch();
    void voiceFollowsTheLanguageChosen();
    void leavingThePageOrLoggingOutSilencesIt();
    void noVoiceForTheLanguageHidesTheButton();
    void automaticChoiceSpeaksEveryKioskLanguage();
    void unknownEngineOnTheCommandLineIsRefused();

private:
    QPushButton* button() const { return m_kiosk.find<QPushButton>(u"readAloudButton"_s); }
    void switchLanguage(const QString& language)
    {
        QTest::mouseClick(m_kiosk.find<QPushButton>(language + u"LanguageButton"_s), Qt::LeftButton);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCoreApplication::processEvents();
    }

    Loudspeaker m_speaker;
    KioskResidentDriver m_kiosk;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ReadAloud> m_readAloud;
};

void TestKioskReadAloud::initTestCase()
{
    Theme::kiosk().apply(*qApp);
    QString error;
    QVERIFY2(m_speaker.start(&error), qPrintable(error));
    QVERIFY2(m_kiosk.start(&error), qPrintable(error));
    QVERIFY2(ReadAloud::installedEngines().contains(u"speechd"_s),
             "the speech-dispatcher engine for Qt TextToSpeech (qt6-speech-speechd-plugin) is not installed");
}

void TestKioskReadAloud::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    QVERIFY2(m_kiosk.openKiosk(m_dir->path(), &error), qPrintable(error));
    m_readAloud = std::make_unique<ReadAloud>(u"speechd"_s);
    m_kiosk.window()->setReadAloud(m_readAloud.get());
}

void TestKioskReadAloud::cleanup()
{
    m_kiosk.closeKiosk();
    m_readAloud.reset();
    m_speaker.stopRecording();
    m_dir.reset();
}

void TestKioskReadAloud::readingOrderFollowsThePage()
{
    // Two columns: the left one is read to its end before the right one,
    // whatever the heights; hidden text and markup are not read.
    QWidget page;
    auto* columns = new QHBoxLayout(&page);
    auto* left = new QVBoxLayout;
    auto* right = new QVBoxLayout;
    columns->addLayout(left);
    columns->addLayout(right);
    right->addWidget(new QLabel(u"Right top"_s));
    left->addWidget(new QLabel(u"Left top"_s));
    left->addWidget(new QLabel(u"<b>Left</b> bottom"_s));
    auto* hidden = new QLabel(u"Hidden"_s);
    left->addWidget(hidden);
    hidden->hide();
    right->addWidget(new QLabel(u"Right bottom!\nSecond line"_s));
    auto* grid = new QGridLayout;
    right->addLayout(grid);
    grid->addWidget(new QLabel(u"Row 2"_s), 1, 0);
    grid->addWidget(new QLabel(u"Row 1"_s), 0, 0);
    QCOMPARE(ReadAloud::textOf(&page),
             u"Left top.\nLeft bottom.\nRight top.\nRight bottom!\nSecond line.\nRow 1.\nRow 2."_s);
}

void TestKioskReadAloud::codesAreSpelledAndPinDotsNeverRead()
{
    QWidget page;
    auto* layout = new QVBoxLayout(&page);
    auto* code = new QLabel(u"K7DM-4QXP-9TR2"_s);
    code->setProperty("readAloud", u"spell"_s);
    layout->addWidget(code);
    QCOMPARE(ReadAloud::textOf(&page), u"K 7 D M, 4 Q X P, 9 T R 2."_s);

    // On the real PIN pad, with two digits typed: the title is read, the
    // dots that show how many digits were typed are not.
    QString error;
    const auto [pass, pin] = m_kiosk.resident(u"Ria Schepers"_s);
    QVERIFY2(m_kiosk.click(u"loginButton"_s, &error), qPrintable(error));
    QTest::keyClicks(m_kiosk.find<QLineEdit>(u"passEdit"_s), pass);
    QVERIFY2(m_kiosk.click(u"passNextButton"_s, &error), qPrintable(error));
    QVERIFY2(m_kiosk.waitForPage(u"pinPadPage"_s, &error), qPrintable(error));
    QVERIFY2(m_kiosk.click(u"pinDigit"_s + pin.at(0), &error), qPrintable(error));
    QVERIFY2(m_kiosk.click(u"pinDigit"_s + pin.at(1), &error), qPrintable(error));
    const QString dots = m_kiosk.text(u"pinDots"_s);
    QVERIFY2(!dots.trimmed().isEmpty(), "the PIN pad shows no dots for typed digits");
    QCOMPARE(m_kiosk.window()->pageToRead()->objectName(), u"pinPadPage"_s);
    const QString spoken = ReadAloud::textOf(m_kiosk.window()->pageToRead());
    QVERIFY2(spoken.contains(m_kiosk.text(u"pinTitle"_s)), qPrintable(spoken));
    for (const QChar dot : dots) {
        if (!dot.isSpace())
            QVERIFY2(!spoken.contains(dot), qPrintable(spoken));
    }
    QVERIFY2(!spoken.contains(pass) && !spoken.contains(pin), qPrintable(spoken));
}

void TestKioskReadAloud::readsTheChosenTaskInDutch()
{
    QString error;
    QVERIFY2(m_readAloud->isAvailable(), "speech-dispatcher has no Dutch voice");
    QCOMPARE(m_readAloud->voiceLocale().language(), QLocale::Dutch);
    QVERIFY(button()->isVisible());
    QCOMPARE(button()->text(), u"Voorlezen"_s);
    QVERIFY(button()->width() >= 44 && button()->height() >= 44);

    QVERIFY2(m_kiosk.selectTask(1, &error), qPrintable(error));
    const QModelIndex task = m_kiosk.window()->taskList()->currentIndex();
    const QString spoken = ReadAloud::textOf(m_kiosk.window()->pageToRead());
    const CoinText coins(u"Heitje"_s, u"Heitjes"_s);
    for (const QString& expected : {task.data(TaskListModel::TitleRole).toString(),
                                    task.data(TaskListModel::AddressRole).toString(),
                                    coins.format(task.data(TaskListModel::RewardCentsRole).toLongLong(),
                                                 QLocale(QLocale::Dutch, QLocale::Netherlands)).simplified()})
        QVERIFY2(spoken.contains(expected), qPrintable(expected + u" is not in: "_s + spoken));
    // In the order on screen: what the task is before where it is.
    QVERIFY(spoken.indexOf(task.data(TaskListModel::TitleRole).toString())
            < spoken.indexOf(task.data(TaskListModel::AddressRole).toString()));

    QVERIFY2(m_speaker.startRecording(&error), qPrintable(error));
    const qsizetype before = m_speaker.mark();
    QTest::mouseClick(button(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_readAloud->isSpeaking(), 10000);
    QCOMPARE(button()->text(), u"Stop voorlezen"_s);
    QCOMPARE(button()->accessibleName(), u"Stop met voorlezen"_s);
    // With BUURTMUNT_SCREENSHOT_DIR set: the kiosk while it reads a task.
    if (const QString dir = qEnvironmentVariable("BUURTMUNT_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(m_kiosk.window()->grab().save(QDir(dir).filePath(u"kiosk-read-aloud.png"_s)));
    // The whole panel takes most of a minute; three seconds of it are heard,
    // then the same button stops it.
    QTRY_VERIFY2_WITH_TIMEOUT(m_speaker.voicedMs(before) >= 3000,
                              qPrintable(u"%1 ms of speech heard so far"_s.arg(m_speaker.voicedMs(before))), 30000);
    QVERIFY(m_readAloud->isSpeaking());
    QTest::mouseClick(button(), Qt::LeftButton);
    QVERIFY(!m_readAloud->isSpeaking());
    QCOMPARE(button()->text(), u"Voorlezen"_s);
    QTest::qWait(600);
    const qsizetype stopped = m_speaker.mark();
    QTest::qWait(1500);
    QCOMPARE(m_speaker.voicedMs(stopped), 0);
    QVERIFY(!m_readAloud->isSpeaking());
}

void TestKioskReadAloud::voiceFollowsTheLanguageChosen()
{
    switchLanguage(u"de"_s);
    QVERIFY(m_readAloud->isAvailable());
    QCOMPARE(m_readAloud->voiceLocale().language(), QLocale::German);
    QCOMPARE(button()->text(), u"Vorlesen"_s);
    switchLanguage(u"en"_s);
    QCOMPARE(m_readAloud->voiceLocale().language(), QLocale::English);
    QCOMPARE(button()->text(), u"Read aloud"_s);

    // In German the login page is read by the German voice, to its end,
    // after which the button offers reading again.
    switchLanguage(u"de"_s);
    QString error;
    QVERIFY2(m_kiosk.click(u"loginButton"_s, &error), qPrintable(error));
    QVERIFY2(m_kiosk.waitForPage(u"loginPage"_s, &error), qPrintable(error));
    QVERIFY2(m_speaker.startRecording(&error), qPrintable(error));
    const qsizetype before = m_speaker.mark();
    QTest::mouseClick(button(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_readAloud->isSpeaking(), 10000);
    QCOMPARE(button()->text(), u"Vorlesen beenden"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!m_readAloud->isSpeaking(), 60000);
    QCOMPARE(button()->text(), u"Vorlesen"_s);
    QTest::qWait(300);
    QVERIFY2(m_speaker.voicedMs(before) >= 1500, qPrintable(u"%1 ms heard"_s.arg(m_speaker.voicedMs(before))));

    // The next visitor starts in Dutch, and so does the voice.
    m_kiosk.window()->resetForNextVisitor();
    QCOMPARE(m_readAloud->voiceLocale().language(), QLocale::Dutch);
}

void TestKioskReadAloud::leavingThePageOrLoggingOutSilencesIt()
{
    QString error;
    QVERIFY2(m_kiosk.logIn(u"Ria Schepers"_s, &error), qPrintable(error));
    QVERIFY2(m_kiosk.click(u"myTasksButton"_s, &error), qPrintable(error));
    QVERIFY2(m_kiosk.waitForPage(u"myTasksPage"_s, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!m_kiosk.window()->residentSession()->isBusy(), 20000);
    // The voice reads the words; spaces that only keep an amount together
    // on screen are ordinary spaces to it.
    const QString balance = m_kiosk.text(u"balanceLabel"_s).simplified();
    const QString page = ReadAloud::textOf(m_kiosk.window()->pageToRead());
    QVERIFY2(page.contains(balance), qPrintable(balance + u" is not in: "_s + page));

    // Her balance is being read when she taps Log out: the voice stops with
    // the page, and the loudspeaker goes quiet.
    QVERIFY2(m_speaker.startRecording(&error), qPrintable(error));
    QTest::mouseClick(button(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_readAloud->isSpeaking(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_speaker.voicedMs() >= 400, 10000);
    QVERIFY2(m_kiosk.click(u"logoutButton"_s, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!m_kiosk.window()->residentSession()->isLoggedIn(), 20000);
    QVERIFY(!m_readAloud->isSpeaking());
    // Let what was already in the sound card's buffer play out, then listen.
    QTest::qWait(600);
    const qsizetype afterLogout = m_speaker.mark();
    QTest::qWait(2500);
    QVERIFY(m_speaker.isRecording());
    QCOMPARE(m_speaker.voicedMs(afterLogout), 0);
    QVERIFY(!m_readAloud->isSpeaking());

    // Choosing another task stops reading the first one, too.
    QVERIFY2(m_kiosk.selectTask(1, &error), qPrintable(error));
    QTest::mouseClick(button(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_readAloud->isSpeaking(), 10000);
    QVERIFY2(m_kiosk.selectTask(2, &error), qPrintable(error));
    QVERIFY(!m_readAloud->isSpeaking());
    QCOMPARE(button()->text(), u"Voorlezen"_s);
}

void TestKioskReadAloud::noVoiceForTheLanguageHidesTheButton()
{
    // Flite speaks English only: in Dutch the kiosk offers no read-aloud
    // rather than read Dutch with an English voice; in English it does.
    auto flite = std::make_unique<ReadAloud>(u"flite"_s);
    QCOMPARE(flite->engineName(), u"flite"_s);
    m_kiosk.window()->setReadAloud(flite.get());
    QVERIFY(!flite->isAvailable());
    QVERIFY(!button()->isVisible());
    switchLanguage(u"en"_s);
    QVERIFY(flite->isAvailable());
    QVERIFY(button()->isVisible());
    switchLanguage(u"nl"_s);
    QVERIFY(!button()->isVisible());

    // An engine that is not installed: never offered, nothing read.
    auto missing = std::make_unique<ReadAloud>(u"no-such-engine"_s);
    QVERIFY(missing->engineName().isEmpty());
    m_kiosk.window()->setReadAloud(missing.get());
    switchLanguage(u"en"_s);
    QVERIFY(!missing->isAvailable());
    QVERIFY(!button()->isVisible());
    missing->read(u"Hello"_s);
    QVERIFY(!missing->isSpeaking());
    m_kiosk.window()->setReadAloud(nullptr);
    QVERIFY(!button()->isVisible());
}

void TestKioskReadAloud::automaticChoiceSpeaksEveryKioskLanguage()
{
    // Both engines are installed here; only speech-dispatcher has Dutch and
    // German voices, so that is the one a kiosk gets without being told.
    QVERIFY(ReadAloud::installedEngines().contains(u"flite"_s));
    ReadAloud automatic;
    QCOMPARE(automatic.engineName(), u"speechd"_s);
    for (const QString& language : LanguageSwitcher::supportedLanguages()) {
        automatic.setLanguage(language);
        QVERIFY2(automatic.isAvailable(), qPrintable(language));
        QCOMPARE(automatic.voiceLocale().language(), QLocale(language).language());
    }
}

void TestKioskReadAloud::unknownEngineOnTheCommandLineIsRefused()
{
    const QString app = qEnvironmentVariable("BUURTMUNT_APP_BIN");
    QVERIFY2(QFileInfo(app).isExecutable(), "BUURTMUNT_APP_BIN does not name the built app");
    const QString dataDir = m_dir->filePath(u"never-made"_s);
    QProcess process;
    process.start(app, {u"--read-aloud"_s, u"no-such-engine"_s, u"--data-dir"_s, dataDir});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    const QString error = QString::fromLocal8Bit(process.readAllStandardError());
    QVERIFY2(error.contains(u"--read-aloud"_s) && error.contains(u"no-such-engine"_s)
                 && error.contains(u"speechd"_s), qPrintable(error));
    // Refused before anything was opened or written.
    QVERIFY(!QFileInfo::exists(dataDir));
}

QTEST_MAIN(TestKioskReadAloud)
#include "TestKioskReadAloud.moc"
