#include "core/documents/pagination.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>
#include <QRegularExpression>

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

// 一、… / （一）… / 第一条… : a heading stays with the text it heads.
bool isHeading(const QTextBlock &block)
{
    static const QRegularExpression heading(QStringLiteral("^(第[一二三四五六七八九十]+条|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)"));
    return block.text().size() <= 28 && heading.match(block.text()).hasMatch();
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

// False when the block already starts a page (nothing to move).
bool breakBefore(const QTextBlock &block)
{
    if (block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
        return false;
    QTextCursor cursor(block);
    QTextBlockFormat format = block.blockFormat();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    cursor.setBlockFormat(format);
    return true;
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

// The heading right above `block` (一、…) goes down with it.
QTextBlock withHeading(QTextBlock block)
{
    QTextBlock previous = block.previous();
    while (previous.isValid() && isBlank(previous))
        previous = previous.previous();
    return previous.isValid() && !inTable(previous) && isHeading(previous) ? previous : block;
}

// Moves at least the last two lines of text before `start` to its page. False when nothing can move.
bool bringLeadLines(QTextBlock start)
{
    int wanted = 2;
    for (QTextBlock b = start.previous(); b.isValid(); b = b.previous()) {
        if (isBlank(b))
            continue;
        if (inTable(b) || !b.layout())
            return breakBefore(start); // the group follows a table: it goes down alone
        // 附件 lines (附件：1．…, and the U+3000-aligned 2．…) belong to the block; the lines wanted are text.
        if (b.text().startsWith(u"附件") || b.text().startsWith(QChar(0x3000))) {
            start = b;
            continue;
        }
        const int lines = b.layout()->lineCount();
        if (lines >= wanted + 2) { // the block keeps at least two lines where it was
            if (b.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore && lines > 30)
                return false;
            moveTail(b, wanted);
            return true;
        }
        wanted -= lines;
        if (wanted <= 0)
            return breakBefore(withHeading(b));
        start = b;
    }
    return breakBefore(start);
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
    // The lead: the 附件 lines and the last two lines of text before the block belong with it.
    int wanted = 2;
    for (QTextBlock b = start.previous(); b.isValid() && wanted > 0; b = b.previous()) {
        if (isBlank(b))
            continue;
        if (inTable(b) || !b.layout())
            break;
        const QList<int> pages = linePages(doc, b);
        const bool attachment = b.text().startsWith(u"附件") || b.text().startsWith(QChar(0x3000));
        for (qsizetype i = pages.size() - 1; i >= 0 && (attachment || wanted > 0); --i) {
            firstPage = firstPage < 0 ? pages.at(i) : qMin(firstPage, pages.at(i));
            lastPage = qMax(lastPage, pages.at(i));
            if (!attachment)
                --wanted;
        }
    }
    for (QTextBlock b = start; b.isValid(); b = b.next()) {
        if (b != start && b.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            break;
        for (int page : linePages(doc, b)) {
            if (isBlank(b))
                continue;
            firstPage = firstPage < 0 ? page : qMin(firstPage, page);
            lastPage = qMax(lastPage, page);
        }
    }
    if (firstPage < 0 || firstPage == lastPage)
        return false;
    // Longer than what one page takes from its break on: it cannot be kept whole (rows stay whole).
    return bringLeadLines(start);
}

bool fixWidowsAndOrphans(QTextDocument &doc)
{
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (isBlank(b) || inTable(b))
            continue;
        const QList<int> pages = linePages(doc, b);
        if (isHeading(b) && !pages.isEmpty()) {
            QTextBlock next = b.next();
            while (next.isValid() && isBlank(next))
                next = next.next();
            const QList<int> nextPages = next.isValid() ? linePages(doc, next) : QList<int>();
            if (!nextPages.isEmpty() && nextPages.first() > pages.last() && breakBefore(b))
                return true; // a heading alone at the foot of a page goes down with its text
        }
        if (pages.size() < 2 || pages.first() == pages.last())
            continue;
        const int onFirst = int(pages.count(pages.first()));
        const int onNext = int(pages.size()) - onFirst;
        // An orphan, or a short paragraph with a widow: the paragraph goes down whole (its heading too).
        if ((onFirst == 1 || (onNext == 1 && onFirst <= 2)) && breakBefore(withHeading(b)))
            return true;
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
// A paragraph running over a page end becomes two blocks there (the second flush, as a continued
// paragraph starts): each page then paints only its own lines — a block drawn on two pages leaves its
// clipped lines in the other page's text layer, where pdftotext and copying find them twice.
void splitAtPageEnds(QTextDocument &doc)
{
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (isBlank(b) || inTable(b))
            continue;
        const QList<int> pages = linePages(doc, b);
        if (pages.size() < 2 || pages.first() == pages.last())
            continue;
        const int onFirst = int(pages.count(pages.first()));
        QTextCursor cursor(b);
        cursor.setPosition(b.position() + b.layout()->lineAt(onFirst).textStart());
        QTextBlockFormat format = b.blockFormat();
        format.setTextIndent(0);
        format.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
        cursor.insertBlock(format);
    }
}
} // namespace

int keepTogether(QTextDocument &doc)
{
    int changes = 0;
    // Each pass fixes the first problem it meets and lets the layout settle; a paper needs a few.
    for (int pass = 0; pass < 12; ++pass) {
        QTextCursor edit(&doc);
        edit.beginEditBlock();
        const bool changed = fixWidowsAndOrphans(doc) || keepSignatureBlock(doc);
        edit.endEditBlock();
        if (!changed)
            break;
        // Qt lays out again only from the block changed: the blocks after a new page break keep stale
        // positions (measured: the text after a moved paragraph was painted nowhere) — all of it, then.
        doc.markContentsDirty(0, doc.characterCount());
        ++changes;
    }
    QTextCursor edit(&doc);
    edit.beginEditBlock();
    splitAtPageEnds(doc);
    edit.endEditBlock();
    doc.markContentsDirty(0, doc.characterCount());
    return changes;
}

} // namespace ecoclaim::documents
