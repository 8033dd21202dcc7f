// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "HttpsTestClient.h"
#include "ServerProcess.h"
#include "TestBackend.h"
#include "core/domain/Crypto.h"
#include "core/domain/VoucherToken.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace Qt::StringLiterals;
using namespace buurtmunt;
using namespace buurtmunt::test;

namespace {

// What "nothing changed" means: every table a request could write, in a
// stable order, row by row. devices.last_seen_at is left out on purpose: the
// server records (once a minute) that an authenticated device called, even
// when it then refuses the request, and that is not a change of data.
const QList<std::pair<QString, QString>> kSnapshotQueries{
    {u"devices"_s, u"SELECT id, name, role, shop_id, neighbourhood, secret_hash, created_at, revoked_at FROM devices ORDER BY id"_s},
    {u"enrolment_codes"_s, u"SELECT code_hash, role, shop_id, neighbourhood, device_name, created_by, created_at, expires_at, "
                           "used_at, device_id FROM enrolment_codes ORDER BY created_at, code_hash"_s},
    {u"idempotency_keys"_s, u"SELECT scope, idem_key, method, path, body_hash, status, content_type, response_body, created_at "
                            "FROM idempotency_keys ORDER BY scope, idem_key"_s},
    {u"audit_log"_s, u"SELECT id, at, actor, device_id, request_id, action, object, details, prev_hash, hash FROM audit_log ORDER BY id"_s},
    {u"ledger_transactions"_s, u"SELECT id, kind, actor, idempotency_key, memo, reverses_id, created_at FROM ledger_transactions ORDER BY id"_s},
    {u"ledger_entries"_s, u"SELECT id, transaction_id, account_id, amount_cents FROM ledger_entries ORDER BY id"_s},
    {u"accounts"_s, u"SELECT id, kind, owner_id, balance_cents FROM accounts ORDER BY id"_s},
    {u"tasks"_s, u"SELECT id, title, description, category, neighbourhood, address, latitude, longitude, reward_cents, "
                 "estimated_minutes, capacity, slots_taken, window_start, window_end, safety_notes, toolbox_needed, status, "
                 "version, change_seq, created_at, updated_at FROM tasks ORDER BY id"_s},
    {u"settings"_s, u"SELECT key, value FROM settings ORDER BY key"_s},
};

// Per table: "<rows> rows <sha256>".
using Snapshot = std::map<QString, QString>;

QString describeDifference(const Snapshot& before, const Snapshot& after)
{
    QStringList changed;
    for (const auto& [table, summary] : before) {
        const auto it = after.find(table);
        if (it == after.end() || it->second != summary)
            changed << u"%1: %2 -> %3"_s.arg(table, summary, it == after.end() ? u"(unreadable)"_s : it->second);
    }
    return changed.join(u"; "_s);
}

HeaderList parseHeaders(const QByteArray& text)
{
    HeaderList headers;
    for (const QByteArray& line : text.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return headers;
}

QByteArray uniqueKey(const char* purpose)
{
    static int counter = 0;
    return "badinput-" + QByteArray(purpose) + '-' + QByteArray::number(++counter) + '-'
        + crypto::randomBytes(6).toHex();
}

// The check character of an enrolment code is its last one; changing it
// gives a code that is certainly wrong but looks right.
QString withWrongCheckCharacter(const QString& code)
{
    QString wrong = code;
    const QChar last = wrong.at(wrong.size() - 1);
    wrong[wrong.size() - 1] = last == u'A' ? u'B' : u'A';
    return wrong;
}

const QByteArray kJsonPost = "Content-Type: application/json\nIdempotency-Key: %KEY%";

} // namespace

class TestBadInput : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void requests_data();
    void requests();
    void wrongMethods_data();
    void wrongMethods();
    void framing_data();
    void framing();
    void idempotencyReplayAndReuse();
    void enrolmentCodeWorksOnce();
    void voucherGarbage_data();
    void voucherGarbage();
    void cliArguments_data();
    void cliArguments();
    void settingsRefuseBadValues_data();
    void settingsRefuseBadValues();
    void settingsChangeWhatTheServerSends();

private:
    Snapshot snapshot();
    QString freshCode();
    QStringList databaseArguments() const;
    bool enrolWith(const QString& code, QString* why);

    ServerProcess m_server;
    std::unique_ptr<HttpsTestClient> m_client;
    QString m_snapshotConnection = u"badinput-snapshot"_s;
    QString m_snapshotError;
    qint64 m_deviceId = 0;
    QString m_secret;
    qint64 m_revokedId = 0;
    QString m_revokedSecret;
    qint64 m_taskId = 0;
    VoucherKeyPair m_voucherKey = VoucherKeyPair::generate(1);
    QString m_voucher;
};

void TestBadInput::initTestCase()
{
    QString error;
    const ServerProcess::Options options = serverOptions(true, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    m_client = std::make_unique<HttpsTestClient>(m_server.url(), m_server.fingerprint());

    // The test reads the server's own database, not an API view of it.
    QVERIFY2(QFileInfo::exists(m_server.dataDir() + u"/buurtmunt.sqlite"_s) || !m_server.databaseUrl().isEmpty(),
             "the server's SQLite database does not exist");
    QSqlDatabase db = openServerDatabase(m_server, m_snapshotConnection);
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));

    for (bool revoke : {false, true}) {
        const QString code = freshCode();
        QVERIFY2(!code.isEmpty(), qPrintable(m_server.errorString()));
        const QString secret = ServerProcess::newDeviceSecret();
        const HttpReply reply = m_client->postJson(u"/v1/devices/enrol"_s,
            QJsonDocument(QJsonObject{{u"code"_s, code}, {u"name"_s, u"Bad input kiosk"_s}, {u"secret"_s, secret}}).toJson(),
            uniqueKey("setup"));
        QVERIFY2(reply.status == 201, qPrintable(reply.describe()));
        const qint64 id = reply.json().value(u"deviceId"_s).toInteger();
        if (revoke) {
            QVERIFY2(m_server.revokeDevice(id), qPrintable(m_server.errorString()));
            m_revokedId = id;
            m_revokedSecret = secret;
        } else {
            m_deviceId = id;
            m_secret = secret;
        }
    }
    m_client->setDeviceCredentials(m_deviceId, m_secret);
    const HttpReply tasks = m_client->get(u"/v1/tasks?limit=1"_s);
    QVERIFY2(tasks.status == 200, qPrintable(tasks.describe()));
    m_taskId = tasks.json().value(u"items"_s).toArray().first().toObject().value(u"id"_s).toInteger();
    QVERIFY(m_taskId > 0);

    const auto voucher = VoucherCodec::encode(
        VoucherClaims{1, crypto::randomBytes(16), Coins(1500), QDate::currentDate().addDays(30)}, m_voucherKey);
    QVERIFY2(voucher, qPrintable(voucher.ok() ? QString() : voucher.error().message));
    m_voucher = voucher.value();
}

