#include "core/import/clueimport.h"

#include "core/domain/lifecycle.h"
#include "core/import/csvreader.h"
#include "core/import/xlsxreader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ecoclaim::importing {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Import)
};

// A date as ledgers write it (2025/3/4, 2025.3.4, 2025-3-4, 2025年3月4日) in the command's form
// YYYY-MM-DD; anything else is handed on as written, for the command to say what is wrong with it.
QString isoDateText(const QString &cell)
{
    static const QRegularExpression form(u"^\\s*(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?\\s*$"_s);
    const auto m = form.match(cell);
    if (!m.hasMatch())
        return cell;
    return u"%1-%2-%3"_s.arg(m.captured(1)).arg(m.captured(2).toInt(), 2, 10, QChar(u'0')).arg(m.captured(3).toInt(), 2, 10, QChar(u'0'));
}

RowError fileError(const domain::Problem &p)
{
    return RowError{0, {}, {}, p.field == u"file" || p.field == u"mapping" ? QString() : p.field, p.message,
                    p.article.isNull() ? QString() : p.article.toString()};
}
} // namespace

domain::Result<SheetTable> readSpreadsheet(const QByteArray &bytes, const ReadLimits &limits)
{
    if (bytes.isEmpty())
        return domain::Problem{u"file"_s, Tr::tr("The file is empty."), {}};
    return looksLikeZip(bytes) ? readXlsx(bytes, limits) : readCsv(bytes, limits);
}

domain::Result<QList<std::pair<int, QJsonObject>>> commandsFromSheet(const SheetTable &sheet, const ColumnMapping &mapping,
                                                                     ResolvedColumns *resolvedOut)
{
    if (sheet.rows.isEmpty())
        return domain::Problem{u"file"_s, Tr::tr("The file is empty: the first row must name the columns."), {}};
    auto resolved = resolveColumns(sheet.rows.first(), mapping);
    if (!resolved)
        return resolved.problems();
    const domain::CommandSpec *spec = domain::findCommand(mapping.command);
    QList<std::pair<int, QJsonObject>> out;
    domain::Problems problems;
    for (qsizetype i = 1; i < sheet.rows.size(); ++i) {
        const QStringList &cells = sheet.rows.at(i);
        bool blank = true;
        for (const QString &c : cells)
            blank = blank && c.trimmed().isEmpty();
        if (blank)
            continue;
        QJsonObject command{{u"cmd"_s, mapping.command}};
        for (auto it = resolved->defaults.begin(); it != resolved->defaults.end(); ++it)
            command.insert(it.key(), it.value());
        for (int c = 0; c < cells.size(); ++c) {
            const QString value = cells.at(c).trimmed();
            if (value.isEmpty())
                continue;
            if (c >= resolved->fieldOfColumn.size()) {
                problems.add(u"file"_s, Tr::tr("Row %1, column %2 holds \"%3\" but the column has no header.")
                                            .arg(i + 1).arg(columnName(c), value.left(40)));
                continue;
            }
            const QString &field = resolved->fieldOfColumn.at(c);
            if (field.isEmpty())
                continue;
            const domain::FieldSpec *f = spec->field(field);
            command.insert(field, f && f->type == domain::FieldType::Date ? isoDateText(value) : value);
        }
        out << std::pair{int(i + 1), command};
    }
    if (!problems.isEmpty())
        return problems;
    if (resolvedOut)
        *resolvedOut = resolved.value();
    return out;
}

ImportReport importClues(service::CaseService &service, const QByteArray &bytes, const QString &fileName,
                         const ImportOptions &options)
{
    ImportReport report;
    report.file = fileName;
    report.dryRun = options.dryRun;
    auto sheet = readSpreadsheet(bytes, options.limits);
    if (!sheet) {
        for (const domain::Problem &p : sheet.problems().list())
            report.errors << fileError(p);
        return report;
    }
    report.encoding = sheet->encoding;
    ResolvedColumns columns;
    auto commands = commandsFromSheet(sheet.value(), options.mapping, &columns);
    if (!commands) {
        for (const domain::Problem &p : commands.problems().list())
            report.errors << fileError(p);
        return report;
    }
    report.rows = int(commands->size());
    service::ImportBatchRequest request;
    request.kind = u"clues"_s;
    request.sourceName = QFileInfo(fileName).fileName();
    request.sourceSha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    request.encoding = sheet->encoding;
    request.rows = commands.value();
    request.dryRun = options.dryRun;
    auto outcome = service.importBatch(request, options.actor, options.today);
    if (!outcome) {
        for (const domain::Problem &p : outcome.problems().list())
            report.errors << fileError(p);
        return report;
    }
    for (const service::ImportRowOutcome &r : outcome->rows) {
        if (r.problems.isEmpty()) {
            report.cases << std::pair{r.row, r.caseNumber};
            continue;
        }
        for (const domain::Problem &p : r.problems.list()) {
            const int column = p.field.isEmpty() ? -1 : columns.columnOf(p.field);
            report.errors << RowError{r.row, column >= 0 ? columnName(column) : QString(),
                                      column >= 0 ? columns.headers.value(column) : QString(), p.field, p.message,
                                      p.article.isNull() ? QString() : p.article.toString()};
        }
    }
    if (!report.errors.isEmpty())
        report.cases.clear(); // none of them was kept
    report.applied = outcome->applied;
    report.batchId = outcome->batchId;
    return report;
}

