#pragma once
// Finishing the ODT that QTextDocumentWriter("odf") writes (Qt 6.4), so that LibreOffice and WPS show
// the paper as printed:
//  * Qt writes fonts and sizes only as Western properties (fo:font-family, fo:font-size); a word
//    processor sets Chinese text with the *Asian* ones (style:font-family-asian, style:font-size-asian)
//    and fell back to its default CJK font at 10.5–12 pt. Each is copied to its Asian twin.
//  * Qt writes no page layout: styles.xml with the GB/T 9704 page (A4, margins 37 / 35 / 28 / 26 mm) is
//    added, and the manifest names it.
// The package is rewritten with QuaZip, "mimetype" first and stored, as ODF requires.

#include "core/domain/result.h"

#include <QByteArray>

namespace ecoclaim::documents {

domain::Result<QByteArray> finishOdt(const QByteArray &qtOdt);

} // namespace ecoclaim::documents