void TestBadInput::cleanupTestCase()
{
    QSqlDatabase::database(m_snapshotConnection, false).close();
    QSqlDatabase::removeDatabase(m_snapshotConnection);
    m_server.stop();
}

QStringList TestBadInput::databaseArguments() const
{
    QStringList arguments{u"--data-dir"_s, m_server.dataDir()};
    if (!m_server.databaseUrl().isEmpty())
        arguments << u"--database"_s << m_server.databaseUrl();
    return arguments;
}

QString TestBadInput::freshCode()
{
    return m_server.enrolmentCode(u"kiosk"_s);
}

bool TestBadInput::enrolWith(const QString& code, QString* why)
{
    const HttpReply reply = m_client->postJson(u"/v1/devices/enrol"_s,
        QJsonDocument(QJsonObject{{u"code"_s, code}, {u"secret"_s, ServerProcess::newDeviceSecret()}})
            .toJson(QJsonDocument::Compact), uniqueKey("proof"));
    if (reply.status != 201)
        *why = reply.describe();
    return reply.status == 201;
}

Snapshot TestBadInput::snapshot()
{
    Snapshot result;
    QSqlDatabase db = QSqlDatabase::database(m_snapshotConnection);
    for (const auto& [table, sql] : kSnapshotQueries) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(sql)) {
            result[table] = u"unreadable: "_s + query.lastError().text();
            continue;
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        int rows = 0;
        while (query.next()) {
            ++rows;
            for (int i = 0; i < query.record().count(); ++i) {
                const QVariant value = query.value(i);
                if (value.isNull())
                    hash.addData("\\N");
                else if (value.typeId() == QMetaType::QByteArray)
                    hash.addData(value.toByteArray().toHex());
                else
                    hash.addData(value.toString().toUtf8());
                hash.addData("\x1f");
            }
            hash.addData("\x1e");
        }
        result[table] = u"%1 rows %2"_s.arg(rows).arg(QString::fromLatin1(hash.result().toHex().left(16)));
    }
    return result;
}

