#include "core/service/accounts.h"

#include "core/service/access.h"
#include "core/service/caseservice.h"
#include "core/service/passwordhash.h"
#include "core/storage/accountstore.h"
#include "core/storage/auditlog.h"
#include "core/storage/caserepository.h"
#include "core/storage/database.h"
#include "core/storage/writetransaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::service {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Accounts)
};

// One sentence for an unknown login, a wrong password, and a locked account asked with a wrong password.
Problem wrongSignIn()
{
    return Problem{u"login"_s, Tr::tr("The login or the password is not right."), {}};
}

QJsonObject describe(const Account &a)
{
    return QJsonObject{{u"login"_s, a.login}, {u"name"_s, a.name}, {u"role"_s, roleKey(a.role)},
                       {u"unit"_s, a.unit}, {u"district_code"_s, a.districtCode}};
}

Status appendAudit(const QSqlDatabase &db, const QString &actor, const QString &command, const QJsonObject &payload,
                   const QList<FieldChange> &changes = {})
{
    QJsonObject p = payload;
    p.insert(u"cmd"_s, command);
    if (auto hash = storage::audit::append(db, actor, 0, command, p, storage::toJson(changes)); !hash)
        return hash.problems();
    return success();
}

bool onServer(CaseService &service)
{
    return service.database().engine() == storage::Engine::PostgreSQL;
}
} // namespace

Result<bool> Accounts::any() const
{
    auto n = storage::accountstore::count(m_service.database().connection());
    if (!n)
        return n.problems();
    return n.value() > 0;
}

Status Accounts::mayAdminister(bool *firstAccount) const
{
    auto existing = any();
    if (!existing)
        return existing.problems();
    if (firstAccount)
        *firstAccount = !existing.value();
    if (!existing.value() || m_service.access().mayAdminister())
        return success();
    return Problem{{}, Tr::tr("Only an administrator may add or change accounts: sign in as one."), {}};
}

Result<QList<Account>> Accounts::list() const
{
    if (!m_service.access().mayAdminister())
        return Problem{{}, Tr::tr("Only an administrator may list the accounts: sign in as one."), {}};
    return storage::accountstore::all(m_service.database().connection());
}

Result<Account> Accounts::add(const NewAccount &n, const QString &actor)
{
    Problems refused;
    if (const QString p = loginProblem(n.login); !p.isEmpty())
        refused.add(u"login"_s, p);
    if (n.name.trimmed().isEmpty())
        refused.add(u"name"_s, Tr::tr("Give the person's name."));
    const bool ownUnit = n.role == Role::Caseworker || n.role == Role::UnitHead;
    if (ownUnit && n.unit.trimmed().isEmpty())
        refused.add(u"unit"_s, Tr::tr("A caseworker or unit head belongs to a handling unit: give --unit."));
    static const QRegularExpression districtCode(u"^[0-9]{6}$"_s);
    if (ownUnit && !districtCode.match(n.districtCode).hasMatch())
        refused.add(u"district"_s, Tr::tr("A caseworker or unit head works in a district: give its six-digit code (--district)."));
    else if (!n.districtCode.isEmpty() && !districtCode.match(n.districtCode).hasMatch())
        refused.add(u"district"_s, Tr::tr("\"%1\" is not a district code (six digits).").arg(n.districtCode));
    if (n.password.size() < shortestPassword)
        refused.add(u"password"_s, Tr::tr("The first password must have at least %1 characters.").arg(shortestPassword));
    bool first = false;
    if (auto s = mayAdminister(&first); !s)
        return s.problems();
    if (first && n.role != Role::Admin)
        refused.add(u"role"_s, Tr::tr("The first account of a database must be an administrator (--role admin)."));
    if (!refused.isEmpty())
        return refused;

    const QSqlDatabase db = m_service.database().connection();
    storage::WriteTransaction txn(db, storage::WriteTransaction::Scope::Everything);
    if (auto s = txn.begin(); !s)
        return s.problems();
    auto existing = storage::accountstore::find(db, n.login);
    if (!existing)
        return existing.problems();
    if (existing->has_value())
        return Problem{u"login"_s, Tr::tr("There is already an account \"%1\".").arg(n.login), {}};
    Account a;
    a.login = n.login;
    a.name = n.name.trimmed();
    a.role = n.role;
    a.unit = n.unit.trimmed();
    a.districtCode = n.districtCode;
    QString hash;
    if (onServer(m_service)) {
        if (auto s = storage::accountstore::createServerLogin(db, n.login, n.password); !s)
            return s.problems();
    } else {
        hash = password::hash(n.password);
        if (hash.isEmpty())
            return Problem{u"password"_s, Tr::tr("The password could not be hashed (not enough memory)."), {}};
    }
    auto id = storage::accountstore::insert(db, a, hash);
    if (!id)
        return id.problems();
    a.id = id.value();
    QList<FieldChange> changes;
    const QJsonObject fields = describe(a);
    for (auto it = fields.begin(); it != fields.end(); ++it)
        changes << FieldChange{u"accounts"_s, a.id, it.key(), {}, it.value().toString()};
    if (auto s = appendAudit(db, actor, u"add_account"_s, fields, changes); !s)
        return s.problems();
    if (auto s = txn.commit(); !s)
        return s.problems();
    if (first)
        m_service.refreshAccess(); // a desk's file now wants a sign-in
    auto stored = storage::accountstore::find(db, n.login);
    if (stored && stored->has_value())
        a = stored->value().account;
    return a;
}

