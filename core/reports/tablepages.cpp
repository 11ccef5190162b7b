#include "core/reports/tablepages.h"

#include "core/reports/pdfwriting.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPalette>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>
#include <QTextOption>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace ecoclaim::reports {

namespace {
// One cell's text laid out at its column's width, in the device's pixels.
struct Cell
{
    std::shared_ptr<QTextDocument> doc;
    qreal height = 0;
};

Cell layOut(const QString &text, const QFont &font, qreal width, QPaintDevice *device, bool bold = false)
{
    Cell c;
    c.doc = std::make_shared<QTextDocument>();
    c.doc->documentLayout()->setPaintDevice(device);
    QFont f = font;
    f.setBold(bold);
    c.doc->setDefaultFont(f);
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    c.doc->setDefaultTextOption(wrap);
    c.doc->setDocumentMargin(0);
    c.doc->setPlainText(text);
    c.doc->setTextWidth(width);
    c.height = c.doc->size().height();
    return c;
}
} // namespace

domain::Result<int> paintTablePages(QPagedPaintDevice &device, const PrintedTable &table)
{
    QPainter painter;
    if (!painter.begin(&device))
        return domain::Problem{{}, QCoreApplication::translate("ecoclaim::Reports", "The list could not be printed."), {}};
    const int dpi = device.logicalDpiY();
    const QRect page = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const qreal pad = dpi * 1.2 / 25.4; // 1.2 mm inside each cell
    const qreal footer = dpi * 8.0 / 25.4;
    const qreal bottom = page.height() - footer;
    QFont font(reportFontFamily());
    font.setPointSizeF(10.5); // 五号
    QFont titleFont = font;
    titleFont.setPointSizeF(16);
    titleFont.setBold(true);

    QList<qreal> x{0};
    for (int c = 0; c < table.headers.size(); ++c)
        x << x.last() + page.width() * table.widths.value(c, 1.0 / table.headers.size());

    auto layOutRow = [&](const QStringList &cells, bool bold) {
        QList<Cell> out;
        qreal h = 0;
        for (int c = 0; c < table.headers.size(); ++c) {
            out << layOut(cells.value(c), font, x.at(c + 1) - x.at(c) - 2 * pad, &device, bold);
            h = std::max(h, out.last().height);
        }
        return std::pair{std::move(out), h + 2 * pad};
    };
    auto paintRow = [&](const QList<Cell> &cells, qreal top, qreal height, bool shaded, QColor ink) {
        for (int c = 0; c < cells.size(); ++c) {
            const QRectF box(x.at(c), top, x.at(c + 1) - x.at(c), height);
            if (shaded)
                painter.fillRect(box, QColor(0xe8, 0xe8, 0xe8));
            painter.setPen(QPen(QColor(0x44, 0x44, 0x44), dpi / 150.0));
            painter.drawRect(box);
            painter.save();
            painter.translate(box.left() + pad, top + pad);
            QAbstractTextDocumentLayout::PaintContext context;
            context.palette.setColor(QPalette::Text, ink);
            context.clip = QRectF(0, 0, box.width() - 2 * pad, height - 2 * pad);
            cells.at(c).doc->documentLayout()->draw(&painter, context);
            painter.restore();
        }
    };

    const auto [header, headerHeight] = layOutRow(table.headers, true);
    int pageNo = 1;
    qreal y = 0;
    auto footerAndNewPage = [&](bool another) {
        painter.setFont(font);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, bottom, page.width(), footer), Qt::AlignCenter, u"— %1 —"_s.arg(pageNo));
        if (another) {
            device.newPage();
            ++pageNo;
            y = 0;
        }
    };
    auto startTable = [&] {
        paintRow(header, y, headerHeight, true, Qt::black);
        y += headerHeight;
    };

    // The title and the line under it, on the first page only.
    const Cell title = layOut(table.title, titleFont, page.width(), &device);
    title.doc->setDefaultTextOption(QTextOption(Qt::AlignHCenter));
    title.doc->setTextWidth(page.width());
    painter.save();
    title.doc->drawContents(&painter);
    painter.restore();
    y += title.height + pad;
    if (!table.subtitle.isEmpty()) {
        const Cell sub = layOut(table.subtitle, font, page.width(), &device);
        painter.save();
        painter.translate(0, y);
        sub.doc->drawContents(&painter);
        painter.restore();
        y += sub.height + 2 * pad;
    }
    startTable();
    for (int r = 0; r < table.rows.size(); ++r) {
        const auto [cells, height] = layOutRow(table.rows.at(r), false);
        // Kept whole: a row that does not fit below starts the next page, under the header again
        // (a row taller than a whole page is the only one cut).
        if (y + height > bottom && y > headerHeight + 1) {
            footerAndNewPage(true);
            startTable();
        }
        paintRow(cells, y, height, false, table.highlighted.contains(r) ? QColor(0xb0, 0, 0) : QColor(Qt::black));
        y += height;
    }
    footerAndNewPage(false);
    if (!painter.end())
        return domain::Problem{{}, QCoreApplication::translate("ecoclaim::Reports", "The list could not be printed."), {}};
    return pageNo;
}

} // namespace ecoclaim::reports
