#pragma once
// A drawing on an official paper — a report's chart — painted with QPainter straight onto the page the
// paper is laid out for: lines and bars stay vectors in the PDF and its words stay text (pdftotext reads
// them). The paper's HTML places it like an image, `<img src="drawing:NAME">`, in a paragraph of its own;
// the layout gives it its size (mm) and moves it to the next page whole when it does not fit.

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <functional>

class QPainter;
class QTextDocument;

namespace ecoclaim::documents {

struct PaperDrawing
{
    QString name;  // as in <img src="drawing:NAME">
    QSizeF sizeMm; // width × height on the page, in millimetres (the type area is 156 mm wide)
    std::function<void(QPainter &, const QRectF &)> paint; // paints into the rectangle given (device pixels)
};

// The HTML's `<img src="drawing:NAME">` become the drawings of that name, sized for `dpi`. An image
// naming no drawing given is left as it is.
void placeDrawings(QTextDocument &doc, const QList<PaperDrawing> &drawings, double dpi);

} // namespace ecoclaim::documents