void TestBadInput::requests_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("headers");   // "Name: value" lines; %KEY% is a fresh key
    QTest::addColumn<QByteArray>("body");      // %CODE% is a fresh, valid enrolment code
    QTest::addColumn<QByteArray>("authorization");  // "device", "none", "revoked" or a literal header
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QStringList>("detailNames");  // each must appear in `detail`
    QTest::addColumn<QString>("invalidParam");     // must be named in invalidParams

    const QString enrol = u"/v1/devices/enrol"_s;
    const auto post = [&](const char* name, const QByteArray& body, int status, const QString& slug,
                          const QStringList& names, const QString& param = {}) {
        QTest::newRow(name) << QByteArray("POST") << enrol << kJsonPost << body << QByteArray("none") << status << slug
                            << names << param;
    };
    // Malformed JSON.
    post("truncated JSON", R"({"code":"%CODE%")", 400, u"malformed-json"_s, {u"byte"_s});
    post("trailing garbage after the object", R"({"code":"%CODE%"} x)", 400, u"malformed-json"_s, {u"byte"_s});
    post("two objects", R"({"code":"%CODE%"}{"code":"%CODE%"})", 400, u"malformed-json"_s, {u"byte"_s});
    post("array instead of an object", R"(["%CODE%"])", 400, u"malformed-json"_s, {u"object"_s});
    post("bare string instead of an object", R"("%CODE%")", 400, u"malformed-json"_s, {});
    post("null instead of an object", "null", 400, u"malformed-json"_s, {});
    post("empty body", "", 400, u"malformed-json"_s, {});
    post("invalid UTF-8 in a string", "{\"code\":\"%CODE%\",\"name\":\"Kiosk \xff\xfe\"}", 400, u"malformed-json"_s,
         {u"UTF8"_s});
    post("single quotes instead of double", "{'code':'%CODE%'}", 400, u"malformed-json"_s, {u"byte"_s});
    post("comment in JSON", "{\"code\":\"%CODE%\" /* kiosk */}", 400, u"malformed-json"_s, {u"byte"_s});
    // Fields.
    post("unknown field in enrolment body", R"({"code":"%CODE%","colour":"red"})", 400, u"invalid-body"_s,
         {u"colour"_s, u"not a known field"_s}, u"colour"_s);
    post("field name in the wrong case", R"({"Code":"%CODE%"})", 400, u"invalid-body"_s, {u"Code"_s, u"code"_s},
         u"Code"_s);
    post("code as number", R"({"code":12345678})", 400, u"invalid-body"_s, {u"code"_s, u"string"_s}, u"code"_s);
    post("code as null", R"({"code":null})", 400, u"invalid-body"_s, {u"code"_s, u"string"_s}, u"code"_s);
    post("name as object", R"({"code":"%CODE%","name":{"first":"Kiosk"}})", 400, u"invalid-body"_s,
         {u"name"_s, u"string"_s}, u"name"_s);
    post("name as array", R"({"code":"%CODE%","name":["Kiosk"]})", 400, u"invalid-body"_s, {u"name"_s}, u"name"_s);
    post("name as boolean", R"({"code":"%CODE%","name":true})", 400, u"invalid-body"_s, {u"name"_s}, u"name"_s);
    post("missing required field code", R"({"name":"Kiosk Bibliotheek"})", 400, u"invalid-body"_s,
         {u"code"_s, u"required"_s}, u"code"_s);
    post("empty object", "{}", 400, u"invalid-body"_s, {u"code"_s, u"required"_s}, u"code"_s);
    post("empty code", R"({"code":"  "})", 400, u"invalid-body"_s, {u"code"_s, u"empty"_s}, u"code"_s);
    post("missing device secret", R"({"code":"%CODE%","name":"Kiosk"})", 400, u"invalid-body"_s,
         {u"secret"_s, u"required"_s}, u"secret"_s);
    post("device secret too short", R"({"code":"%CODE%","secret":"c2hvcnQ"})", 400, u"invalid-body"_s,
         {u"secret"_s, u"43"_s}, u"secret"_s);
    post("device secret not base64url", R"({"code":"%CODE%","secret":"+++++++++++++++++++++++++++++++++++++++++++"})",
         400, u"invalid-body"_s, {u"secret"_s, u"base64url"_s}, u"secret"_s);
    post("control character in name", R"({"code":"%CODE%","name":"Kiosk\u0007Bieb"})", 400, u"invalid-body"_s,
         {u"name"_s, u"control"_s}, u"name"_s);
    post("escape character in code", R"({"code":"\u001b[2J%CODE%"})", 400, u"invalid-body"_s, {u"code"_s, u"control"_s},
         u"code"_s);
    post("name too long (81 characters)", "{\"code\":\"%CODE%\",\"name\":\"" + QByteArray(81, 'n') + "\"}", 400,
         u"invalid-body"_s, {u"name"_s, u"80"_s}, u"name"_s);
    post("code too long (65 characters)", "{\"code\":\"" + QByteArray(65, 'C') + "\"}", 400, u"invalid-body"_s,
         {u"code"_s, u"64"_s}, u"code"_s);
    post("enrolment code with a wrong check character", R"({"code":"%WRONGCODE%","secret":"%SECRET%"})", 400, u"enrolment-code-invalid"_s,
         {u"code"_s});
    post("unknown enrolment code", R"({"code":"AAAA-BBBB-CCCC","secret":"%SECRET%"})", 400, u"enrolment-code-invalid"_s, {u"code"_s});
    post("enrolment code of the wrong length", R"({"code":"%CODE%X","secret":"%SECRET%"})", 400, u"enrolment-code-invalid"_s, {u"code"_s});

    // Content type and idempotency key.
    const auto postHeaders = [&](const char* name, const QByteArray& headers, int status, const QString& slug,
                                 const QStringList& names) {
        QTest::newRow(name) << QByteArray("POST") << enrol << headers << QByteArray(R"({"code":"%CODE%"})")
                            << QByteArray("none") << status << slug << names << QString();
    };
    postHeaders("wrong Content-Type text/plain", "Content-Type: text/plain\nIdempotency-Key: %KEY%", 415,
                u"unsupported-media-type"_s, {u"text/plain"_s, u"application/json"_s});
    postHeaders("form-encoded Content-Type", "Content-Type: application/x-www-form-urlencoded\nIdempotency-Key: %KEY%",
                415, u"unsupported-media-type"_s, {u"application/x-www-form-urlencoded"_s});
    postHeaders("no Content-Type", "Idempotency-Key: %KEY%", 415, u"unsupported-media-type"_s, {u"application/json"_s});
    postHeaders("missing Idempotency-Key", "Content-Type: application/json", 400, u"idempotency-key-missing"_s,
                {u"Idempotency-Key"_s});
    postHeaders("too short Idempotency-Key (7 characters)", "Content-Type: application/json\nIdempotency-Key: abcdefg", 400,
                u"idempotency-key-invalid"_s, {u"Idempotency-Key"_s, u"8 to 128"_s});
    postHeaders("too long Idempotency-Key (129 characters)",
                "Content-Type: application/json\nIdempotency-Key: " + QByteArray(129, 'k'), 400,
                u"idempotency-key-invalid"_s, {u"Idempotency-Key"_s, u"8 to 128"_s});
    postHeaders("non-ASCII Idempotency-Key", "Content-Type: application/json\nIdempotency-Key: sleutel-\xc3\xa9\xc3\xa9n-1",
                400, u"idempotency-key-invalid"_s, {u"Idempotency-Key"_s, u"ASCII"_s});
    postHeaders("Idempotency-Key with a space", "Content-Type: application/json\nIdempotency-Key: abcd efgh ijkl", 400,
                u"idempotency-key-invalid"_s, {u"Idempotency-Key"_s});

    // Query parameters of the task feed.
    const auto list = [&](const char* name, const QString& query, const QString& slug, const QStringList& names,
                          const QString& param) {
        QTest::newRow(name) << QByteArray("GET") << u"/v1/tasks?"_s + query << QByteArray() << QByteArray()
                            << QByteArray("device") << 400 << slug << names << param;
    };
    list("cursor that is not a number", u"since=abc"_s, u"invalid-cursor"_s, {u"since"_s}, u"since"_s);
    list("negative cursor", u"since=-1"_s, u"invalid-cursor"_s, {u"since"_s}, u"since"_s);
    list("empty cursor", u"since="_s, u"invalid-cursor"_s, {u"since"_s}, u"since"_s);
    list("cursor with 19 digits", u"since=1234567890123456789"_s, u"invalid-cursor"_s, {u"since"_s}, u"since"_s);
    list("cursor with a decimal point", u"since=1.5"_s, u"invalid-cursor"_s, {u"since"_s}, u"since"_s);
    list("limit zero", u"limit=0"_s, u"invalid-parameter"_s, {u"limit"_s, u"5000"_s}, u"limit"_s);
    list("limit over 5000", u"limit=5001"_s, u"invalid-parameter"_s, {u"limit"_s, u"5000"_s}, u"limit"_s);
    list("limit that is not a number", u"limit=ten"_s, u"invalid-parameter"_s, {u"limit"_s}, u"limit"_s);
    list("negative limit", u"limit=-5"_s, u"invalid-parameter"_s, {u"limit"_s}, u"limit"_s);
    list("unknown query parameter", u"since=0&sinse=1"_s, u"invalid-parameter"_s, {u"sinse"_s}, u"sinse"_s);

    // Authorization.
    const auto auth = [&](const char* name, const QByteArray& authorization, const QString& slug, const QStringList& names) {
        QTest::newRow(name) << QByteArray("GET") << u"/v1/tasks"_s << QByteArray() << QByteArray() << authorization << 401
                            << slug << names << QString();
    };
    auth("no Authorization header", "none", u"device-unauthorized"_s, {u"Authorization"_s});
    auth("Bearer instead of Device", "Bearer abcdef", u"device-unauthorized"_s, {u"Device"_s});
    auth("lower-case scheme", "device %ID%:%SECRET%", u"device-unauthorized"_s, {u"Device"_s});
    auth("credentials without a colon", "Device %ID%", u"device-unauthorized"_s, {u"malformed"_s});
    auth("device id that is not a number", "Device seven:%SECRET%", u"device-unauthorized"_s, {u"malformed"_s});
    auth("device id zero", "Device 0:%SECRET%", u"device-unauthorized"_s, {u"malformed"_s});
    auth("wrong secret", "Device %ID%:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", u"device-unauthorized"_s, {u"secret"_s});
    auth("empty secret", "Device %ID%:", u"device-unauthorized"_s, {u"secret"_s});
    auth("unknown device", "Device 999999:%SECRET%", u"device-unauthorized"_s, {u"not known"_s});
    auth("revoked device", "revoked", u"device-revoked"_s, {u"revoked"_s});

    // Paths.
    const auto path = [&](const char* name, const QString& where, int status, const QString& slug, const QStringList& names) {
        QTest::newRow(name) << QByteArray("GET") << where << QByteArray() << QByteArray() << QByteArray("device") << status
                            << slug << names << QString();
    };
    path("unknown path", u"/v1/taskz"_s, 404, u"not-found"_s, {u"/v1/taskz"_s});
    path("path without version", u"/tasks"_s, 404, u"not-found"_s, {u"/tasks"_s});
    path("unknown version", u"/v2/tasks"_s, 404, u"not-found"_s, {u"/v2/tasks"_s});
    path("task id with letters", u"/v1/tasks/abc"_s, 404, u"task-not-found"_s, {u"abc"_s});
    path("task id zero", u"/v1/tasks/0"_s, 404, u"task-not-found"_s, {u"0"_s});
    path("negative task id", u"/v1/tasks/-1"_s, 404, u"task-not-found"_s, {u"-1"_s});
    path("task that does not exist", u"/v1/tasks/999999999"_s, 404, u"task-not-found"_s, {u"999999999"_s});
    path("task id with 30 digits", u"/v1/tasks/123456789012345678901234567890"_s, 404, u"task-not-found"_s,
         {u"123456789012345678901234567890"_s});
}

