#pragma once
// The charts of the annual report and the screening results (issue 13 part 1: "a printable PDF report on
// the GB/T 9704 page (tables and charts)"): horizontal bar charts drawn from the report's own tables —
// clues received by channel, cases by stage at the period's end, amounts appraised and agreed by the
// categories of Art. 5 — painted with QPainter onto the PDF page (documents/paperdrawing.h): bars and
// axes are vectors, titles, labels and figures are text. Each chart follows its table in the PDF.

#include "core/reports/annualreport.h"

#include <QColor>

class QPainter;
class QRectF;

namespace ecoclaim::documents {
struct PaperDrawing;
}

namespace ecoclaim::reports {

struct BarChart
{
    QString name;      // the drawing's name: the table's key
    QString title;     // 图1　…
    QString valueAxis; // what the bars measure ("Number of clues", "10,000 yuan")
    bool money = false; // values in fen, drawn in 10,000 yuan
    QStringList categories;           // one bar (or group of bars) each, top to bottom
    QStringList series;               // the legend (none drawn for one series)
    QList<QColor> colours;            // one per series
    QList<QList<qint64>> values;      // [series][category]
};

// The report's charts, in the order of its tables (a table without a chart has none; a chart whose
// every figure is zero is still drawn: an empty year is a fact too).
QList<BarChart> reportCharts(const Report &report);

// Paints `chart` into `area` (device pixels of the painter's device; fonts in points).
void paintBarChart(QPainter &painter, const QRectF &area, const BarChart &chart);

// The chart as a drawing of the official page: the type area's width, a height for its bars.
documents::PaperDrawing chartDrawing(const BarChart &chart);

// The axis' top figure: the value rounded up to 1, 2 or 5 × 10^n, and the step between ticks.
std::pair<double, double> niceAxis(double maximum);

} // namespace ecoclaim::reports
