// ecoclaim-cli approval list [--all] [--json] | approve ID | refuse ID --reason TEXT: decisions a caseworker
// proposed for the unit head's approval (issue 17 ¶4; core/service/caseservice.h). The unit head signs in
// (--user) and sees the proposals of the cases of their unit and district.

#include "app/cli/caseverbs.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Cli)
};

int approvalUsage()
{
    err() << Tr::tr("usage: ecoclaim-cli approval list [--all] [--json]\n"
                    "       ecoclaim-cli approval approve ID\n"
                    "       ecoclaim-cli approval refuse ID --reason TEXT")
          << Qt::endl;
    return Usage;
}

int list(const Options &options, bool all, bool json)
{
    auto session = openSession(options);
    if (!session)
        return Refused;
    auto proposals = session->service->reader().proposals(!all);
    if (!proposals) {
        printProblems(proposals.problems());
        return Refused;
    }
    QJsonArray rows;
    for (const Proposal &p : proposals.value()) {
        if (json) {
            rows.append(QJsonObject{{u"id"_s, p.id}, {u"case"_s, p.caseNumber}, {u"command"_s, p.command},
                                    {u"state"_s, p.state}, {u"proposed_by"_s, p.proposedBy}, {u"proposed_at"_s, p.proposedAt},
                                    {u"decided_by"_s, p.decidedBy}, {u"decided_at"_s, p.decidedAt}, {u"reason"_s, p.reason},
                                    {u"payload"_s, QJsonDocument::fromJson(p.payload.toUtf8()).object()}});
            continue;
        }
        out() << p.id << u'\t' << p.caseNumber << u'\t' << p.command << u'\t' << p.state << u'\t' << p.proposedBy << u'\t'
              << p.proposedAt << (p.decidedBy.isEmpty() ? QString() : u'\t' + p.decidedBy + u' ' + p.decidedAt)
              << (p.reason.isEmpty() ? QString() : u'\t' + p.reason) << Qt::endl;
    }
    if (json)
        out() << QJsonDocument(rows).toJson(QJsonDocument::Indented);
    return Done;
}
} // namespace

int runApproval(const Options &options, QStringList args)
{
    if (args.isEmpty())
        return approvalUsage();
    const QString sub = args.takeFirst();
    if (sub == u"list"_s) {
        const bool all = takeFlag(args, u"--all"_s);
        const bool json = takeFlag(args, u"--json"_s);
        return args.isEmpty() ? list(options, all, json) : approvalUsage();
    }
    bool missing = false;
    const QString reason = takeOption(args, u"--reason"_s, &missing);
    bool isNumber = false;
    const qint64 id = args.value(0).toLongLong(&isNumber);
    if (missing || args.size() != 1 || !isNumber)
        return approvalUsage();
    if (sub == u"approve"_s && reason.isEmpty()) {
        auto session = openSession(options);
        if (!session)
            return Refused;
        auto outcome = session->service->approve(id, options.actor, options.today);
        if (!outcome) {
            printProblems(outcome.problems());
            return Refused;
        }
        out() << outcome->caseNumber << u": "_s << outcome->summary << Qt::endl;
        return Done;
    }
    if (sub == u"refuse"_s) {
        auto session = openSession(options);
        if (!session)
            return Refused;
        if (auto s = session->service->refuseProposal(id, reason, options.actor); !s) {
            printProblems(s.problems());
            return Refused;
        }
        out() << Tr::tr("Proposal %1 refused.").arg(id) << Qt::endl;
        return Done;
    }
    return approvalUsage();
}

} // namespace ecoclaim::cli