void TestBadInput::requests()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, headers);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    QFETCH(QString, slug);
    QFETCH(QStringList, detailNames);
    QFETCH(QString, invalidParam);

    // A real code in the body shows a refusal is about the request, and the
    // code must survive it.
    const bool usesCode = body.contains("%CODE%") || body.contains("%WRONGCODE%");
    QString code;
    if (usesCode) {
        code = freshCode();
        QVERIFY2(!code.isEmpty(), qPrintable(m_server.errorString()));
        body.replace("%CODE%", code.toUtf8());
        body.replace("%WRONGCODE%", withWrongCheckCharacter(code).toUtf8());
    }
    body.replace("%SECRET%", ServerProcess::newDeviceSecret().toLatin1());
    headers.replace("%KEY%", uniqueKey("request"));
    HeaderList headerList = parseHeaders(headers);
    if (authorization == "device") {
        m_client->setDeviceCredentials(m_deviceId, m_secret);
    } else {
        m_client->setDeviceCredentials(0, QString());
        if (authorization == "revoked")
            authorization = "Device " + QByteArray::number(m_revokedId) + ':' + m_revokedSecret.toLatin1();
        if (authorization != "none") {
            authorization.replace("%ID%", QByteArray::number(m_deviceId));
            authorization.replace("%SECRET%", m_secret.toLatin1());
            headerList.append({"Authorization", authorization});
        }
    }

    const Snapshot before = snapshot();
    const HttpReply reply = m_client->send(method, path, headerList, body);
    const Snapshot after = snapshot();

    QVERIFY2(reply.status == status, qPrintable(u"expected %1, got %2"_s.arg(status).arg(reply.describe())));
    QCOMPARE(reply.header("Content-Type"), QByteArray("application/problem+json"));
    QCOMPARE(reply.problemSlug(), slug);
    QCOMPARE(reply.json().value(u"status"_s).toInt(), status);
    QVERIFY2(!reply.json().value(u"title"_s).toString().isEmpty(), qPrintable(reply.describe()));
    const QString detail = reply.problemDetail();
    QVERIFY2(!detail.isEmpty(), qPrintable(reply.describe()));
    for (const QString& name : detailNames)
        QVERIFY2(detail.contains(name, Qt::CaseInsensitive),
                 qPrintable(u"the detail \"%1\" does not name \"%2\""_s.arg(detail, name)));
    if (!invalidParam.isEmpty()) {
        QStringList named;
        for (const QJsonValue& param : reply.json().value(u"invalidParams"_s).toArray())
            named << param.toObject().value(u"name"_s).toString();
        QVERIFY2(named.contains(invalidParam),
                 qPrintable(u"invalidParams [%1] does not name %2"_s.arg(named.join(u", "_s), invalidParam)));
    }
    if (status == 401)
        QCOMPARE(reply.header("WWW-Authenticate"), QByteArray("Device"));
    QVERIFY2(!reply.header("X-Request-ID").isEmpty(), "no X-Request-ID on a refusal");
    QVERIFY2(before == after, qPrintable(u"the refused request changed the database: "_s + describeDifference(before, after)));

    if (usesCode) {
        QString why;
        QVERIFY2(enrolWith(code, &why), qPrintable(u"the code no longer works after the refused request: "_s + why));
    }
}

void TestBadInput::wrongMethods_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("allow");

    const QList<QString> getRoutes{u"/healthz"_s, u"/readyz"_s, u"/metrics"_s, u"/v1/device"_s};
    for (const QString& route : getRoutes) {
        for (const QByteArray method : {"POST", "PUT", "PATCH", "DELETE", "OPTIONS"}) {
            QTest::addRow("%s %s", method.constData(), qPrintable(route)) << method << route << QByteArray("GET, HEAD");
        }
    }
    // Coordinators also create tasks (POST /v1/tasks) and edit them (PUT /v1/tasks/{id}).
    for (const QByteArray method : {"PUT", "PATCH", "DELETE", "OPTIONS"})
        QTest::addRow("%s /v1/tasks", method.constData()) << method << u"/v1/tasks"_s << QByteArray("GET, POST, HEAD");
    for (const QByteArray method : {"POST", "PATCH", "DELETE", "OPTIONS"})
        QTest::addRow("%s /v1/tasks/{id}", method.constData()) << method << u"/v1/tasks/%TASK%"_s << QByteArray("GET, PUT, HEAD");
    for (const QByteArray method : {"GET", "HEAD", "PUT", "PATCH", "DELETE", "OPTIONS"})
        QTest::addRow("%s /v1/devices/enrol", method.constData()) << method << u"/v1/devices/enrol"_s << QByteArray("POST");
}

