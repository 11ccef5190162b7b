#include "core/reports/reportcharts.h"

#include "core/documents/officiallayout.h"
#include "core/documents/paperdrawing.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ecoclaim::reports {

namespace {
// Strings through QCoreApplication::translate("ecoclaim::Reports", …) written out, as reportoutput.cpp
// does (lupdate 6.4 loses a Q_DECLARE_TR_FUNCTIONS context in these files, and files a helper's tr()
// under the namespace's name).
// Dark, distinct in print and in grey: blue, green, orange.
const QColor Blue(0x1f, 0x4e, 0x79), Green(0x2e, 0x7d, 0x32), Orange(0xe6, 0x51, 0x00);

// One series per column asked for, one category per row (the total row left out).
// `seriesLabels`: the legend, when the columns' own headings do not fit it (they name 元, the bars 万元).
BarChart fromTable(const ReportTable &t, const QString &title, const QString &valueAxis, const QStringList &columns,
                   const QList<QColor> &colours, bool dropEmptyRows, const QStringList &seriesLabels = {})
{
    BarChart c;
    c.name = t.key;
    c.title = title;
    c.valueAxis = valueAxis;
    QList<int> columnIndex;
    for (const QString &key : columns)
        if (const qsizetype i = t.columnKeys.indexOf(key); i >= 0) {
            columnIndex << int(i);
            c.series << seriesLabels.value(columnIndex.size() - 1, t.columns.at(i));
            c.money = c.money || t.money.value(i);
        }
    c.colours = colours.mid(0, columnIndex.size());
    c.values = QList<QList<qint64>>(columnIndex.size());
    for (const ReportRow &r : t.rows) {
        if (r.key == u"total")
            continue;
        bool any = false;
        for (int i : columnIndex)
            any = any || r.cells.value(i).value != 0;
        if (dropEmptyRows && !any)
            continue;
        c.categories << r.label;
        for (int s = 0; s < columnIndex.size(); ++s)
            c.values[s] << r.cells.value(columnIndex.at(s)).value;
    }
    return c;
}

QString figureText(const BarChart &c, qint64 v)
{
    return c.money ? QString::number(double(v) / 1000000.0, 'f', 1) : QString::number(v);
}

double pointsToPixels(double points, const QPainter &p)
{
    return points * p.device()->logicalDpiY() / 72.0;
}
} // namespace

std::pair<double, double> niceAxis(double maximum)
{
    if (maximum <= 0)
        return {1, 1};
    // About five steps of 1, 2 or 5 × 10^n, the last at or above the maximum.
    const double raw = maximum / 5;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    double step = power;
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * power >= raw) {
            step = m * power;
            break;
        }
    if (step < 1)
        step = 1;
    return {std::ceil(maximum / step) * step, step};
}

QList<BarChart> reportCharts(const Report &report)
{
    QList<BarChart> charts;
    int n = 0;
    for (const ReportTable &t : report.tables) {
        BarChart c;
        if (t.key == u"clues")
            c = fromTable(t, QCoreApplication::translate("ecoclaim::Reports", "Clues received, by channel"), QCoreApplication::translate("ecoclaim::Reports", "Number of clues"), {u"received"_s, u"filed"_s}, {Blue, Orange}, false);
        else if (t.key == u"stages")
            c = fromTable(t, QCoreApplication::translate("ecoclaim::Reports", "Cases by stage at the period's end"), QCoreApplication::translate("ecoclaim::Reports", "Number of cases"), {u"cases"_s}, {Green}, true);
        else if (t.key == u"amounts")
            c = fromTable(t, QCoreApplication::translate("ecoclaim::Reports", "Amounts appraised and agreed, by category (Art. 5)"), QCoreApplication::translate("ecoclaim::Reports", "10,000 yuan"),
                          {u"appraised"_s, u"agreed"_s}, {Blue, Orange}, false, {QCoreApplication::translate("ecoclaim::Reports", "Appraised"), QCoreApplication::translate("ecoclaim::Reports", "Agreed")});
        else
            continue;
        if (c.series.isEmpty())
            continue;
        c.title = QCoreApplication::translate("ecoclaim::Reports", "Figure %1  %2").arg(++n).arg(c.title);
        charts << c;
    }
    return charts;
}

