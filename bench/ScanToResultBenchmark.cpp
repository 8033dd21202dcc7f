// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ScanToResultBenchmark.h"

#include "CounterTestSupport.h"
#include "FrameSamples.h"

#include "core/counter/CounterSession.h"
#include "core/store/LocalStore.h"
#include "ui/common/VideoFrameDecoder.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimer>
#include <QVideoSink>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace buurtmunt {

namespace {

Error setupError(const QString& what)
{
    return {u"setup"_s, what};
}

} // namespace

double ScanToResultBenchmark::percentile(QList<double> values, double fraction)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    // Nearest rank: the value at or below which `fraction` of the samples lie.
    const auto rank = qsizetype(std::ceil(fraction * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

Result<ScanToResultBenchmark::Figures> ScanToResultBenchmark::run(const Options& options)
{
    qputenv("BUURTMUNT_SERVER_BIN", options.serverBinary.toLocal8Bit());
    test::ServerProcess server;
    test::ServerProcess::Options serverOptions = test::ServerProcess::Options::withDemoData();
    // The access log goes to a pipe this process drains; leave it out of the measurement.
    serverOptions.extraArguments << u"--no-access-log"_s;
    if (!server.start(serverOptions))
        return setupError(server.errorString());

    QString error;
    if (!test::setServerSetting(server, u"voucher.maxOpen"_s, QString::number(options.vouchers + 10), &error))
        return setupError(error);
    QNetworkAccessManager network;
    test::VoucherMint mint(server, &network);
    // Two demo tasks (27 coins) pay for the vouchers of 10 cents each.
    if (!mint.setUp(&error) || !mint.fund(u"Joep Vliegen"_s, {1, 2}, &error))
        return setupError(error);
    QStringList tokens;
    for (int i = 0; i < options.vouchers; ++i) {
        const QJsonObject voucher = mint.voucher(10, &error);
        if (voucher.isEmpty())
            return setupError(u"voucher %1: %2"_s.arg(i).arg(error));
        tokens.append(voucher.value(u"token"_s).toString());
    }

    QString secret;
    const auto enrolment = test::enrolCounter(server, &network, 1, &secret, &error);
    if (!enrolment)
        return setupError(error);
    QTemporaryDir dir;
    LocalStore store(dir.path());
    if (const Status opened = store.open(); !opened)
        return setupError(opened.error().message);
    ApiClient api(&network);
    test::pinTo(api, server);
    api.setDeviceCredentials(enrolment->deviceId.value(), secret);
    api.setRole(u"counter"_s);
    CounterSession session(&api, &store, *enrolment);
    {
        QEventLoop loop;
        QObject::connect(&session, &CounterSession::refreshed, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        session.start();
        loop.exec();
    }
    if (!session.shop().isValid())
        return setupError(u"the counter did not load its shop"_s);
    const qint64 balanceBefore = session.shop().balance.cents();

    // The counter window's wiring: camera decoder -> session.
    VideoFrameDecoder decoder;
    QObject::connect(&decoder, &VideoFrameDecoder::decoded, &session,
                     [&session](const QString& text) { session.submitCode(text, ScanSource::Camera); });

    Figures figures;
    for (int i = 0; i < tokens.size(); ++i) {
        // Rendering the picture is the camera's work, not the counter's: outside t0.
        const QImage picture = frames::scene(tokens.at(i), QSize(1280, 720), (i % 7) - 3, 8, quint32(i + 1));
        const QVideoFrame frame = frames::toFrame(picture, QVideoFrameFormat::Format_NV12);
        QEventLoop loop;
        ScanOutcome outcome;
        bool got = false;
        const auto connection = QObject::connect(&session, &CounterSession::outcome, &loop,
                                                 [&](const ScanOutcome& o) {
                                                     outcome = o;
                                                     got = true;
                                                     loop.quit();
                                                 });
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        QElapsedTimer timer;
        timer.start();
        decoder.videoSink()->setVideoFrame(frame);
        if (!got)
            loop.exec();
        const qint64 nanoseconds = timer.nsecsElapsed();
        QObject::disconnect(connection);
        if (!got)
            return Error{u"timeout"_s, u"voucher %1: no outcome within 10 s (decoded frames: %2)"_s.arg(i).arg(
                                           decoder.framesDecoded())};
        if (outcome.kind != ScanOutcome::Accepted)
            return Error{u"not-accepted"_s,
                         u"voucher %1 was refused: %2 %3"_s.arg(i).arg(outcome.refusal, outcome.message)};
        figures.latenciesMs.append(double(nanoseconds) / 1e6);
        figures.redeemedCents += outcome.amount.cents();
        // Let the session's follow-up reads (shop, today) finish, as they
        // would between two customers.
        QEventLoop settle;
        QTimer::singleShot(20, &settle, &QEventLoop::quit);
        settle.exec();
    }

    {
        QEventLoop loop;
        QObject::connect(&session, &CounterSession::refreshed, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        session.refresh();
        loop.exec();
    }
    if (session.shop().balance.cents() != balanceBefore + figures.redeemedCents)
        return Error{u"balance"_s, u"the shop's balance is %1 cents, expected %2"_s.arg(session.shop().balance.cents())
                                       .arg(balanceBefore + figures.redeemedCents)};

    figures.p50Ms = percentile(figures.latenciesMs, 0.50);
    figures.p95Ms = percentile(figures.latenciesMs, 0.95);
    figures.maxMs = *std::max_element(figures.latenciesMs.cbegin(), figures.latenciesMs.cend());
    return figures;
}

} // namespace buurtmunt
