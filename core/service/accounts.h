#pragma once
// Accounts and signing in (issue 17 ¶1–2). Adding, disabling and changing the role of an account are
// audited (add_account, disable_account, set_account_role); so are sign-ins, sign-outs and failed
// sign-ins where the program sees them.
//
//   * A desk's SQLite file: passwords are Argon2id hashes (passwordhash.h). Five wrong passwords in a row
//     lock the account for 15 minutes. A wrong password, an unknown login and a locked account with a
//     wrong password all get the same message, after the same work (a decoy hash for unknown logins).
//   * A bureau's PostgreSQL server: each person is a database login of their own (SCRAM); the server
//     checks the password when the program connects, and the account is the row whose login is
//     session_user. Failed sign-ins never reach the program (the server's log has them,
//     log_connections); lockout is the server's own rules.
//
// The first account of a database must be an administrator and is added without signing in; after it,
// only an administrator adds or changes accounts (on a server, adding needs the owner's connection,
// which may create the login).

#include "core/domain/account.h"
#include "core/domain/result.h"

#include <QDateTime>

namespace ecoclaim::service {

class CaseService;

struct NewAccount
{
    QString login, name;
    domain::Role role = domain::Role::Caseworker;
    QString unit, districtCode;
    QString password; // the first password: hashed on a desk, the server login's on a server
};

class Accounts
{
public:
    static constexpr int attemptsBeforeLock = 5;
    static constexpr int lockMinutes = 15;
    static constexpr int shortestPassword = 8;

    explicit Accounts(CaseService &service) : m_service(service) {}

    domain::Result<bool> any() const;
    domain::Result<QList<domain::Account>> list() const;
    domain::Result<domain::Account> add(const NewAccount &account, const QString &actor);
    domain::Status disable(const QString &login, const QString &actor);
    domain::Status setRole(const QString &login, domain::Role role, const QString &actor);

    // Signs the person in on the service's connection: from now on every audit entry names them and
    // they see and change what their role allows (access.h). On a server the password was already
    // checked by the server; `login` must be the connection's login.
    domain::Result<domain::Account> signIn(const QString &login, const QString &password,
                                           const QDateTime &now = QDateTime::currentDateTimeUtc());
    domain::Status signOut();

private:
    domain::Status mayAdminister(bool *firstAccount) const;
    CaseService &m_service;
};

} // namespace ecoclaim::service
