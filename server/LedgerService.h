// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Coins.h"
#include "server/Database.h"

#include <QJsonObject>

#include <QStringList>

#include <optional>

namespace buurtmunt::server {

enum class AccountKind { Issuer, Resident, Shop, Escrow, Settlement };
QString toString(AccountKind kind);

struct LedgerEntry final {
    qint64 accountId = 0;
    Coins amount;  // positive credits the account, negative debits it
};

struct LedgerPosting final {
    QString kind;            // reward, voucher_hold, voucher_redeem, voucher_release, settlement, reversal
    QString actor;           // who caused it: "staff:3", "device:7", "system"
    QString idempotencyKey;  // unique per money movement
    QString memo;
    QList<LedgerEntry> entries;
    std::optional<qint64> reversesId;
};

// The double-entry, append-only ledger. Every posting's entries sum to zero;
// balances are materialised and updated in the same database transaction as
// the entries; no account but the issuer may go below zero; the same
// idempotency key never moves money twice. Callers run post() inside their
// own transaction so the money movement commits with the business change.
class LedgerService final {
public:
    struct Posted {
        qint64 transactionId = 0;
        bool replayed = false;  // the key had already been posted with the same entries
    };

    static Result<qint64> account(QSqlDatabase& db, AccountKind kind, qint64 ownerId = 0);
    static Result<Posted> post(QSqlDatabase& db, const LedgerPosting& posting);
    // post() in two steps, for a caller that must hold the balance rows many
    // postings share (the escrow account, a busy shop's) as briefly as
    // possible: record() writes the transaction and its entries;
    // applyBalances() changes the balances, the one step that locks those
    // rows until commit. Both run in the same database transaction, and
    // applyBalances() only for a posting record() did not find replayed.
    static Result<Posted> record(QSqlDatabase& db, const LedgerPosting& posting);
    static Status applyBalances(QSqlDatabase& db, const LedgerPosting& posting);
    // applyBalances() sent with the COMMIT (deferUntilCommit), for a posting
    // whose debit is covered by construction (escrow paying out what it
    // holds for a voucher): a balance that would still go below zero fails
    // the accounts table's check and the whole transaction with it.
    static Status applyBalancesAtCommit(QSqlDatabase& db, const LedgerPosting& posting);
    // A correction is a new posting with every entry negated, never an edit.
    static Result<Posted> reverse(QSqlDatabase& db, qint64 transactionId, const QString& actor,
                                  const QString& idempotencyKey, const QString& memo);
    static Result<Coins> balance(QSqlDatabase& db, qint64 accountId);

    // One account's movements, newest first: what a resident's history shows.
    struct Movement {
        qint64 transactionId = 0;
        QString kind;
        Coins amount;  // positive: into the account
        QString memo;
        qint64 at = 0;  // msecs since the epoch, UTC

        // As GET /v1/me/transactions lists it.
        QJsonObject toJson() const;
    };
    static Result<QList<Movement>> history(QSqlDatabase& db, qint64 accountId, int limit);

    struct InvariantReport {
        QStringList violations;
        qint64 transactions = 0;
        qint64 accounts = 0;
        bool ok() const { return violations.isEmpty(); }
    };
    static Result<InvariantReport> checkInvariants(QSqlDatabase& db);
};

} // namespace buurtmunt::server
