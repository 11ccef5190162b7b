#include "core/storage/accountstore.h"

#include "core/storage/dialect.h"
#include "core/storage/sqlquery.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::storage::accountstore {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Accounts)
};

const QString columns = u"SELECT id, login, name, role, unit, district_code, disabled, created_at, changed_at, "
                        "password_hash, failed_attempts, COALESCE(locked_until, '') FROM accounts "_s;

AccountRow rowFrom(const QSqlQuery &q)
{
    AccountRow r;
    Account &a = r.account;
    a.id = q.value(0).toLongLong();
    a.login = q.value(1).toString();
    a.name = q.value(2).toString();
    roleFromKey(q.value(3).toString(), &a.role);
    a.unit = q.value(4).toString();
    a.districtCode = q.value(5).toString();
    a.disabled = q.value(6).toInt() != 0;
    a.createdAt = q.value(7).toString();
    a.changedAt = q.value(8).toString();
    r.passwordHash = q.value(9).toString();
    r.failedAttempts = q.value(10).toInt();
    r.lockedUntil = q.value(11).toString();
    return r;
}

// A login was checked by domain::loginProblem (letters, digits, '_'): quoting it is enough.
QString quoted(const QString &identifier)
{
    return u'"' + QString(identifier).replace(u'"', u"\"\""_s) + u'"';
}
} // namespace

Result<qint64> count(const QSqlDatabase &db)
{
    auto n = scalar(db, u"SELECT COUNT(*) FROM accounts"_s);
    if (!n)
        return n.problems();
    return n->toLongLong();
}

Result<std::optional<AccountRow>> find(const QSqlDatabase &db, const QString &login)
{
    auto q = exec(db, columns + u"WHERE login = ?"_s, {login});
    if (!q)
        return q.problems();
    if (!q.value().next())
        return std::optional<AccountRow>{};
    return std::optional<AccountRow>{rowFrom(q.value())};
}

Result<QList<Account>> all(const QSqlDatabase &db)
{
    auto q = exec(db, columns + u"ORDER BY login"_s);
    if (!q)
        return q.problems();
    QList<Account> list;
    while (q.value().next())
        list << rowFrom(q.value()).account;
    return list;
}

Result<qint64> insert(const QSqlDatabase &db, const Account &a, const QString &passwordHash)
{
    const QString now = nowTimestamp();
    return execInsert(db,
                      u"INSERT INTO accounts(login, name, role, unit, district_code, disabled, password_hash, created_at, changed_at) "
                      "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                      {a.login, a.name, roleKey(a.role), a.unit, a.districtCode, a.disabled ? 1 : 0, passwordHash, now, now});
}

Status update(const QSqlDatabase &db, const QString &login, const QVariantMap &changes)
{
    QStringList sets{u"changed_at = ?"_s};
    QVariantList binds{nowTimestamp()};
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        sets << it.key() + u" = ?"_s;
        binds << toStored(it.value());
    }
    binds << login;
    auto n = execWrite(db, u"UPDATE accounts SET "_s + sets.join(u", "_s) + u" WHERE login = ?"_s, binds);
    if (!n)
        return n.problems();
    if (n.value() != 1)
        return Problem{u"login"_s, Tr::tr("There is no account \"%1\".").arg(login), {}};
    return success();
}

Result<QString> sessionUser(const QSqlDatabase &db)
{
    auto v = scalar(db, u"SELECT CAST(session_user AS TEXT)"_s);
    if (!v)
        return v.problems();
    return v->toString();
}

Result<bool> unrestricted(const QSqlDatabase &db)
{
    auto v = scalar(db, u"SELECT ecoclaim_unrestricted()"_s);
    if (!v)
        return v.problems();
    return v->toBool();
}

Result<QString> staffRole(const QSqlDatabase &db)
{
    auto v = scalar(db, u"SELECT current_database()"_s);
    if (!v)
        return v.problems();
    return QString(u"ecoclaim_staff_"_s + v->toString()).left(63);
}

