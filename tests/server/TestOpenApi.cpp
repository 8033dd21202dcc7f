// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "HttpsTestClient.h"
#include "ServerProcess.h"
#include "TestBackend.h"
#include "VoucherSeed.h"
#include "server/ApiRoutes.h"
#include "server/Database.h"
#include "server/Metrics.h"
#include "server/Router.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>
#include <memory>

using namespace Qt::StringLiterals;
using namespace buurtmunt;
using namespace buurtmunt::test;

namespace {

// No YAML library is available, so docs/openapi.yaml is read with a small,
// strict reader for the subset it uses: block mappings and sequences indented
// by spaces, plain and quoted scalars, one-line flow sequences of scalars and
// literal block scalars. Anything else (tabs, flow mappings, anchors,
// duplicate keys, odd indentation) is an error with its line number, so the
// file cannot drift into something this test silently misreads.
struct YamlNode {
    enum class Kind { Scalar, Map, Seq };
    Kind kind = Kind::Scalar;
    QString scalar;
    bool isNull = false;
    int line = 0;
    QList<std::pair<QString, std::shared_ptr<YamlNode>>> map;
    QList<std::shared_ptr<YamlNode>> seq;

    const YamlNode* get(const QString& key) const
    {
        for (const auto& [name, node] : map) {
            if (name == key)
                return node.get();
        }
        return nullptr;
    }
    QStringList keys() const
    {
        QStringList out;
        for (const auto& entry : map)
            out << entry.first;
        return out;
    }
    QStringList scalars() const
    {
        QStringList out;
        for (const auto& node : seq)
            out << node->scalar;
        return out;
    }
};

class YamlReader {
public:
    explicit YamlReader(const QString& text) : m_lines(text.split(u'\n')) {}

    std::shared_ptr<YamlNode> read()
    {
        skipIgnorable();
        if (m_pos >= m_lines.size())
            return fail(u"the document is empty"_s);
        if (indentOf(m_pos) != 0)
            return fail(u"the document must start at column 1"_s);
        auto root = parseBlock(0);
        skipIgnorable();
        if (root && m_pos < m_lines.size())
            return fail(u"unexpected content (wrong indentation?)"_s);
        return root;
    }
    QString error() const { return m_error; }

private:
    std::shared_ptr<YamlNode> fail(const QString& why)
    {
        if (m_error.isEmpty())
            m_error = u"docs/openapi.yaml line %1: %2"_s.arg(m_pos + 1).arg(why);
        return nullptr;
    }

    static bool isIgnorable(const QString& line)
    {
        const QString trimmed = line.trimmed();
        return trimmed.isEmpty() || trimmed.startsWith(u'#');
    }
    void skipIgnorable()
    {
        while (m_pos < m_lines.size() && isIgnorable(m_lines.at(m_pos)))
            ++m_pos;
    }
    int indentOf(qsizetype index)
    {
        const QString& line = m_lines.at(index);
        int n = 0;
        while (n < line.size() && line.at(n) == u' ')
            ++n;
        if (n < line.size() && line.at(n) == u'\t')
            m_error = m_error.isEmpty() ? u"docs/openapi.yaml line %1: a tab in the indentation"_s.arg(index + 1) : m_error;
        return n;
    }
    // The line's content without indentation and without a trailing comment
    // outside quotes.
    QString contentOf(qsizetype index) const
    {
        const QString line = m_lines.at(index).trimmed();
        QChar quote;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
            } else if (c == u'\'' || c == u'"') {
                if (i == 0 || line.at(i - 1) == u' ' || line.at(i - 1) == u'[' || line.at(i - 1) == u',')
                    quote = c;
            } else if (c == u'#' && i > 0 && line.at(i - 1) == u' ') {
                return line.left(i).trimmed();
            }
        }
        return line;
    }

    std::shared_ptr<YamlNode> parseBlock(int indent)
    {
        skipIgnorable();
        if (m_pos >= m_lines.size())
            return fail(u"a block is missing"_s);
        const QString content = contentOf(m_pos);
        if (content == u"-"_s || content.startsWith(u"- "_s))
            return parseSeq(indent);
        return parseMap(indent, QString());
    }

    // `firstContent` is set when the first entry sits behind a "- " on the
    // sequence item's line.
    std::shared_ptr<YamlNode> parseMap(int indent, QString firstContent)
    {
        auto node = std::make_shared<YamlNode>();
        node->kind = YamlNode::Kind::Map;
        node->line = static_cast<int>(m_pos + 1);
        QSet<QString> seen;
        while (true) {
            QString content;
            if (!firstContent.isNull()) {
                content = firstContent;
                firstContent = QString();
            } else {
                skipIgnorable();
                if (m_pos >= m_lines.size())
                    break;
                const int here = indentOf(m_pos);
                if (!m_error.isEmpty())
                    return nullptr;
                if (here < indent)
                    break;
                if (here > indent)
                    return fail(u"indented more than the mapping it is in (%1 instead of %2 spaces)"_s.arg(here).arg(indent));
                content = contentOf(m_pos);
                if (content.startsWith(u"- "_s) || content == u"-"_s)
                    break;
            }
            QString key;
            QString rest;
            if (!splitKey(content, &key, &rest))
                return fail(u"expected \"key: value\", found \"%1\""_s.arg(content));
            if (seen.contains(key))
                return fail(u"duplicate key \"%1\""_s.arg(key));
            seen.insert(key);
            const int keyLine = static_cast<int>(m_pos + 1);
            ++m_pos;
            std::shared_ptr<YamlNode> value;
            if (rest.isEmpty()) {
                skipIgnorable();
                if (m_pos < m_lines.size() && indentOf(m_pos) > indent) {
                    value = parseBlock(indentOf(m_pos));
                } else {
                    value = std::make_shared<YamlNode>();
                    value->isNull = true;
                }
            } else if (rest == u"|"_s || rest == u"|-"_s) {
                value = blockScalar(indent);
            } else {
                value = inlineValue(rest);
            }
            if (!value)
                return nullptr;
            value->line = value->line ? value->line : keyLine;
            node->map.append({key, value});
        }
        return node;
    }

    std::shared_ptr<YamlNode> parseSeq(int indent)
    {
        auto node = std::make_shared<YamlNode>();
        node->kind = YamlNode::Kind::Seq;
        node->line = static_cast<int>(m_pos + 1);
        while (true) {
            skipIgnorable();
            if (m_pos >= m_lines.size())
                break;
            const int here = indentOf(m_pos);
            if (here < indent)
                break;
            if (here > indent)
                return fail(u"a sequence item indented more than its siblings"_s);
            const QString content = contentOf(m_pos);
            if (!(content.startsWith(u"- "_s) || content == u"-"_s))
                break;
            const QString item = content.mid(1).trimmed();
            std::shared_ptr<YamlNode> value;
            QString key;
            QString rest;
            if (item.isEmpty()) {
                ++m_pos;
                skipIgnorable();
                if (m_pos >= m_lines.size() || indentOf(m_pos) <= indent)
                    return fail(u"an empty sequence item"_s);
                value = parseBlock(indentOf(m_pos));
            } else if (!item.startsWith(u'[') && !item.startsWith(u'\'') && !item.startsWith(u'"')
                       && splitKey(item, &key, &rest)) {
                // "- key: value" opens a mapping whose keys line up after "- ".
                value = parseMap(here + 2, item);
            } else {
                value = inlineValue(item);
                ++m_pos;
            }
            if (!value)
                return nullptr;
            node->seq.append(value);
        }
        return node;
    }

    std::shared_ptr<YamlNode> blockScalar(int keyIndent)
    {
        QStringList text;
        int contentIndent = -1;
        while (m_pos < m_lines.size()) {
            const QString& line = m_lines.at(m_pos);
            if (line.trimmed().isEmpty()) {
                text << QString();
                ++m_pos;
                continue;
            }
            const int here = indentOf(m_pos);
            if (here <= keyIndent)
                break;
            if (contentIndent < 0)
                contentIndent = here;
            if (here < contentIndent)
                return fail(u"a block scalar line indented less than its first line"_s);
            text << line.mid(contentIndent);
            ++m_pos;
        }
        while (!text.isEmpty() && text.constLast().isEmpty())
            text.removeLast();
        auto node = std::make_shared<YamlNode>();
        node->scalar = text.join(u'\n');
        return node;
    }

    std::shared_ptr<YamlNode> inlineValue(const QString& text)
    {
        if (text.startsWith(u'{'))
            return fail(u"flow mappings are not used in this document"_s);
        if (text.startsWith(u'&') || text.startsWith(u'*') || text.startsWith(u'!'))
            return fail(u"anchors, aliases and tags are not used in this document"_s);
        if (text.startsWith(u'[')) {
            if (!text.endsWith(u']'))
                return fail(u"a flow sequence must close on its line"_s);
            auto node = std::make_shared<YamlNode>();
            node->kind = YamlNode::Kind::Seq;
            const QString inner = text.mid(1, text.size() - 2).trimmed();
            if (inner.isEmpty())
                return node;
            for (const QString& part : inner.split(u',')) {
                auto item = scalarValue(part.trimmed());
                if (!item)
                    return nullptr;
                node->seq.append(item);
            }
            return node;
        }
        return scalarValue(text);
    }

    std::shared_ptr<YamlNode> scalarValue(const QString& text)
    {
        auto node = std::make_shared<YamlNode>();
        if (text.startsWith(u'\'')) {
            if (text.size() < 2 || !text.endsWith(u'\''))
                return fail(u"an unterminated single-quoted string"_s);
            node->scalar = text.mid(1, text.size() - 2).replace(u"''"_s, u"'"_s);
        } else if (text.startsWith(u'"')) {
            if (text.size() < 2 || !text.endsWith(u'"') || text.contains(u'\\'))
                return fail(u"double-quoted strings must be closed and without escapes"_s);
            node->scalar = text.mid(1, text.size() - 2);
        } else {
            if (text.contains(u": "_s))
                return fail(u"a plain scalar containing \": \" (quote it)"_s);
            node->scalar = text;
            node->isNull = text == u"null"_s || text == u"~"_s;
        }
        return node;
    }

    static bool splitKey(const QString& content, QString* key, QString* rest)
    {
        if (content.startsWith(u'\'') || content.startsWith(u'"')) {
            const qsizetype close = content.indexOf(content.at(0), 1);
            if (close < 0 || close + 1 >= content.size() || content.at(close + 1) != u':')
                return false;
            *key = content.mid(1, close - 1);
            *rest = content.mid(close + 2).trimmed();
            return close + 2 == content.size() || content.at(close + 2) == u' ';
        }
        qsizetype colon = content.indexOf(u": "_s);
        if (colon < 0 && content.endsWith(u':'))
            colon = content.size() - 1;
        if (colon <= 0)
            return false;
        *key = content.left(colon);
        *rest = content.mid(colon + 1).trimmed();
        return !key->contains(u' ') || key->startsWith(u'/');
    }

    QStringList m_lines;
    qsizetype m_pos = 0;
    QString m_error;
};

