// Reading a legacy case ledger and running its rows as one import batch (caseledger.h); the columns are in
// caseledgercolumns.cpp, a row's commands in caseledgersteps.cpp.
#include "core/import/caseledger.h"
#include "core/import/caseledger_p.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ecoclaim::importing {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Import)
};
} // namespace

QString caseLedgerCommand() { return u"case_ledger"_s; }

ImportReport importCases(service::CaseService &service, const QByteArray &bytes, const QString &fileName,
                         const ImportOptions &options)
{
    ImportReport report;
    report.kind = u"cases"_s;
    report.file = fileName;
    report.dryRun = options.dryRun;
    auto fileProblem = [&](const QString &message) { report.errors << RowError{0, {}, {}, {}, message, {}}; return report; };
    if (options.mapping.command != caseLedgerCommand())
        return fileProblem(Tr::tr("The mapping is for a clue register (%1), not a case ledger: its \"command\" must be \"%2\".")
                               .arg(options.mapping.command, caseLedgerCommand()));
    auto sheet = readSpreadsheet(bytes, options.limits);
    if (!sheet) {
        for (const domain::Problem &p : sheet.problems().list())
            fileProblem(p.message);
        return report;
    }
    report.encoding = sheet->encoding;
    if (sheet->rows.isEmpty())
        return fileProblem(Tr::tr("The file is empty: the first row must name the columns."));
    auto resolved = resolveColumns(sheet->rows.first(), options.mapping);
    if (!resolved) {
        for (const domain::Problem &p : resolved.problems().list())
            fileProblem(p.message);
        return report;
    }
    const ResolvedColumns &columns = resolved.value();
    auto errorAt = [&](int row, const QString &key, const QString &message, const QString &article) {
        const int c = key.isEmpty() ? -1 : columns.columnOf(key);
        report.errors << RowError{row, c >= 0 ? columnName(c) : QString(), c >= 0 ? columns.headers.value(c) : QString(), key,
                                  message, article};
    };

    service::ImportBatchRequest request;
    request.kind = u"cases"_s;
    request.sourceName = QFileInfo(fileName).fileName();
    request.sourceSha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    request.encoding = sheet->encoding;
    bool refusedBeforeCommands = false;
    for (qsizetype i = 1; i < sheet->rows.size(); ++i) {
        const QStringList &cells = sheet->rows.at(i);
        QMap<QString, QString> values = columns.defaults;
        bool blank = true;
        for (int c = 0; c < cells.size(); ++c) {
            const QString value = cells.at(c).trimmed();
            if (value.isEmpty())
                continue;
            blank = false;
            if (c >= columns.fieldOfColumn.size()) {
                errorAt(int(i + 1), {}, Tr::tr("Column %1 holds \"%2\" but the column has no header.").arg(columnName(c), value.left(40)), {});
                refusedBeforeCommands = true;
                continue;
            }
            if (!columns.fieldOfColumn.at(c).isEmpty())
                values.insert(columns.fieldOfColumn.at(c), value);
        }
        if (blank)
            continue;
        ++report.rows;
        const detail::LedgerRow row = detail::ledgerRow(values);
        for (const detail::RowProblem &p : row.problems)
            errorAt(int(i + 1), p.column, p.message, p.article);
        if (!row.problems.isEmpty()) {
            refusedBeforeCommands = true;
            continue;
        }
        request.rows << std::pair{int(i + 1), row.commands.first()};
        request.following.insert(int(i + 1), row.commands.mid(1));
    }
    if (report.rows == 0)
        return fileProblem(Tr::tr("The file holds no rows to import."));
    // A row refused before its commands: the others are still run to report their problems, then undone.
    request.dryRun = options.dryRun || refusedBeforeCommands;
    if (!request.rows.isEmpty()) {
        auto outcome = service.importBatch(request, options.actor, options.today);
        if (!outcome) {
            for (const domain::Problem &p : outcome.problems().list())
                fileProblem(p.message);
            return report;
        }
        for (const service::ImportRowOutcome &r : outcome->rows) {
            if (r.problems.isEmpty()) {
                report.cases << std::pair{r.row, r.caseNumber};
                continue;
            }
            for (const domain::Problem &p : r.problems.list())
                errorAt(r.row, detail::columnOfProblem(r.refusedCommand, p), p.message, p.article.isNull() ? QString() : p.article.toString());
        }
        report.applied = outcome->applied;
        report.batchId = outcome->batchId;
    }
    std::stable_sort(report.errors.begin(), report.errors.end(), [](const RowError &a, const RowError &b) { return a.row < b.row; });
    if (!report.errors.isEmpty())
        report.cases.clear(); // none of them was kept
    return report;
}

ImportReport importCasesFile(service::CaseService &service, const QString &path, const ImportOptions &options)
{
    auto bytes = readImportFile(path, options.limits);
    if (!bytes) {
        ImportReport report;
        report.kind = u"cases"_s;
        report.file = path;
        report.dryRun = options.dryRun;
        report.errors << RowError{0, {}, {}, {}, bytes.problems().list().first().message, {}};
        return report;
    }
    return importCases(service, bytes.value(), path, options);
}

} // namespace ecoclaim::importing