Status Accounts::disable(const QString &login, const QString &actor)
{
    if (auto s = mayAdminister(nullptr); !s)
        return s;
    const QSqlDatabase db = m_service.database().connection();
    storage::WriteTransaction txn(db, storage::WriteTransaction::Scope::Everything);
    if (auto s = txn.begin(); !s)
        return s;
    auto row = storage::accountstore::find(db, login);
    if (!row)
        return row.problems();
    if (!row->has_value())
        return Problem{u"login"_s, Tr::tr("There is no account \"%1\".").arg(login), {}};
    if (row->value().account.disabled)
        return Problem{u"login"_s, Tr::tr("The account \"%1\" is disabled already.").arg(login), {}};
    if (auto s = storage::accountstore::update(db, login, {{u"disabled"_s, 1}}); !s)
        return s;
    if (onServer(m_service))
        storage::accountstore::disableServerLogin(db, login);
    if (auto s = appendAudit(db, actor, u"disable_account"_s, {{u"login"_s, login}},
                             {FieldChange{u"accounts"_s, row->value().account.id, u"disabled"_s, 0, 1}});
        !s)
        return s;
    return txn.commit();
}

Status Accounts::setRole(const QString &login, Role role, const QString &actor)
{
    if (auto s = mayAdminister(nullptr); !s)
        return s;
    const QSqlDatabase db = m_service.database().connection();
    storage::WriteTransaction txn(db, storage::WriteTransaction::Scope::Everything);
    if (auto s = txn.begin(); !s)
        return s;
    auto row = storage::accountstore::find(db, login);
    if (!row)
        return row.problems();
    if (!row->has_value())
        return Problem{u"login"_s, Tr::tr("There is no account \"%1\".").arg(login), {}};
    const Account &a = row->value().account;
    if (a.role == role)
        return Problem{u"role"_s, Tr::tr("The account \"%1\" is %2 already.").arg(login, roleKey(role)), {}};
    if ((role == Role::Caseworker || role == Role::UnitHead) && (a.unit.isEmpty() || a.districtCode.isEmpty()))
        return Problem{u"role"_s, Tr::tr("The account \"%1\" has no unit and district: a caseworker or unit head needs both.")
                                      .arg(login), {}};
    if (auto s = storage::accountstore::update(db, login, {{u"role"_s, roleKey(role)}}); !s)
        return s;
    if (auto s = appendAudit(db, actor, u"set_account_role"_s, {{u"login"_s, login}, {u"role"_s, roleKey(role)}},
                             {FieldChange{u"accounts"_s, a.id, u"role"_s, roleKey(a.role), roleKey(role)}});
        !s)
        return s;
    if (auto s = txn.commit(); !s)
        return s;
    if (m_service.access().account() && m_service.access().account()->login == login)
        m_service.refreshAccess();
    return success();
}

