// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "SyncBenchmark.h"

#include "core/domain/Crypto.h"

#include "core/net/ApiClient.h"
#include "core/net/ApiResult.h"
#include "core/net/Fingerprint.h"
#include "core/store/LocalStore.h"
#include "core/sync/TaskSync.h"
#include "server/Database.h"
#include "server/Migrations.h"
#include "server/TaskService.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslError>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <array>
#include <functional>
#include <string_view>

using namespace Qt::StringLiterals;

namespace buurtmunt::bench {

namespace {

constexpr int kRequestTimeoutMs = 120000;

double elapsedMs(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Runs the event loop until `done` holds; false on timeout. A short timer
// keeps waking the loop so the deadline is honoured even when nothing arrives.
bool waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    QEventLoop loop;
    QTimer wake;
    wake.start(50);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        loop.processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Phrases a municipality's task list really has (Heerlen's WESH pilot), so
// the JSON on the wire and the rows in the store have realistic lengths.
struct CategoryPhrases {
    const char* category;
    std::array<const char*, 4> actions;
};

const std::array<CategoryPhrases, 7> kCategories{{
    {"painting", {"Bank schilderen", "Hekwerk schilderen", "Afvalbakken schilderen", "Paaltjes opnieuw verven"}},
    {"cleaning", {"Speeltoestellen schoonmaken", "Graffiti verwijderen", "Bushokje schoonmaken", "Straatnaambordjes reinigen"}},
    {"greenery", {"Onkruid wieden", "Plantenbakken beplanten", "Bladeren ruimen", "Heg snoeien"}},
    {"litter", {"Zwerfafval prikken", "Zwerfafval opruimen", "Glasbakomgeving opruimen", "Sloot vrijmaken van afval"}},
    {"social", {"Wandelen met een oudere buurtbewoner", "Voorlezen in de bibliotheek", "Boodschappen doen voor een buurtgenoot",
                "Koffieochtend helpen organiseren"}},
    {"repair", {"Fietsenrek repareren", "Bankje vastzetten", "Losliggende tegels herleggen", "Speeltuinhek afstellen"}},
    {"other", {"Buurtkrant rondbrengen", "Helpen bij de buurtbarbecue", "Kerstverlichting ophangen", "Buurtapp-avond begeleiden"}},
}};

const std::array<const char*, 12> kNeighbourhoods{"Centrum", "Grasbroek", "Meezenbroek", "Heerlerbaan", "Hoensbroek",
                                                  "Schandelen", "Musschemig", "Aarveld", "Heksenberg", "Zeswegen",
                                                  "Molenberg", "Welten"};

const std::array<const char*, 16> kStreets{"Akerstraat", "Grasbroekerweg", "Saroleastraat", "Meezenbroekerweg",
                                           "Hoofdstraat", "Kouvenderstraat", "Schandelerboord", "Musschemigerweg",
                                           "Heksenbergerweg", "Zeswegenstraat", "Willemstraat", "Geerstraat",
                                           "Kruisstraat", "Laanderstraat", "Valkenburgerweg", "Bongerd"};

const std::array<const char*, 8> kSentences{
    "Schuur de oude verf weg en breng twee lagen buitenverf aan; verf, kwasten en schuurpapier zitten in de klusbox.",
    "Meld u bij de beheerder van het buurthuis, die u de sleutel van de materiaalkast geeft en laat zien waar alles staat.",
    "Werk in tweetallen als dat kan: het gaat sneller en het is gezelliger.",
    "Volle afvalzakken zet u bij de container aan de ingang; de gemeente haalt ze de volgende werkdag op.",
    "Maak na afloop een foto van het resultaat, zodat de buitendienst het werk snel kan keuren.",
    "Het werk kan verdeeld over meerdere dagen binnen de periode; spreek dat af met de buurtcoach.",
    "Bij slecht weer gaat de klus niet door; u hoort dat uiterlijk de avond ervoor.",
    "De klusbox haalt u op bij het buurthuis en brengt u dezelfde dag schoon terug.",
};

const std::array<const char*, 5> kSafetyNotes{
    "Draag handschoenen en het veiligheidshesje uit de klusbox.",
    "Werk alleen op de stoep, niet op de rijbaan, en let op fietsers.",
    "Raak naalden en glas niet met de hand aan; meld ze aan de buurtbeheerder.",
    "Til zware zakken met twee personen en gebruik de steekwagen.",
    "Gebruik geen schoonmaakmiddel met chloor en werk niet in de wind.",
};

QString latin(const char* text)
{
    return QString::fromUtf8(text);
}

QString rowValue(double ms)
{
    return ms >= 100 ? u"%1 ms"_s.arg(ms, 0, 'f', 0) : u"%1 ms"_s.arg(ms, 0, 'f', 2);
}

} // namespace

quint64 SyncBenchmark::TaskRouteMetrics::total() const
{
    quint64 sum = 0;
    for (const quint64 value : requestsByStatus)
        sum += value;
    return sum;
}

SyncBenchmark::SyncBenchmark(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

SyncBenchmark::~SyncBenchmark() = default;

void SyncBenchmark::fail(const QString& what, const Error& error) const
{
    out() << "bench_sync: " << what << ": " << error.message << " [" << error.code << "]\n";
    out().flush();
}

Task SyncBenchmark::seedTask(int n)
{
    const CategoryPhrases& category = kCategories.at(size_t(n) % kCategories.size());
    const QString street = latin(kStreets.at(size_t(n / 7) % kStreets.size()));
    Task task;
    task.title = latin(category.actions.at(size_t(n / 3) % category.actions.size())) + u" bij de "_s + street
                 + u" (klus %1)"_s.arg(n);
    QStringList sentences;
    const int sentenceCount = 2 + n % 3;
    for (int i = 0; i < sentenceCount; ++i)
        sentences << latin(kSentences.at(size_t(n + i * 3) % kSentences.size()));
    task.description = sentences.join(u' ');
    task.category = latin(category.category);
    task.neighbourhood = latin(kNeighbourhoods.at(size_t(n) % kNeighbourhoods.size()));
    task.address = street + u' ' + QString::number(1 + n % 180) + u", Heerlen"_s;
    if (n % 10 != 0) {
        task.latitude = 50.86 + double(n % 997) * 0.00007;
        task.longitude = 5.93 + double(n % 991) * 0.00009;
    }
    task.reward = Coins(500 + (n % 11) * 100);
    task.estimatedMinutes = 30 + (n % 8) * 30;
    task.capacity = 1 + n % 6;
    task.slotsTaken = 0;
    task.windowStart = QDate(2026, 11, 1).addDays(n % 30);
    task.windowEnd = task.windowStart.addDays(14 + n % 47);
    // Empty, not null: TaskService::create binds a null QString as NULL,
    // which the schema's NOT NULL on safety_notes refuses.
    task.safetyNotes = n % 4 != 0 ? latin(kSafetyNotes.at(size_t(n) % kSafetyNotes.size())) : u""_s;
    task.toolboxNeeded = category.category != std::string_view("social");
    task.status = TaskStatus::Published;
    return task;
}

Status SyncBenchmark::seed(const QString& dataDir)
{
    auto location = server::DatabaseLocation::sqliteFile(QDir(dataDir).absoluteFilePath(u"buurtmunt.sqlite"_s));
    if (!location)
        return location.error();
    server::Database database(location.value());
    if (Status migrated = server::Migrations::migrate(database); !migrated)
        return migrated;
    return database.transaction([this](QSqlDatabase& db) -> Status {
        for (int n = 1; n <= m_options.tasks; ++n) {
            const Task task = seedTask(n);
            // Only tasks staff could really have created: a seed that breaks
            // the rules would measure something no municipality has.
            if (const QList<Error> problems = task.validate(); !problems.isEmpty())
                return Status::failure(u"bad-seed"_s, u"Seed task %1 breaks a rule: %2"_s.arg(n).arg(problems.first().message));
            if (auto created = server::TaskService::create(db, task); !created)
                return created.error();
        }
        return {};
    });
}

Status SyncBenchmark::enrol()
{
    const QString code = m_server.enrolmentCode(u"kiosk"_s);
    if (code.isEmpty())
        return Status::failure(u"enrolment-code"_s, m_server.errorString());
    QNetworkAccessManager network;
    ApiClient api(&network);
    api.setBaseUrl(m_server.url());
    api.setPinnedFingerprint(m_server.fingerprint());
    std::optional<ApiResult> answer;
    const QString secret = crypto::toBase64Url(crypto::randomBytes(32));
    ApiJob* job = api.send("POST", u"/v1/devices/enrol"_s,
                           {{u"code"_s, code}, {u"name"_s, u"Benchmark-kiosk"_s}, {u"secret"_s, secret}},
                           ApiClient::newIdempotencyKey());
    connect(job, &ApiJob::finished, this, [&answer](const ApiResult& result) { answer = result; });
    if (!waitUntil([&answer] { return answer.has_value(); }, kRequestTimeoutMs))
        return Status::failure(u"timeout"_s, u"POST /v1/devices/enrol got no answer."_s);
    if (!answer->ok())
        return *answer->error;
    const QJsonObject body = answer->body.object();
    m_device.id = body.value(u"deviceId"_s).toInteger();
    m_device.secret = secret;
    if (m_device.id <= 0)
        return Status::failure(u"bad-response"_s, u"The enrolment answer lacks deviceId."_s);
    return {};
}

Result<QByteArray> SyncBenchmark::rawGet(QNetworkAccessManager* network, const QString& pathAndQuery, QByteArray* etag,
                                         int* httpStatus)
{
    QUrl url = m_server.url();
    const qsizetype question = pathAndQuery.indexOf(u'?');
    url.setPath(pathAndQuery.left(question));
    if (question >= 0)
        url.setQuery(pathAndQuery.mid(question + 1));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Device " + QByteArray::number(m_device.id) + ':' + m_device.secret.toLatin1());
    request.setRawHeader("User-Agent", "buurtmunt-bench/" BUURTMUNT_VERSION);
    QNetworkReply* reply = network->get(request);
    const QByteArray pin = m_server.fingerprint();
    connect(reply, &QNetworkReply::sslErrors, reply, [reply, pin](const QList<QSslError>& errors) {
        // Self-signed by design; the pin stands in for the chain, as in ApiJob.
        if (Fingerprint::of(reply->sslConfiguration().peerCertificate()) == pin)
            reply->ignoreSslErrors(errors);
    });
    bool finished = false;
    connect(reply, &QNetworkReply::finished, reply, [&finished] { finished = true; });
    if (!waitUntil([&finished] { return finished; }, kRequestTimeoutMs)) {
        reply->abort();
        reply->deleteLater();
        return Result<QByteArray>::failure(u"timeout"_s, u"GET %1 got no answer."_s.arg(pathAndQuery));
    }
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (httpStatus)
        *httpStatus = status;
    if (etag)
        *etag = reply->rawHeader("ETag");
    if (reply->error() != QNetworkReply::NoError && status == 0)
        return Result<QByteArray>::failure(u"network"_s, u"GET %1: %2"_s.arg(pathAndQuery, reply->errorString()));
    return reply->readAll();
}

Result<SyncBenchmark::TaskRouteMetrics> SyncBenchmark::fetchTaskMetrics(QNetworkAccessManager* network)
{
    int status = 0;
    auto text = rawGet(network, u"/metrics"_s, nullptr, &status);
    if (!text)
        return text.error();
    if (status != 200)
        return Result<TaskRouteMetrics>::failure(u"metrics"_s, u"GET /metrics answered %1."_s.arg(status));
    static const QRegularExpression requests(
        uR"re(^buurtmunt_http_requests_total\{route="/v1/tasks",method="GET",status="(\d+)"\} (\d+)$)re"_s,
        QRegularExpression::MultilineOption);
    static const QRegularExpression sum(
        uR"re(^buurtmunt_http_request_duration_seconds_sum\{route="/v1/tasks",method="GET"\} ([0-9.eE+-]+)$)re"_s,
        QRegularExpression::MultilineOption);
    static const QRegularExpression count(
        uR"re(^buurtmunt_http_request_duration_seconds_count\{route="/v1/tasks",method="GET"\} (\d+)$)re"_s,
        QRegularExpression::MultilineOption);
    const QString body = QString::fromUtf8(text.value());
    TaskRouteMetrics metrics;
    for (auto it = requests.globalMatch(body); it.hasNext();) {
        const auto match = it.next();
        metrics.requestsByStatus.insert(match.captured(1).toInt(), match.captured(2).toULongLong());
    }
    if (const auto match = sum.match(body); match.hasMatch())
        metrics.secondsSum = match.captured(1).toDouble();
    if (const auto match = count.match(body); match.hasMatch())
        metrics.count = match.captured(1).toULongLong();
    return metrics;
}

Result<Samples> SyncBenchmark::measureFullSync()
{
    Samples samples;
    for (int run = 0; run < m_options.fullRuns; ++run) {
        QTemporaryDir dir;
        LocalStore store(dir.path());
        if (Status opened = store.open(); !opened)
            return opened.error();
        // A fresh network manager each time: a kiosk that syncs its first
        // list also pays the TLS handshake.
        QNetworkAccessManager network;
        ApiClient api(&network);
        api.setBaseUrl(m_server.url());
        api.setPinnedFingerprint(m_server.fingerprint());
        api.setDeviceCredentials(m_device.id, m_device.secret);
        api.setRole(u"kiosk"_s);
        api.setTimeout(std::chrono::milliseconds(kRequestTimeoutMs));
        TaskSync sync(&api, &store);
        int changed = -1;
        std::optional<Error> error;
        connect(&sync, &TaskSync::syncFinished, this, [&changed](const QDateTime&, int n) { changed = n; });
        connect(&sync, &TaskSync::syncFailed, this, [&error](const Error& e) { error = e; });

        QElapsedTimer timer;
        timer.start();
        if (!sync.syncNow())
            return Result<Samples>::failure(u"sync-busy"_s, u"TaskSync refused to start."_s);
        if (!waitUntil([&] { return changed >= 0 || error.has_value(); }, kRequestTimeoutMs))
            return Result<Samples>::failure(u"timeout"_s, u"The full sync did not finish in time."_s);
        const double ms = elapsedMs(timer);
        if (error)
            return *error;
        const int stored = store.taskCount().valueOr(-1);
        if (changed != m_options.tasks || stored != m_options.tasks)
            m_verificationFailures << u"Full sync %1 reported %2 changed tasks and stored %3; expected %4."_s.arg(run + 1)
                                          .arg(changed)
                                          .arg(stored)
                                          .arg(m_options.tasks);
        samples.add(ms);
    }
    return samples;
}

Result<Samples> SyncBenchmark::measureRawListing(QList<QByteArray>* lastBodies, TaskRouteMetrics* serverSide)
{
    QNetworkAccessManager metricsNetwork;
    auto before = fetchTaskMetrics(&metricsNetwork);
    if (!before)
        return before.error();
    Samples samples;
    for (int run = 0; run < m_options.fullRuns; ++run) {
        QNetworkAccessManager network;
        QList<QByteArray> bodies;
        QString cursor;
        QElapsedTimer timer;
        timer.start();
        // The same pages TaskSync asks for (the server's default page size);
        // the cursor comes from the ETag so no JSON is parsed here.
        for (int page = 0; page < 1000; ++page) {
            QByteArray etag;
            int status = 0;
            auto body = rawGet(&network, cursor.isEmpty() ? u"/v1/tasks"_s : u"/v1/tasks?since="_s + cursor, &etag, &status);
            if (!body)
                return body.error();
            if (status != 200)
                return Result<Samples>::failure(u"http-%1"_s.arg(status),
                                                u"GET /v1/tasks answered %1: %2"_s.arg(status).arg(QString::fromUtf8(body.value().left(300))));
            cursor = QString::fromLatin1(etag).remove(u'"');
            const bool hasMore = body.value().contains("\"hasMore\":true");
            bodies.append(std::move(body).value());
            if (!hasMore)
                break;
        }
        samples.add(elapsedMs(timer));
        *lastBodies = bodies;
    }
    auto after = fetchTaskMetrics(&metricsNetwork);
    if (!after)
        return after.error();
    serverSide->count = after.value().count - before.value().count;
    serverSide->secondsSum = after.value().secondsSum - before.value().secondsSum;
    return samples;
}

Result<Samples> SyncBenchmark::measureDecode(const QList<QByteArray>& bodies, QList<QList<Task>>* pages)
{
    Samples samples;
    for (int run = 0; run < m_options.fullRuns; ++run) {
        QList<QList<Task>> decoded;
        QElapsedTimer timer;
        timer.start();
        for (const QByteArray& body : bodies) {
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
            if (parseError.error != QJsonParseError::NoError)
                return Result<Samples>::failure(u"bad-response"_s, u"A task page is not JSON: %1"_s.arg(parseError.errorString()));
            const QJsonArray items = document.object().value(u"items"_s).toArray();
            QList<Task> tasks;
            tasks.reserve(items.size());
            for (const QJsonValue& item : items) {
                auto task = Task::fromJson(item.toObject());
                if (!task)
                    return task.error();
                tasks.append(std::move(task).value());
            }
            decoded.append(std::move(tasks));
        }
        samples.add(elapsedMs(timer));
        *pages = std::move(decoded);
    }
    return samples;
}

Result<Samples> SyncBenchmark::measureStoreWrite(const QList<QList<Task>>& pages)
{
    Samples samples;
    for (int run = 0; run < m_options.fullRuns; ++run) {
        QTemporaryDir dir;
        LocalStore store(dir.path());
        if (Status opened = store.open(); !opened)
            return opened.error();
        QElapsedTimer timer;
        timer.start();
        // As TaskSync does it: one transaction and one saved cursor per page.
        SyncState state;
        for (const QList<Task>& page : pages) {
            if (auto stored = store.upsertTasks(page); !stored)
                return stored.error();
            state.cursor = QString::number(page.isEmpty() ? 0 : page.last().id.value());
            if (Status saved = store.saveSyncState(state); !saved)
                return saved.error();
        }
        samples.add(elapsedMs(timer));
    }
    return samples;
}

Result<Samples> SyncBenchmark::measureResync(bool newConnectionEachTime, int runs, TaskRouteMetrics* serverSide)
{
    QTemporaryDir dir;
    LocalStore store(dir.path());
    if (Status opened = store.open(); !opened)
        return opened.error();
    QNetworkAccessManager sharedNetwork;
    QNetworkAccessManager metricsNetwork;

    const auto syncOnce = [&](QNetworkAccessManager* network, QList<int>* statuses, double* ms) -> Result<int> {
        ApiClient api(network);
        api.setBaseUrl(m_server.url());
        api.setPinnedFingerprint(m_server.fingerprint());
        api.setDeviceCredentials(m_device.id, m_device.secret);
        api.setRole(u"kiosk"_s);
        api.setTimeout(std::chrono::milliseconds(kRequestTimeoutMs));
        TaskSync sync(&api, &store);
        int changed = -1;
        std::optional<Error> error;
        connect(&sync, &TaskSync::syncFinished, this, [&changed](const QDateTime&, int n) { changed = n; });
        connect(&sync, &TaskSync::syncFailed, this, [&error](const Error& e) { error = e; });
        QMetaObject::Connection counting;
        if (statuses) {
            counting = connect(network, &QNetworkAccessManager::finished, this, [statuses](QNetworkReply* reply) {
                statuses->append(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
            });
        }
        QElapsedTimer timer;
        timer.start();
        sync.syncNow();
        const bool done = waitUntil([&] { return changed >= 0 || error.has_value(); }, kRequestTimeoutMs);
        if (ms)
            *ms = elapsedMs(timer);
        disconnect(counting);
        if (!done)
            return Result<int>::failure(u"timeout"_s, u"A sync did not finish in time."_s);
        if (error)
            return *error;
        return changed;
    };

    // The kiosk has the full list and a warm connection, as after its first sync.
    if (auto first = syncOnce(&sharedNetwork, nullptr, nullptr); !first)
        return first.error();
    if (auto warmup = syncOnce(&sharedNetwork, nullptr, nullptr); !warmup)
        return warmup.error();

    auto before = fetchTaskMetrics(&metricsNetwork);
    if (!before)
        return before.error();
    Samples samples;
    int badRuns = 0;
    QString firstBad;
    for (int run = 0; run < runs; ++run) {
        std::unique_ptr<QNetworkAccessManager> fresh;
        if (newConnectionEachTime)
            fresh = std::make_unique<QNetworkAccessManager>();
        QList<int> statuses;
        double ms = 0;
        auto changed = syncOnce(fresh ? fresh.get() : &sharedNetwork, &statuses, &ms);
        if (!changed)
            return changed.error();
        if (statuses != QList<int>{304} || changed.value() != 0) {
            ++badRuns;
            if (firstBad.isEmpty()) {
                QStringList codes;
                for (const int code : statuses)
                    codes << QString::number(code);
                firstBad = u"run %1: %2 request(s) with status %3, %4 changed tasks"_s.arg(run + 1)
                               .arg(statuses.size())
                               .arg(codes.join(u", "_s))
                               .arg(changed.value());
            }
        }
        samples.add(ms);
    }
    auto after = fetchTaskMetrics(&metricsNetwork);
    if (!after)
        return after.error();
    const QString label = newConnectionEachTime ? u"new connection"_s : u"warm connection"_s;
    if (badRuns > 0)
        m_verificationFailures << u"Re-sync (%1): %2 of %3 runs were not exactly one request answered 304 (%4)."_s
                                      .arg(label)
                                      .arg(badRuns)
                                      .arg(runs)
                                      .arg(firstBad);
    const quint64 total = after.value().total() - before.value().total();
    const quint64 notModified = after.value().requestsByStatus.value(304) - before.value().requestsByStatus.value(304);
    if (total != quint64(runs) || notModified != quint64(runs))
        m_verificationFailures << u"Re-sync (%1): the server's /metrics counted %2 GET /v1/tasks, %3 of them 304, "
                                  "for %4 re-syncs."_s.arg(label)
                                      .arg(total)
                                      .arg(notModified)
                                      .arg(runs);
    serverSide->requestsByStatus.insert(304, notModified);
    serverSide->count = after.value().count - before.value().count;
    serverSide->secondsSum = after.value().secondsSum - before.value().secondsSum;
    return samples;
}

void SyncBenchmark::addRow(const QString& measurement, double valueMs, std::optional<double> targetMs, const QString& note)
{
    m_rows.append({measurement, valueMs, targetMs, note});
}

void SyncBenchmark::printTable() const
{
    out() << "\n"
          << u"%1 %2 %3 %4 %5\n"_s.arg(u"measurement"_s, -58)
                 .arg(u"value"_s, 11)
                 .arg(u"target"_s, 11)
                 .arg(u"ratio"_s, 7)
                 .arg(u"verdict"_s, -7)
          << QString(100, u'-') << '\n';
    for (const Row& row : m_rows) {
        QString target = u"reference"_s;
        QString ratio = u"-"_s;
        QString verdict = u"-"_s;
        if (row.targetMs) {
            target = u"<= %1 ms"_s.arg(*row.targetMs, 0, 'f', 0);
            ratio = QString::number(row.valueMs / *row.targetMs, 'f', 3);
            verdict = row.valueMs <= *row.targetMs ? u"PASS"_s : u"FAIL"_s;
        }
        out() << u"%1 %2 %3 %4 %5"_s.arg(row.measurement, -58)
                     .arg(rowValue(row.valueMs), 11)
                     .arg(target, 11)
                     .arg(ratio, 7)
                     .arg(verdict, -7);
        if (!row.note.isEmpty())
            out() << "  " << row.note;
        out() << '\n';
    }
    out() << "ratio = value / target: at most 1.000 meets the target.\n";
    if (m_verificationFailures.isEmpty()) {
        out() << "Verified: every re-sync was exactly one GET /v1/tasks answered 304 (client replies and server /metrics "
                 "agree); every full sync stored all "
              << m_options.tasks << " tasks.\n";
    } else {
        for (const QString& failure : m_verificationFailures)
            out() << "VERIFICATION FAILED: " << failure << '\n';
    }
    out().flush();
}

int SyncBenchmark::run()
{
    out() << "bench_sync: " << m_options.tasks << " published tasks, SQLite server, real TaskSync + LocalStore; "
          << m_options.fullRuns << " full syncs, " << m_options.resyncRuns << " re-syncs\n";
    out().flush();
    QTemporaryDir serverDir;
    if (!serverDir.isValid()) {
        fail(u"temporary directory"_s, {u"temp-dir"_s, serverDir.errorString()});
        return ExitSetupFailed;
    }
    QElapsedTimer seeding;
    seeding.start();
    if (Status seeded = seed(serverDir.path()); !seeded) {
        fail(u"seeding the server's database"_s, seeded.error());
        return ExitSetupFailed;
    }
    out() << "Seeded " << m_options.tasks << " tasks through TaskService::create in one transaction in "
          << rowValue(elapsedMs(seeding)) << ".\n";
    test::ServerProcess::Options serverOptions;
    serverOptions.binary = m_options.serverBinary;
    serverOptions.dataDir = serverDir.path();
    serverOptions.extraArguments = {u"--no-access-log"_s};
    if (!m_server.start(serverOptions)) {
        fail(u"starting buurtmunt-server"_s, Error{u"server-start"_s, m_server.errorString()});
        return ExitSetupFailed;
    }
    out() << "Server: " << m_server.url().toString() << " (--no-access-log)\n";
    if (Status enrolled = enrol(); !enrolled) {
        fail(u"enrolling a kiosk"_s, enrolled.error());
        return ExitSetupFailed;
    }
    out() << "Enrolled kiosk device " << m_device.id << ".\n";
    out().flush();

    auto full = measureFullSync();
    if (!full) {
        fail(u"(a) full sync"_s, full.error());
        return ExitSetupFailed;
    }
    QList<QByteArray> bodies;
    TaskRouteMetrics rawServer;
    auto raw = measureRawListing(&bodies, &rawServer);
    if (!raw) {
        fail(u"(c) raw GET of the listing"_s, raw.error());
        return ExitSetupFailed;
    }
    QList<QList<Task>> pages;
    auto decode = measureDecode(bodies, &pages);
    if (!decode) {
        fail(u"(c) decoding the listing"_s, decode.error());
        return ExitSetupFailed;
    }
    auto storeWrite = measureStoreWrite(pages);
    if (!storeWrite) {
        fail(u"(c) writing the store"_s, storeWrite.error());
        return ExitSetupFailed;
    }
    TaskRouteMetrics warmServer;
    auto warm = measureResync(false, m_options.resyncRuns, &warmServer);
    if (!warm) {
        fail(u"(b) unchanged re-sync"_s, warm.error());
        return ExitSetupFailed;
    }
    TaskRouteMetrics coldServer;
    const int coldRuns = std::max(1, m_options.resyncRuns / 5);
    auto cold = measureResync(true, coldRuns, &coldServer);
    if (!cold) {
        fail(u"(b) unchanged re-sync on a new connection"_s, cold.error());
        return ExitSetupFailed;
    }

    qsizetype bytes = 0;
    for (const QByteArray& body : bodies)
        bytes += body.size();
    const double target = double(m_options.fullSyncTarget.count());
    const double resyncTarget = double(m_options.resyncTarget.count());
    const QString n = QString::number(m_options.tasks);
    addRow(u"(a) full sync of %1 tasks into an empty store, median"_s.arg(n), full.value().median(), target,
           u"%1 runs"_s.arg(full.value().size()));
    addRow(u"(a) full sync of %1 tasks into an empty store, max"_s.arg(n), full.value().max(), target);
    addRow(u"(b) unchanged re-sync (one 304), median"_s, warm.value().median(), resyncTarget,
           u"%1 runs, warm connection"_s.arg(warm.value().size()));
    addRow(u"(b) unchanged re-sync (one 304), p95"_s, warm.value().percentile(95), resyncTarget);
    addRow(u"(b) unchanged re-sync on a new TLS connection, median"_s, cold.value().median(), std::nullopt,
           u"%1 runs, includes the handshake"_s.arg(cold.value().size()));
    addRow(u"    server time per 304, from /metrics"_s,
           warmServer.count ? warmServer.secondsSum * 1000 / double(warmServer.count) : 0, std::nullopt);
    addRow(u"(c) raw GET of the full listing (%1 KiB, %2 requests), median"_s.arg(bytes / 1024).arg(bodies.size()),
           raw.value().median(), std::nullopt, u"network + server, no parsing"_s);
    addRow(u"    server time for those pages, from /metrics"_s,
           m_options.fullRuns ? rawServer.secondsSum * 1000 / m_options.fullRuns : 0, std::nullopt);
    addRow(u"(c) JSON decode + Task::fromJson of the listing, median"_s, decode.value().median(), std::nullopt);
    addRow(u"(c) LocalStore::upsertTasks of the listing, median"_s, storeWrite.value().median(), std::nullopt,
           u"per page + cursor, like TaskSync"_s);
    addRow(u"    (a) minus raw GET: client-side share, approx."_s, std::max(0.0, full.value().median() - raw.value().median()),
           std::nullopt);
    printTable();
    return m_verificationFailures.isEmpty() ? ExitMeasured : ExitVerificationFailed;
}

} // namespace buurtmunt::bench
