#include "app/cli/caseverbs.h"

#include "core/domain/catalogue.h"
#include "core/reports/listexports.h"
#include "core/service/deadlinecatalogue.h"
#include "core/service/casereader.h"
#include "core/service/scriptrunner.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::cli {

namespace {
// Translations of this file live in the context ecoclaim::Cli (lupdate reads the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Cli)
};

QString districtName(const QString &code)
{
    const District *d = findDistrict(code);
    return d ? d->displayName() : code;
}

QString unitName(const QString &key)
{
    const Department *d = findDepartment(key);
    return d ? d->displayName() : key;
}

QJsonObject rowToJson(const CaseRow &r)
{
    return {{u"id"_s, r.id},
            {u"case_no"_s, r.number},
            {u"title"_s, r.title},
            {u"district_code"_s, r.districtCode},
            {u"district"_s, districtName(r.districtCode)},
            {u"unit"_s, r.unit},
            {u"stage"_s, stageKey(r.stage)},
            {u"stage_label"_s, stageDisplayName(r.stage)},
            {u"parties"_s, r.partyNames},
            {u"next_deadline_on"_s, r.nextDeadlineOn.isValid() ? QJsonValue(r.nextDeadlineOn.toString(Qt::ISODate)) : QJsonValue()},
            {u"next_deadline_kind"_s, r.nextDeadlineKind},
            {u"claimed_fen"_s, r.claimed.fen()},
            {u"major"_s, r.major},
            {u"updated_at"_s, r.updatedAt.toString(Qt::ISODateWithMs)}};
}
} // namespace

int runInit(const Options &options)
{
    // An empty (0-byte) file is started over: it holds nothing (storage/database.h, OpenMode::StartOver).
    auto session = openSession(options, storage::OpenMode::StartOver);
    if (!session)
        return Refused;
    out() << Tr::tr("Database ready: %1").arg(session->database->path()) << Qt::endl;
    return Done;
}

int runCaseList(const Options &options, QStringList args)
{
    const bool json = takeFlag(args, u"--json"_s);
    bool missing = false;
    CaseListFilter filter;
    filter.today = options.today;
    const QString stage = takeOption(args, u"--stage"_s, &missing);
    const QString district = takeOption(args, u"--district"_s, &missing);
    filter.search = takeOption(args, u"--search"_s, &missing);
    filter.overdueOnly = takeFlag(args, u"--overdue"_s);
    filter.majorOnly = takeFlag(args, u"--major"_s);
    const QString limitText = takeOption(args, u"--limit"_s, &missing);
    const QString xlsx = takeOption(args, u"--xlsx"_s, &missing);
    const QString csv = takeOption(args, u"--csv"_s, &missing);
    if (missing || !args.isEmpty() || ((!xlsx.isEmpty() || !csv.isEmpty()) && (json || !limitText.isEmpty()))) {
        err() << Tr::tr("usage: ecoclaim-cli case list [--stage S] [--district D] [--search TEXT] [--overdue] [--major] "
                    "[--limit N] [--json | --xlsx FILE | --csv FILE]")
              << Qt::endl;
        return Usage;
    }
    if (!stage.isEmpty()) {
        Stage s;
        if (!stageFromKey(stage, &s)) {
            QStringList keys;
            for (Stage each : allStages())
                keys << stageKey(each);
            err() << Tr::tr("Unknown stage \"%1\"; stages are: %2").arg(stage, keys.join(u", "_s)) << Qt::endl;
            return Refused;
        }
        filter.stage = s;
    }
    if (!district.isEmpty()) {
        const District *d = findDistrict(district);
        if (!d) {
            err() << Tr::tr("\"%1\" is not a Shanghai district.").arg(district) << Qt::endl;
            return Refused;
        }
        filter.districtCode = d->code;
    }
    int limit = std::numeric_limits<int>::max();
    if (!limitText.isEmpty()) {
        const auto n = wholeNumberValue(limitText, u"--limit"_s, 0, std::numeric_limits<int>::max());
        if (!n)
            return Refused;
        limit = int(*n);
    }
    auto session = openSession(options);
    if (!session)
        return Refused;
    const service::CaseReader &reader = session->service->reader();
    if (!xlsx.isEmpty() || !csv.isEmpty()) {
        // The same filter and order as the printed list, every matching case, streamed page by page.
        auto written = reports::exportCaseList(reader, filter, CaseSort::CaseNumber, false, xlsx, csv);
        if (!written) {
            printProblems(written.problems());
            return Refused;
        }
        err() << Tr::tr("%n case(s) written.", nullptr, int(written.value())) << Qt::endl;
        return Done;
    }

    // Page by key, like the window does, so a large database streams instead of loading at once.
    CaseListRequest request{filter, CaseSort::CaseNumber, false, std::nullopt, 500};
    QJsonArray all;
    int printed = 0;
    while (printed < limit) {
        request.limit = std::min(500, limit - printed);
        auto page = reader.casePage(request);
        if (!page) {
            printProblems(page.problems());
            return Refused;
        }
        for (const CaseRow &r : page.value()) {
            if (json) {
                all.append(rowToJson(r));
            } else {
                out() << r.number << u'\t' << stageDisplayName(r.stage) << u'\t' << districtName(r.districtCode) << u'\t'
                      << (r.nextDeadlineOn.isValid() ? r.nextDeadlineOn.toString(Qt::ISODate) : u"-"_s) << u'\t'
                      << tsvField(r.title) << u'\t' << tsvField(r.partyNames) << Qt::endl;
            }
            ++printed;
        }
        if (page.value().size() < request.limit)
            break;
        request.after = PageKey{page.value().last().sortKey, page.value().last().id};
    }
    if (json)
        out() << QJsonDocument(all).toJson(QJsonDocument::Indented);
    return Done;
}

