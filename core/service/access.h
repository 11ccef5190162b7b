#pragma once
// Who is working, and what they may see and change (issue 17 ¶3). The service applies these rules on both
// engines (CaseReader for reads, CaseService::execute for changes); on a server the same rules are also
// the database's own row-level security (resources/migrations/postgresql/NNNN_accounts.sql), so a
// hand-made SQL client gets no further.
//
//   * Open: a database without accounts (the one person at the desk), or a server's owner/superuser
//     connection: everything, as before accounts existed.
//   * Signed in: caseworkers and unit heads see and change the cases of their unit and district, and the
//     cases of joint case groups their unit is a member of (Art. 9 ¶3; domain::jointMemberReaches); city
//     supervisors (Art. 39) see every case and run only the supervision commands on it (their instructions
//     and the timetable, domain::isSupervisionCommand); administrators see every case and change none; the
//     archivist sees closed and archived cases and may archive a closed one (Art. 42).
//   * Sign-in required: the database has accounts and nobody signed in — nothing.

#include "core/domain/account.h"
#include "core/domain/casefile.h"
#include "core/domain/caselistpage.h"
#include "core/domain/stage.h"

#include <QStringList>

#include <optional>

namespace ecoclaim::service {

class Access
{
public:
    enum class Mode { Open, SignedIn, SignInRequired };

    static Access open() { return Access(Mode::Open, {}); }
    static Access signedIn(domain::Account account) { return Access(Mode::SignedIn, std::move(account)); }
    static Access signInRequired() { return Access(Mode::SignInRequired, {}); }

    Mode mode() const { return m_mode; }
    const std::optional<domain::Account> &account() const { return m_account; }

    // `jointMembers`: the units that are members of the case's joint case group (Art. 9 ¶3), if any.
    bool maySee(const QString &districtCode, const QString &unit, domain::Stage stage,
                const QStringList &jointMembers = {}) const;
    // `command` is the lifecycle command's name (the archivist may only archive, the supervisor only
    // supervise).
    bool mayChange(const QString &districtCode, const QString &unit, domain::Stage stage, const QString &command,
                   const QStringList &jointMembers = {}) const;
    // The list's filter narrowed to what may be seen: the list, its count and the counts by stage then
    // agree (a count never reveals a case the list hides).
    domain::CaseListFilter scoped(domain::CaseListFilter filter) const;
    // Administrators only (accounts, calendars, bureau settings); Open counts as one.
    bool mayAdminister() const;

private:
    Access(Mode mode, std::optional<domain::Account> account) : m_mode(mode), m_account(std::move(account)) {}
    Mode m_mode;
    std::optional<domain::Account> m_account;
};

// The units that are members (not assisting towns) of the case's joint case group (Art. 9 ¶3): what
// maySee and mayChange take.
QStringList jointMembersOf(const domain::CaseFile &file);

} // namespace ecoclaim::service
