#pragma once
// What EcoClaim needs to know of a PDF without a PDF library in core: whether the bytes look like a whole
// PDF (header, cross-reference pointer, end marker) and how many pages it has (the page objects, or the
// largest /Count of a page tree when the objects sit in compressed object streams).

#include <QByteArray>
#include <QString>

namespace ecoclaim::storage {

// 0 when the bytes are not a PDF or the count cannot be read.
int pdfPageCount(const QByteArray &bytes);
// Empty when the bytes have the structure of a complete PDF; otherwise what is wrong.
QString pdfStructureProblem(const QByteArray &bytes);

} // namespace ecoclaim::storage
