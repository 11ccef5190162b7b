#pragma once
// The page of a Chinese official paper, GB/T 9704-2012 (reference.md §5.1): A4, margins 37 / 35 / 28 /
// 26 mm (top, bottom, left, right), a type area of 156 × 225 mm holding 22 lines of 28 characters, body
// in 3号 (16 pt) 仿宋, title in 2号 (22 pt) 小标宋, page numbers "— 1 —" in 4号 below the type area
// (odd pages right, even pages left, one character in), paragraphs indented two characters.
//
// Fonts: the 仿宋 / 小标宋 / 黑体 / 楷体 an office has installed are used; otherwise free fonts whose
// PDF text layer extracts exactly (docs/PITFALLS.md §11, measured: Noto Sans/Serif CJK come out as Kangxi
// radicals — 行 → ⾏ — so they are never used here): AR PL UMing (a Ming serif) for body, title and 楷体,
// Droid Sans Fallback for 黑体. (AR PL UKai, a Kai face, extracts exactly too, but its Debian package puts it
// ahead of Noto Sans CJK in fontconfig's sans-serif fallback, turning the whole window's Chinese into 楷书;
// it is used when installed, never required.)
//
// The same painting serves PDF (QPdfWriter, PDF/A-1b, fonts embedded) and a printer (any
// QPagedPaintDevice; the window passes its QPrinter): the document is laid out for the device's own
// resolution (docs/PITFALLS.md §12). Needs a QGuiApplication.

#include "core/documents/paperdrawing.h"
#include "core/domain/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace ecoclaim::documents {

struct PaperFonts
{
    QString body;    // 仿宋
    QString title;   // 小标宋
    QString heading; // 黑体 (一、)
    QString kai;     // 楷体 (（一）)
};

// The families chosen on this machine (looked up once per process).
PaperFonts paperFonts();
PaperFonts choosePaperFonts(); // the lookup itself

struct LaidOutPaper
{
    QString html;
    QString title; // the PDF's title
    bool draft = false;
};

// Sets `device`'s page layout to the GB/T 9704 page (A4, full-page mode, margins applied by the painting).
void applyOfficialPage(QPagedPaintDevice &device);

// Lays the paper out for `device` and paints every page (page numbers, draft mark). Returns the number
// of pages. The device must already have its page layout (applyOfficialPage).
// `drawings`: the charts its HTML places with <img src="drawing:NAME"> (paperdrawing.h).
domain::Result<int> paintPaper(const LaidOutPaper &paper, QPagedPaintDevice &device, const QList<PaperDrawing> &drawings = {});

// PDF/A-1b with the fonts embedded.
domain::Result<QByteArray> paperPdf(const LaidOutPaper &paper, int *pages = nullptr, const QList<PaperDrawing> &drawings = {});
// OpenDocument text for a caseworker who must edit (WPS, LibreOffice): same text, fonts and sizes.
domain::Result<QByteArray> paperOdt(const LaidOutPaper &paper);

// The document as laid out for `resolution` dots per inch (for previews and tests).
std::unique_ptr<QTextDocument> paperDocument(const QString &html, QPagedPaintDevice *device,
                                             const QList<PaperDrawing> &drawings = {});

} // namespace ecoclaim::documents
