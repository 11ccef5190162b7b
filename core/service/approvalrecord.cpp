// Who a login is, and what became of a decision that needs approval on a case (casereader.h): read for the
// 立案审批表 (core/documents), the audit trail and the approvals in the window. Names come from the storage
// view account_names (login, name, role only): on a server a signed-in person reads no other account row.

#include "core/service/casereader.h"

#include "core/service/caseservice.h"
#include "core/storage/database.h"
#include "core/storage/sqlquery.h"

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::service {

Result<QHash<QString, Person>> CaseReader::people() const
{
    QHash<QString, Person> people;
    auto q = storage::exec(m_service.database().connection(), u"SELECT login, name, role FROM account_names"_s);
    if (!q)
        return q.problems();
    while (q.value().next()) {
        Person p;
        p.login = q.value().value(0).toString();
        p.name = q.value().value(1).toString();
        p.known = roleFromKey(q.value().value(2).toString(), &p.role);
        people.insert(p.login, p);
    }
    if (auto s = storage::readEnded(q.value()); !s)
        return s.problems();
    return people;
}

Person CaseReader::person(const QString &login) const
{
    Person p;
    p.login = login;
    auto q = storage::exec(m_service.database().connection(), u"SELECT name, role FROM account_names WHERE login = ?"_s, {login});
    if (q && q.value().next()) {
        p.name = q.value().value(0).toString();
        p.known = roleFromKey(q.value().value(1).toString(), &p.role);
    }
    return p; // no such account (or unreadable): the login alone
}

Result<DecisionApproval> CaseReader::decisionApproval(qint64 caseId, const QString &command) const
{
    if (auto s = mayRead(caseId); !s)
        return s.problems();
    const QSqlDatabase db = m_service.database().connection();
    DecisionApproval a;
    // The latest proposal of this decision on the case, and whether the decision was taken (its audit entry).
    auto proposal = storage::exec(db,
                                  u"SELECT state, proposed_by, proposed_at, decided_by, decided_at, reason FROM approvals "
                                  "WHERE case_id = ? AND command = ? ORDER BY id DESC LIMIT 1"_s,
                                  {caseId, command});
    if (!proposal)
        return proposal.problems();
    const bool proposed = proposal.value().next();
    auto taken = storage::exec(db, u"SELECT actor, at FROM audit_log WHERE case_id = ? AND command = ? ORDER BY id DESC LIMIT 1"_s,
                               {caseId, command});
    if (!taken)
        return taken.problems();
    const bool decided = taken.value().next();
    if (proposed) {
        const QSqlQuery &p = proposal.value();
        const QString state = p.value(0).toString();
        a.proposer = person(p.value(1).toString());
        a.proposedAt = storage::timestampFrom(p.value(2));
        a.state = state == u"approved" ? DecisionApproval::State::Approved
                : state == u"refused"  ? DecisionApproval::State::Refused
                                       : DecisionApproval::State::Pending;
        if (a.state != DecisionApproval::State::Pending) {
            a.decider = person(p.value(3).toString());
            a.decidedAt = storage::timestampFrom(p.value(4));
            a.reason = p.value(5).toString();
        }
    }
    // Taken without (or after a refused) proposal: by a unit head directly. Anyone else (a database without
    // accounts) took it as before approvals: nothing to print.
    if (decided && a.state != DecisionApproval::State::Approved) {
        const Person actor = person(taken.value().value(0).toString());
        DecisionApproval direct;
        if (actor.known && actor.role == Role::UnitHead) {
            direct.state = DecisionApproval::State::TakenDirectly;
            direct.decider = actor;
            direct.decidedAt = storage::timestampFrom(taken.value().value(1));
        }
        return direct;
    }
    return a;
}

} // namespace ecoclaim::service
