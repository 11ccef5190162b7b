#include "core/reports/reportoutput.h"
#include "core/reports/reportcharts.h"
#include "core/reports/xlsxbook.h"

#include "core/documents/officiallayout.h"
#include "core/domain/dateformat.h"

#include <QCoreApplication>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ecoclaim::reports {

namespace {
// Strings are translated with QCoreApplication::translate("ecoclaim::Reports", …) written out: lupdate
// 6.4 loses a Q_DECLARE_TR_FUNCTIONS context in this file (after structured bindings) and files them under "Tr".

QString chineseOrdinal(int n) // 1 → 一 … 99: the headings 一、二、 of an official paper
{
    static const QString digits = u"零一二三四五六七八九"_s;
    if (n < 10)
        return digits.at(n);
    if (n < 20)
        return u"十"_s + (n % 10 ? QString(digits.at(n % 10)) : QString());
    return QString(digits.at(n / 10)) + u"十"_s + (n % 10 ? QString(digits.at(n % 10)) : QString());
}

QString cellText(const ReportTable &t, int column, const Figure &f)
{
    return t.money.value(column) ? yuan(f.value) : QString::number(f.value);
}

} // namespace

QString reportHtml(const Report &report, bool withCases)
{
    QString html = u"<html><head><style>td.r, th.r { font-size: 10.5pt; } p.h1 { margin-top: 12px; }</style></head><body>"_s;
    QStringList titleLines;
    for (const QString &line : report.titleLines())
        titleLines << line.toHtmlEscaped();
    html += u"<p class=\"title\">%1</p>"_s.arg(titleLines.join(u"<br/>"_s));
    html += u"<p class=\"center\">%1</p>"_s.arg(
        QCoreApplication::translate("ecoclaim::Reports", "(Period: %1 to %2)").arg(domain::displayDate(report.from), domain::displayDate(report.to)).toHtmlEscaped());
    int n = 0;
    for (const ReportTable &t : report.tables) {
        ++n;
        html += u"<p class=\"h1\">%1、%2</p>"_s.arg(chineseOrdinal(n), t.title.toHtmlEscaped());
        html += u"<p class=\"note\">%1（%2）</p>"_s.arg(t.note.toHtmlEscaped(), t.article.toHtmlEscaped());
        // The item column takes what the figures leave (each figure column ~11 %, at most 60 % in all):
        // Qt would otherwise share the width by content and squeeze the long names of the rules.
        const int figureWidth = std::min(18, 60 / int(std::max<qsizetype>(1, t.columns.size())));
        html += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\"><tr><th class=\"r\" width=\"%1%\">%2</th>"_s
                    .arg(100 - figureWidth * int(t.columns.size()))
                    .arg(QCoreApplication::translate("ecoclaim::Reports", "Item").toHtmlEscaped());
        for (const QString &c : t.columns)
            html += u"<th class=\"r\" width=\"%1%\">%2</th>"_s.arg(figureWidth).arg(c.toHtmlEscaped());
        html += u"</tr>"_s;
        for (const ReportRow &r : t.rows) {
            html += u"<tr><td class=\"r\">%1</td>"_s.arg(r.label.toHtmlEscaped());
            for (int i = 0; i < r.cells.size(); ++i)
                html += u"<td class=\"r\" align=\"right\" nowrap>%1</td>"_s.arg(cellText(t, i, r.cells.at(i)));
            html += u"</tr>"_s;
        }
        html += u"</table>"_s;
        // The table's chart, if it has one (reportcharts.h), painted where this paragraph stands.
        const QList<BarChart> charts = reportCharts(report);
        if (std::any_of(charts.cbegin(), charts.cend(), [&t](const BarChart &c) { return c.name == t.key; }))
            html += u"<p class=\"center\"><img src=\"drawing:%1\"></p>"_s.arg(t.key);
    }
    if (withCases) {
        html += u"<p class=\"h1\">%1</p>"_s.arg(QCoreApplication::translate("ecoclaim::Reports", "Appendix: the cases behind each figure").toHtmlEscaped());
        for (const ReportTable &t : report.tables)
            for (const ReportRow &r : t.rows) {
                if (r.key == u"total")
                    continue;
                for (int i = 0; i < r.cells.size(); ++i)
                    if (!r.cells.at(i).cases.isEmpty())
                        html += u"<p class=\"note\">%1 · %2 · %3：%4</p>"_s.arg(t.title.toHtmlEscaped(), r.label.toHtmlEscaped(),
                                                                            t.columns.at(i).toHtmlEscaped(),
                                                                            r.cells.at(i).cases.join(u"、"_s));
            }
    }
    return html + u"</body></html>"_s;
}

domain::Result<int> writeReportPdf(const Report &report, const QString &path, bool withCases)
{
    int pages = 0;
    QList<documents::PaperDrawing> drawings;
    for (const BarChart &chart : reportCharts(report))
        drawings << chartDrawing(chart);
    auto pdf = documents::paperPdf(documents::LaidOutPaper{reportHtml(report, withCases), report.title(), false}, &pages, drawings);
    if (!pdf)
        return pdf.problems();
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(pdf.value()) != pdf.value().size() || !f.commit())
        return domain::Problem{{}, QCoreApplication::translate("ecoclaim::Reports", "Cannot write %1: %2").arg(path, f.errorString()), {}};
    return pages;
}

domain::Status writeReportXlsx(const Report &report, const QString &path, bool withCases)
{
    XlsxBook book;
    if (auto s = book.open(path); !s)
        return s;
    int n = 0;
    for (const ReportTable &t : report.tables) {
        ++n;
        QStringList headers{QCoreApplication::translate("ecoclaim::Reports", "Item")};
        headers += t.columns;
        QList<double> widths{36};
        QList<XlsxBook::Cell> kinds{XlsxBook::Cell::Text};
        for (int i = 0; i < t.columns.size(); ++i) {
            widths << 16;
            kinds << (t.money.value(i) ? XlsxBook::Cell::Yuan : XlsxBook::Cell::Number);
        }
        if (auto s = book.addSheet(u"%1 %2"_s.arg(n).arg(t.title), {}, widths); !s)
            return s;
        book.addText(t.title, true);
        book.addText(t.note + u"（"_s + t.article + u"）"_s);
        QVariantList head;
        for (const QString &h : std::as_const(headers))
            head << h;
        if (auto s = book.addRow(head); !s)
            return s;
        for (const ReportRow &r : t.rows) {
            QVariantList cells{r.label};
            for (const Figure &f : r.cells)
                cells << f.value;
            if (auto s = book.addRow(cells, kinds); !s)
                return s;
        }
    }
    if (withCases) {
        if (auto s = book.addSheet(QCoreApplication::translate("ecoclaim::Reports", "Cases behind the figures"),
                                   {QCoreApplication::translate("ecoclaim::Reports", "Table"), QCoreApplication::translate("ecoclaim::Reports", "Item"), QCoreApplication::translate("ecoclaim::Reports", "Column"), QCoreApplication::translate("ecoclaim::Reports", "Case number")}, {36, 36, 20, 22});
            !s)
            return s;
        for (const ReportTable &t : report.tables)
            for (const ReportRow &r : t.rows) {
                if (r.key == u"total")
                    continue;
                for (int i = 0; i < r.cells.size(); ++i)
                    for (const QString &c : r.cells.at(i).cases)
                        if (auto s = book.addRow({t.title, r.label, t.columns.at(i), c}); !s)
                            return s;
            }
    }
    return book.close();
}

} // namespace ecoclaim::reports
