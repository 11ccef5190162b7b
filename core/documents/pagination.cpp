#include "core/documents/pagination.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

namespace ecoclaim::documents {

namespace {
struct LineSpot
{
    QTextBlock block;
    int line = 0;
    int page = 0;
};

int pageOf(const QTextDocument &doc, double y)
{
    // (+1: a line after a page break starts exactly on the page edge)
    return int((y + 1) / doc.pageSize().height());
}

// The page of each line of a block (document coordinates).
QList<int> linePages(const QTextDocument &doc, const QTextBlock &block)
{
    QList<int> pages;
    const QTextLayout *layout = block.layout();
    if (!layout)
        return pages;
    const QRectF rect = doc.documentLayout()->blockBoundingRect(block);
    for (int i = 0; i < layout->lineCount(); ++i)
        pages << pageOf(doc, rect.top() + layout->lineAt(i).y());
    return pages;
}

bool isBlank(const QTextBlock &block)
{
    const QString text = block.text().trimmed();
    return text.isEmpty() || text == QString(QChar(0x00A0));
}

bool inTable(const QTextBlock &block)
{
    return QTextCursor(block).currentTable() != nullptr;
}

bool hasAnchor(const QTextBlock &block, const QString &name)
{
    for (auto it = block.begin(); !it.atEnd(); ++it)
        if (it.fragment().charFormat().anchorNames().contains(name))
            return true;
    return false;
}

void breakBefore(const QTextBlock &block)
{
    QTextCursor cursor(block);
    QTextBlockFormat format = block.blockFormat();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    cursor.setBlockFormat(format);
}

// Moves the last `lines` lines of `block` to the next page: the block is split before them and the part
// moved starts flush, with a page break before it.
void moveTail(const QTextBlock &block, int lines)
{
    const QTextLayout *layout = block.layout();
    const int first = layout->lineCount() - lines;
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + layout->lineAt(first).textStart());
    QTextBlockFormat format = block.blockFormat();
    format.setTextIndent(0);
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    cursor.insertBlock(format);
}

// Moves at least the last two lines of text before `start` to its page.
void bringLeadLines(QTextBlock start)
{
    int wanted = 2;
    for (QTextBlock b = start.previous(); b.isValid(); b = b.previous()) {
        if (isBlank(b))
            continue;
        if (inTable(b) || !b.layout()) {
            breakBefore(start); // the group follows a table: it goes down alone
            return;
        }
        const int lines = b.layout()->lineCount();
        if (lines >= wanted + 2) { // the block keeps at least two lines where it was
            moveTail(b, wanted);
            return;
        }
        wanted -= lines;
        if (wanted <= 0) {
            breakBefore(b);
            return;
        }
        start = b;
    }
    breakBefore(start);
}

// One rule applied once; true when the document changed.
bool keepSignatureBlock(QTextDocument &doc)
{
    QTextBlock start;
    for (QTextBlock b = doc.begin(); b.isValid() && !start.isValid(); b = b.next())
        if (hasAnchor(b, QStringLiteral("keep")))
            start = b;
    if (!start.isValid())
        return false;
    int firstPage = -1, lastPage = -1;
    for (QTextBlock b = start; b.isValid(); b = b.next()) {
        if (b != start && b.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            break;
        for (int page : linePages(doc, b)) {
            if (isBlank(b))
                continue;
            firstPage = firstPage < 0 ? page : firstPage;
            lastPage = page;
        }
    }
    if (firstPage < 0 || firstPage == lastPage)
        return false;
    bringLeadLines(start);
    return true;
}

bool fixWidowsAndOrphans(QTextDocument &doc)
{
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (isBlank(b) || inTable(b))
            continue;
        const QList<int> pages = linePages(doc, b);
        if (pages.size() < 2 || pages.first() == pages.last())
            continue;
        const int onFirst = int(pages.count(pages.first()));
        const int onNext = int(pages.size()) - onFirst;
        if (onFirst == 1 || (onNext == 1 && onFirst <= 2)) {
            breakBefore(b); // an orphan, or a short paragraph with a widow: the paragraph goes down whole
            return true;
        }
        if (onNext == 1) {
            moveTail(b, 2); // a widow: a second line goes down with it
            return true;
        }
    }
    return false;
}

bool keepTableRows(QTextDocument &doc)
{
    for (QTextFrame *frame : doc.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        for (int r = 0; r < table->rows(); ++r) {
            int first = -1, last = -1;
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                for (QTextFrame::iterator it = cell.begin(); !it.atEnd(); ++it)
                    for (int page : linePages(doc, it.currentBlock())) {
                        first = first < 0 ? page : qMin(first, page);
                        last = qMax(last, page);
                    }
            }
            if (first >= 0 && first != last) {
                // Qt 6.4 sets no break inside a table: the row's first block goes to the next page.
                breakBefore(table->cellAt(r, 0).firstCursorPosition().block());
                return true;
            }
        }
    }
    return false;
}
} // namespace

int keepTogether(QTextDocument &doc)
{
    int changes = 0;
    // Each pass fixes the first problem it meets and lets the layout settle; a paper needs a few.
    for (int pass = 0; pass < 12; ++pass) {
        QTextCursor edit(&doc);
        edit.beginEditBlock();
        const bool changed = keepTableRows(doc) || fixWidowsAndOrphans(doc) || keepSignatureBlock(doc);
        edit.endEditBlock();
        if (!changed)
            break;
        ++changes;
    }
    return changes;
}

} // namespace ecoclaim::documents
