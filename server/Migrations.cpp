// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "Migrations.h"

#include "core/domain/Clock.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace buurtmunt::server {

namespace {

struct Migration {
    int version;
    const char* name;
    QStringList statements;  // with {ID}, {BLOB} and {REAL} placeholders
};

// Append-only tables refuse UPDATE and DELETE in the database itself, so
// neither a bug nor a careless operator can rewrite history.
QStringList appendOnlyGuards(Dialect dialect, const QStringList& tables)
{
    QStringList out;
    if (dialect == Dialect::Sqlite) {
        for (const QString& table : tables) {
            for (const QString& op : {u"UPDATE"_s, u"DELETE"_s}) {
                out << u"CREATE TRIGGER %1_no_%2 BEFORE %3 ON %1 BEGIN SELECT RAISE(ABORT, '%1 is append-only'); END"_s
                           .arg(table, op.toLower(), op);
            }
        }
    } else {
        out << u"CREATE FUNCTION buurtmunt_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
               "BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$"_s;
        for (const QString& table : tables) {
            out << u"CREATE TRIGGER %1_append_only BEFORE UPDATE OR DELETE ON %1 "
                   "FOR EACH ROW EXECUTE FUNCTION buurtmunt_append_only()"_s.arg(table);
        }
    }
    return out;
}

QList<Migration> migrations(Dialect dialect)
{
    QList<Migration> list;
    Migration initial{1, "initial schema", {
        u"CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
        u"CREATE TABLE change_sequences (name TEXT PRIMARY KEY, value BIGINT NOT NULL)"_s,
        u"INSERT INTO change_sequences (name, value) VALUES ('tasks', 0)"_s,
        u"INSERT INTO change_sequences (name, value) VALUES ('audit', 0)"_s,
        u"CREATE TABLE shops ("
         " id {ID},"
         " name TEXT NOT NULL,"
         " address TEXT NOT NULL,"
         " category TEXT NOT NULL,"
         " iban TEXT NOT NULL,"
         " active INTEGER NOT NULL DEFAULT 1,"
         " created_at BIGINT NOT NULL)"_s,
        u"CREATE TABLE devices ("
         " id {ID},"
         " name TEXT NOT NULL,"
         " role TEXT NOT NULL CHECK (role IN ('kiosk', 'counter', 'staff')),"
         " shop_id BIGINT REFERENCES shops(id),"
         " neighbourhood TEXT,"
         " secret_hash {BLOB} NOT NULL,"
         " created_at BIGINT NOT NULL,"
         " last_seen_at BIGINT,"
         " revoked_at BIGINT,"
         " CHECK ((role = 'counter') = (shop_id IS NOT NULL)))"_s,
        u"CREATE TABLE enrolment_codes ("
         " code_hash {BLOB} PRIMARY KEY,"
         " role TEXT NOT NULL CHECK (role IN ('kiosk', 'counter', 'staff')),"
         " shop_id BIGINT REFERENCES shops(id),"
         " neighbourhood TEXT,"
         " device_name TEXT,"
         " created_by TEXT NOT NULL,"
         " created_at BIGINT NOT NULL,"
         " expires_at BIGINT NOT NULL,"
         " used_at BIGINT,"
         " device_id BIGINT REFERENCES devices(id))"_s,
        u"CREATE TABLE residents ("
         " id {ID},"
         " display_name TEXT NOT NULL,"
         " neighbourhood TEXT NOT NULL,"
         " pass_hash {BLOB} NOT NULL UNIQUE,"
         " pin_hash TEXT NOT NULL,"
         " created_at BIGINT NOT NULL,"
         " blocked_at BIGINT)"_s,
        u"CREATE TABLE staff ("
         " id {ID},"
         " username TEXT NOT NULL UNIQUE,"
         " display_name TEXT NOT NULL,"
         " password_hash TEXT NOT NULL,"
         " roles TEXT NOT NULL,"
         " created_at BIGINT NOT NULL,"
         " disabled_at BIGINT)"_s,
        u"CREATE TABLE tasks ("
         " id {ID},"
         " title TEXT NOT NULL,"
         " description TEXT NOT NULL,"
         " category TEXT NOT NULL,"
         " neighbourhood TEXT NOT NULL,"
         " address TEXT NOT NULL,"
         " latitude {REAL},"
         " longitude {REAL},"
         " reward_cents BIGINT NOT NULL CHECK (reward_cents > 0),"
         " estimated_minutes INTEGER NOT NULL CHECK (estimated_minutes > 0),"
         " capacity INTEGER NOT NULL CHECK (capacity > 0),"
         " slots_taken INTEGER NOT NULL DEFAULT 0 CHECK (slots_taken >= 0 AND slots_taken <= capacity),"
         " window_start TEXT NOT NULL,"
         " window_end TEXT NOT NULL,"
         " safety_notes TEXT NOT NULL,"
         " toolbox_needed INTEGER NOT NULL,"
         " status TEXT NOT NULL CHECK (status IN ('draft', 'published', 'closed', 'cancelled')),"
         " version BIGINT NOT NULL DEFAULT 1,"
         " change_seq BIGINT NOT NULL,"
         " created_at BIGINT NOT NULL,"
         " updated_at BIGINT NOT NULL)"_s,
        u"CREATE INDEX tasks_by_change ON tasks (change_seq)"_s,
        // Singleton accounts (issuer, escrow, settlement) use owner_id 0 so
        // the unique constraint holds for them too.
        u"CREATE TABLE accounts ("
         " id {ID},"
         " kind TEXT NOT NULL CHECK (kind IN ('issuer', 'resident', 'shop', 'escrow', 'settlement')),"
         " owner_id BIGINT NOT NULL,"
         " balance_cents BIGINT NOT NULL DEFAULT 0,"
         " created_at BIGINT NOT NULL,"
         " UNIQUE (kind, owner_id),"
         " CHECK (kind = 'issuer' OR balance_cents >= 0))"_s,
        u"CREATE TABLE ledger_transactions ("
         " id {ID},"
         " kind TEXT NOT NULL CHECK (kind IN ('reward', 'voucher_hold', 'voucher_redeem', 'voucher_release', 'settlement', 'reversal')),"
         " actor TEXT NOT NULL,"
         " idempotency_key TEXT NOT NULL UNIQUE,"
         " memo TEXT NOT NULL,"
         " reverses_id BIGINT REFERENCES ledger_transactions(id),"
         " created_at BIGINT NOT NULL)"_s,
        u"CREATE TABLE ledger_entries ("
         " id {ID},"
         " transaction_id BIGINT NOT NULL REFERENCES ledger_transactions(id),"
         " account_id BIGINT NOT NULL REFERENCES accounts(id),"
         " amount_cents BIGINT NOT NULL CHECK (amount_cents <> 0))"_s,
        u"CREATE INDEX ledger_entries_by_account ON ledger_entries (account_id)"_s,
        u"CREATE INDEX ledger_entries_by_transaction ON ledger_entries (transaction_id)"_s,
        u"CREATE TABLE idempotency_keys ("
         " scope TEXT NOT NULL,"
         " idem_key TEXT NOT NULL,"
         " method TEXT NOT NULL,"
         " path TEXT NOT NULL,"
         " body_hash {BLOB} NOT NULL,"
         " status INTEGER NOT NULL,"
         " content_type TEXT NOT NULL,"
         " response_body {BLOB} NOT NULL,"
         " created_at BIGINT NOT NULL,"
         " PRIMARY KEY (scope, idem_key))"_s,
        u"CREATE TABLE audit_log ("
         " id BIGINT PRIMARY KEY,"
         " at BIGINT NOT NULL,"
         " actor TEXT NOT NULL,"
         " device_id BIGINT,"
         " request_id TEXT NOT NULL,"
         " action TEXT NOT NULL,"
         " object TEXT NOT NULL,"
         " details TEXT NOT NULL,"
         " prev_hash TEXT NOT NULL,"
         " hash TEXT NOT NULL)"_s,
    }};
    initial.statements << appendOnlyGuards(dialect, {u"ledger_transactions"_s, u"ledger_entries"_s});
    list << initial;

    list << Migration{2, "sessions, PIN lockout and claims", {
        u"ALTER TABLE residents ADD COLUMN failed_pin_streak INTEGER NOT NULL DEFAULT 0"_s,
        u"ALTER TABLE residents ADD COLUMN locked_until BIGINT"_s,
        u"ALTER TABLE residents ADD COLUMN staff_lock_at BIGINT"_s,
        // Wrong PINs in the last 24 hours, for the rule that locks a pass
        // until staff unlock it; kept per pass so one pass never locks another.
        u"CREATE TABLE pin_failures ("
         " id {ID},"
         " resident_id BIGINT NOT NULL REFERENCES residents(id),"
         " device_id BIGINT,"
         " at BIGINT NOT NULL)"_s,
        u"CREATE INDEX pin_failures_by_resident ON pin_failures (resident_id, at)"_s,
        u"CREATE TABLE sessions ("
         " token_hash {BLOB} PRIMARY KEY,"
         " kind TEXT NOT NULL CHECK (kind IN ('staff', 'resident')),"
         " subject_id BIGINT NOT NULL,"
         " device_id BIGINT NOT NULL REFERENCES devices(id),"
         " created_at BIGINT NOT NULL,"
         " last_used_at BIGINT NOT NULL,"
         " idle_timeout_ms BIGINT NOT NULL,"
         " expires_at BIGINT NOT NULL,"
         " ended_at BIGINT)"_s,
        u"CREATE INDEX sessions_by_subject ON sessions (kind, subject_id)"_s,
        u"CREATE TABLE claims ("
         " id {ID},"
         " task_id BIGINT NOT NULL REFERENCES tasks(id),"
         " resident_id BIGINT NOT NULL REFERENCES residents(id),"
         " status TEXT NOT NULL CHECK (status IN ('claimed', 'submitted', 'approved', 'rejected', 'expired', 'released')),"
         " reward_cents BIGINT NOT NULL CHECK (reward_cents > 0),"
         " estimated_minutes INTEGER NOT NULL,"
         " toolbox_code TEXT NOT NULL UNIQUE,"
         " note TEXT NOT NULL DEFAULT '',"
         " reject_reason TEXT NOT NULL DEFAULT '',"
         " claimed_at BIGINT NOT NULL,"
         " expires_at BIGINT NOT NULL,"
         " submitted_at BIGINT,"
         " first_approver_id BIGINT,"
         " decided_at BIGINT,"
         " decided_by BIGINT,"
         " reward_transaction_id BIGINT REFERENCES ledger_transactions(id),"
         " toolbox_picked_up_at BIGINT,"
         " version BIGINT NOT NULL DEFAULT 1)"_s,
        u"CREATE INDEX claims_by_resident ON claims (resident_id, status)"_s,
        u"CREATE INDEX claims_by_status ON claims (status, submitted_at)"_s,
        // One open claim per resident and task: partial unique indexes exist
        // in both databases with the same syntax.
        u"CREATE UNIQUE INDEX claims_one_open_per_task ON claims (task_id, resident_id) "
         "WHERE status IN ('claimed', 'submitted')"_s,
    }};

    list << Migration{3, "vouchers, redemptions and offline conflicts", {
        u"ALTER TABLE shops ADD COLUMN updated_at BIGINT"_s,
        // A voucher's public id is the 128-bit random id inside its signed
        // token (32 hex characters); the row id never leaves the server.
        u"CREATE TABLE vouchers ("
         " id {ID},"
         " public_id TEXT NOT NULL UNIQUE,"
         " resident_id BIGINT NOT NULL REFERENCES residents(id),"
         " amount_cents BIGINT NOT NULL CHECK (amount_cents > 0),"
         " key_id INTEGER NOT NULL,"
         " token TEXT NOT NULL,"
         " manual_code TEXT NOT NULL UNIQUE,"
         " status TEXT NOT NULL CHECK (status IN ('issued', 'redeemed', 'cancelled', 'expired')),"
         " expires_on TEXT NOT NULL,"
         " created_at BIGINT NOT NULL,"
         " created_device_id BIGINT NOT NULL REFERENCES devices(id),"
         " hold_transaction_id BIGINT NOT NULL REFERENCES ledger_transactions(id),"
         " ended_at BIGINT,"
         " end_transaction_id BIGINT REFERENCES ledger_transactions(id),"
         " CHECK ((status = 'issued') = (ended_at IS NULL)))"_s,
        u"CREATE INDEX vouchers_by_resident ON vouchers (resident_id, status)"_s,
        u"CREATE INDEX vouchers_by_expiry ON vouchers (status, expires_on)"_s,
        // The unique voucher_id is what makes a voucher pay at most once,
        // whatever the application code does.
        u"CREATE TABLE voucher_redemptions ("
         " id {ID},"
         " voucher_id BIGINT NOT NULL UNIQUE REFERENCES vouchers(id),"
         " shop_id BIGINT NOT NULL REFERENCES shops(id),"
         " device_id BIGINT NOT NULL REFERENCES devices(id),"
         " amount_cents BIGINT NOT NULL CHECK (amount_cents > 0),"
         " redeemed_at BIGINT NOT NULL,"
         " offline_accepted_at BIGINT,"
         " ledger_transaction_id BIGINT NOT NULL REFERENCES ledger_transactions(id))"_s,
        u"CREATE INDEX voucher_redemptions_by_shop ON voucher_redemptions (shop_id, redeemed_at)"_s,
        // A voucher a counter accepted offline that the server could not pay
        // (already redeemed elsewhere, cancelled or expired first): kept for
        // staff with both records. One row per voucher and counter.
        u"CREATE TABLE voucher_conflicts ("
         " id {ID},"
         " voucher_id BIGINT NOT NULL REFERENCES vouchers(id),"
         " reason TEXT NOT NULL CHECK (reason IN ('already-redeemed', 'cancelled', 'expired')),"
         " first_redemption_id BIGINT REFERENCES voucher_redemptions(id),"
         " shop_id BIGINT NOT NULL REFERENCES shops(id),"
         " device_id BIGINT NOT NULL REFERENCES devices(id),"
         " offline_accepted_at BIGINT NOT NULL,"
         " reported_at BIGINT NOT NULL,"
         " resolved_at BIGINT,"
         " resolved_by BIGINT,"
         " UNIQUE (voucher_id, device_id))"_s,
    }};

    Migration settlement{4, "monthly settlement", {
        // One row per closed month; the euro rate is kept as it was on the
        // day of closing, because a later change must not alter what a
        // statement already told a shop.
        u"CREATE TABLE settlements ("
         " id {ID},"
         " period TEXT NOT NULL UNIQUE,"
         " closed_at BIGINT NOT NULL,"
         " closed_by BIGINT NOT NULL REFERENCES staff(id),"
         " euro_cents_per_coin BIGINT NOT NULL CHECK (euro_cents_per_coin > 0),"
         " sepa_message_id TEXT NOT NULL UNIQUE,"
         " total_coins_cents BIGINT NOT NULL CHECK (total_coins_cents >= 0),"
         " total_euro_cents BIGINT NOT NULL CHECK (total_euro_cents >= 0))"_s,
        u"CREATE TABLE settlement_lines ("
         " id {ID},"
         " settlement_id BIGINT NOT NULL REFERENCES settlements(id),"
         " shop_id BIGINT NOT NULL REFERENCES shops(id),"
         " redemption_count INTEGER NOT NULL CHECK (redemption_count > 0),"
         " coins_cents BIGINT NOT NULL CHECK (coins_cents > 0),"
         " euro_cents BIGINT NOT NULL CHECK (euro_cents >= 0),"
         " end_to_end_id TEXT NOT NULL UNIQUE,"
         " ledger_transaction_id BIGINT NOT NULL REFERENCES ledger_transactions(id),"
         " UNIQUE (settlement_id, shop_id))"_s,
        u"ALTER TABLE voucher_redemptions ADD COLUMN settlement_id BIGINT REFERENCES settlements(id)"_s,
        u"CREATE INDEX voucher_redemptions_by_settlement ON voucher_redemptions (settlement_id, redeemed_at)"_s,
    }};
    // What was paid to whom is history: neither table is ever edited. The
    // PostgreSQL guard function exists since migration 1, so only the
    // triggers are added here.
    if (dialect == Dialect::Sqlite) {
        settlement.statements << appendOnlyGuards(dialect, {u"settlements"_s, u"settlement_lines"_s});
    } else {
        for (const QString& table : {u"settlements"_s, u"settlement_lines"_s}) {
            settlement.statements << u"CREATE TRIGGER %1_append_only BEFORE UPDATE OR DELETE ON %1 "
                                      "FOR EACH ROW EXECUTE FUNCTION buurtmunt_append_only()"_s.arg(table);
        }
    }
    list << settlement;

    list << Migration{5, "audit chain head and system accounts", {
        // The audit chain's last link in one row: appending reads and moves
        // it in one statement, and its row lock keeps appends in line. It
        // takes over the audit counter from change_sequences.
        u"CREATE TABLE audit_head ("
         " id INTEGER PRIMARY KEY CHECK (id = 1),"
         " last_id BIGINT NOT NULL,"
         " prev_hash TEXT NOT NULL,"
         " last_hash TEXT NOT NULL)"_s,
        u"INSERT INTO audit_head (id, last_id, prev_hash, last_hash) SELECT 1, value, "
         "COALESCE((SELECT prev_hash FROM audit_log ORDER BY id DESC LIMIT 1), '%1'), "
         "COALESCE((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '%1') "
         "FROM change_sequences WHERE name = 'audit'"_s.arg(QString(64, u'0')),
        u"DELETE FROM change_sequences WHERE name = 'audit'"_s,
        // The singleton accounts exist from the start, so no request ever
        // creates one and their ids never change.
        u"INSERT INTO accounts (kind, owner_id, balance_cents, created_at) VALUES ('issuer', 0, 0, %1), "
         "('escrow', 0, 0, %1), ('settlement', 0, 0, %1) ON CONFLICT (kind, owner_id) DO NOTHING"_s
            .arg(Clock::instance().nowMsecs()),
    }};

    // Accounts and shops are kept for good, like the ledger that names them.
    // On PostgreSQL that lets two foreign keys go which every redemption
    // checked on the same few rows (the escrow account, the shop's account,
    // the shop): each check share-locks the row, and with many redemptions
    // at once those locks pile up into multixacts that every later reader
    // of the row must resolve, while the balance updates change it. An entry
    // still names only an existing account, because LedgerService::record
    // inserts entries joined to accounts and refuses a posting that lost
    // one; a redemption names the shop it has just read. SQLite keeps its
    // foreign keys, which cost nothing there.
    Migration kept{6, "accounts and shops kept for good", {}};
    if (dialect == Dialect::Sqlite) {
        for (const QString& table : {u"accounts"_s, u"shops"_s}) {
            kept.statements << u"CREATE TRIGGER %1_kept BEFORE DELETE ON %1 "
                                "BEGIN SELECT RAISE(ABORT, '%1 rows are kept for good'); END"_s.arg(table)
                            << u"CREATE TRIGGER %1_id_kept BEFORE UPDATE OF id ON %1 "
                                "BEGIN SELECT RAISE(ABORT, '%1 rows are kept for good'); END"_s.arg(table);
        }
    } else {
        kept.statements << u"CREATE FUNCTION buurtmunt_kept_for_good() RETURNS trigger LANGUAGE plpgsql AS $$ "
                            "BEGIN RAISE EXCEPTION '% rows are kept for good', TG_TABLE_NAME; END $$"_s;
        // Statement triggers: a row trigger on UPDATE would fetch and lock
        // each updated row again, and accounts change with every payment.
        for (const QString& table : {u"accounts"_s, u"shops"_s}) {
            kept.statements << u"CREATE TRIGGER %1_kept BEFORE DELETE OR UPDATE OF id OR TRUNCATE ON %1 "
                                "FOR EACH STATEMENT EXECUTE FUNCTION buurtmunt_kept_for_good()"_s.arg(table);
        }
        kept.statements << u"ALTER TABLE ledger_entries DROP CONSTRAINT ledger_entries_account_id_fkey"_s
                        << u"ALTER TABLE voucher_redemptions DROP CONSTRAINT voucher_redemptions_shop_id_fkey"_s;
    }
    list << kept;

    // Staff settle an offline conflict with the shop and say how.
    list << Migration{7, "conflict resolution notes", {
        u"ALTER TABLE voucher_conflicts ADD COLUMN resolution_note TEXT"_s,
    }};
    return list;
}

QString applyDialect(QString sql, Dialect dialect)
{
    if (dialect == Dialect::Sqlite) {
        sql.replace(u"{ID}"_s, u"INTEGER PRIMARY KEY AUTOINCREMENT"_s);
        sql.replace(u"{BLOB}"_s, u"BLOB"_s);
        sql.replace(u"{REAL}"_s, u"REAL"_s);
    } else {
        sql.replace(u"{ID}"_s, u"BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"_s);
        sql.replace(u"{BLOB}"_s, u"BYTEA"_s);
        sql.replace(u"{REAL}"_s, u"DOUBLE PRECISION"_s);
    }
    return sql;
}

Status ensureMigrationTable(Database& database)
{
    auto conn = database.connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = conn.value();
    return execStatus(db, u"CREATE TABLE IF NOT EXISTS schema_migrations ("
                           " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)"_s);
}

} // namespace

