#pragma once
// Importing a clue register from a spreadsheet (issue 13 part 6): the file read (CSV in UTF-8 with or
// without BOM or GB18030, or XLSX), its header row resolved to the fields of register_clue (columnmapping.h),
// each row turned into the register_clue command a caseworker would type, and all rows handed to
// CaseService::importBatch — the same commands and validation as typed input, one transaction, all or none,
// recorded as a batch that `import undo` takes back. The report names every refused row: its row, column,
// message and article. A file that cannot be read changes nothing and says why.

#include "core/import/columnmapping.h"
#include "core/import/sheettable.h"
#include "core/service/caseservice.h"

#include <QDate>
#include <QJsonObject>

namespace ecoclaim::importing {

struct ImportOptions
{
    ColumnMapping mapping;
    bool dryRun = false;
    QDate today = QDate::currentDate();
    QString actor;
    ReadLimits limits;
};

struct RowError
{
    int row = 0;         // the file's row (1 = header); 0: the file as a whole
    QString column;      // "C"; empty when the problem is the row's, not one cell's
    QString header;      // the column's header as written
    QString field;       // the command's field
    QString message;
    QString article;     // "第十三条" / "Art. 13"; empty when no rule is behind it
};

struct ImportReport
{
    QString kind = QStringLiteral("clues"); // "cases": a legacy case ledger (caseledger.h)
    QString file, encoding;
    int rows = 0;        // data rows read (blank rows left out)
    bool dryRun = false;
    bool applied = false;
    qint64 batchId = 0;
    QList<RowError> errors;
    QList<std::pair<int, QString>> cases; // row → case number (dry run: the number it would get)

    bool ok() const { return errors.isEmpty(); }
    QJsonObject toJson() const;
    QString toText() const; // one line per row error, then the outcome
};

// The bytes as a sheet: an XLSX when they are a ZIP, else CSV text.
domain::Result<SheetTable> readSpreadsheet(const QByteArray &bytes, const ReadLimits &limits = {});

// The rows of `sheet` as register_clue commands (row number → command), or the problems of its header.
domain::Result<QList<std::pair<int, QJsonObject>>> commandsFromSheet(const SheetTable &sheet, const ColumnMapping &mapping,
                                                                     ResolvedColumns *resolved = nullptr);

// The file's bytes, refused with a message when it cannot be read or passes the size limit.
domain::Result<QByteArray> readImportFile(const QString &path, const ReadLimits &limits);

ImportReport importClues(service::CaseService &service, const QByteArray &bytes, const QString &fileName,
                         const ImportOptions &options);
ImportReport importCluesFile(service::CaseService &service, const QString &path, const ImportOptions &options);

} // namespace ecoclaim::importing