void TestBadInput::wrongMethods()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, allow);
    path.replace(u"%TASK%"_s, QString::number(m_taskId));

    // With valid credentials, key and body: only the method is wrong.
    const QString code = freshCode();
    QVERIFY2(!code.isEmpty(), qPrintable(m_server.errorString()));
    m_client->setDeviceCredentials(m_deviceId, m_secret);
    const HeaderList headers{{"Content-Type", "application/json"}, {"Idempotency-Key", uniqueKey("method")}};
    const QByteArray body = method == "GET" || method == "HEAD" || method == "OPTIONS"
        ? QByteArray()
        : QJsonDocument(QJsonObject{{u"code"_s, code}}).toJson(QJsonDocument::Compact);

    const Snapshot before = snapshot();
    const HttpReply reply = m_client->send(method, path, headers, body);
    const Snapshot after = snapshot();

    QVERIFY2(reply.status == 405, qPrintable(reply.describe()));
    QCOMPARE(reply.header("Allow"), allow);
    if (method != "HEAD") {
        QCOMPARE(reply.problemSlug(), u"method-not-allowed"_s);
        QVERIFY2(reply.problemDetail().contains(QString::fromLatin1(method)) && reply.problemDetail().contains(path),
                 qPrintable(u"the detail does not name the method and path: "_s + reply.problemDetail()));
    } else {
        QVERIFY2(reply.body.isEmpty(), "a HEAD answer carries a body");
    }
    QVERIFY2(before == after, qPrintable(u"the refused request changed the database: "_s + describeDifference(before, after)));
    QString why;
    QVERIFY2(enrolWith(code, &why), qPrintable(u"the code no longer works after the refused request: "_s + why));
}

void TestBadInput::framing_data()
{
    QTest::addColumn<QByteArray>("request");   // %CODE%, %AUTH% are filled in
    QTest::addColumn<int>("status");           // 0: the server closes without an answer
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QStringList>("detailNames");
    QTest::addColumn<QString>("alternative");  // "status slug" the server may answer instead

    const QByteArray enrolHead = "POST /v1/devices/enrol HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                                 "Idempotency-Key: %KEY%\r\n";
    const QByteArray body = R"({"code":"%CODE%","name":"Framing test"})";

    QTest::newRow("headers over 16 KiB (431)")
        << QByteArray("GET /v1/tasks HTTP/1.1\r\nHost: localhost\r\nAuthorization: %AUTH%\r\nX-Padding: " + QByteArray(17000, 'p')
                      + "\r\n\r\n")
        << 431 << u"headers-too-large"_s << QStringList{u"16384"_s} << QString();
    QTest::newRow("request line over 16 KiB (431)")
        << QByteArray("GET /v1/tasks?since=" + QByteArray(17000, '1') + " HTTP/1.1\r\nHost: localhost\r\n\r\n") << 431
        << u"headers-too-large"_s << QStringList{u"16384"_s} << QString();
    QTest::newRow("headers never end (431)")
        << QByteArray("GET /v1/tasks HTTP/1.1\r\nHost: localhost\r\n" + QByteArray(20000, 'h')) << 431
        << u"headers-too-large"_s << QStringList{u"16384"_s} << QString();
    QTest::newRow("chunked enrolment body (411)")
        << QByteArray(enrolHead + "Transfer-Encoding: chunked\r\n\r\n" + QByteArray::number(body.size(), 16) + "\r\n" + body
                      + "\r\n0\r\n\r\n")
        << 411 << u"length-required"_s << QStringList{u"Content-Length"_s, u"Chunked"_s} << QString();
    QTest::newRow("body over the limit (413)")
        << QByteArray(enrolHead + "Content-Length: 70000\r\n\r\n" + body + QByteArray(70000 - body.size(), ' ')) << 413
        << u"payload-too-large"_s << QStringList{u"70000"_s, u"65536"_s} << QString();
    QTest::newRow("Content-Length of 10 MB with a small body (413)")
        << QByteArray(enrolHead + "Content-Length: 10000000\r\n\r\n" + body) << 413 << u"payload-too-large"_s
        << QStringList{u"10000000"_s, u"65536"_s} << QString();
    // The server reads the claimed 20 bytes as the body (not JSON) and the
    // rest as the next request, whose "headers" then run over the limit.
    QTest::newRow("lying Content-Length smaller than a 70 kB body")
        << QByteArray(enrolHead + "Content-Length: 20\r\n\r\n" + body + QByteArray(70000, ' ')) << 400
        << u"malformed-json"_s << QStringList{u"byte"_s} << u"431 headers-too-large"_s;
    QTest::newRow("Content-Length that is not a number (400)")
        << QByteArray(enrolHead + "Content-Length: twelve\r\n\r\n" + body) << 400 << u"bad-request"_s
        << QStringList{u"Content-Length"_s} << QString();
    QTest::newRow("negative Content-Length (400)")
        << QByteArray(enrolHead + "Content-Length: -5\r\n\r\n" + body) << 400 << u"bad-request"_s
        << QStringList{u"Content-Length"_s} << QString();
    QTest::newRow("garbage request line")
        << QByteArray("HELLO WORLD\r\n\r\n") << 400 << u"bad-request"_s << QStringList{u"request line"_s} << QString();
    QTest::newRow("request line without HTTP version")
        << QByteArray("GET /healthz\r\n\r\n") << 400 << u"bad-request"_s << QStringList{u"HTTP/1.1"_s} << QString();
    QTest::newRow("unknown HTTP version")
        << QByteArray("GET /healthz HTTP/9.9\r\n\r\n") << 400 << u"bad-request"_s << QStringList{u"HTTP/1.1"_s} << QString();
}

void TestBadInput::framing()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QString, slug);
    QFETCH(QStringList, detailNames);
    QFETCH(QString, alternative);

    QString code;
    if (request.contains("%CODE%")) {
        code = freshCode();
        QVERIFY2(!code.isEmpty(), qPrintable(m_server.errorString()));
        request.replace("%CODE%", code.toUtf8());
    }
    request.replace("%KEY%", uniqueKey("framing"));
    request.replace("%AUTH%", QByteArray("Device " + QByteArray::number(m_deviceId) + ':' + m_secret.toLatin1()));

    const Snapshot before = snapshot();
    const HttpReply reply = m_client->sendRaw(request);
    const Snapshot after = snapshot();

    QVERIFY2(before == after, qPrintable(u"the refused request changed the database: "_s + describeDifference(before, after)));
    // Whatever it was sent, the server is still there for the next client.
    m_client->setDeviceCredentials(0, QString());
    const HttpReply health = m_client->get(u"/healthz"_s);
    QVERIFY2(health.status == 200, qPrintable(u"the server did not survive: "_s + health.describe()));
    if (!code.isEmpty()) {
        QString why;
        QVERIFY2(enrolWith(code, &why), qPrintable(u"the code no longer works after the refused request: "_s + why));
    }

    const QString answered = u"%1 %2"_s.arg(reply.status).arg(reply.problemSlug());
    const bool expected = answered == u"%1 %2"_s.arg(status).arg(slug) || (!alternative.isEmpty() && answered == alternative);
    QVERIFY2(expected, qPrintable(u"expected %1 %2%3, got %4"_s.arg(status).arg(slug,
                                      alternative.isEmpty() ? QString() : u" or "_s + alternative, reply.describe())));
    QCOMPARE(reply.header("Content-Type"), QByteArray("application/problem+json"));
    const QString detail = reply.problemDetail();
    QVERIFY2(!detail.isEmpty(), qPrintable(reply.describe()));
    if (answered != alternative) {
        for (const QString& name : detailNames)
            QVERIFY2(detail.contains(name, Qt::CaseInsensitive),
                     qPrintable(u"the detail \"%1\" does not name \"%2\""_s.arg(detail, name)));
    }
}

