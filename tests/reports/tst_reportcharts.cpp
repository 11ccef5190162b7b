// The charts of the annual report's PDF (issue 13 part 1: "a printable PDF report on the GB/T 9704 page
// (tables and charts)"), read back from the PDF itself: on the demo set, the year 2026 of the whole city —
// pdftotext finds each chart's title and axis title once (on one page, not repeated on the page before);
// the page of the chart of cases by stage, rendered by pdftoppm, has one green bar per stage with cases,
// top to bottom in the order of the stages, each as long as its count (counted here from the case
// files) is of the largest, to 2 pixels. A year without cases still prints its charts, without bars.

#include "core/domain/stage.h"
#include "core/reports/annualreport.h"
#include "core/reports/reportoutput.h"
#include "core/service/casereader.h"
#include "core/service/demoset.h"
#include "tests/service/casetestbed.h"

#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecoclaim;

namespace {
QString run(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(120000);
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The chart of cases by stage draws its bars in this green (reportcharts.cpp), and nothing else on the
// page is green.
bool isBarGreen(QRgb c)
{
    return std::abs(qRed(c) - 0x2e) <= 12 && std::abs(qGreen(c) - 0x7d) <= 12 && std::abs(qBlue(c) - 0x32) <= 12;
}

// Horizontal bars of that green on a rendered page, top to bottom: each one's length in pixels (the
// widest run of green in its rows).
QList<int> greenBars(const QImage &page)
{
    QList<int> bars;
    int current = 0;
    for (int y = 0; y < page.height(); ++y) {
        int run = 0, widest = 0;
        for (int x = 0; x < page.width(); ++x) {
            run = isBarGreen(page.pixel(x, y)) ? run + 1 : 0;
            widest = std::max(widest, run);
        }
        if (widest > 0)
            current = std::max(current, widest);
        else if (current > 0) {
            bars << current;
            current = 0;
        }
    }
    if (current > 0)
        bars << current;
    return bars;
}
} // namespace

class TestReportCharts : public QObject
{
    Q_OBJECT

    test::CaseTestbed bed;
    QTemporaryDir dir;
    QList<domain::CaseFile> files;
    QString pdftotext, pdftoppm;

    // The PDF's text, one entry per page.
    QStringList pagesText(const QString &pdf, int pages)
    {
        QStringList texts;
        for (int i = 1; i <= pages; ++i) {
            int code = -1;
            texts << run(pdftotext, {u"-f"_s, QString::number(i), u"-l"_s, QString::number(i), pdf, u"-"_s}, &code);
            if (code != 0)
                return {};
        }
        return texts;
    }

    QImage renderPage(const QString &pdf, int page)
    {
        const QString base = dir.filePath(u"page"_s);
        int code = -1;
        run(pdftoppm, {u"-r"_s, u"100"_s, u"-png"_s, u"-singlefile"_s, u"-f"_s, QString::number(page), u"-l"_s,
                       QString::number(page), pdf, base},
            &code);
        return code == 0 ? QImage(base + u".png"_s) : QImage();
    }

private Q_SLOTS:
    void initTestCase()
    {
        pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        pdftoppm = QStandardPaths::findExecutable(u"pdftoppm"_s);
        QVERIFY2(!pdftotext.isEmpty() && !pdftoppm.isEmpty(), "pdftotext and pdftoppm (poppler-utils) are needed to read the PDF back");
        QVERIFY(dir.isValid());
        auto demo = service::loadDemoSet(bed.service(), test::CaseTestbed::today());
        QVERIFY2(demo, qPrintable(demo.errorString()));
        auto n = bed.service().reader().caseCount();
        QVERIFY(n);
        for (qint64 id = 1; id <= n.value(); ++id)
            if (auto f = bed.service().reader().caseFile(id))
                files << f.value();
        QCOMPARE(files.size(), n.value());
    }

