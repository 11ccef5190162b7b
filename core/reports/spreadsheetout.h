#pragma once
// A list written as a spreadsheet, row by row as it is read: XLSX (xlsxbook.h, constant memory), CSV
// (UTF-8 with a BOM so Excel and WPS read the Chinese, CRLF lines), or both at once. CSV text cells
// that a spreadsheet would run as a formula — starting with = + - @, a tab or a carriage return — get a
// leading apostrophe (CSV injection); numbers and dates are written as they are. Nothing is kept in
// memory but the current row, so 100,000 cases cost what one row costs.
//
// Each file is written under a temporary name and renamed when closed: a failed export leaves no
// half-written file under the caseworker's name.

#include "core/reports/xlsxbook.h"

#include <QSaveFile>
#include <QTextStream>

namespace ecoclaim::reports {

// The text of one CSV cell: neutralised, quoted when it holds , " CR or LF.
QString csvText(QString text);

class SpreadsheetOut
{
public:
    using Cell = XlsxBook::Cell;

    // Either path may be empty (not written); both empty is refused.
    domain::Status open(const QString &xlsxPath, const QString &csvPath, const QString &sheetName, const QStringList &headers,
                        const QList<Cell> &kinds, const QList<double> &widths = {});
    domain::Status addRow(const QVariantList &cells);
    domain::Status close();
    qint64 rows() const { return m_rows; }

private:
    std::unique_ptr<XlsxBook> m_xlsx;
    std::unique_ptr<QSaveFile> m_csvFile;
    std::unique_ptr<QTextStream> m_csv;
    QList<Cell> m_kinds;
    QString m_csvPath;
    qint64 m_rows = 0;
};

} // namespace ecoclaim::reports