void TestBadInput::idempotencyReplayAndReuse()
{
    m_client->setDeviceCredentials(0, QString());
    const QString code = freshCode();
    const QString otherCode = freshCode();
    QVERIFY2(!code.isEmpty() && !otherCode.isEmpty(), qPrintable(m_server.errorString()));
    const QByteArray key = uniqueKey("replay");
    const QByteArray body = QJsonDocument(QJsonObject{{u"code"_s, code}, {u"name"_s, u"Replay kiosk"_s},
                                                      {u"secret"_s, ServerProcess::newDeviceSecret()}})
                                .toJson(QJsonDocument::Compact);

    const Snapshot empty = snapshot();
    const HttpReply first = m_client->postJson(u"/v1/devices/enrol"_s, body, key);
    QVERIFY2(first.status == 201, qPrintable(first.describe()));
    QVERIFY(!first.hasHeader("Idempotent-Replayed"));
    const Snapshot enrolled = snapshot();
    // The snapshot must see a real enrolment, or its "nothing changed" proves nothing.
    for (const QString& table : {u"devices"_s, u"enrolment_codes"_s, u"idempotency_keys"_s, u"audit_log"_s})
        QVERIFY2(empty.at(table) != enrolled.at(table), qPrintable(table + u" did not change on a successful enrolment"_s));

    // A retry of the same operation: the same answer, nothing new.
    const HttpReply replay = m_client->postJson(u"/v1/devices/enrol"_s, body, key);
    QVERIFY2(replay.status == 201, qPrintable(replay.describe()));
    QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(replay.body, first.body);
    QCOMPARE(replay.header("Content-Type"), first.header("Content-Type"));
    Snapshot now = snapshot();
    QVERIFY2(now == enrolled, qPrintable(u"the replay changed the database: "_s + describeDifference(enrolled, now)));

    // The same key for another operation is refused, and that operation can
    // still be done with its own key.
    const QByteArray otherBody = QJsonDocument(QJsonObject{{u"code"_s, otherCode}}).toJson(QJsonDocument::Compact);
    const HttpReply reused = m_client->postJson(u"/v1/devices/enrol"_s, otherBody, key);
    QVERIFY2(reused.status == 422, qPrintable(reused.describe()));
    QCOMPARE(reused.problemSlug(), u"idempotency-key-reused"_s);
    QVERIFY2(reused.problemDetail().contains(QString::fromLatin1(key)) && reused.problemDetail().contains(u"/v1/devices/enrol"_s),
             qPrintable(u"the detail names neither the key nor the earlier request: "_s + reused.problemDetail()));
    now = snapshot();
    QVERIFY2(now == enrolled, qPrintable(u"the refused request changed the database: "_s + describeDifference(enrolled, now)));
    QString why;
    QVERIFY2(enrolWith(otherCode, &why), qPrintable(u"the other code no longer works: "_s + why));
}

void TestBadInput::enrolmentCodeWorksOnce()
{
    m_client->setDeviceCredentials(0, QString());
    const QString code = freshCode();
    QVERIFY2(!code.isEmpty(), qPrintable(m_server.errorString()));
    QString why;
    QVERIFY2(enrolWith(code, &why), qPrintable(why));

    const Snapshot before = snapshot();
    const HttpReply second = m_client->postJson(u"/v1/devices/enrol"_s,
        QJsonDocument(QJsonObject{{u"code"_s, code}, {u"secret"_s, ServerProcess::newDeviceSecret()}})
            .toJson(QJsonDocument::Compact), uniqueKey("second-use"));
    const Snapshot after = snapshot();
    QVERIFY2(second.status == 400, qPrintable(second.describe()));
    QCOMPARE(second.problemSlug(), u"enrolment-code-invalid"_s);
    QVERIFY2(second.problemDetail().contains(u"used"_s), qPrintable(second.problemDetail()));
    QVERIFY2(before == after, qPrintable(u"the refused enrolment changed the database: "_s + describeDifference(before, after)));
}

void TestBadInput::voucherGarbage_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mention");

    const QString valid = m_voucher;
    QVERIFY(valid.size() == 217);
    QString flipped = valid;
    flipped[33] = QChar(u'0' + (flipped.at(33).unicode() - u'0' + 1) % 10);
    QString halfway = valid;
    halfway.insert(100, u'ß');

    QTest::newRow("empty") << QString() << u"malformed"_s << u"217"_s;
    QTest::newRow("letters") << u"VOUCHER"_s << u"malformed"_s << u"217"_s;
    QTest::newRow("217 letters") << QString(217, u'A') << u"malformed"_s << u"not a digit"_s;
    QTest::newRow("one digit short") << valid.left(216) << u"malformed"_s << u"216"_s;
    QTest::newRow("one digit too many") << valid + u'7' << u"malformed"_s << u"218"_s;
    QTest::newRow("ten times too long") << valid.repeated(10) << u"malformed"_s << u"2170"_s;
    QTest::newRow("a flipped digit") << flipped << u"bad-signature"_s << u"signature"_s;
    QTest::newRow("last digit changed") << valid.left(216) + (valid.endsWith(u'1') ? u'2' : u'1') << u"bad-signature"_s
                                        << u"signature"_s;
    QTest::newRow("all zeros") << QString(217, u'0') << u"unknown-version"_s << u"version"_s;
    QTest::newRow("all nines") << QString(217, u'9') << u"malformed"_s << u"too large"_s;
    QTest::newRow("DE layout: ß for a dash in the middle") << halfway << u"malformed"_s << u"218"_s;
    QTest::newRow("DE layout: ß instead of a digit") << valid.left(50) + u'ß' + valid.mid(51) << u"malformed"_s << u"ß"_s;
    QTest::newRow("DE layout: Z for Y") << valid.left(10) + u'Z' + valid.mid(11) << u"malformed"_s << u"Z"_s;
    QTest::newRow("DE layout: Y for Z") << valid.left(10) + u'Y' + valid.mid(11) << u"malformed"_s << u"Y"_s;
    QTest::newRow("trailing CR") << valid + u'\r' << u"malformed"_s << u"218"_s;
    QTest::newRow("trailing CR LF") << valid + u"\r\n"_s << u"malformed"_s << u"219"_s;
    QTest::newRow("trailing TAB") << valid + u'\t' << u"malformed"_s << u"218"_s;
    QTest::newRow("leading space") << u' ' + valid.left(216) << u"malformed"_s << u"not a digit"_s;
    QTest::newRow("Arabic-Indic digits") << QString(217, QChar(0x0661)) << u"malformed"_s << u"not a digit"_s;
    QTest::newRow("full-width digits") << QString(217, QChar(0xFF11)) << u"malformed"_s << u"not a digit"_s;
    QTest::newRow("NUL characters") << QString(217, QChar(0)) << u"malformed"_s << u"not a digit"_s;
    QTest::newRow("1 MB of digits") << QString(1024 * 1024, u'4') << u"malformed"_s << u"1048576"_s;
    QTest::newRow("1 MB of scanner noise") << QString(1024 * 1024, u'ß') << u"malformed"_s << u"1048576"_s;
}