    void chartsAreInThePdf()
    {
        auto report = reports::annualReport(bed.service(), {}, 2026, false);
        QVERIFY2(report, qPrintable(report.errorString()));
        const QString pdf = dir.filePath(u"annual-2026.pdf"_s);
        auto pages = reports::writeReportPdf(report.value(), pdf, false);
        QVERIFY2(pages, qPrintable(pages.errorString()));
        const QStringList texts = pagesText(pdf, pages.value());
        QCOMPARE(texts.size(), pages.value());

        // Each chart's title and axis once in the whole PDF (pdftotext collapses the title's two spaces).
        const QString all = texts.join(u'\n');
        const QList<std::pair<QString, QString>> charts{{u"Figure 1"_s, u"Number of clues"_s},
                                                       {u"Figure 2"_s, u"Number of cases"_s},
                                                       {u"Figure 3"_s, u"10,000 yuan"_s}};
        for (const auto &[title, axis] : charts) {
            QCOMPARE(all.count(title), 1);
            QCOMPARE(all.count(axis), 1);
        }
        QVERIFY(all.contains(u"Clues received, by channel"_s));
        QVERIFY(all.contains(u"Amounts appraised and agreed, by category (Art. 5)"_s));

        // Cases by stage at the year's end, as docs/reports.md defines it and counted here: every case
        // received by 31 December, in the stage its last timeline event on or before that day left it
        // (the later recorded of two on one day; none: a clue) — in the order of the stages.
        const QDate end(2026, 12, 31);
        QMap<QString, int> byStage;
        for (const domain::CaseFile &f : files) {
            if (f.receivedOn > end)
                continue;
            QString stage = u"clue"_s;
            QDate best;
            qint64 bestId = -1;
            for (const domain::TimelineEvent &e : f.timeline)
                if (e.occurredOn <= end && (!best.isValid() || e.occurredOn > best || (e.occurredOn == best && e.id > bestId))) {
                    best = e.occurredOn;
                    bestId = e.id;
                    stage = e.stageTo;
                }
            ++byStage[stage];
        }
        QList<int> expected;
        for (domain::Stage st : domain::allStages())
            if (byStage.value(domain::stageKey(st)) > 0)
                expected << byStage.value(domain::stageKey(st));
        QVERIFY(expected.size() >= 3);
        const int largest = *std::max_element(expected.cbegin(), expected.cend());

        int page = -1;
        for (int i = 0; i < texts.size(); ++i)
            if (texts.at(i).contains(u"Figure 2"_s))
                page = i + 1;
        QVERIFY(page > 0);
        QVERIFY2(texts.at(page - 1).contains(u"Cases by stage at the period's end"_s), qPrintable(texts.at(page - 1)));
        const QImage image = renderPage(pdf, page);
        QVERIFY(!image.isNull());
        const QList<int> bars = greenBars(image);
        QCOMPARE(bars.size(), expected.size());
        const int longest = *std::max_element(bars.cbegin(), bars.cend());
        QVERIFY2(longest > 300, qPrintable(QString::number(longest))); // the plot is ~12 cm wide: ~470 px at 100 dpi
        for (int i = 0; i < bars.size(); ++i) {
            const double want = double(longest) * expected.at(i) / largest;
            QVERIFY2(std::abs(bars.at(i) - want) <= 2.0,
                     qPrintable(u"bar %1: %2 px, expected %3 px (%4 of %5 cases)"_s.arg(i).arg(bars.at(i)).arg(want).arg(expected.at(i)).arg(largest)));
        }
        // Its figures are printed beside the bars too.
        for (int count : expected)
            QVERIFY(texts.at(page - 1).contains(QString::number(count)));
    }

    // A year before any clue (the demo's first is of 2017): the tables are zeros and the charts are
    // still there, with no bar.
    void aYearWithoutCasesHasChartsWithoutBars()
    {
        auto report = reports::annualReport(bed.service(), {}, 2015, false);
        QVERIFY2(report, qPrintable(report.errorString()));
        const QString pdf = dir.filePath(u"annual-2015.pdf"_s);
        auto pages = reports::writeReportPdf(report.value(), pdf, false);
        QVERIFY2(pages, qPrintable(pages.errorString()));
        const QStringList texts = pagesText(pdf, pages.value());
        QCOMPARE(texts.size(), pages.value());
        int page = -1;
        for (int i = 0; i < texts.size(); ++i)
            if (texts.at(i).contains(u"Figure 2"_s))
                page = i + 1;
        QVERIFY(page > 0);
        QVERIFY(texts.join(u'\n').contains(u"Number of cases"_s));
        QVERIFY(std::none_of(files.cbegin(), files.cend(), [](const domain::CaseFile &f) { return f.receivedOn.year() <= 2015; }));
        QVERIFY(greenBars(renderPage(pdf, page)).isEmpty());
    }
};

QTEST_MAIN(TestReportCharts)
#include "tst_reportcharts.moc"