QString sourceDir()
{
    return qEnvironmentVariable("BUURTMUNT_SOURCE_DIR");
}

QString readSource(const QString& relative, QString* error)
{
    QFile file(QDir(sourceDir()).filePath(relative));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2 (is BUURTMUNT_SOURCE_DIR set?)"_s.arg(file.fileName(), file.errorString());
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

const QStringList kHttpMethods{u"get"_s, u"put"_s, u"post"_s, u"delete"_s, u"options"_s, u"head"_s, u"patch"_s, u"trace"_s};
const QStringList kDeviceRoles{u"kiosk"_s, u"counter"_s, u"staff"_s};

QString sorted(QStringList list)
{
    list.sort();
    list.removeDuplicates();
    return list.join(u", "_s);
}

} // namespace

class TestOpenApi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void documentIsWellFormed();
    void everyRegisteredRouteIsDescribed();
    void everyDescribedOperationMatchesTheRoutes();
    void mutatingOperationsRequireAnIdempotencyKey();
    void problemTypesMatchTheServer();
    void describedOperationsAreServed();
    void documentedErrorAnswersAreTheServers();
    void conditionalRequestsAnswer304();

private:
    const YamlNode* resolve(const YamlNode* node) const;
    const YamlNode* operation(const QString& path, const QString& method) const;
    const YamlNode* response(const YamlNode* operation, int status) const;
    QStringList validate(const QJsonValue& value, const YamlNode* schema, const QString& where) const;
    // Checks a live answer against what the operation documents for its status.
    QStringList conforms(const QString& path, const QString& method, const HttpReply& reply) const;
    QString freshEnrolmentCode(const QString& role, std::optional<qint64> shopId = std::nullopt);
    HttpReply enrol(const QString& code, const QString& name, const QString& secret);
    QString concretePath(const QString& pattern) const;

    std::shared_ptr<YamlNode> m_document;
    ServerProcess m_server;
    std::unique_ptr<HttpsTestClient> m_client;
    std::map<QString, std::pair<qint64, QString>> m_devices;  // role -> id, secret
    qint64 m_taskId = 0;
    // Logging residents in for operations with x-session.
    QByteArray logInResident();
    QByteArray logInStaff();
    qint64 claimWith(const QByteArray& session);
    qint64 submittedClaim();
    // For the staff operations: a fresh draft task and a fresh resident, so
    // no recipe changes the demo data other recipes rely on.
    QJsonObject draftTask(const HeaderList& session);
    qint64 registeredResident(const HeaderList& session);
    QString toolboxCode();
    QList<qint64> m_toolboxTaskIds;
    int m_nextToolboxTask = 0;
    QList<QPair<QString, QString>> m_residents;  // pass, PIN (printed by the demo)
    QList<qint64> m_taskIds;
    int m_nextResident = 0;
    int m_nextTask = 0;
    int m_keyCounter = 0;
};