void TestBadInput::voucherGarbage()
{
    QFETCH(QString, input);
    QFETCH(QString, code);
    QFETCH(QString, mention);
    const QHash<quint16, QByteArray> keys{{m_voucherKey.keyId(), m_voucherKey.publicKey()}};

    QElapsedTimer timer;
    timer.start();
    const auto decoded = VoucherCodec::decode(input, keys, QDate::currentDate());
    // A scanner that floods the field must not freeze the counter.
    QVERIFY2(timer.elapsed() < 2000, qPrintable(u"decoding took %1 ms"_s.arg(timer.elapsed())));
    QVERIFY2(!decoded, "garbage was accepted as a voucher");
    QCOMPARE(decoded.error().code, code);
    QVERIFY2(decoded.error().message.contains(mention),
             qPrintable(u"the message \"%1\" does not name \"%2\""_s.arg(decoded.error().message, mention)));
    QVERIFY2(decoded.error().message.size() < 300, "the message is too long to show a shopkeeper");
}

void TestBadInput::cliArguments_data()
{
    QTest::addColumn<QStringList>("arguments");  // %NEW% is a directory that must stay absent; %DATA% the server's
    QTest::addColumn<QString>("mention");

    const QString newDir = u"%NEW%"_s;
    const QStringList data{u"%DATA%"_s};
    QTest::newRow("no command") << QStringList{} << u"No command"_s;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s, u"--data-dir"_s, newDir} << u"frobnicate"_s;
    QTest::newRow("unknown option") << QStringList{u"serve"_s, u"--data-dir"_s, newDir, u"--listen"_s, u"127.0.0.1:0"_s,
                                                   u"--colour"_s, u"red"_s} << u"--colour"_s;
    QTest::newRow("missing --data-dir") << QStringList{u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s} << u"--data-dir"_s;
    QTest::newRow("--data-dir without a value") << QStringList{u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--data-dir"_s}
                                                << u"--data-dir needs a value"_s;
    QTest::newRow("missing --listen") << QStringList{u"serve"_s, u"--data-dir"_s, newDir} << u"--listen"_s;
    QTest::newRow("--listen without port") << QStringList{u"serve"_s, u"--data-dir"_s, newDir, u"--listen"_s, u"127.0.0.1"_s}
                                           << u"\"127.0.0.1\""_s;
    QTest::newRow("--listen 999.1.1.1:80") << QStringList{u"serve"_s, u"--data-dir"_s, newDir, u"--listen"_s, u"999.1.1.1:80"_s}
                                           << u"999.1.1.1"_s;
    QTest::newRow("--listen port 70000") << QStringList{u"serve"_s, u"--data-dir"_s, newDir, u"--listen"_s, u"127.0.0.1:70000"_s}
                                         << u"70000"_s;
    QTest::newRow("--plain-http on 0.0.0.0") << QStringList{u"serve"_s, u"--data-dir"_s, newDir, u"--listen"_s,
                                                            u"0.0.0.0:8080"_s, u"--plain-http"_s} << u"loopback"_s;
    QTest::newRow("--database mysql://") << QStringList{u"serve"_s, u"--data-dir"_s, newDir, u"--listen"_s, u"127.0.0.1:0"_s,
                                                        u"--database"_s, u"mysql://app:pw@localhost/buurtmunt"_s}
                                         << u"postgresql://"_s;
    QTest::newRow("option given twice") << QStringList{u"serve"_s, u"--data-dir"_s, newDir, u"--data-dir"_s, newDir + u'2',
                                                       u"--listen"_s, u"127.0.0.1:0"_s} << u"twice"_s;
    QTest::newRow("--workers 0") << QStringList{u"serve"_s, u"--data-dir"_s, newDir, u"--listen"_s, u"127.0.0.1:0"_s,
                                                u"--workers"_s, u"0"_s} << u"--workers"_s;
    QTest::newRow("--workers many") << QStringList{u"serve"_s, u"--data-dir"_s, newDir, u"--listen"_s, u"127.0.0.1:0"_s,
                                                   u"--workers=many"_s} << u"--workers"_s;
    QTest::newRow("--max-body-bytes 10") << QStringList{u"serve"_s, u"--data-dir"_s, newDir, u"--listen"_s, u"127.0.0.1:0"_s,
                                                        u"--max-body-bytes"_s, u"10"_s} << u"--max-body-bytes"_s;
    QTest::newRow("flag with a value") << QStringList{u"serve"_s, u"--data-dir"_s, newDir, u"--listen"_s, u"127.0.0.1:0"_s,
                                                      u"--demo-data=yes"_s} << u"--demo-data takes no value"_s;
    QTest::newRow("certificate without key") << QStringList{u"serve"_s, u"--data-dir"_s, newDir, u"--listen"_s,
                                                            u"127.0.0.1:0"_s, u"--tls-certificate"_s, u"/etc/hostname"_s}
                                             << u"--tls-key"_s;
    QTest::newRow("--role waiter") << QStringList{u"enrolment-code"_s} + data + QStringList{u"--role"_s, u"waiter"_s}
                                   << u"waiter"_s;
    QTest::newRow("counter without --shop") << QStringList{u"enrolment-code"_s} + data + QStringList{u"--role"_s, u"counter"_s}
                                            << u"--shop"_s;
    QTest::newRow("--shop on a kiosk") << QStringList{u"enrolment-code"_s} + data
                                              + QStringList{u"--role"_s, u"kiosk"_s, u"--shop"_s, u"1"_s}
                                       << u"--shop"_s;
    QTest::newRow("--shop that is not a number") << QStringList{u"enrolment-code"_s} + data
                                                        + QStringList{u"--role"_s, u"counter"_s, u"--shop"_s, u"bakker"_s}
                                                 << u"--shop"_s;
    QTest::newRow("option of another command") << QStringList{u"devices"_s} + data + QStringList{u"--role"_s, u"kiosk"_s}
                                               << u"--role"_s;
    QTest::newRow("revoke-device without --device") << QStringList{u"revoke-device"_s} + data << u"--device"_s;
    QTest::newRow("revoke-device --device abc") << QStringList{u"revoke-device"_s} + data + QStringList{u"--device"_s, u"abc"_s}
                                                << u"--device"_s;
    QTest::newRow("audit frobnicate") << QStringList{u"audit"_s, u"frobnicate"_s} + data << u"audit verify"_s;
    QTest::newRow("ledger without subcommand") << QStringList{u"ledger"_s} << u"ledger check"_s;
    QTest::newRow("stray argument") << QStringList{u"migrate"_s} + data + QStringList{u"now"_s} << u"\"now\""_s;
    QTest::newRow("settings frobnicate") << QStringList{u"settings"_s, u"frobnicate"_s} + data << u"settings set KEY VALUE"_s;
    QTest::newRow("settings set without value") << QStringList{u"settings"_s, u"set"_s, u"voucher.maxOpen"_s} + data
                                                << u"KEY and a VALUE"_s;
    QTest::newRow("settings set blank value") << QStringList{u"settings"_s, u"set"_s, u"voucher.maxOpen"_s, u" "_s} + data
                                              << u"settings unset voucher.maxOpen"_s;
}

