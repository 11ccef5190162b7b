#include "app/cli/importverbs.h"

#include "core/import/caseledger.h"
#include "core/import/clueimport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ecoclaim::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Cli)
};

int importUsage()
{
    err() << Tr::tr("usage: ecoclaim-cli import clues FILE [--mapping M.json] [--save-mapping M.json] [--dry-run] [--json]\n"
                    "       ecoclaim-cli import undo BATCH\n"
                    "       ecoclaim-cli import batches [--json]\n"
                    "FILE: CSV (UTF-8 with or without BOM, or GB18030) or XLSX; its first row names the columns (field names "
                    "such as title, district, unit, channel, received_on, or their labels), else a mapping names them.")
          << Qt::endl;
    err() << Tr::tr("       ecoclaim-cli import cases FILE [--mapping M.json] [--save-mapping M.json] [--dry-run] [--json]\n"
                    "A legacy case ledger: each row brought to its stage (clue, verification, filed, appraisal commissioned) "
                    "through the ordinary commands, with the ledger's dates and case number (docs/reports.md).")
          << Qt::endl;
    return Usage;
}

int importRows(const Options &options, QStringList args, bool ledger)
{
    const bool json = takeFlag(args, u"--json"_s);
    const bool dryRun = takeFlag(args, u"--dry-run"_s);
    bool missing = false;
    const QString mappingPath = takeOption(args, u"--mapping"_s, &missing);
    const QString savePath = takeOption(args, u"--save-mapping"_s, &missing);
    if (missing || args.size() != 1 || args.first().startsWith(u"--"_s))
        return importUsage();
    importing::ImportOptions o;
    if (!mappingPath.isEmpty()) {
        auto mapping = importing::ColumnMapping::load(mappingPath, ledger ? importing::caseLedgerCommand() : u"register_clue"_s);
        if (!mapping) {
            printProblems(mapping.problems());
            return Refused;
        }
        o.mapping = mapping.value();
    } else if (ledger) {
        o.mapping.command = importing::caseLedgerCommand();
    }
    if (!savePath.isEmpty())
        if (auto s = o.mapping.save(savePath); !s) {
            printProblems(s.problems());
            return Refused;
        }
    auto session = openSession(options);
    if (!session)
        return Refused;
    o.dryRun = dryRun;
    o.today = options.today;
    o.actor = options.actor;
    const importing::ImportReport report = ledger ? importing::importCasesFile(*session->service, args.first(), o)
                                                  : importing::importCluesFile(*session->service, args.first(), o);
    if (json)
        out() << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
    else
        (report.ok() ? out() : err()) << report.toText() << Qt::endl;
    return report.ok() ? Done : Refused;
}

int undoBatch(const Options &options, const QStringList &args)
{
    if (args.size() != 1)
        return importUsage();
    const auto id = wholeNumberValue(args.first(), Tr::tr("Batch"), 1, std::numeric_limits<qint64>::max());
    if (!id)
        return Refused;
    auto session = openSession(options);
    if (!session)
        return Refused;
    auto undone = session->service->undoImportBatch(*id, options.actor);
    if (!undone) {
        printProblems(undone.problems());
        return Refused;
    }
    out() << Tr::tr("Import batch %1 undone: %2 cases removed (%3).")
                 .arg(undone->batchId).arg(undone->caseNumbers.size()).arg(undone->caseNumbers.join(u", "_s))
          << Qt::endl;
    return Done;
}

int listBatches(const Options &options, QStringList args)
{
    const bool json = takeFlag(args, u"--json"_s);
    if (!args.isEmpty())
        return importUsage();
    auto session = openSession(options);
    if (!session)
        return Refused;
    auto batches = session->service->importBatches();
    if (!batches) {
        printProblems(batches.problems());
        return Refused;
    }
    QJsonArray list;
    for (const service::ImportBatchSummary &b : std::as_const(batches.value())) {
        if (json)
            list << QJsonObject{{u"batch"_s, b.id}, {u"kind"_s, b.kind}, {u"file"_s, b.sourceName}, {u"encoding"_s, b.encoding},
                                {u"rows"_s, b.rowCount}, {u"imported_at"_s, b.importedAt}, {u"imported_by"_s, b.importedBy},
                                {u"undone_at"_s, b.undoneAt}, {u"undone_by"_s, b.undoneBy}};
        else
            out() << b.id << '\t' << tsvField(b.sourceName) << '\t' << b.encoding << '\t' << b.rowCount << '\t' << b.importedAt
                  << '\t' << tsvField(b.importedBy) << '\t' << (b.undoneAt.isEmpty() ? QString() : Tr::tr("undone %1").arg(b.undoneAt))
                  << Qt::endl;
    }
    if (json)
        out() << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
    return Done;
}
} // namespace

int runImport(const Options &options, QStringList args)
{
    const QString what = args.isEmpty() ? QString() : args.takeFirst();
    if (what == u"clues"_s)
        return importRows(options, args, false);
    if (what == u"cases"_s)
        return importRows(options, args, true);
    if (what == u"undo"_s)
        return undoBatch(options, args);
    if (what == u"batches"_s)
        return listBatches(options, args);
    return importUsage();
}

} // namespace ecoclaim::cli
