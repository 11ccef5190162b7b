#include "app/cli/myworkverbs.h"

#include "core/service/casereader.h"
#include "core/service/caseservice.h"
#include "core/service/mywork.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ecoclaim::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Cli)
};

int myWorkUsage()
{
    err() << Tr::tr("usage: ecoclaim-cli mywork [--as-of DATE] [--unit U] [--district CODE] [--snoozed] [--json]\n"
                    "       ecoclaim-cli mywork snooze CASE ITEM --until DATE --reason TEXT")
          << Qt::endl;
    return Usage;
}

QJsonValue isoJson(const QDate &d) { return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(); }

int snooze(const Options &options, QStringList args)
{
    bool missing = false;
    const QString untilText = takeOption(args, u"--until"_s, &missing);
    const QString reason = takeOption(args, u"--reason"_s, &missing);
    if (missing || args.size() != 2 || untilText.isEmpty())
        return myWorkUsage();
    const auto until = dateValue(untilText);
    if (!until)
        return Refused;
    auto session = openSession(options);
    if (!session)
        return Refused;
    if (auto s = service::snoozeWorkItem(*session->service, args.at(0), args.at(1), *until, reason, options.actor, options.today); !s) {
        printProblems(s.problems());
        return Refused;
    }
    out() << Tr::tr("%1: %2 put off until %3.").arg(args.at(0), args.at(1), until->toString(Qt::ISODate)) << Qt::endl;
    return Done;
}
} // namespace

int runMyWork(const Options &options, QStringList args)
{
    if (!args.isEmpty() && args.first() == u"snooze"_s)
        return snooze(options, args.mid(1));
    const bool json = takeFlag(args, u"--json"_s);
    const bool snoozed = takeFlag(args, u"--snoozed"_s);
    bool missing = false;
    const QString asOfText = takeOption(args, u"--as-of"_s, &missing);
    service::WorkQuery query;
    query.unit = takeOption(args, u"--unit"_s, &missing);
    query.districtCode = takeOption(args, u"--district"_s, &missing);
    query.includeSnoozed = snoozed;
    if (missing || !args.isEmpty())
        return myWorkUsage();
    query.asOf = options.today;
    if (!asOfText.isEmpty()) {
        const auto day = dateValue(asOfText);
        if (!day)
            return Refused;
        query.asOf = *day;
    }
    auto session = openSession(options);
    if (!session)
        return Refused;
    auto items = session->service->reader().myWork(query);
    if (!items) {
        printProblems(items.problems());
        return Refused;
    }
    if (json) {
        QJsonArray rows;
        for (const service::WorkItem &w : items.value())
            rows.append(QJsonObject{{u"item"_s, w.key},
                                    {u"section"_s, service::workSectionKey(w.section)},
                                    {u"section_label"_s, service::workSectionName(w.section)},
                                    {u"case"_s, w.caseNumber},
                                    {u"title"_s, w.title},
                                    {u"district"_s, w.districtCode},
                                    {u"unit"_s, w.unit},
                                    {u"due_on"_s, isoJson(w.due)},
                                    {u"what"_s, w.what},
                                    {u"article"_s, w.article},
                                    {u"action"_s, w.action},
                                    {u"action_label"_s, w.actionText},
                                    {u"proposal"_s, w.proposalId ? QJsonValue(w.proposalId) : QJsonValue()},
                                    {u"document"_s, w.documentId ? QJsonValue(w.documentId) : QJsonValue()},
                                    {u"snoozed_until"_s, isoJson(w.snoozedUntil)},
                                    {u"snooze_reason"_s, w.snoozeReason}});
        out() << QJsonDocument(rows).toJson(QJsonDocument::Indented);
        return Done;
    }
    QString section;
    for (const service::WorkItem &w : items.value()) {
        if (workSectionName(w.section) != section) {
            section = workSectionName(w.section);
            out() << u"== "_s << section << Qt::endl;
        }
        out() << (w.due.isValid() ? w.due.toString(Qt::ISODate) : u"          "_s) << u'\t' << w.caseNumber << u'\t' << w.what
              << u'\t' << w.actionText << u'\t' << w.key
              << (w.snoozedUntil.isValid() ? u'\t' + Tr::tr("put off until %1: %2").arg(w.snoozedUntil.toString(Qt::ISODate), w.snoozeReason)
                                           : QString())
              << Qt::endl;
    }
    if (items->isEmpty())
        out() << Tr::tr("Nothing to do.") << Qt::endl;
    return Done;
}

} // namespace ecoclaim::cli