void TestOpenApi::initTestCase()
{
    QString error;
    const QString text = readSource(u"docs/openapi.yaml"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    YamlReader reader(text);
    m_document = reader.read();
    QVERIFY2(m_document, qPrintable(reader.error()));

    ServerProcess::Options options = serverOptions(true, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    m_client = std::make_unique<HttpsTestClient>(m_server.url(), m_server.fingerprint());

    // One device of every role, enrolled the way a real device does it.
    for (const QString& role : kDeviceRoles) {
        const QString code = freshEnrolmentCode(role, role == u"counter"_s ? std::optional<qint64>(1) : std::nullopt);
        QVERIFY2(!code.isEmpty(), qPrintable(m_server.errorString()));
        const QString secret = ServerProcess::newDeviceSecret();
        const HttpReply reply = enrol(code, u"OpenAPI "_s + role, secret);
        QVERIFY2(reply.status == 201, qPrintable(reply.describe()));
        m_devices[role] = {reply.json().value(u"deviceId"_s).toInteger(), secret};
    }
    m_client->setDeviceCredentials(m_devices[u"kiosk"_s].first, m_devices[u"kiosk"_s].second);
    const HttpReply tasks = m_client->get(u"/v1/tasks"_s);
    QVERIFY2(tasks.status == 200, qPrintable(tasks.describe()));
    const QJsonArray items = tasks.json().value(u"items"_s).toArray();
    QVERIFY2(!items.isEmpty(), "the demo data has no published task to address /v1/tasks/{id} with");
    m_taskId = items.first().toObject().value(u"id"_s).toInteger();
    for (const QJsonValue& item : items) {
        m_taskIds.append(item.toObject().value(u"id"_s).toInteger());
        if (item.toObject().value(u"toolboxNeeded"_s).toBool())
            m_toolboxTaskIds.append(item.toObject().value(u"id"_s).toInteger());
    }
    QVERIFY2(!m_toolboxTaskIds.isEmpty(), "the demo data has no task that needs a toolbox");
    const auto residents = demoResidents(m_server);
    for (const auto& passAndPin : residents)
        m_residents.append(passAndPin);
    QVERIFY2(m_residents.size() >= 2, "the demo printed no residents to log in with");
}

QString TestOpenApi::freshEnrolmentCode(const QString& role, std::optional<qint64> shopId)
{
    return m_server.enrolmentCode(role, shopId);
}

HttpReply TestOpenApi::enrol(const QString& code, const QString& name, const QString& secret)
{
    static int counter = 0;
    const QByteArray key = "openapi-enrol-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + '-'
        + QByteArray::number(++counter);
    const QByteArray body = QJsonDocument(QJsonObject{{u"code"_s, code}, {u"name"_s, name}, {u"secret"_s, secret}})
                                .toJson(QJsonDocument::Compact);
    return m_client->postJson(u"/v1/devices/enrol"_s, body, key);
}

QByteArray TestOpenApi::logInResident()
{
    const auto& [pass, pin] = m_residents.at(m_nextResident++ % m_residents.size());
    m_client->setDeviceCredentials(m_devices[u"kiosk"_s].first, m_devices[u"kiosk"_s].second);
    const HttpReply reply = m_client->postJson(u"/v1/resident-sessions"_s,
        QJsonDocument(QJsonObject{{u"pass"_s, pass}, {u"pin"_s, pin}}).toJson(QJsonDocument::Compact),
        "openapi-login-" + QByteArray::number(++m_keyCounter));
    return reply.json().value(u"token"_s).toString().toLatin1();
}

QByteArray TestOpenApi::logInStaff()
{
    // The demo's staff account, as the server prints it.
    m_client->setDeviceCredentials(m_devices[u"staff"_s].first, m_devices[u"staff"_s].second);
    const HttpReply reply = m_client->postJson(u"/v1/staff-sessions"_s,
        QJsonDocument(QJsonObject{{u"username"_s, u"demo"_s}, {u"password"_s, u"heitje-demo"_s}}).toJson(QJsonDocument::Compact),
        "openapi-staff-login-" + QByteArray::number(++m_keyCounter));
    return reply.json().value(u"token"_s).toString().toLatin1();
}

qint64 TestOpenApi::submittedClaim()
{
    const QByteArray session = logInResident();
    const qint64 claim = claimWith(session);
    m_client->postJson(u"/v1/claims/%1/submit"_s.arg(claim), R"({"note":"klaar"})",
                       "openapi-submit-" + QByteArray::number(++m_keyCounter), {{"Buurtmunt-Session", session}});
    return claim;
}

qint64 TestOpenApi::claimWith(const QByteArray& session)
{
    const HttpReply reply = m_client->postJson(u"/v1/claims"_s,
        QJsonDocument(QJsonObject{{u"taskId"_s, m_taskIds.at(m_nextTask++ % m_taskIds.size())}}).toJson(QJsonDocument::Compact),
        "openapi-claim-" + QByteArray::number(++m_keyCounter), {{"Buurtmunt-Session", session}});
    return reply.json().value(u"id"_s).toInteger();
}

QJsonObject TestOpenApi::draftTask(const HeaderList& session)
{
    const QJsonObject body{
        {u"title"_s, u"Bankje schuren"_s}, {u"description"_s, u"Schuur het bankje."_s}, {u"category"_s, u"repair"_s},
        {u"neighbourhood"_s, u"Centrum"_s}, {u"address"_s, u"Bongerd 1, Heerlen"_s}, {u"latitude"_s, 50.888},
        {u"longitude"_s, 5.979}, {u"rewardCents"_s, 800}, {u"estimatedMinutes"_s, 90}, {u"capacity"_s, 2},
        {u"windowStart"_s, QDate::currentDate().toString(Qt::ISODate)},
        {u"windowEnd"_s, QDate::currentDate().addDays(30).toString(Qt::ISODate)}, {u"safetyNotes"_s, QString()},
        {u"toolboxNeeded"_s, false}};
    const HttpReply reply = m_client->postJson(u"/v1/tasks"_s, QJsonDocument(body).toJson(QJsonDocument::Compact),
                                               "openapi-draft-" + QByteArray::number(++m_keyCounter), session);
    if (reply.status != 201) {
        qWarning("could not create a draft task: %s", qPrintable(reply.describe()));
        return {};
    }
    return reply.json();
}

qint64 TestOpenApi::registeredResident(const HeaderList& session)
{
    const QByteArray body = QJsonDocument(QJsonObject{{u"displayName"_s, u"Recept %1"_s.arg(++m_keyCounter)},
                                                      {u"neighbourhood"_s, u"Centrum"_s}, {u"pin"_s, u"2468"_s}})
                                .toJson(QJsonDocument::Compact);
    return m_client->postJson(u"/v1/residents"_s, body, "openapi-resident-" + QByteArray::number(++m_keyCounter), session)
        .json().value(u"resident"_s).toObject().value(u"id"_s).toInteger();
}

QString TestOpenApi::toolboxCode()
{
    // A claim on a task that needs a toolbox, by whichever demo resident can
    // still claim one.
    for (int attempt = 0; attempt < 3 * m_residents.size(); ++attempt) {
        const QByteArray session = logInResident();
        const qint64 task = m_toolboxTaskIds.at(m_nextToolboxTask++ % m_toolboxTaskIds.size());
        const HttpReply reply = m_client->postJson(u"/v1/claims"_s,
            QJsonDocument(QJsonObject{{u"taskId"_s, task}}).toJson(QJsonDocument::Compact),
            "openapi-toolbox-claim-" + QByteArray::number(++m_keyCounter), {{"Buurtmunt-Session", session}});
        if (reply.status == 201)
            return reply.json().value(u"toolboxCode"_s).toString();
    }
    return {};
}

const YamlNode* TestOpenApi::resolve(const YamlNode* node) const
{
    for (int depth = 0; node && depth < 10; ++depth) {
        const YamlNode* ref = node->kind == YamlNode::Kind::Map ? node->get(u"$ref"_s) : nullptr;
        if (!ref)
            return node;
        if (!ref->scalar.startsWith(u"#/"_s))
            return nullptr;
        const YamlNode* target = m_document.get();
        for (const QString& part : ref->scalar.mid(2).split(u'/')) {
            target = target ? target->get(part) : nullptr;
        }
        node = target;
    }
    return node;
}

const YamlNode* TestOpenApi::operation(const QString& path, const QString& method) const
{
    const YamlNode* paths = m_document->get(u"paths"_s);
    const YamlNode* item = paths ? paths->get(path) : nullptr;
    return item ? item->get(method) : nullptr;
}

const YamlNode* TestOpenApi::response(const YamlNode* op, int status) const
{
    const YamlNode* responses = op ? op->get(u"responses"_s) : nullptr;
    return responses ? resolve(responses->get(QString::number(status))) : nullptr;
}

QStringList TestOpenApi::validate(const QJsonValue& value, const YamlNode* schemaRef, const QString& where) const
{
    const YamlNode* schema = resolve(schemaRef);
    if (!schema)
        return {where + u": the schema or its $ref does not resolve"_s};
    QStringList problems;
    if (const YamlNode* allOf = schema->get(u"allOf"_s)) {
        // The parts together describe one object: each part checks its own
        // properties, and a field is undocumented only if no part names it.
        QSet<QString> known;
        for (const auto& part : allOf->seq) {
            const YamlNode* resolved = resolve(part.get());
            if (const YamlNode* props = resolved ? resolved->get(u"properties"_s) : nullptr) {
                for (const QString& key : props->keys())
                    known.insert(key);
            }
            QStringList partProblems = validate(value, part.get(), where);
            partProblems.removeIf([](const QString& p) { return p.contains(u"is not documented"_s); });
            problems << partProblems;
        }
        for (const QString& key : value.toObject().keys()) {
            if (!known.contains(key))
                problems << u"%1.%2 is not documented"_s.arg(where, key);
        }
        return problems;
    }
    const YamlNode* nullable = schema->get(u"nullable"_s);
    if (value.isNull())
        return nullable && nullable->scalar == u"true"_s ? QStringList{} : QStringList{where + u" is null but not nullable"_s};
    const YamlNode* typeNode = schema->get(u"type"_s);
    const QString type = typeNode ? typeNode->scalar : QString();
    if (type == u"object"_s) {
        if (!value.isObject())
            return {where + u" is not an object"_s};
        const QJsonObject object = value.toObject();
        const YamlNode* required = schema->get(u"required"_s);
        if (required) {
            for (const QString& name : required->scalars()) {
                if (!object.contains(name))
                    problems << u"%1.%2 is required but missing"_s.arg(where, name);
            }
        }
        const YamlNode* properties = schema->get(u"properties"_s);
        // A free-form object (an audit entry's details) documents no fields.
        const YamlNode* additional = schema->get(u"additionalProperties"_s);
        const bool freeForm = additional && additional->scalar == u"true"_s;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const YamlNode* property = properties ? properties->get(it.key()) : nullptr;
            if (property)
                problems << validate(it.value(), property, where + u'.' + it.key());
            else if (!freeForm)
                problems << u"%1.%2 is not documented"_s.arg(where, it.key());
        }
    } else if (type == u"array"_s) {
        if (!value.isArray())
            return {where + u" is not an array"_s};
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            problems << validate(array.at(i), schema->get(u"items"_s), u"%1[%2]"_s.arg(where).arg(i));
    } else if (type == u"string"_s) {
        if (!value.isString())
            return {where + u" is not a string"_s};
        const QString text = value.toString();
        if (const YamlNode* pattern = schema->get(u"pattern"_s)) {
            if (!QRegularExpression(pattern->scalar).match(text).hasMatch())
                problems << u"%1 \"%2\" does not match %3"_s.arg(where, text, pattern->scalar);
        }
        if (const YamlNode* format = schema->get(u"format"_s)) {
            if (format->scalar == u"date"_s && !QDate::fromString(text, Qt::ISODate).isValid())
                problems << u"%1 \"%2\" is not a date"_s.arg(where, text);
            if (format->scalar == u"date-time"_s
                && (!QDateTime::fromString(text, Qt::ISODateWithMs).isValid() || !text.endsWith(u'Z')))
                problems << u"%1 \"%2\" is not an RFC 3339 UTC instant"_s.arg(where, text);
            if (format->scalar == u"byte"_s
                && QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors).decodingStatus
                       != QByteArray::Base64DecodingStatus::Ok)
                problems << u"%1 is not base64"_s.arg(where);
        }
        if (const YamlNode* values = schema->get(u"enum"_s); values && !values->scalars().contains(text))
            problems << u"%1 \"%2\" is not one of %3"_s.arg(where, text, values->scalars().join(u", "_s));
    } else if (type == u"integer"_s || type == u"number"_s) {
        if (!value.isDouble())
            return {where + u" is not a number"_s};
        const double number = value.toDouble();
        if (type == u"integer"_s && std::floor(number) != number)
            problems << where + u" is not an integer"_s;
        if (const YamlNode* min = schema->get(u"minimum"_s); min && number < min->scalar.toDouble())
            problems << u"%1 %2 is below %3"_s.arg(where).arg(number).arg(min->scalar);
        if (const YamlNode* max = schema->get(u"maximum"_s); max && number > max->scalar.toDouble())
            problems << u"%1 %2 is above %3"_s.arg(where).arg(number).arg(max->scalar);
    } else if (type == u"boolean"_s) {
        if (!value.isBool())
            problems << where + u" is not a boolean"_s;
    } else {
        problems << u"%1: the schema has no type this test knows (\"%2\")"_s.arg(where, type);
    }
    return problems;
}

