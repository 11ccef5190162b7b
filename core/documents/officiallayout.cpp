#include "core/documents/officiallayout.h"

#include "core/documents/odtfinish.h"
#include "core/documents/pagination.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextLayout>
#include <QTextCursor>
#include <QTextTable>
#include <QTextDocument>
#include <QTextDocumentWriter>

using namespace Qt::StringLiterals;

namespace ecoclaim::documents {

namespace {
// Translations of this file live in the context ecoclaim::Papers (lupdate reads the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Papers)
};

// GB/T 9704-2012 in millimetres and points.
constexpr double marginTop = 37, marginBottom = 35, marginLeft = 28, marginRight = 26;
constexpr double typeAreaWidth = 210 - marginLeft - marginRight;  // 156 mm
constexpr double typeAreaHeight = 297 - marginTop - marginBottom; // 225 mm
constexpr double bodyPoints = 16;  // 3号
constexpr double titlePoints = 22; // 2号
constexpr double pageNumberPoints = 14; // 4号
constexpr double linePitchPoints = typeAreaHeight / 25.4 * 72 / 22; // 22 lines: ≈ 29.0 pt

QString firstInstalled(std::initializer_list<QString> candidates, const QString &fallback)
{
    const QStringList families = QFontDatabase::families();
    for (const QString &c : candidates)
        if (families.contains(c))
            return c;
    return fallback;
}

double pixels(double points, int resolution)
{
    return points * resolution / 72.0;
}

double mmPixels(double mm, int resolution)
{
    return mm * resolution / 25.4;
}

// The stylesheet every paper is set with; a template's own <style> comes after it and wins.
QString styleSheet(const PaperFonts &fonts)
{
    return uR"(body { font-family: '%1'; font-size: 16pt; }
p { margin-top: 0; margin-bottom: 0; text-indent: 42px; }
p.title { font-family: '%2'; font-size: 22pt; font-weight: bold; text-align: center; text-indent: 0px; margin-bottom: 39px; }
p.docno { text-align: center; text-indent: 0px; }
p.right, p.docno-right { text-align: right; text-indent: 0px; }
p.addressee, p.flush { text-indent: 0px; }
p.center { text-align: center; text-indent: 0px; }
p.h1 { font-family: '%3'; }
p.h2 { font-family: '%4'; }
p.attachment { text-indent: 42px; }
p.note { font-size: 14pt; text-indent: 0px; }
p.gap { text-indent: 0px; }
td, th { font-size: 14pt; }
td.small, th.small { font-size: 12pt; }
th { font-family: '%3'; font-weight: normal; }
td.sign { font-size: 16pt; }
span.upper { font-family: '%1'; }
span.pending { color: #b00000; }
)"_s.arg(fonts.body, fonts.title, fonts.heading, fonts.kai);
}
// Every line outside tables at least `points` high (block line heights are in 96-dpi pixels; the
// layout scales them to the device). Table rows keep their natural height, or a short form spans pages.
bool isBlankLine(const QTextBlock &block)
{
    const QString text = block.text();
    return text.isEmpty() || text == QString(QChar(0x00A0));
}

// Blank lines (空一行) take `blankFactor` of the pitch.
void applyLineGrid(QTextDocument &doc, double points, double blankFactor)
{
    // One edit block: the layout runs once at the end, not once per paragraph changed (measured:
    // per-paragraph relayout doubled the time of a four-page notice).
    QTextCursor edit(&doc);
    edit.beginEditBlock();
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        QTextCursor cursor(block);
        if (cursor.currentTable())
            continue;
        QTextBlockFormat format = block.blockFormat();
        const bool blank = isBlankLine(block);
        format.setLineHeight(points * 96.0 / 72.0 * (blank ? blankFactor : 1.0),
                             blank && blankFactor < 1 ? QTextBlockFormat::FixedHeight : QTextBlockFormat::MinimumHeight);
        cursor.setBlockFormat(format);
    }
    edit.endEditBlock();
}

} // namespace

PaperFonts paperFonts()
{
    // Looked up once: QFontDatabase::families() costs milliseconds and the installed fonts do not
    // change while the program runs.
    static const PaperFonts chosen = choosePaperFonts();
    return chosen;
}

PaperFonts choosePaperFonts()
{
    const QString serif = firstInstalled({u"AR PL UMing CN"_s, u"AR PL UMing TW"_s}, u"Droid Sans Fallback"_s);
    PaperFonts f;
    f.body = firstInstalled({u"FangSong"_s, u"仿宋"_s, u"FangSong_GB2312"_s, u"仿宋_GB2312"_s, u"FZFangSong-Z02S"_s}, serif);
    f.title = firstInstalled({u"FZXiaoBiaoSong-B05S"_s, u"方正小标宋简体"_s, u"FZXiaoBiaoSong-B05"_s}, serif);
    f.heading = firstInstalled({u"SimHei"_s, u"黑体"_s}, u"Droid Sans Fallback"_s);
    f.kai = firstInstalled({u"KaiTi"_s, u"楷体"_s, u"KaiTi_GB2312"_s, u"楷体_GB2312"_s, u"AR PL UKai CN"_s}, f.body);
    return f;
}