void paintBarChart(QPainter &p, const QRectF &area, const BarChart &c)
{
    const documents::PaperFonts fonts = documents::paperFonts();
    QFont titleFont(fonts.heading);
    titleFont.setPointSizeF(12);
    QFont labelFont(fonts.body);
    labelFont.setPointSizeF(9);
    const QFontMetricsF titleMetrics(titleFont, p.device()), labelMetrics(labelFont, p.device());
    const double line = labelMetrics.height();
    const double gap = pointsToPixels(4, p);
    p.setRenderHint(QPainter::Antialiasing, false); // crisp bars: their edges are the figures

    // Title, then the legend when there are several series.
    double top = area.top();
    p.setFont(titleFont);
    p.setPen(Qt::black);
    p.drawText(QRectF(area.left(), top, area.width(), titleMetrics.height() * 1.4), Qt::AlignHCenter | Qt::AlignTop, c.title);
    top += titleMetrics.height() * 1.5;
    p.setFont(labelFont);
    if (c.series.size() > 1) {
        double x = area.left() + area.width() * 0.3;
        for (int s = 0; s < c.series.size(); ++s) {
            p.fillRect(QRectF(x, top + line * 0.2, line * 0.8, line * 0.6), c.colours.value(s, Qt::gray));
            x += line;
            const double w = labelMetrics.horizontalAdvance(c.series.at(s));
            p.drawText(QRectF(x, top, w + gap, line), Qt::AlignLeft | Qt::AlignVCenter, c.series.at(s));
            x += w + 2 * line;
        }
        top += line * 1.4;
    }

    // The category names on the left (at most 35 % of the width), the axis figures and its title below.
    double labelWidth = 0;
    for (const QString &k : c.categories)
        labelWidth = std::max(labelWidth, labelMetrics.horizontalAdvance(k));
    labelWidth = std::min(labelWidth + gap, area.width() * 0.35);
    qint64 maximum = 0;
    for (const QList<qint64> &row : c.values)
        for (qint64 v : row)
            maximum = std::max(maximum, v);
    const auto [axisTop, step] = niceAxis(c.money ? double(maximum) / 1000000.0 : double(maximum));
    const double valueRoom = labelMetrics.horizontalAdvance(figureText(c, maximum)) + gap * 2; // the figure after the longest bar
    const QRectF plot(area.left() + labelWidth, top, area.width() - labelWidth - valueRoom, area.bottom() - top - line * 2.6);
    if (plot.width() <= 0 || plot.height() <= 0)
        return;

    // Grid and axis figures.
    QPen grid(QColor(0xbb, 0xbb, 0xbb));
    grid.setWidthF(pointsToPixels(0.4, p));
    for (double v = 0; v <= axisTop + step / 2; v += step) {
        const double x = plot.left() + plot.width() * v / axisTop;
        p.setPen(grid);
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        p.setPen(Qt::black);
        const QString figure = c.money && step < 1 ? QString::number(v, 'f', 1) : QString::number(qint64(std::llround(v)));
        p.drawText(QRectF(x - line * 3, plot.bottom() + gap / 2, line * 6, line), Qt::AlignHCenter | Qt::AlignTop, figure);
    }
    p.drawText(QRectF(plot.left(), plot.bottom() + line * 1.4, plot.width(), line), Qt::AlignHCenter | Qt::AlignTop, c.valueAxis);

    // The bars: a band per category, the series side by side within it.
    if (c.categories.isEmpty()) // nothing to count in the period: the axes, and that said in words
        p.drawText(plot, Qt::AlignCenter, QCoreApplication::translate("ecoclaim::Reports", "None in the period"));
    const double band = plot.height() / std::max<qsizetype>(1, c.categories.size());
    const double thickness = std::min(band * 0.7 / std::max<qsizetype>(1, c.series.size()), pointsToPixels(14, p));
    for (int k = 0; k < c.categories.size(); ++k) {
        const double bandTop = plot.top() + band * k;
        p.setPen(Qt::black);
        p.drawText(QRectF(area.left(), bandTop, labelWidth - gap, band), Qt::AlignRight | Qt::AlignVCenter,
                   labelMetrics.elidedText(c.categories.at(k), Qt::ElideRight, labelWidth - gap));
        for (int s = 0; s < c.series.size(); ++s) {
            const qint64 v = c.values.value(s).value(k);
            const double value = c.money ? double(v) / 1000000.0 : double(v);
            const double length = plot.width() * value / axisTop;
            const double first = bandTop + (band - thickness * c.series.size()) / 2; // the group centred in its band
            const QRectF bar(plot.left(), first + thickness * s, length, thickness);
            p.fillRect(bar, c.colours.value(s, Qt::gray));
            p.drawText(QRectF(bar.right() + gap / 2, bar.top() - line, valueRoom + line, bar.height() + 2 * line),
                       Qt::AlignLeft | Qt::AlignVCenter, figureText(c, v));
        }
    }
    QPen axis(Qt::black);
    axis.setWidthF(pointsToPixels(0.6, p));
    p.setPen(axis);
    p.drawLine(plot.topLeft(), plot.bottomLeft());
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
}

documents::PaperDrawing chartDrawing(const BarChart &chart)
{
    // 156 mm: the type area's width. Height: title, legend, axis, and ~7 mm a bar.
    const double bars = double(chart.categories.size()) * std::max<qsizetype>(1, chart.series.size());
    const double height = std::clamp(28.0 + 6.5 * bars, 60.0, 200.0);
    return documents::PaperDrawing{chart.name, QSizeF(156, height),
                                   [chart](QPainter &painter, const QRectF &area) { paintBarChart(painter, area, chart); }};
}

} // namespace ecoclaim::reports