QStringList TestOpenApi::conforms(const QString& path, const QString& method, const HttpReply& reply) const
{
    const QString where = u"%1 %2 -> %3"_s.arg(method.toUpper(), path).arg(reply.status);
    const YamlNode* op = operation(path, method);
    const YamlNode* documented = response(op, reply.status);
    if (!documented)
        return {where + u": this status is not documented for the operation\n"_s + reply.describe()};
    QStringList problems;
    if (!reply.hasHeader("X-Request-ID"))
        problems << where + u": no X-Request-ID header"_s;
    const YamlNode* content = documented->get(u"content"_s);
    if (reply.status == 304 || reply.status == 204) {
        if (content || !reply.body.isEmpty())
            problems << where + u": a %1 must have no body"_s.arg(reply.status);
        return problems;
    }
    if (!content)
        return problems << where + u": the documented answer has no content"_s;
    const QByteArray contentType = reply.header("Content-Type").split(';').value(0).trimmed();
    const YamlNode* media = content->get(QString::fromLatin1(contentType));
    if (!media)
        return problems << u"%1: Content-Type %2 is not documented (documented: %3)"_s.arg(
                   where, QString::fromLatin1(contentType), content->keys().join(u", "_s));
    if (contentType.endsWith("json")) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(reply.body, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return problems << where + u": the body is not JSON"_s;
        problems << validate(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()),
                             media->get(u"schema"_s), where);
    }
    if (contentType == "application/problem+json") {
        const YamlNode* types = documented->get(u"x-problem-types"_s);
        if (!types || !types->scalars().contains(reply.problemSlug()))
            problems << u"%1: problem type \"%2\" is not in this answer's x-problem-types (%3)"_s.arg(
                where, reply.problemSlug(), types ? types->scalars().join(u", "_s) : u"none"_s);
    }
    return problems;
}

QString TestOpenApi::concretePath(const QString& pattern) const
{
    QString path = pattern;
    return path.replace(u"{id}"_s, QString::number(m_taskId));
}

void TestOpenApi::documentIsWellFormed()
{
    QCOMPARE(m_document->get(u"openapi"_s) ? m_document->get(u"openapi"_s)->scalar : QString(), u"3.0.3"_s);
    const YamlNode* info = m_document->get(u"info"_s);
    QVERIFY(info);
    QCOMPARE(info->get(u"title"_s)->scalar, u"Buurtmunt API"_s);
    QCOMPARE(info->get(u"version"_s)->scalar, u"1"_s);
    QVERIFY(info->get(u"license"_s));
    QCOMPARE(info->get(u"license"_s)->get(u"name"_s)->scalar, u"EUPL-1.2"_s);

    const YamlNode* scheme = resolve(m_document->get(u"components"_s)->get(u"securitySchemes"_s)->get(u"Device"_s));
    QVERIFY2(scheme, "components/securitySchemes/Device is missing");
    QCOMPARE(scheme->get(u"type"_s)->scalar, u"apiKey"_s);
    QCOMPARE(scheme->get(u"in"_s)->scalar, u"header"_s);
    QCOMPARE(scheme->get(u"name"_s)->scalar, u"Authorization"_s);

    // Every $ref anywhere resolves, so a renamed component cannot leave a
    // dangling reference behind.
    QStringList dangling;
    std::function<void(const YamlNode*)> walk = [&](const YamlNode* node) {
        if (const YamlNode* ref = node->kind == YamlNode::Kind::Map ? node->get(u"$ref"_s) : nullptr) {
            if (!resolve(node))
                dangling << u"line %1: %2"_s.arg(ref->line).arg(ref->scalar);
        }
        for (const auto& entry : node->map)
            walk(entry.second.get());
        for (const auto& item : node->seq)
            walk(item.get());
    };
    walk(m_document.get());
    QVERIFY2(dangling.isEmpty(), qPrintable(u"dangling $ref: "_s + dangling.join(u"; "_s)));
}