// A setting the rules would refuse is never stored: the command names the
// key and what it must be, and nothing in the database changes.
void TestBadInput::settingsRefuseBadValues_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("mention");
    QTest::newRow("unknown key") << u"counter.ofline.enabled"_s << u"true"_s << u"counter.offline.enabled"_s;
    QTest::newRow("flag not a boolean") << u"counter.offline.enabled"_s << u"yes"_s << u"true or false"_s;
    QTest::newRow("negative floor limit") << u"counter.offline.floorLimitCents"_s << u"-5"_s << u"from 0"_s;
    QTest::newRow("validity not a number") << u"voucher.validityDays"_s << u"ninety"_s << u"voucher.validityDays"_s;
    QTest::newRow("zero euro per coin") << u"municipality.euroCentsPerCoin"_s << u"0"_s << u"from 1"_s;
    QTest::newRow("yearly cap in euros") << u"cap.yearlyCents"_s << u"1500.00"_s << u"cap.yearlyCents"_s;
}

void TestBadInput::settingsRefuseBadValues()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, mention);
    const Snapshot before = snapshot();
    QByteArray err;
    const int exitCode = m_server.runCli(QStringList{u"settings"_s, u"set"_s, key, value} + databaseArguments(), nullptr, &err);
    QVERIFY2(exitCode != 0, "a refused setting exited 0");
    QVERIFY2(QString::fromUtf8(err).contains(mention), err.constData());
    QVERIFY2(before == snapshot(), qPrintable(describeDifference(before, snapshot())));
}

// The municipality switches offline acceptance on; the next device answer
// carries it, and unsetting puts the default back.
void TestBadInput::settingsChangeWhatTheServerSends()
{
    QByteArray out;
    QCOMPARE(m_server.runCli(QStringList{u"settings"_s, u"set"_s, u"counter.offline.enabled"_s, u"true"_s} + databaseArguments(),
                             &out),
             0);
    QCOMPARE(m_server.runCli(QStringList{u"settings"_s, u"set"_s, u"counter.offline.floorLimitCents"_s, u"1500"_s}
                                 + databaseArguments(), &out),
             0);
    QCOMPARE(m_server.runCli(QStringList{u"settings"_s} + databaseArguments(), &out), 0);
    QVERIFY2(out.contains("counter.offline.floorLimitCents = 1500"), out.constData());
    QVERIFY2(out.contains("voucher.validityDays = (default)"), out.constData());

    m_client->setDeviceCredentials(m_deviceId, m_secret);
    const HttpReply device = m_client->get(u"/v1/device"_s);
    QVERIFY2(device.status == 200, device.body.constData());
    const QJsonObject offline = device.json().value(u"offlineRedemption"_s).toObject();
    QCOMPARE(offline.value(u"enabled"_s).toBool(), true);
    QCOMPARE(offline.value(u"floorLimitCents"_s).toInteger(), 1500);

    for (const QString& key : {u"counter.offline.enabled"_s, u"counter.offline.floorLimitCents"_s})
        QCOMPARE(m_server.runCli(QStringList{u"settings"_s, u"unset"_s, key} + databaseArguments(), &out), 0);
    const HttpReply back = m_client->get(u"/v1/device"_s);
    QCOMPARE(back.json().value(u"offlineRedemption"_s).toObject().value(u"enabled"_s).toBool(), false);
}

void TestBadInput::cliArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mention);

    QTemporaryDir parent;
    QVERIFY(parent.isValid());
    const QString newDir = parent.filePath(u"must-not-exist"_s);
    QStringList expanded;
    for (const QString& argument : arguments) {
        if (argument == u"%DATA%"_s)
            expanded << databaseArguments();
        else
            expanded << QString(argument).replace(u"%NEW%"_s, newDir);
    }

    const Snapshot before = snapshot();
    QByteArray out;
    QByteArray err;
    const int exitCode = m_server.runCli(expanded, &out, &err);
    const Snapshot after = snapshot();

    const QString stderrText = QString::fromUtf8(err);
    QVERIFY2(exitCode == 2, qPrintable(u"exit code %1 for %2\nstderr: %3"_s.arg(exitCode).arg(expanded.join(u' '), stderrText)));
    QVERIFY2(stderrText.contains(mention), qPrintable(u"stderr does not name \"%1\": %2"_s.arg(mention, stderrText)));
    QVERIFY2(stderrText.contains(u"--help"_s), qPrintable(u"stderr does not point to --help: "_s + stderrText));
    QVERIFY2(!QFileInfo::exists(newDir) && !QFileInfo::exists(newDir + u'2'),
             "a refused command line created its data directory");
    QCOMPARE(QDir(parent.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList{});
    QVERIFY2(before == after, qPrintable(u"a refused command line changed the database: "_s + describeDifference(before, after)));
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "TestBadInput.moc"