int Migrations::latestVersion()
{
    return migrations(Dialect::Sqlite).constLast().version;
}

Result<int> Migrations::currentVersion(Database& database)
{
    if (Status status = ensureMigrationTable(database); !status)
        return status.error();
    auto conn = database.connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = conn.value();
    auto query = execSql(db, u"SELECT COALESCE(MAX(version), 0) FROM schema_migrations"_s);
    if (!query)
        return query.error();
    if (!query.value().next())
        return 0;
    return query.value().value(0).toInt();
}

Status Migrations::migrate(Database& database)
{
    if (Status status = ensureMigrationTable(database); !status)
        return status;
    for (const Migration& migration : migrations(database.dialect())) {
        Status status = database.transaction([&](QSqlDatabase& db) -> Status {
            // Checked inside the transaction, so two servers starting at once
            // cannot both apply a migration.
            if (database.dialect() == Dialect::Postgres) {
                if (auto lock = execSql(db, u"LOCK TABLE schema_migrations IN EXCLUSIVE MODE"_s); !lock)
                    return lock.error();
            }
            auto existing = execSql(db, u"SELECT 1 FROM schema_migrations WHERE version = ?"_s, {migration.version});
            if (!existing)
                return existing.error();
            if (existing.value().next())
                return {};
            for (const QString& statement : migration.statements) {
                if (auto result = execSql(db, applyDialect(statement, database.dialect())); !result)
                    return Status::failure(u"migration-failed"_s,
                        u"Migration %1 (%2) failed: %3"_s.arg(migration.version).arg(QLatin1String(migration.name), result.error().message));
            }
            return execStatus(db, u"INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"_s,
                              {migration.version, QString::fromLatin1(migration.name), Clock::instance().nowMsecs()});
        });
        if (!status)
            return status;
    }
    return {};
}

} // namespace buurtmunt::server