void TestOpenApi::everyRegisteredRouteIsDescribed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto location = server::DatabaseLocation::sqliteFile(dir.filePath(u"routes.sqlite"_s));
    QVERIFY(location);
    server::Database database(location.value());
    server::Metrics metrics;
    server::Router router;
    server::registerApiRoutes(router, database, metrics);
    QVERIFY2(!router.routes().isEmpty(), "registerApiRoutes() registered nothing");

    for (const server::Route& route : router.routes()) {
        const QString method = QString::fromLatin1(route.method).toLower();
        const QString name = QString::fromLatin1(route.method) + u' ' + route.pattern;
        const YamlNode* op = operation(route.pattern, method);
        QVERIFY2(op, qPrintable(name + u" is registered by the server but not in docs/openapi.yaml"_s));
        const YamlNode* roles = op->get(u"x-roles"_s);
        QVERIFY2(roles && roles->kind == YamlNode::Kind::Seq, qPrintable(name + u" has no x-roles list"_s));
        const QStringList expected = route.access == server::Access::Public ? QStringList{u"public"_s}
                                     : route.roles.isEmpty()                ? kDeviceRoles
                                                                            : route.roles;
        QVERIFY2(sorted(roles->scalars()) == sorted(expected),
                 qPrintable(u"%1: x-roles [%2], the server allows [%3]"_s.arg(name, sorted(roles->scalars()), sorted(expected))));

        // Security must say the same as the roles: public operations opt out
        // of the Device scheme, device operations keep it.
        const YamlNode* security = op->get(u"security"_s);
        if (route.access == server::Access::Public) {
            QVERIFY2(security && security->seq.isEmpty(), qPrintable(name + u" is public but does not say security: []"_s));
        } else {
            const YamlNode* effective = security ? security : m_document->get(u"security"_s);
            QVERIFY2(effective && effective->seq.size() == 1 && effective->seq.first()->get(u"Device"_s),
                     qPrintable(name + u" needs the Device security scheme"_s));
            QVERIFY2(response(op, 401), qPrintable(name + u" authenticates but documents no 401"_s));
        }
    }
}

void TestOpenApi::everyDescribedOperationMatchesTheRoutes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto location = server::DatabaseLocation::sqliteFile(dir.filePath(u"routes.sqlite"_s));
    QVERIFY(location);
    server::Database database(location.value());
    server::Metrics metrics;
    server::Router router;
    server::registerApiRoutes(router, database, metrics);

    QSet<QString> registered;
    for (const server::Route& route : router.routes())
        registered.insert(QString::fromLatin1(route.method).toLower() + u' ' + route.pattern);

    const YamlNode* paths = m_document->get(u"paths"_s);
    QVERIFY(paths && paths->kind == YamlNode::Kind::Map);
    for (const QString& path : paths->keys()) {
        QVERIFY2(path.startsWith(u'/'), qPrintable(path + u" does not start with /"_s));
        for (const QString& key : paths->get(path)->keys()) {
            if (!kHttpMethods.contains(key)) {
                QVERIFY2(key == u"parameters"_s || key == u"summary"_s || key == u"description"_s,
                         qPrintable(u"%1: \"%2\" is neither a method nor a path-item field"_s.arg(path, key)));
                continue;
            }
            QVERIFY2(registered.contains(key + u' ' + path),
                     qPrintable(u"docs/openapi.yaml describes %1 %2, which registerApiRoutes() does not register"_s.arg(
                         key.toUpper(), path)));
            // Path parameters in the template are declared, and only those.
            const YamlNode* op = operation(path, key);
            QStringList declared;
            if (const YamlNode* parameters = op->get(u"parameters"_s)) {
                for (const auto& parameter : parameters->seq) {
                    const YamlNode* resolved = resolve(parameter.get());
                    QVERIFY2(resolved, qPrintable(path + u": a parameter $ref does not resolve"_s));
                    if (resolved->get(u"in"_s)->scalar == u"path"_s)
                        declared << resolved->get(u"name"_s)->scalar;
                }
            }
            QStringList inTemplate;
            static const QRegularExpression braces(u"\\{([^}]+)\\}"_s);
            for (auto it = braces.globalMatch(path); it.hasNext();)
                inTemplate << it.next().captured(1);
            QCOMPARE(sorted(declared), sorted(inTemplate));
        }
    }
}

void TestOpenApi::mutatingOperationsRequireAnIdempotencyKey()
{
    const YamlNode* paths = m_document->get(u"paths"_s);
    int mutating = 0;
    for (const QString& path : paths->keys()) {
        for (const QString& method : {u"post"_s, u"put"_s, u"patch"_s, u"delete"_s}) {
            const YamlNode* op = operation(path, method);
            if (!op)
                continue;
            ++mutating;
            bool hasKey = false;
            if (const YamlNode* parameters = op->get(u"parameters"_s)) {
                for (const auto& parameter : parameters->seq) {
                    const YamlNode* resolved = resolve(parameter.get());
                    hasKey = hasKey
                        || (resolved->get(u"name"_s)->scalar == u"Idempotency-Key"_s
                            && resolved->get(u"in"_s)->scalar == u"header"_s
                            && resolved->get(u"required"_s) && resolved->get(u"required"_s)->scalar == u"true"_s);
                }
            }
            const QString name = method.toUpper() + u' ' + path;
            QVERIFY2(hasKey, qPrintable(name + u" does not require the Idempotency-Key header"_s));
            const YamlNode* body = op->get(u"requestBody"_s);
            if (method == u"delete"_s) {
                // A DELETE sends no body; the server reads it as {}.
                QVERIFY2(!body, qPrintable(name + u" documents a body, but DELETE sends none"_s));
                continue;
            }
            QVERIFY2(body, qPrintable(name + u" has no requestBody"_s));
            const YamlNode* schema = resolve(body->get(u"content"_s)->get(u"application/json"_s)->get(u"schema"_s));
            QVERIFY2(schema && schema->get(u"additionalProperties"_s)
                         && schema->get(u"additionalProperties"_s)->scalar == u"false"_s,
                     qPrintable(name + u": the server refuses unknown fields, so its body schema must say additionalProperties: false"_s));
            for (int status : {400, 415, 422})
                QVERIFY2(response(op, status), qPrintable(u"%1 documents no %2"_s.arg(name).arg(status)));
        }
    }
    QVERIFY2(mutating > 0, "no mutating operation found: the reader lost the paths block");
}

void TestOpenApi::problemTypesMatchTheServer()
{
    // The server side: the mapping table in ApiResponse.cpp plus the problems
    // raised directly (route handlers, the pipeline, the connection guard).
    QString error;
    std::map<QString, int> server;
    const QString table = readSource(u"server/ApiResponse.cpp"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    static const QRegularExpression tableEntry(u"\\{u\"([a-z0-9-]+)\"_s,\\s*\\{(\\d{3}),"_s);
    for (auto it = tableEntry.globalMatch(table); it.hasNext();) {
        const auto match = it.next();
        server[match.captured(1)] = match.captured(2).toInt();
    }
    QVERIFY2(server.size() >= 10, "could not read the problem table of server/ApiResponse.cpp: did its form change?");
    static const QRegularExpression direct(u"(?:problem|refuse)\\(\\s*(\\d{3}),\\s*u?\"([a-z0-9-]+)\""_s);
    const QDir serverDir(QDir(sourceDir()).filePath(u"server"_s));
    for (const QString& file : serverDir.entryList({u"*.cpp"_s}, QDir::Files)) {
        const QString source = readSource(u"server/"_s + file, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (auto it = direct.globalMatch(source); it.hasNext();) {
            const auto match = it.next();
            const int status = match.captured(1).toInt();
            const auto [entry, inserted] = server.emplace(match.captured(2), status);
            QVERIFY2(inserted || entry->second == status,
                     qPrintable(u"server/%1 raises %2 with status %3, elsewhere it is %4"_s.arg(file, match.captured(2))
                                    .arg(status).arg(entry->second)));
        }
    }

    // The document side: the list in the Problem schema's description.
    const YamlNode* problem = m_document->get(u"components"_s)->get(u"schemas"_s)->get(u"Problem"_s);
    QVERIFY(problem && problem->get(u"description"_s));
    std::map<QString, int> documented;
    static const QRegularExpression listed(u"`urn:buurtmunt:problem:([a-z0-9-]+)` \\((\\d{3})\\)"_s);
    for (auto it = listed.globalMatch(problem->get(u"description"_s)->scalar); it.hasNext();) {
        const auto match = it.next();
        QVERIFY2(documented.emplace(match.captured(1), match.captured(2).toInt()).second,
                 qPrintable(match.captured(1) + u" is listed twice"_s));
    }
    QStringList differences;
    for (const auto& [slug, status] : server) {
        const auto it = documented.find(slug);
        if (it == documented.end())
            differences << u"%1 (%2) is returned by the server but not listed"_s.arg(slug).arg(status);
        else if (it->second != status)
            differences << u"%1 is listed as %2, the server answers %3"_s.arg(slug).arg(it->second).arg(status);
    }
    for (const auto& [slug, status] : documented) {
        if (!server.count(slug))
            differences << u"%1 (%2) is listed but the server never returns it"_s.arg(slug).arg(status);
    }
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u"\n"_s)));

    // Each operation's answers name only listed types, under their status.
    std::function<void(const YamlNode*, const QString&)> check = [&](const YamlNode* responses, const QString& where) {
        for (const QString& code : responses->keys()) {
            const YamlNode* answer = resolve(responses->get(code));
            const YamlNode* types = answer ? answer->get(u"x-problem-types"_s) : nullptr;
            if (!types)
                continue;
            for (const QString& slug : types->scalars()) {
                const auto it = documented.find(slug);
                if (it == documented.end() || it->second != code.toInt())
                    differences << u"%1 %2 names %3, which is not a listed %2 problem"_s.arg(where, code, slug);
            }
        }
    };
    const YamlNode* paths = m_document->get(u"paths"_s);
    for (const QString& path : paths->keys()) {
        for (const QString& method : paths->get(path)->keys()) {
            if (const YamlNode* responses = operation(path, method)->get(u"responses"_s))
                check(responses, method.toUpper() + u' ' + path);
        }
    }
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u"\n"_s)));
}