Result<Account> Accounts::signIn(const QString &login, const QString &pw, const QDateTime &now)
{
    const QSqlDatabase db = m_service.database().connection();
    if (onServer(m_service)) {
        // The server checked the password when this connection was made; the account is session_user's.
        auto user = storage::accountstore::sessionUser(db);
        if (!user)
            return user.problems();
        if (user.value() != login)
            return Problem{u"login"_s, Tr::tr("This connection is signed in to the server as \"%1\", not \"%2\".")
                                           .arg(user.value(), login), {}};
    }
    storage::WriteTransaction txn(db, storage::WriteTransaction::Scope::Everything);
    if (auto s = txn.begin(); !s)
        return s.problems();
    auto row = storage::accountstore::find(db, login);
    if (!row)
        return row.problems();
    const QString actor = defaultActor();
    if (!row->has_value()) {
        if (!onServer(m_service))
            password::matches(password::decoy(), pw); // the same work as for a login that exists
        if (auto s = appendAudit(db, actor, u"sign_in_failed"_s, {{u"login"_s, login}}); !s)
            return s.problems();
        if (auto s = txn.commit(); !s)
            return s.problems();
        return wrongSignIn();
    }
    const storage::accountstore::AccountRow r = row->value();
    if (!onServer(m_service)) {
        const bool right = password::matches(r.passwordHash, pw);
        const QDateTime lockedUntil = QDateTime::fromString(r.lockedUntil, Qt::ISODateWithMs);
        const bool locked = lockedUntil.isValid() && now < lockedUntil;
        if (!right) {
            QVariantMap columns{{u"failed_attempts"_s, r.failedAttempts + 1}};
            QJsonObject payload{{u"login"_s, login}};
            if (!locked && r.failedAttempts + 1 >= attemptsBeforeLock) {
                const QDateTime until = now.addSecs(lockMinutes * 60).toUTC();
                columns = {{u"failed_attempts"_s, 0}, {u"locked_until"_s, until}};
                payload.insert(u"locked_until"_s, until.toString(Qt::ISODateWithMs));
            }
            if (auto s = storage::accountstore::update(db, login, columns); !s)
                return s.problems();
            if (auto s = appendAudit(db, actor, u"sign_in_failed"_s, payload); !s)
                return s.problems();
            if (auto s = txn.commit(); !s)
                return s.problems();
            return wrongSignIn();
        }
        if (locked) {
            if (auto s = appendAudit(db, actor, u"sign_in_failed"_s, {{u"login"_s, login}, {u"locked"_s, true}}); !s)
                return s.problems();
            if (auto s = txn.commit(); !s)
                return s.problems();
            return Problem{u"login"_s, Tr::tr("After %1 wrong passwords this account is locked until %2 (UTC); try again later.")
                                           .arg(attemptsBeforeLock)
                                           .arg(lockedUntil.toUTC().toString(u"yyyy-MM-dd HH:mm"_s)), {}};
        }
    }
    if (r.account.disabled) {
        if (auto s = appendAudit(db, actor, u"sign_in_failed"_s, {{u"login"_s, login}, {u"disabled"_s, true}}); !s)
            return s.problems();
        if (auto s = txn.commit(); !s)
            return s.problems();
        return Problem{u"login"_s, Tr::tr("The account \"%1\" is disabled.").arg(login), {}};
    }
    if (r.failedAttempts != 0 || !r.lockedUntil.isEmpty())
        if (auto s = storage::accountstore::update(db, login, {{u"failed_attempts"_s, 0}, {u"locked_until"_s, QVariant()}}); !s)
            return s.problems();
    m_service.setAccess(Access::signedIn(r.account));
    if (auto s = appendAudit(db, login, u"sign_in"_s, {{u"login"_s, login}, {u"role"_s, roleKey(r.account.role)}}); !s) {
        m_service.refreshAccess();
        return s.problems();
    }
    if (auto s = txn.commit(); !s) {
        m_service.refreshAccess();
        return s.problems();
    }
    return r.account;
}

Status Accounts::signOut()
{
    const std::optional<Account> account = m_service.access().account();
    if (!account)
        return success();
    const QSqlDatabase db = m_service.database().connection();
    storage::WriteTransaction txn(db, storage::WriteTransaction::Scope::Everything);
    if (auto s = txn.begin(); !s)
        return s;
    if (auto s = appendAudit(db, account->login, u"sign_out"_s, {{u"login"_s, account->login}}); !s)
        return s;
    if (auto s = txn.commit(); !s)
        return s;
    m_service.setAccess(Access::signInRequired());
    return success();
}

} // namespace ecoclaim::service