Status createServerLogin(const QSqlDatabase &db, const QString &login, const QString &password)
{
    auto staff = staffRole(db);
    if (!staff)
        return staff.problems();
    auto exists = scalar(db, u"SELECT COUNT(*) FROM pg_roles WHERE rolname = ?"_s, {staff.value()});
    if (!exists)
        return exists.problems();
    QStringList statements;
    if (exists->toInt() == 0)
        statements << u"CREATE ROLE %1 NOLOGIN"_s.arg(quoted(staff.value()));
    // The tables of this database, as row-level security lets each person have them; never the schema's
    // version (only the owner migrates), the audit log only appended to (its triggers refuse the rest).
    statements << u"GRANT USAGE ON SCHEMA public TO %1"_s.arg(quoted(staff.value()))
               << u"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1"_s.arg(quoted(staff.value()))
               << u"REVOKE INSERT, UPDATE, DELETE ON ecoclaim_schema FROM %1"_s.arg(quoted(staff.value()))
               << u"REVOKE UPDATE, DELETE ON audit_log FROM %1"_s.arg(quoted(staff.value()))
               << u"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1"_s.arg(quoted(staff.value()))
               // Tables and sequences a later migration adds (run by this owner) are the staff's too; their
               // rows stay behind the row-level security that migration must give them (tst_accounts).
               << u"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %1"_s.arg(quoted(staff.value()))
               << u"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO %1"_s.arg(quoted(staff.value()));
    // The password goes to the server as a SCRAM-SHA-256 verifier computed by libpq here, so it never
    // reaches the server (or its statement log) in clear.
    const QVariant handle = db.driver()->handle();
    // QPSQL hands its PGconn* out as an opaque pointer ("PGconn*", or "pg_conn*" by the struct's name).
    const bool isPgConn = handle.isValid() && (qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0);
    if (!isPgConn)
        qCWarning(lcStorage) << "server connection handle:" << handle.typeName();
    PGconn *conn = isPgConn ? *static_cast<PGconn *const *>(handle.constData()) : nullptr;
    if (!conn)
        return Problem{{}, Tr::tr("The server connection cannot compute a password verifier."), {}};
    char *verifier = PQencryptPasswordConn(conn, password.toUtf8().constData(), login.toUtf8().constData(), "scram-sha-256");
    if (!verifier)
        return Problem{{}, Tr::tr("The server connection cannot compute a password verifier: %1")
                               .arg(QString::fromUtf8(PQerrorMessage(conn)).trimmed()), {}};
    const QString secret = QString::fromLatin1(verifier).replace(u'\'', u"''"_s);
    PQfreemem(verifier);
    statements << u"CREATE ROLE %1 LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION INHERIT "
                  "PASSWORD '%2' IN ROLE %3"_s.arg(quoted(login), secret, quoted(staff.value()));
    for (const QString &sql : std::as_const(statements))
        if (auto q = exec(db, sql); !q) {
            if (sql.startsWith(u"CREATE ROLE "_s + quoted(login)))
                return Problem{u"login"_s, Tr::tr("The server refused to create the login \"%1\" (it may exist already, or "
                                                  "this connection may not create roles).").arg(login), {}};
            return Problem{{}, Tr::tr("The server refused to prepare the staff role: this connection must own the "
                                      "database and be allowed to create roles."), {}};
        }
    return success();
}

void disableServerLogin(const QSqlDatabase &db, const QString &login)
{
    // The account row is what row-level security reads (a disabled account sees nothing); taking away
    // the login too keeps the person off the server altogether, when this connection may.
    auto may = scalar(db, u"SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user"_s);
    if (may && may->toBool())
        exec(db, u"ALTER ROLE %1 NOLOGIN"_s.arg(quoted(login)));
}

} // namespace ecoclaim::storage::accountstore