int runCaseShow(const Options &options, QStringList args)
{
    const bool json = takeFlag(args, u"--json"_s);
    if (args.size() != 1) {
        err() << Tr::tr("usage: ecoclaim-cli case show ID|CASE_NO [--json]") << Qt::endl;
        return Usage;
    }
    auto session = openSession(options);
    if (!session)
        return Refused;
    auto file = session->service->reader().caseFile(args.first());
    if (!file) {
        printProblems(file.problems());
        return Refused;
    }
    const CaseFile &f = file.value();
    // The deadlines as the bureau's numbers make them (its settings: days to sue, to answer a reporter).
    auto settings = session->service->reader().bureauSettings();
    if (!settings) {
        printProblems(settings.problems());
        return Refused;
    }
    const domain::BureauRules rules = settings->bureauRules();
    if (json) {
        QJsonObject o = f.toJson();
        QJsonArray deadlines;
        for (const service::OpenDeadline &d : service::openDeadlines(f, session->service->calendar(), rules))
            deadlines.append(QJsonObject{{u"kind"_s, d.kind}, {u"due_on"_s, d.due.toString(Qt::ISODate)},
                                         {u"article"_s, d.article.toChinese()}, {u"explanation"_s, d.explanation}});
        o.insert(u"open_deadlines"_s, deadlines);
        QJsonArray actions;
        for (const CommandSpec *c : commandsAvailableIn(f.stage))
            actions.append(c->name);
        o.insert(u"available_commands"_s, actions);
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return Done;
    }
    out() << f.number << u"  "_s << f.title << Qt::endl;
    out() << Tr::tr("Stage: %1").arg(stageDisplayName(f.stage)) << Qt::endl;
    out() << Tr::tr("District: %1   Unit: %2").arg(districtName(f.districtCode), unitName(f.unit)) << Qt::endl;
    for (const Party &p : f.parties)
        out() << Tr::tr("Liable party %1: %2 %3").arg(p.seq).arg(p.name, p.creditCode.isEmpty() ? p.idNumber : p.creditCode) << Qt::endl;
    if (!f.claimed.isZero())
        out() << Tr::tr("Amount claimed: %1 yuan (%2)").arg(f.claimed.toYuanString(), f.claimed.toChineseUppercase()) << Qt::endl;
    for (const service::OpenDeadline &d : service::openDeadlines(f, session->service->calendar(), rules))
        out() << Tr::tr("Deadline %1: %2 — %3 (%4)").arg(d.due.toString(Qt::ISODate), service::deadlineKindName(d.kind),
                                                    d.explanation, d.article.toString())
              << Qt::endl;
    out() << Tr::tr("Timeline:") << Qt::endl;
    for (const TimelineEvent &e : f.timeline)
        out() << u"  "_s << e.occurredOn.toString(Qt::ISODate) << u"  "_s << e.summary << u"  ["_s << e.actor << u"]"_s << Qt::endl;
    return Done;
}

int runApply(const Options &options, QStringList args)
{
    if (args.size() != 1) {
        err() << Tr::tr("usage: ecoclaim-cli apply FILE.jsonl   (use - for standard input)") << Qt::endl;
        return Usage;
    }
    QFile file;
    const bool fromStdin = args.first() == u"-"_s;
    const bool opened = fromStdin ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(args.first()), file.open(QIODevice::ReadOnly));
    if (!opened) {
        err() << Tr::tr("Cannot read %1: %2").arg(args.first(), file.errorString()) << Qt::endl;
        return Refused;
    }
    auto session = openSession(options);
    if (!session)
        return Refused;
    // Each line is printed — and flushed — as soon as it committed, before the next is read: a run that
    // is killed has shown exactly what it did (the line being committed at the kill may be missing).
    const service::ScriptReport report = service::runScript(
        *session->service, file, options.actor, options.today, [](int, const service::CommandOutcome &o) {
            out() << tsvField(o.caseNumber) << u'\t' << stageKey(o.after) << u'\t' << tsvField(o.summary) << Qt::endl;
        });
    if (report.skipped > 0)
        err() << QCoreApplication::translate("ecoclaim::Cli", "%n line(s) skipped: their id was applied before.", nullptr, report.skipped)
              << Qt::endl;
    if (report.failedLine) {
        err() << report.errorString() << Qt::endl;
        err() << QCoreApplication::translate("ecoclaim::Cli", "%n line(s) applied before the refusal; the refused line changed nothing.", nullptr, report.applied) << Qt::endl;
        return Refused;
    }
    return Done;
}

int runAuditVerify(const Options &options)
{
    auto session = openSession(options);
    if (!session)
        return Refused;
    auto report = session->service->reader().auditChain();
    if (!report) {
        printProblems(report.problems());
        return Refused;
    }
    (report->intact() ? out() : err()) << report->message << Qt::endl;
    if (report->intact())
        out() << Tr::tr("Head: %1").arg(report->head) << Qt::endl;
    return report->intact() ? Done : Refused;
}

} // namespace ecoclaim::cli
