// The printed list of deadlines (issue 16 part 3): its header is repeated at the top of every page and no
// row is cut by a page edge — read back from the PDF page by page with pdftotext. The rows are written
// here: 60 deadlines whose reasons wrap to several lines, each reason opening with BEGINnn and closing
// with ENDnn, so a row cut by the page edge shows as the two tokens on different pages.

#include "core/reports/deadlinereport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecoclaim;

class TestDueListPages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headerOnEveryPageRowsWhole();
};

namespace {
QString pageText(const QString &pdf, int page)
{
    QProcess p;
    p.start(QStandardPaths::findExecutable(u"pdftotext"_s), {u"-f"_s, QString::number(page), u"-l"_s, QString::number(page), u"-raw"_s, pdf, u"-"_s});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pageCount(const QString &pdf)
{
    QProcess p;
    p.start(QStandardPaths::findExecutable(u"pdfinfo"_s), {pdf});
    p.waitForFinished(60000);
    for (const QString &line : QString::fromUtf8(p.readAllStandardOutput()).split(u'\n'))
        if (line.startsWith(u"Pages:"_s))
            return line.mid(6).trimmed().toInt();
    return 0;
}
} // namespace

void TestDueListPages::headerOnEveryPageRowsWhole()
{
    QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(), "pdftotext (poppler-utils) is needed");
    QVERIFY2(!QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty(), "pdfinfo (poppler-utils) is needed");
    QList<service::DueItem> items;
    for (int k = 0; k < 60; ++k) {
        service::DueItem i;
        i.row.caseId = k + 1;
        i.row.caseNo = u"2026-310115-%1"_s.arg(k + 1, 4, 10, QChar(u'0'));
        i.row.title = u"Soil contamination at site %1"_s.arg(k + 1);
        i.row.kind = u"instalment"_s;
        i.row.due = QDate(2026, 5, 1).addDays(k);
        i.row.article = u"Art. 8 para. 3"_s;
        i.row.explanation = u"BEGIN%1 "_s.arg(k, 2, 10, QChar(u'0'))
            + u"The instalment agreed in the compensation agreement falls due; record the payment when it arrives "
              "or apply to the court for enforcement once the period for performance has passed without it. "_s.repeated(k % 3 + 1)
            + u"END%1"_s.arg(k, 2, 10, QChar(u'0'));
        i.kindName = u"Instalment due"_s;
        i.daysLeft = k - 5;
        i.status = k < 5 ? service::DueStatus::Overdue : (k == 5 ? service::DueStatus::DueToday : service::DueStatus::Upcoming);
        items << i;
    }
    service::DashboardQuery query;
    query.asOf = QDate(2026, 5, 6);
    query.withinDays = 60;
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"deadlines.pdf"_s);
    QVERIFY(reports::writeDueListPdf(items, query, pdf));
    const int pages = pageCount(pdf);
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));

    QHash<QString, int> pageOf;
    for (int p = 1; p <= pages; ++p) {
        const QString text = pageText(pdf, p);
        // The header row on every page, the title on the first only.
        for (const QString &h : {u"Due on"_s, u"Status"_s, u"Case"_s, u"Deadline"_s, u"Why"_s, u"Article"_s})
            QVERIFY2(text.contains(h), qPrintable(u"page %1 lacks the header “%2”"_s.arg(p).arg(h)));
        QCOMPARE(text.contains(u"Deadlines due as of"_s), p == 1);
        QVERIFY2(text.contains(u"— %1 —"_s.arg(p)), qPrintable(u"page %1 has no number"_s.arg(p)));
        for (int k = 0; k < 60; ++k)
            for (const QString &token : {u"BEGIN%1"_s.arg(k, 2, 10, QChar(u'0')), u"END%1"_s.arg(k, 2, 10, QChar(u'0'))})
                if (text.contains(token))
                    pageOf.insert(token, p);
    }
    // Every row printed, each whole on one page, in order.
    int last = 1;
    for (int k = 0; k < 60; ++k) {
        const QString begin = u"BEGIN%1"_s.arg(k, 2, 10, QChar(u'0')), end = u"END%1"_s.arg(k, 2, 10, QChar(u'0'));
        QVERIFY2(pageOf.contains(begin) && pageOf.contains(end), qPrintable(begin));
        QVERIFY2(pageOf.value(begin) == pageOf.value(end),
                 qPrintable(u"row %1 is cut: page %2 and %3"_s.arg(k).arg(pageOf.value(begin)).arg(pageOf.value(end))));
        QVERIFY(pageOf.value(begin) >= last);
        last = pageOf.value(begin);
    }
}

QTEST_MAIN(TestDueListPages)
#include "tst_duelistpages.moc"