void TestOpenApi::describedOperationsAreServed()
{
    const YamlNode* paths = m_document->get(u"paths"_s);
    int checked = 0;
    for (const QString& path : paths->keys()) {
        for (const QString& method : paths->get(path)->keys()) {
            if (!kHttpMethods.contains(method))
                continue;
            const YamlNode* op = operation(path, method);
            QStringList successCodes;
            for (const QString& code : op->get(u"responses"_s)->keys()) {
                if (code.startsWith(u'2'))
                    successCodes << code;
            }
            // The first success listed is what a fresh request gets; a later
            // one answers a repeat (a redemption this counter already made).
            QVERIFY2(!successCodes.isEmpty(),
                     qPrintable(u"%1 %2 documents no success answer"_s.arg(method.toUpper(), path)));
            const int expected = successCodes.first().toInt();
            const QStringList roles = op->get(u"x-roles"_s)->scalars();
            const QStringList callers = roles == QStringList{u"public"_s} ? QStringList{QString()} : roles;
            for (const QString& role : callers) {
                HttpReply reply;
                const QString concrete = concretePath(path);
                if (role.isEmpty())
                    m_client->setDeviceCredentials(0, QString());
                else
                    m_client->setDeviceCredentials(m_devices[role].first, m_devices[role].second);
                // Operations for a logged-in resident get a fresh session.
                HeaderList session;
                qint64 reviewClaim = 0;
                if (const YamlNode* kind = op->get(u"x-session"_s)) {
                    static const QRegularExpression decision(u"^/v1/claims/(\\{id\\}/(approve|reject)|approve-batch)$"_s);
                    if (decision.match(path).hasMatch()) {
                        reviewClaim = submittedClaim();
                        QVERIFY2(reviewClaim > 0, "could not make a submitted claim to review");
                    }
                    const bool staff = kind->scalar == u"staff"_s || (kind->scalar == u"any"_s && role == u"staff"_s);
                    const QByteArray token = staff ? logInStaff() : logInResident();
                    QVERIFY2(!token.isEmpty(), staff ? "could not log the demo staff member in" : "could not log a demo resident in");
                    session.append({"Buurtmunt-Session", token});
                    m_client->setDeviceCredentials(m_devices[role].first, m_devices[role].second);
                }
                const QByteArray key = "openapi-served-" + QByteArray::number(++m_keyCounter);
                static const QRegularExpression claimAction(u"^/v1/claims/\\{id\\}/(submit|release)$"_s);
                if (method == u"post"_s && path == u"/v1/devices/enrol"_s) {
                    const QString code = freshEnrolmentCode(u"kiosk"_s);
                    QVERIFY2(!code.isEmpty(), qPrintable(m_server.errorString()));
                    reply = enrol(code, u"Served check"_s, ServerProcess::newDeviceSecret());
                } else if (reviewClaim > 0 && path == u"/v1/claims/approve-batch"_s) {
                    reply = m_client->postJson(path, QJsonDocument(QJsonObject{{u"claimIds"_s, QJsonArray{reviewClaim}}}).toJson(),
                                               key, session);
                } else if (reviewClaim > 0) {
                    const bool approve = path.endsWith(u"/approve"_s);
                    reply = m_client->postJson(u"/v1/claims/%1/%2"_s.arg(reviewClaim).arg(approve ? u"approve"_s : u"reject"_s),
                                               approve ? "{}" : R"({"reason":"De bank is nog niet geschilderd."})", key, session);
                } else if (method == u"post"_s && path == u"/v1/staff-sessions"_s) {
                    reply = m_client->postJson(concrete, R"({"username":"demo","password":"heitje-demo"})", key);
                } else if (method == u"post"_s && path == u"/v1/resident-sessions"_s) {
                    const auto& [pass, pin] = m_residents.at(m_nextResident++ % m_residents.size());
                    reply = m_client->postJson(concrete, QJsonDocument(QJsonObject{{u"pass"_s, pass}, {u"pin"_s, pin}})
                                                             .toJson(QJsonDocument::Compact), key);
                } else if (method == u"delete"_s) {
                    reply = m_client->send("DELETE", concrete, session + HeaderList{{"Idempotency-Key", key}});
                } else if (method == u"post"_s && path == u"/v1/claims"_s) {
                    const qint64 task = m_taskIds.at(m_nextTask++ % m_taskIds.size());
                    reply = m_client->postJson(concrete, QJsonDocument(QJsonObject{{u"taskId"_s, task}}).toJson(), key, session);
                } else if (method == u"post"_s && claimAction.match(path).hasMatch()) {
                    const qint64 claim = claimWith(session.first().second);
                    QVERIFY2(claim > 0, "could not make a claim to act on");
                    const QString action = claimAction.match(path).captured(1);
                    reply = m_client->postJson(u"/v1/claims/%1/%2"_s.arg(claim).arg(action), "{}", key, session);
                } else if (method == u"post"_s && path == u"/v1/tasks"_s) {
                    // A valid body is a task without its server-side fields.
                    QJsonObject body = draftTask(session);
                    QVERIFY2(!body.isEmpty(), "could not create a task");
                    for (const QString& field : {u"id"_s, u"status"_s, u"version"_s, u"slotsTaken"_s, u"updatedAt"_s})
                        body.remove(field);
                    reply = m_client->postJson(path, QJsonDocument(body).toJson(), key, session);
                } else if (method == u"put"_s && path == u"/v1/tasks/{id}"_s) {
                    QJsonObject task = draftTask(session);
                    const qint64 id = task.value(u"id"_s).toInteger();
                    QVERIFY2(id > 0, "could not create a task to edit");
                    for (const QString& field : {u"id"_s, u"status"_s, u"slotsTaken"_s, u"updatedAt"_s})
                        task.remove(field);
                    task.insert(u"capacity"_s, 3);
                    reply = m_client->send("PUT", u"/v1/tasks/%1"_s.arg(id),
                                           session + HeaderList{{"Idempotency-Key", key}, {"Content-Type", "application/json"}},
                                           QJsonDocument(task).toJson());
                } else if (method == u"post"_s && path.startsWith(u"/v1/tasks/{id}/"_s)) {
                    const qint64 id = draftTask(session).value(u"id"_s).toInteger();
                    QVERIFY2(id > 0, "could not create a task to change");
                    const QString action = path.section(u'/', -1);
                    if (action == u"close"_s)
                        QCOMPARE(m_client->postJson(u"/v1/tasks/%1/publish"_s.arg(id), "{}", key + "-publish", session).status, 200);
                    reply = m_client->postJson(u"/v1/tasks/%1/%2"_s.arg(id).arg(action), "{}", key, session);
                } else if (method == u"post"_s && path == u"/v1/residents"_s) {
                    reply = m_client->postJson(path, R"({"displayName":"Recept Nieuw","neighbourhood":"Centrum","pin":"13579"})", key, session);
                } else if (method == u"post"_s && path.startsWith(u"/v1/residents/{id}/"_s)) {
                    const qint64 id = registeredResident(session);
                    QVERIFY2(id > 0, "could not register a resident to change");
                    const QString action = path.section(u'/', -1);
                    const QByteArray body = action == u"pin"_s     ? R"({"pin":"8642"})"
                                            : action == u"block"_s ? R"({"reason":"Pas verloren"})"
                                                                   : "{}";
                    reply = m_client->postJson(u"/v1/residents/%1/%2"_s.arg(id).arg(action), body, key, session);
                } else if (method == u"get"_s && path == u"/v1/residents/{id}"_s) {
                    const qint64 id = registeredResident(session);
                    QVERIFY2(id > 0, "could not register a resident to look at");
                    reply = m_client->get(u"/v1/residents/%1"_s.arg(id), session);
                } else if (method == u"post"_s && path == u"/v1/toolbox-pickups"_s) {
                    const QString code = toolboxCode();
                    QVERIFY2(!code.isEmpty(), "could not claim a task that needs a toolbox");
                    m_client->setDeviceCredentials(m_devices[role].first, m_devices[role].second);
                    reply = m_client->postJson(path, QJsonDocument(QJsonObject{{u"code"_s, code}}).toJson(), key);
                } else if (method == u"post"_s && path.startsWith(u"/v1/vouchers"_s)) {
                    // Vouchers need coins: the demo residents with an earned
                    // balance (not every one has one) make them.
                    for (int tries = 0; tries < m_residents.size(); ++tries) {
                        m_client->setDeviceCredentials(m_devices[u"kiosk"_s].first, m_devices[u"kiosk"_s].second);
                        if (m_client->get(u"/v1/me"_s, session).json().value(u"balanceCents"_s).toInteger() >= 100)
                            break;
                        session = {{"Buurtmunt-Session", logInResident()}};
                    }
                    const QByteArray amount = R"({"amountCents":100})";
                    if (path == u"/v1/vouchers"_s) {
                        reply = m_client->postJson(path, amount, key, session);
                    } else {
                        const HttpReply made = m_client->postJson(u"/v1/vouchers"_s, amount, key + "-make", session);
                        QVERIFY2(made.status == 201, qPrintable(made.describe()));
                        reply = m_client->postJson(u"/v1/vouchers/%1/cancel"_s.arg(made.json().value(u"id"_s).toString()), "{}",
                                                   key, session);
                    }
                } else if ((method == u"post"_s && path == u"/v1/shops"_s) || (method == u"put"_s && path == u"/v1/shops/{id}"_s)) {
                    const QByteArray shop = R"({"name":"Recept Winkel","address":"Markt 1, Heerlen","category":"books","iban":"NL91 ABNA 0417 1643 00")";
                    if (method == u"post"_s) {
                        reply = m_client->postJson(path, shop + '}', key, session);
                    } else {
                        const HttpReply made = m_client->postJson(u"/v1/shops"_s, shop + '}', key + "-make", session);
                        QVERIFY2(made.status == 201, qPrintable(made.describe()));
                        reply = m_client->send("PUT", u"/v1/shops/%1"_s.arg(made.json().value(u"id"_s).toInteger()),
                                               session + HeaderList{{"Idempotency-Key", key}, {"Content-Type", "application/json"}},
                                               shop + R"(,"active":false})");
                    }
                } else if (method == u"post"_s && path == u"/v1/enrolment-codes"_s) {
                    reply = m_client->postJson(path, R"({"role":"kiosk","neighbourhood":"Centrum","deviceName":"Kiosk Recept"})",
                                               key, session);
                } else if (method == u"post"_s && path == u"/v1/devices/{id}/revoke"_s) {
                    // A kiosk enrolled only to be revoked, so no device another
                    // recipe calls with is lost.
                    const QString code = freshEnrolmentCode(u"kiosk"_s);
                    QVERIFY2(!code.isEmpty(), qPrintable(m_server.errorString()));
                    const HttpReply enrolled = enrol(code, u"Recept intrekken"_s, ServerProcess::newDeviceSecret());
                    QVERIFY2(enrolled.status == 201, qPrintable(enrolled.describe()));
                    m_client->setDeviceCredentials(m_devices[role].first, m_devices[role].second);
                    reply = m_client->postJson(u"/v1/devices/%1/revoke"_s.arg(enrolled.json().value(u"deviceId"_s).toInteger()),
                                               "{}", key, session);
                    QVERIFY2(reply.json().value(u"revokedAt"_s).isString(), qPrintable(reply.describe()));
                } else if (method == u"post"_s && path == u"/v1/redemptions"_s) {
                    // A voucher of a demo resident, issued straight into the database.
                    VoucherSeed seed(m_server);
                    auto issued = seed.issue(seed.firstResidentId().valueOr(0), m_devices[u"kiosk"_s].first, 500, 1,
                                             QDate::currentDate().addDays(30));
                    QVERIFY2(issued, "could not issue a voucher to redeem");
                    reply = m_client->postJson(path, QJsonDocument(QJsonObject{{u"token"_s, issued.value().first().token}}).toJson(),
                                               key);
                } else if (method == u"post"_s && path == u"/v1/voucher-conflicts/{id}/resolution"_s) {
                    // A cancelled voucher that the counter reports having
                    // accepted offline: a conflict for finance to settle.
                    VoucherSeed seed(m_server);
                    auto issued = seed.issue(seed.firstResidentId().valueOr(0), m_devices[u"kiosk"_s].first, 300, 1,
                                             QDate::currentDate().addDays(30));
                    QVERIFY2(issued && seed.cancel(issued.value().first().publicId), "could not make a cancelled voucher");
                    m_client->setDeviceCredentials(m_devices[u"counter"_s].first, m_devices[u"counter"_s].second);
                    const QString acceptedAt = QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODate);
                    const HttpReply conflict = m_client->postJson(
                        u"/v1/redemptions"_s,
                        QJsonDocument(QJsonObject{{u"token"_s, issued.value().first().token}, {u"offlineAcceptedAt"_s, acceptedAt}})
                            .toJson(),
                        key + "-offline");
                    QVERIFY2(conflict.problemSlug() == u"voucher-offline-conflict"_s, qPrintable(conflict.describe()));
                    m_client->setDeviceCredentials(m_devices[role].first, m_devices[role].second);
                    reply = m_client->postJson(
                        u"/v1/voucher-conflicts/%1/resolution"_s.arg(conflict.json().value(u"conflictId"_s).toInteger()),
                        R"({"note":"Paid at the monthly settlement"})", key, session);
                } else if (method == u"post"_s && path == u"/v1/settlements"_s) {
                    // A month long past with nothing in it, closed here for the first time.
                    reply = m_client->postJson(path, R"({"period":"2025-01"})", key, session);
                } else if (method == u"get"_s && path.startsWith(u"/v1/settlements/{id}"_s)) {
                    // A month with a voucher redeemed in it at shop 1, closed
                    // once, and the municipality's account set for the SEPA file.
                    static qint64 settlementId = 0;
                    if (settlementId == 0) {
                        VoucherSeed seed(m_server);
                        auto issued = seed.issue(seed.firstResidentId().valueOr(0), m_devices[u"kiosk"_s].first, 500, 1,
                                                 QDate::currentDate().addDays(30));
                        QVERIFY2(issued, "could not issue a voucher to settle");
                        QVERIFY2(seed.redeemAt(issued.value().first().publicId, 1, m_devices[u"counter"_s].first,
                                               QDateTime(QDate(2025, 3, 10), QTime(10, 0), Qt::UTC)),
                                 "could not redeem a voucher in March 2025");
                        QStringList settings{u"settings"_s, u"set"_s, u"municipality.iban"_s, u"NL91ABNA0417164300"_s,
                                             u"--data-dir"_s, m_server.dataDir()};
                        if (!m_server.databaseUrl().isEmpty())
                            settings << u"--database"_s << m_server.databaseUrl();
                        QCOMPARE(m_server.runCli(settings), 0);
                        const HttpReply closed = m_client->postJson(u"/v1/settlements"_s, R"({"period":"2025-03"})",
                                                                    key + "-close", session);
                        QVERIFY2(closed.status == 201, qPrintable(closed.describe()));
                        settlementId = closed.json().value(u"id"_s).toInteger();
                    }
                    QString settlementPath = path;
                    settlementPath.replace(u"{id}"_s, QString::number(settlementId)).replace(u"{shopId}"_s, u"1"_s);
                    reply = m_client->get(settlementPath, session);
                } else {
                    QVERIFY2(method == u"get"_s, qPrintable(u"no request recipe for %1 %2: extend this test"_s.arg(method, path)));
                    reply = m_client->get(concrete, session);
                }
                const QString who = role.isEmpty() ? u"anyone"_s : role;
                QVERIFY2(reply.status != 0, qPrintable(reply.describe()));
                QVERIFY2(!(reply.status == 404 && reply.problemSlug() == u"not-found"_s) && reply.status != 405,
                         qPrintable(u"%1 %2 is described but not served: %3"_s.arg(method.toUpper(), concrete, reply.describe())));
                QVERIFY2(reply.status == expected,
                         qPrintable(u"%1 %2 as %3: documented %4, answered %5\n%6"_s.arg(method.toUpper(), concrete, who)
                                        .arg(expected).arg(reply.status).arg(reply.describe())));
                const QStringList problems = conforms(path, method, reply);
                QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
                // Headers the success answer documents are sent (a replay
                // header only appears on a replay).
                const YamlNode* headers = response(op, expected)->get(u"headers"_s);
                for (const QString& header : headers ? headers->keys() : QStringList{}) {
                    if (header != u"Idempotent-Replayed"_s)
                        QVERIFY2(reply.hasHeader(header.toLatin1()),
                                 qPrintable(u"%1 %2: documented header %3 is missing"_s.arg(method.toUpper(), path, header)));
                }
                ++checked;
            }
        }
    }
    qInfo("%d operations exercised", checked);
    QVERIFY2(checked >= 43, "fewer operations were exercised than the API has");
}

