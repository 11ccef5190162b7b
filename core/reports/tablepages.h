#pragma once
// A printed list on pages (issue 16 part 3): a title, then a table whose header row is repeated at the
// top of every page and whose rows are kept whole — a row that does not fit on what is left of a page
// starts the next one — and a page number "— N —" at the foot. Painted on any paged device: a PDF
// (QPdfWriter, for files and tests) or the printer the print dialog chose (QPrinter), so what is
// printed is what the PDF shows. (QTextDocument's own pagination cuts a table row at the page edge and
// does not repeat a header the HTML import did not mark, which is why the lists are laid out here.)

#include "core/domain/result.h"

#include <QStringList>

class QPagedPaintDevice;

namespace ecoclaim::reports {

struct PrintedTable
{
    QString title;
    QString subtitle;          // one line under the title (filters, count)
    QStringList headers;
    QList<qreal> widths;       // fractions of the page width, one per column
    QList<QStringList> rows;
    QList<int> highlighted;    // rows printed in red (overdue)
};

// Paints `table` on `device` (its page layout as set by the caller); returns the number of pages.
domain::Result<int> paintTablePages(QPagedPaintDevice &device, const PrintedTable &table);

} // namespace ecoclaim::reports
