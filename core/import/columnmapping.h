#pragma once
// Which column of a spreadsheet fills which field of the import's command (register_clue), and values for
// fields the file has no column for. A file whose header row uses the command's field names (title,
// district, unit, channel, received_on, …), their English labels or their Chinese labels — the labels the
// window shows — needs no mapping; any other header is named in a mapping, a small JSON file that can be
// saved and used again:
//
//   {"format": "ecoclaim-import-mapping", "version": 1, "command": "register_clue",
//    "columns": {"线索名称": "title", "序号": ""},          (""  : the column is left out)
//    "defaults": {"unit": "district_eco_bureau"}}          (for every row whose cell is empty or absent)
//
// A legacy case ledger's mapping says "command": "case_ledger"; its fields are the ledger's columns
// (caseledger.h, docs/reports.md).
//
// A header the mapping does not name and that is no field's name or label is refused with the column
// named: a column is never dropped silently.

#include "core/domain/result.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace ecoclaim::importing {

struct ColumnMapping
{
    QString command = QStringLiteral("register_clue");
    QMap<QString, QString> columns;  // header text → field key ("" leaves the column out)
    QMap<QString, QString> defaults; // field key → value

    // `command`: what a mapping without "command" is for ("register_clue", or "case_ledger": caseledger.h).
    static domain::Result<ColumnMapping> fromJson(const QByteArray &json, const QString &command = QStringLiteral("register_clue"));
    static domain::Result<ColumnMapping> load(const QString &path, const QString &command = QStringLiteral("register_clue"));
    QJsonObject toJson() const;
    domain::Status save(const QString &path) const;
};

// The header row resolved: for each column the field it fills (empty: left out).
struct ResolvedColumns
{
    QStringList fieldOfColumn;  // by column index
    QStringList headers;        // the header row as read
    QMap<QString, QString> defaults;
    int columnOf(const QString &field) const { return int(fieldOfColumn.indexOf(field)); }
};

// Resolves `header` against the command's fields with `mapping` first; every column that cannot be placed,
// or two columns for one field, is a problem naming the column.
domain::Result<ResolvedColumns> resolveColumns(const QStringList &header, const ColumnMapping &mapping);

// Every name a header may use for each field of `command`: its key, its English label and its label in the
// window's languages (Simplified Chinese read from the program's own translation). Lower-cased.
QMap<QString, QString> headerNames(const QString &command);

} // namespace ecoclaim::importing