domain::Result<QByteArray> readImportFile(const QString &path, const ReadLimits &limits)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return domain::Problem{u"file"_s, Tr::tr("Cannot read %1: %2").arg(path, f.errorString()), {}};
    if (f.size() > limits.fileBytes)
        return domain::Problem{u"file"_s, Tr::tr("The file has %1 bytes; at most %2 are imported at once.").arg(f.size()).arg(limits.fileBytes), {}};
    return f.readAll();
}

ImportReport importCluesFile(service::CaseService &service, const QString &path, const ImportOptions &options)
{
    auto bytes = readImportFile(path, options.limits);
    if (!bytes) {
        ImportReport report;
        report.file = path;
        report.dryRun = options.dryRun;
        report.errors << RowError{0, {}, {}, {}, bytes.problems().list().first().message, {}};
        return report;
    }
    return importClues(service, bytes.value(), path, options);
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray errorsJson, casesJson;
    for (const RowError &e : errors)
        errorsJson << QJsonObject{{u"row"_s, e.row}, {u"column"_s, e.column}, {u"header"_s, e.header}, {u"field"_s, e.field},
                                  {u"message"_s, e.message}, {u"article"_s, e.article}};
    for (const auto &[row, number] : cases)
        casesJson << QJsonObject{{u"row"_s, row}, {u"case"_s, number}};
    return QJsonObject{{u"kind"_s, kind}, {u"file"_s, file}, {u"encoding"_s, encoding}, {u"rows"_s, rows}, {u"dry_run"_s, dryRun},
                       {u"applied"_s, applied}, {u"batch"_s, batchId}, {u"errors"_s, errorsJson}, {u"cases"_s, casesJson}};
}

QString ImportReport::toText() const
{
    QStringList lines;
    if (!encoding.isEmpty())
        lines << Tr::tr("%1: read as %2, %3 rows.").arg(file, encoding).arg(rows);
    for (const RowError &e : errors) {
        QString where = e.row == 0 ? Tr::tr("file") : Tr::tr("row %1").arg(e.row);
        if (!e.column.isEmpty())
            where += Tr::tr(", column %1 (%2)").arg(e.column, e.header);
        lines << (e.article.isEmpty() ? u"%1: %2"_s.arg(where, e.message) : u"%1: %2 [%3]"_s.arg(where, e.message, e.article));
    }
    QSet<int> refusedRows;
    for (const RowError &e : errors)
        if (e.row > 0)
            refusedRows.insert(e.row);
    if (!errors.isEmpty() && refusedRows.isEmpty())
        lines << Tr::tr("Nothing was imported.");
    else if (!errors.isEmpty())
        lines << Tr::tr("Nothing was imported: %n row(s) refused.", nullptr, int(refusedRows.size()));
    else if (dryRun)
        lines << Tr::tr("Dry run: all %1 rows would be imported (nothing was changed).").arg(rows);
    else if (applied && kind == u"cases")
        lines << Tr::tr("Imported %1 cases as batch %2 (undo: ecoclaim-cli import undo %2).").arg(cases.size()).arg(batchId);
    else if (applied)
        lines << Tr::tr("Imported %1 clues as batch %2 (undo: ecoclaim-cli import undo %2).").arg(cases.size()).arg(batchId);
    if (errors.isEmpty())
        for (const auto &[row, number] : cases)
            lines << Tr::tr("row %1 → %2").arg(row).arg(number);
    return lines.join(u'\n');
}

} // namespace ecoclaim::importing
