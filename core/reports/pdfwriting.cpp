#include "core/reports/pdfwriting.h"

#include "core/domain/outputfile.h"

#include <QCoreApplication>
#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace ecoclaim::reports {

QString reportFontFamily()
{
    const QStringList families = QFontDatabase::families();
    for (const QString &candidate : {u"Droid Sans Fallback"_s, u"Noto Serif CJK SC"_s, u"AR PL UMing CN"_s})
        if (families.contains(candidate))
            return candidate;
    return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
}

domain::Status writeHtmlPdf(const QString &html, const QString &path, const QString &title, bool landscape)
{
    // Say why before QPdfWriter fails without a reason (issue 16: a failed export says why).
    if (auto writable = domain::checkOutputFile(path); !writable)
        return writable.problems();
    QPdfWriter writer(path);
    writer.setTitle(title);
    writer.setCreator(u"EcoClaim"_s);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                     QMarginsF(20, 20, 20, 25), QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&writer))
        return domain::Problem{{}, QCoreApplication::translate("ecoclaim::Reports", "The PDF file %1 could not be written.").arg(path), {}};

    // Sizes in points work at any resolution once the document's page size is the writer's page in
    // device pixels and the default font is set in points.
    const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
    QTextDocument doc;
    QFont font(reportFontFamily());
    font.setPointSizeF(10.5); // 五号
    doc.setDefaultFont(font);
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setHtml(html);
    const int footer = writer.resolution() * 8 / 25; // ~8 mm for the page number
    doc.setPageSize(QSizeF(page.width(), page.height() - footer));

    const int pages = doc.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -i * (page.height() - footer));
        const QRectF clip(0, i * (page.height() - footer), page.width(), page.height() - footer);
        doc.drawContents(&painter, clip);
        painter.restore();
        QFont numberFont = font;
        numberFont.setPointSizeF(10.5);
        painter.setFont(numberFont);
        painter.drawText(QRect(0, page.height() - footer, page.width(), footer), Qt::AlignCenter,
                         u"— %1 —"_s.arg(i + 1));
    }
    if (!painter.end())
        return domain::Problem{{}, QCoreApplication::translate("ecoclaim::Reports", "The PDF file %1 could not be finished.").arg(path), {}};
    return domain::success();
}

} // namespace ecoclaim::reports
