#pragma once
// The rows of the accounts table (migration 10) and, on a server, the database logins behind them. Only
// core/service/accounts.cpp calls these, inside its write transactions; the rules (who may add, the first
// account an administrator, passwords) are the service's.

#include "core/domain/account.h"
#include "core/domain/result.h"

#include <QSqlDatabase>

#include <optional>

namespace ecoclaim::storage::accountstore {

struct AccountRow
{
    domain::Account account;
    QString passwordHash;   // Argon2id, a desk's file only
    int failedAttempts = 0; // wrong passwords in a row
    QString lockedUntil;    // ISO UTC, empty when not locked
};

domain::Result<qint64> count(const QSqlDatabase &db);
domain::Result<std::optional<AccountRow>> find(const QSqlDatabase &db, const QString &login);
domain::Result<QList<domain::Account>> all(const QSqlDatabase &db);
domain::Result<qint64> insert(const QSqlDatabase &db, const domain::Account &account, const QString &passwordHash);
// Sets columns of one account (role, disabled, failed_attempts, locked_until…) and its changed_at.
domain::Status update(const QSqlDatabase &db, const QString &login, const QVariantMap &columns);

// PostgreSQL: the login this connection signed in with (session_user), and whether it is unrestricted by
// the row-level security of migration 10 (a superuser, BYPASSRLS, or the tables' owner).
domain::Result<QString> sessionUser(const QSqlDatabase &db);
domain::Result<bool> unrestricted(const QSqlDatabase &db);
// PostgreSQL: creates the person's database login (LOGIN, the password sent as a SCRAM verifier computed
// here, never in clear), a member of this database's staff role only — which is made, with its grants on
// the tables, if missing. Needs a connection that may create roles (the owner with CREATEROLE).
domain::Status createServerLogin(const QSqlDatabase &db, const QString &login, const QString &password);
// PostgreSQL: lets the login no longer connect (NOLOGIN); quietly nothing when this connection may not.
void disableServerLogin(const QSqlDatabase &db, const QString &login);
// The staff role of this database: ecoclaim_staff_<database name>.
domain::Result<QString> staffRole(const QSqlDatabase &db);

} // namespace ecoclaim::storage::accountstore