void TestOpenApi::documentedErrorAnswersAreTheServers()
{
    struct Case {
        const char* name;
        QString path;       // as in the document
        QString method;
        QByteArray request; // "auth:none", "task:missing", ...
        int status;
    };
    const QList<Case> cases{
        {"list without credentials", u"/v1/tasks"_s, u"get"_s, "auth:none", 401},
        {"list with a wrong secret", u"/v1/tasks"_s, u"get"_s, "auth:wrong", 401},
        {"device without credentials", u"/v1/device"_s, u"get"_s, "auth:none", 401},
        {"task without credentials", u"/v1/tasks/{id}"_s, u"get"_s, "auth:none", 401},
        {"task that does not exist", u"/v1/tasks/{id}"_s, u"get"_s, "task:missing", 404},
        {"task id that is no number", u"/v1/tasks/{id}"_s, u"get"_s, "task:letters", 404},
        {"bad cursor", u"/v1/tasks"_s, u"get"_s, "query:since=abc", 400},
        {"limit out of range", u"/v1/tasks"_s, u"get"_s, "query:limit=0", 400},
        {"unknown query parameter", u"/v1/tasks"_s, u"get"_s, "query:sinse=1", 400},
        {"enrol without Idempotency-Key", u"/v1/devices/enrol"_s, u"post"_s, "enrol:nokey", 400},
        {"enrol with a wrong code", u"/v1/devices/enrol"_s, u"post"_s, "enrol:wrongcode", 400},
        {"enrol with an unknown field", u"/v1/devices/enrol"_s, u"post"_s, "enrol:unknown", 400},
        {"enrol as text/plain", u"/v1/devices/enrol"_s, u"post"_s, "enrol:text", 415},
        {"enrol with a reused key", u"/v1/devices/enrol"_s, u"post"_s, "enrol:reused", 422},
    };
    const auto& kiosk = m_devices[u"kiosk"_s];
    for (const Case& c : cases) {
        m_client->setDeviceCredentials(kiosk.first, kiosk.second);
        QString concrete = concretePath(c.path);
        HttpReply reply;
        if (c.request == "auth:none") {
            m_client->setDeviceCredentials(0, QString());
            reply = m_client->get(concrete);
        } else if (c.request == "auth:wrong") {
            m_client->setDeviceCredentials(kiosk.first, u"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_s);
            reply = m_client->get(concrete);
        } else if (c.request == "task:missing") {
            reply = m_client->get(u"/v1/tasks/999999999"_s);
        } else if (c.request == "task:letters") {
            reply = m_client->get(u"/v1/tasks/twelve"_s);
        } else if (c.request.startsWith("query:")) {
            reply = m_client->get(concrete + u'?' + QString::fromLatin1(c.request.mid(6)));
        } else if (c.request == "enrol:nokey") {
            reply = m_client->postJson(concrete, R"({"code":"AAAA-BBBB-CCCC"})", {});
        } else if (c.request == "enrol:wrongcode") {
            const QByteArray body = QJsonDocument(QJsonObject{{u"code"_s, u"AAAA-BBBB-CCCC"_s},
                                                              {u"secret"_s, ServerProcess::newDeviceSecret()}})
                                        .toJson(QJsonDocument::Compact);
            reply = m_client->postJson(concrete, body, "openapi-wrongcode-1");
        } else if (c.request == "enrol:unknown") {
            reply = m_client->postJson(concrete, R"({"code":"AAAA-BBBB-CCCC","colour":"red"})", "openapi-unknown-1");
        } else if (c.request == "enrol:text") {
            reply = m_client->send("POST", concrete, {{"Content-Type", "text/plain"}, {"Idempotency-Key", "openapi-text-1"}},
                                   R"({"code":"AAAA-BBBB-CCCC"})");
        } else if (c.request == "enrol:reused") {
            // A stored answer is needed for a key to be reused: enrol once.
            const QString code = freshEnrolmentCode(u"kiosk"_s);
            QVERIFY2(!code.isEmpty(), qPrintable(m_server.errorString()));
            const QByteArray body = QJsonDocument(QJsonObject{{u"code"_s, code}, {u"secret"_s, ServerProcess::newDeviceSecret()}})
                                        .toJson(QJsonDocument::Compact);
            const HttpReply first = m_client->postJson(concrete, body, "openapi-reused-1");
            QVERIFY2(first.status == 201, qPrintable(first.describe()));
            reply = m_client->postJson(concrete, R"({"code":"AAAA-BBBB-CCCC"})", "openapi-reused-1");
        }
        QVERIFY2(reply.status == c.status,
                 qPrintable(u"%1: expected %2, got %3"_s.arg(QLatin1String(c.name)).arg(c.status).arg(reply.describe())));
        const QStringList problems = conforms(c.path, c.method, reply);
        QVERIFY2(problems.isEmpty(), qPrintable(QLatin1String(c.name) + u": "_s + problems.join(u"\n"_s)));
    }
}

void TestOpenApi::conditionalRequestsAnswer304()
{
    const auto& staff = m_devices[u"staff"_s];
    m_client->setDeviceCredentials(staff.first, staff.second);

    const HttpReply list = m_client->get(u"/v1/tasks"_s);
    QCOMPARE(list.status, 200);
    const QByteArray etag = list.header("ETag");
    QVERIFY2(!etag.isEmpty(), qPrintable(list.describe()));
    const QString cursor = list.json().value(u"cursor"_s).toString();
    const HttpReply unchanged = m_client->get(u"/v1/tasks?since="_s + cursor, {{"If-None-Match", etag}});
    QVERIFY2(unchanged.status == 304, qPrintable(unchanged.describe()));
    QStringList problems = conforms(u"/v1/tasks"_s, u"get"_s, unchanged);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));

    const QString taskPath = concretePath(u"/v1/tasks/{id}"_s);
    const HttpReply task = m_client->get(taskPath);
    QCOMPARE(task.status, 200);
    const HttpReply same = m_client->get(taskPath, {{"If-None-Match", task.header("ETag")}});
    QVERIFY2(same.status == 304, qPrintable(same.describe()));
    problems = conforms(u"/v1/tasks/{id}"_s, u"get"_s, same);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
}

QTEST_GUILESS_MAIN(TestOpenApi)
#include "TestOpenApi.moc"
