#pragma once
// Finishing the ODT that QTextDocumentWriter("odf") writes (Qt 6.4), so that LibreOffice and WPS show
// the paper as printed:
//  * Qt writes fonts and sizes only as Western properties (fo:font-family, fo:font-size); a word
//    processor sets Chinese text with the *Asian* ones (style:font-family-asian, style:font-size-asian)
//    and fell back to its default CJK font at 10.5–12 pt. Each is copied to its Asian twin.
//  * Qt writes no page layout: styles.xml with the GB/T 9704 page (A4, margins 37 / 35 / 28 / 26 mm) is
//    added, and the manifest names it.
//  * named paragraph styles (正文, 标题, 文号, 落款, 附注) with the 22-line grid as exact line spacing, page
//    numbers "— N —" in the footer (odd pages right, even left), fonts named as office machines know
//    them (仿宋_GB2312 first, this machine's face last): the paragraphs Qt writes take them as parents.
// The package is rewritten with QuaZip, "mimetype" first and stored, as ODF requires.

#include "core/domain/result.h"

#include <QByteArray>
#include <QString>

namespace ecoclaim::documents {

domain::Result<QByteArray> finishOdt(const QByteArray &qtOdt, const QString &bodyFamily, const QString &titleFamily);

} // namespace ecoclaim::documents
