#pragma once
// Writing an XLSX workbook with libxlsxwriter (Debian's 1.1.4 — its API, not today's upstream docs):
// always in constant_memory mode, so a sheet of 100,000 rows takes the memory of one row (rows are
// written to a temporary file in order and freed; cells are inline strings). Rows must therefore be
// written top to bottom, one sheet after the other. Text cells are strings, never formulas: a cell
// "=1+1" stays text in XLSX (CSV needs neutralising, XLSX does not).
//
// Writes to a temporary name beside the target and renames it on close(): a failed export never
// leaves half a workbook under the caseworker's file name.

#include "core/domain/result.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace ecoclaim::reports {

class XlsxBook
{
public:
    enum class Cell { Text, Number, Yuan, Date }; // Yuan: a fen amount shown as 元 with two decimals

    XlsxBook();
    ~XlsxBook();
    Q_DISABLE_COPY_MOVE(XlsxBook)

    domain::Status open(const QString &path);
    // A new sheet (name cut to Excel's 31 characters and cleared of []:*?/\), its header row in bold and
    // column widths in characters.
    domain::Status addSheet(const QString &name, const QStringList &headers, const QList<double> &widths = {});
    // One row of the current sheet; `kinds` per column (missing: Text). Numbers from qint64/double,
    // dates from QDate.
    domain::Status addRow(const QVariantList &cells, const QList<Cell> &kinds = {});
    // A line of text in the first column (a title or a note), in bold when asked.
    domain::Status addText(const QString &text, bool bold = false);
    domain::Status close();

    int rowsWritten() const { return m_row; }

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    int m_row = 0;
};

} // namespace ecoclaim::reports
