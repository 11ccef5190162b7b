// Approvals (issue 17 ¶4): a caseworker proposes the bureau's decisions, the unit head approves or refuses
// them (caseservice.h). The proposal is checked as if the decision were taken — fields, stage, every
// precondition, who may change the case — and rolled back; what is stored is the command as proposed.
// Approving runs it again, as the unit head, against the case as it is then.

#include "core/service/caseservice.h"

#include "core/service/casenotifier.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "core/storage/sqlquery.h"
#include "core/storage/writetransaction.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::service {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::CaseService)
};

const QString proposalColumns = u"SELECT a.id, a.case_id, c.case_no, a.command, a.payload, a.state, a.proposed_by, "
                                "a.proposed_at, a.decided_by, COALESCE(a.decided_at, ''), a.reason "
                                "FROM approvals a JOIN cases c ON c.id = a.case_id "_s;

Proposal proposalFrom(const QSqlQuery &q)
{
    return Proposal{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                    q.value(8).toString(), q.value(9).toString(), q.value(10).toString()};
}

Result<Proposal> loadProposal(const QSqlDatabase &db, qint64 id)
{
    auto q = storage::exec(db, proposalColumns + u"WHERE a.id = ?"_s, {id});
    if (!q)
        return q.problems();
    if (!q.value().next())
        return Problem{u"proposal"_s, Tr::tr("There is no proposal %1.").arg(id), {}};
    return proposalFrom(q.value());
}
} // namespace

Result<QList<Proposal>> proposalsOf(const QSqlDatabase &db, bool pendingOnly)
{
    auto q = storage::exec(db, proposalColumns + (pendingOnly ? u"WHERE a.state = 'pending' "_s : QString()) + u"ORDER BY a.id"_s);
    if (!q)
        return q.problems();
    QList<Proposal> list;
    while (q.value().next())
        list << proposalFrom(q.value());
    return list;
}

Result<CommandOutcome> CaseService::propose(const CommandSpec &spec, const QJsonObject &command, const QString &actor, QDate today)
{
    auto trial = executeInTransaction(spec, command, actor, today, nullptr, nullptr, {}, true);
    if (!trial)
        return trial;
    const QSqlDatabase db = m_database.connection();
    storage::WriteTransaction txn(db);
    if (auto s = txn.begin(); !s)
        return s.problems();
    if (auto s = txn.lockCase(trial->caseId); !s)
        return s.problems();
    const QString payload = QString::fromUtf8(QJsonDocument(command).toJson(QJsonDocument::Compact));
    auto id = storage::execInsert(db,
                                  u"INSERT INTO approvals(case_id, command, payload, proposed_by, proposed_at) "
                                  "VALUES(?, ?, ?, ?, ?) RETURNING id"_s,
                                  {trial->caseId, spec.name, payload, actor, storage::nowTimestamp()});
    if (!id)
        return id.problems();
    const QJsonObject audit{{u"cmd"_s, u"propose_decision"_s}, {u"proposal"_s, id.value()}, {u"command"_s, command}};
    if (auto hash = storage::audit::append(db, actor, trial->caseId, u"propose_decision"_s, audit, {}); !hash)
        return hash.problems();
    if (auto s = txn.commit(); !s)
        return s.problems();
    Q_EMIT m_notifier.caseChanged(trial->caseId);
    CommandOutcome outcome = trial.value();
    outcome.after = outcome.before;
    outcome.changes.clear();
    outcome.proposalId = id.value();
    outcome.summary = Tr::tr("Proposed for the unit head's approval (proposal %1): %2").arg(id.value()).arg(spec.titleText());
    return outcome;
}

// The unit head of the case's own unit and district decides, never a member unit of its joint case group
// (Art. 9 ¶3: the lead unit handles the case; the group works with it).
Status CaseService::approverOfCase(qint64 caseId) const
{
    if (!m_access.account())
        return success(); // no accounts, or the server's owner: as before accounts
    const Account &a = *m_access.account();
    bool own = false;
    if (auto s = storage::forEachCachedRow(m_database.connection(), u"SELECT district_code, unit FROM cases WHERE id = ?"_s,
                                           {caseId}, [&](const QSqlQuery &q) {
                                               own = q.value(0).toString() == a.districtCode && q.value(1).toString() == a.unit;
                                           });
        !s)
        return s;
    if (!own)
        return Problem{u"proposal"_s, Tr::tr("Only the unit head of the case's unit approves a decision."), {}};
    return success();
}