void applyOfficialPage(QPagedPaintDevice &device)
{
    // Full-page mode: the painting places the type area itself, so the page number can sit in the
    // bottom margin where GB/T 9704 puts it.
    QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(), QPageLayout::Millimeter);
    layout.setMode(QPageLayout::FullPageMode);
    device.setPageLayout(layout);
}

std::unique_ptr<QTextDocument> paperDocument(const QString &html, QPagedPaintDevice *device, const QList<PaperDrawing> &drawings)
{
    auto doc = std::make_unique<QTextDocument>();
    const PaperFonts fonts = paperFonts();
    QFont font(fonts.body);
    font.setPointSizeF(bodyPoints);
    doc->setDefaultFont(font);
    doc->setDefaultStyleSheet(styleSheet(fonts));
    doc->setDocumentMargin(0);
    if (device)
        doc->documentLayout()->setPaintDevice(device);
    // Qt's HTML reader collapses U+3000 (ideographic space) like any white space, which loses the 附件
    // alignment and the blanks of "　　　　年　　月　　日": it goes in as a private-use stand-in and is
    // put back once the text is in the document.
    constexpr char16_t standIn = 0xE000; // private use
    QString protectedHtml = html;
    protectedHtml.replace(QChar(0x3000), QChar(standIn));
    doc->setHtml(protectedHtml);
    if (protectedHtml.contains(QChar(standIn))) {
        QTextCursor edit(doc.get());
        edit.beginEditBlock();
        for (QTextCursor found = doc->find(QString(QChar(standIn))); !found.isNull();
             found = doc->find(QString(QChar(standIn)), found))
            found.insertText(QString(QChar(0x3000)));
        edit.endEditBlock();
    }
    placeDrawings(*doc, drawings, device ? device->logicalDpiY() : 96.0);
    if (device) {
        const int dpi = device->logicalDpiY();
        // Every format change below in one edit block, and the page size set last: the document is
        // laid out once, not once per paragraph changed (measured: 95 → 38 ms for the 4-page notice).
        QTextCursor edit(doc.get());
        edit.beginEditBlock();
        // 28 characters to the line: the character pitch of the grid divided by the advance the body
        // font really has on this device (measured: AR PL UMing advances ~7 % more than its size).
        QFontMetricsF metrics(font, device);
        const double advance = metrics.horizontalAdvance(QChar(u'国'));
        const double pitch = mmPixels(typeAreaWidth, dpi) / 28;
        QTextCursor all(doc.get());
        all.select(QTextCursor::Document);
        QTextCharFormat spacing;
        spacing.setFontLetterSpacingType(QFont::PercentageSpacing);
        spacing.setFontLetterSpacing(advance > 0 ? 100.0 * pitch / advance * 0.999 : 100.0);
        all.mergeCharFormat(spacing);
        // Qt 6.4 scales CSS margins to the device but takes text-indent as device pixels, which at
        // the writer's 1200 dpi shrinks a two-character indent to nothing: scale it here, once.
        const double scale = dpi / 96.0;
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
            QTextCursor cursor(block);
            QTextBlockFormat format = block.blockFormat();
            format.setTextIndent(format.textIndent() * scale);
            cursor.setBlockFormat(format);
        }
        edit.endEditBlock();
        // The line grid: 22 lines to the type area, never squeezed; where a page turns badly (a
        // signature alone, a widow, a split row) text moves down a page instead (pagination.h).
        applyLineGrid(*doc, linePitchPoints, 1.0);
        doc->setPageSize(QSizeF(mmPixels(typeAreaWidth, dpi), mmPixels(typeAreaHeight, dpi)));
        keepTogether(*doc);
    }
    return doc;
}

