#pragma once
// Writing an HTML document to an A4 PDF the way every EcoClaim report does: the page size and the
// font sizes set for QPdfWriter's own resolution (docs/PITFALLS.md §12 — otherwise the text comes out
// microscopic), a Chinese font whose text layer extracts correctly (docs/PITFALLS.md §11: Noto Sans CJK turns
// 行 into the Kangxi radical ⾏; Droid Sans Fallback does not), and page numbers "— 1 —".
//
// Needs a QGuiApplication (fonts); the command line starts one on the offscreen platform.

#include "core/domain/result.h"

#include <QString>

namespace ecoclaim::reports {

// The family used for report text: Droid Sans Fallback when installed, else a CJK serif.
QString reportFontFamily();

// Lays out `html` on A4 (margins in mm: top, bottom, left, right) and writes it to `path`.
domain::Status writeHtmlPdf(const QString &html, const QString &path, const QString &title,
                            bool landscape = false);

} // namespace ecoclaim::reports