Result<CommandOutcome> CaseService::approve(qint64 proposalId, const QString &givenActor, QDate today)
{
    if (m_access.mode() == Access::Mode::SignInRequired)
        return Problem{{}, Tr::tr("This database has accounts: sign in before changing a case."), {}};
    if (m_access.account() && m_access.account()->role != Role::UnitHead)
        return Problem{u"proposal"_s, Tr::tr("Only the unit head of the case's unit approves a decision."), {}};
    const QSqlDatabase db = m_database.connection();
    auto proposal = loadProposal(db, proposalId);
    if (!proposal || !m_reader.visibleCase(proposal->caseId))
        return Problem{u"proposal"_s, Tr::tr("There is no proposal %1.").arg(proposalId), {}};
    if (proposal->state != u"pending")
        return Problem{u"proposal"_s, Tr::tr("Proposal %1 was decided already (%2).").arg(proposalId).arg(proposal->state), {}};
    if (auto s = approverOfCase(proposal->caseId); !s)
        return s.problems();
    const CommandSpec *spec = findCommand(proposal->command);
    if (!spec)
        return Problem{u"proposal"_s, Tr::tr("\"%1\" is not a command EcoClaim knows (see docs/commands.md).").arg(proposal->command), {}};
    const QJsonObject command = QJsonDocument::fromJson(proposal->payload.toUtf8()).object();
    const QString actor = actorFor(givenActor);
    // The approval is written in the command's own transaction: both or neither.
    auto markApproved = [&](qint64 caseId) -> Status {
        auto n = storage::execWrite(db,
                                    u"UPDATE approvals SET state = 'approved', decided_by = ?, decided_at = ? "
                                    "WHERE id = ? AND state = 'pending'"_s,
                                    {actor, storage::nowTimestamp(), proposalId});
        if (!n)
            return n.problems();
        if (n.value() != 1)
            return Problem{u"proposal"_s, Tr::tr("Proposal %1 was decided already.").arg(proposalId), {}};
        const QJsonObject audit{{u"cmd"_s, u"approve_decision"_s}, {u"proposal"_s, proposalId},
                                {u"command"_s, proposal->command}, {u"proposed_by"_s, proposal->proposedBy}};
        if (auto hash = storage::audit::append(db, actor, caseId, u"approve_decision"_s, audit, {}); !hash)
            return hash.problems();
        return success();
    };
    auto outcome = executeInTransaction(*spec, command, actor, today, nullptr, nullptr, markApproved);
    if (outcome)
        Q_EMIT m_notifier.caseChanged(outcome->caseId);
    return outcome;
}

Status CaseService::refuseProposal(qint64 proposalId, const QString &reason, const QString &givenActor)
{
    if (m_access.mode() == Access::Mode::SignInRequired)
        return Problem{{}, Tr::tr("This database has accounts: sign in before changing a case."), {}};
    if (m_access.account() && m_access.account()->role != Role::UnitHead)
        return Problem{u"proposal"_s, Tr::tr("Only the unit head of the case's unit approves a decision."), {}};
    if (reason.trimmed().isEmpty())
        return Problem{u"reason"_s, Tr::tr("Say why the approval is refused."), {}};
    const QSqlDatabase db = m_database.connection();
    auto proposal = loadProposal(db, proposalId);
    if (!proposal || !m_reader.visibleCase(proposal->caseId))
        return Problem{u"proposal"_s, Tr::tr("There is no proposal %1.").arg(proposalId), {}};
    auto file = m_reader.caseFile(proposal->caseId);
    if (!file)
        return file.problems();
    if (!m_access.mayChange(file->districtCode, file->unit, file->stage, proposal->command, jointMembersOf(file.value())))
        return Problem{u"proposal"_s, Tr::tr("Only the unit head of the case's unit approves a decision."), {}};
    if (auto s = approverOfCase(proposal->caseId); !s)
        return s;
    const QString actor = actorFor(givenActor);
    storage::WriteTransaction txn(db);
    if (auto s = txn.begin(); !s)
        return s;
    if (auto s = txn.lockCase(proposal->caseId); !s)
        return s;
    auto n = storage::execWrite(db,
                                u"UPDATE approvals SET state = 'refused', decided_by = ?, decided_at = ?, reason = ? "
                                "WHERE id = ? AND state = 'pending'"_s,
                                {actor, storage::nowTimestamp(), reason.trimmed(), proposalId});
    if (!n)
        return n.problems();
    if (n.value() != 1)
        return Problem{u"proposal"_s, Tr::tr("Proposal %1 was decided already.").arg(proposalId), {}};
    const QJsonObject audit{{u"cmd"_s, u"refuse_decision"_s}, {u"proposal"_s, proposalId}, {u"command"_s, proposal->command},
                            {u"proposed_by"_s, proposal->proposedBy}, {u"reason"_s, reason.trimmed()}};
    if (auto hash = storage::audit::append(db, actor, proposal->caseId, u"refuse_decision"_s, audit, {}); !hash)
        return hash.problems();
    if (auto s = txn.commit(); !s)
        return s;
    Q_EMIT m_notifier.caseChanged(proposal->caseId);
    return success();
}

} // namespace ecoclaim::service