domain::Result<int> paintPaper(const LaidOutPaper &paper, QPagedPaintDevice &device, const QList<PaperDrawing> &drawings)
{
    auto doc = paperDocument(paper.html, &device, drawings);
    const int dpi = device.logicalDpiY();
    const QSizeF area = doc->pageSize();
    const QPointF origin(mmPixels(marginLeft, dpi), mmPixels(marginTop, dpi));
    QPainter painter;
    if (!painter.begin(&device))
        return domain::Problem{{}, Tr::tr("The paper could not be painted (the output could not be opened)."), {}};
    const PaperFonts fonts = paperFonts();
    QFont numberFont(fonts.body);
    numberFont.setPointSizeF(pageNumberPoints);
    QFont draftFont(fonts.heading);
    draftFont.setPointSizeF(96);
    const int pages = doc->pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device.newPage())
            return domain::Problem{{}, Tr::tr("The paper could not be painted (no new page)."), {}};
        if (paper.draft) {
            // 草稿 across the page, light, under the text.
            painter.save();
            painter.setPen(QColor(200, 200, 200));
            painter.setFont(draftFont);
            painter.translate(mmPixels(105, dpi), mmPixels(148, dpi));
            painter.rotate(-35);
            painter.drawText(QRectF(-mmPixels(100, dpi), -mmPixels(30, dpi), mmPixels(200, dpi), mmPixels(60, dpi)),
                             Qt::AlignCenter, u"草稿"_s);
            painter.restore();
        }
        painter.save();
        painter.translate(origin.x(), origin.y() - i * area.height());
        doc->drawContents(&painter, QRectF(0, i * area.height(), area.width(), area.height()));
        painter.restore();
        // "— 1 —" about 7 mm below the type area; odd pages right, even pages left, one character in.
        painter.setFont(numberFont);
        painter.setPen(Qt::black);
        const QRectF numberBox(origin.x() + pixels(bodyPoints, dpi), origin.y() + area.height() + mmPixels(7, dpi) - pixels(pageNumberPoints, dpi),
                               area.width() - 2 * pixels(bodyPoints, dpi), pixels(pageNumberPoints * 2, dpi));
        const bool odd = (i % 2) == 0;
        painter.drawText(numberBox, (odd ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop, u"— %1 —"_s.arg(i + 1));
    }
    if (!painter.end())
        return domain::Problem{{}, Tr::tr("The paper could not be finished."), {}};
    return pages;
}

domain::Result<QByteArray> paperPdf(const LaidOutPaper &paper, int *pages, const QList<PaperDrawing> &drawings)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        // PDF/A-1b for the archive: fonts embedded, XMP metadata, output intent (Qt writes them).
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setTitle(paper.title);
        writer.setCreator(u"EcoClaim"_s);
        applyOfficialPage(writer);
        auto painted = paintPaper(paper, writer, drawings);
        if (!painted)
            return painted.problems();
        if (pages)
            *pages = painted.value();
    }
    return bytes;
}

domain::Result<QByteArray> paperOdt(const LaidOutPaper &paper)
{
    auto doc = paperDocument(paper.html, nullptr);
    doc->setMetaInformation(QTextDocument::DocumentTitle, paper.title);
    // Qt 6.4's ODF writer reads the font from the old single-family property (QTextFormat::FontFamily,
    // 0x2000, deprecated and hidden by QT_DISABLE_DEPRECATED_BEFORE), while the HTML parser sets the
    // family list: copy the first family across, or the ODT names no Chinese font at all ("Sans").
    constexpr int oldFontFamilyProperty = 0x2000;
    const QString body = paperFonts().body;
    auto withFamily = [&](const QTextCharFormat &format) {
        const QStringList families = format.fontFamilies().toStringList();
        QTextCharFormat family;
        family.setProperty(oldFontFamilyProperty, families.isEmpty() || families.first().isEmpty() ? body : families.first());
        // The document's default size (3号) is not written either: give it to every run without one.
        if (!format.hasProperty(QTextFormat::FontPointSize))
            family.setFontPointSize(bodyPoints);
        return family;
    };
    QTextCursor edit(doc.get()); // one edit block: one layout, not one per run changed
    edit.beginEditBlock();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        QTextCursor(block).mergeBlockCharFormat(withFamily(block.charFormat()));
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextCursor cursor(doc.get());
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(withFamily(fragment.charFormat()));
        }
    }
    // Table widths in per cent come out as points ("100pt") from the same writer: give them as a
    // share of the 156 mm type area.
    constexpr double typeAreaPoints = typeAreaWidth / 25.4 * 72;
    for (QTextFrame *frame : doc->rootFrame()->childFrames())
        if (auto *table = qobject_cast<QTextTable *>(frame)) {
            QTextTableFormat format = table->format();
            for (int r = 0; r < table->rows(); ++r)
                for (int c = 0; c < table->columns(); ++c) {
                    QTextTableCell cell = table->cellAt(r, c);
                    QTextCharFormat cellFormat = cell.format();
                    cellFormat.merge(withFamily(cellFormat));
                    cell.setFormat(cellFormat);
                }
            if (format.width().type() == QTextLength::PercentageLength) {
                format.setWidth(QTextLength(QTextLength::FixedLength, typeAreaPoints * format.width().rawValue() / 100));
                table->setFormat(format);
            }
        }
    edit.endEditBlock();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(doc.get()))
        return domain::Problem{{}, Tr::tr("The ODT file could not be written."), {}};
    return finishOdt(bytes, paperFonts().body, paperFonts().title);
}

} // namespace ecoclaim::documents
