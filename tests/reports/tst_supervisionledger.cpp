// The supervision ledger of major cases (Art. 39, core/reports/supervisionledger.h) on the demo set and
// a new major clue: every case marked major is in it — also those without an open deadline, which the
// timetable of open deadlines (the old ledger) leaves out — with its stage, its latest timeline event and
// its open deadlines exactly as the reader's case file and due list say. A report made upward is recorded
// through the real command line (command record_upward_report: audited, on the timeline) and shows in the
// ledger's JSON, PDF (pdftotext) and CSV/XLSX; one on a case that is not major, dated in the future or on
// an archived case is refused with its article and changes nothing.

#include "core/reports/supervisionledger.h"
#include "core/service/casereader.h"
#include "core/service/demoset.h"
#include "tests/service/casetestbed.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecoclaim;

class TestSupervisionLedger : public QObject
{
    Q_OBJECT

    test::CaseTestbed bed;
    QTemporaryDir dir;
    QString newMajor;

    int cli(const QStringList &args, QString *output = nullptr, QString *errors = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral(ECOCLAIM_BIN_DIR) + u"/ecoclaim-cli"_s,
                QStringList{u"--lang"_s, u"en"_s, u"--today"_s, u"2026-11-28"_s, u"--actor"_s, u"张科长"_s, u"--db"_s, bed.path()} + args);
        p.waitForFinished(120000);
        if (output)
            *output = QString::fromUtf8(p.readAllStandardOutput());
        if (errors)
            *errors = QString::fromUtf8(p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    QList<domain::CaseFile> allCases()
    {
        QList<domain::CaseFile> files;
        auto n = bed.service().reader().caseCount();
        for (qint64 id = 1; n && id <= n.value(); ++id)
            if (auto f = bed.service().reader().caseFile(id))
                files << f.value();
        return files;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        auto demo = service::loadDemoSet(bed.service(), test::CaseTestbed::today());
        QVERIFY2(demo, qPrintable(demo.errorString()));
        // A new major clue: its only deadline is the preliminary check of Art. 13.
        newMajor = bed.apply(test::json(R"({"cmd":"register_clue","title":"宝山区某码头油污泄漏案","district":"宝山区",
            "unit":"district_ecology","channel":"emergency","received_on":"2026-11-20","major":true,
            "major_reason":"突发环境事件，影响长江口水域"})"));
        QVERIFY(!newMajor.isEmpty());
    }

    void everyMajorCaseIsInTheLedger()
    {
        auto ledger = reports::supervisionLedger(bed.service(), {});
        QVERIFY2(ledger, qPrintable(ledger.errorString()));
        QStringList want, got;
        QHash<QString, domain::CaseFile> byNumber;
        for (const domain::CaseFile &f : allCases())
            if (f.major) {
                want << f.number;
                byNumber.insert(f.number, f);
            }
        want.sort();
        for (const reports::LedgerEntry &e : ledger.value())
            got << e.caseNo;
        QCOMPARE(got, want);
        QVERIFY(want.size() >= 8);

        // The old ledger — the open deadlines of major cases — misses some of them.
        auto timetable = bed.service().reader().majorCaseTimetable();
        QVERIFY(timetable);
        QSet<QString> withDeadline;
        for (const domain::DeadlineRow &r : timetable.value())
            withDeadline.insert(r.caseNo);
        QVERIFY2(withDeadline.size() < want.size(), "every major case has an open deadline: the test proves nothing");

        service::DashboardQuery everything;
        everything.asOf = test::CaseTestbed::today();
        everything.withinDays = 100000;
        auto due = bed.service().reader().dueItems(everything);
        QVERIFY(due);
        for (const reports::LedgerEntry &e : ledger.value()) {
            const domain::CaseFile &f = byNumber.value(e.caseNo);
            QCOMPARE(e.title, f.title);
            QCOMPARE(e.stage, domain::stageKey(f.stage));
            QCOMPARE(e.majorReason, f.majorReason);
            QCOMPARE(e.claimedFen, f.claimed.fen());
            QCOMPARE(e.paidFen, f.amountPaid().fen());
            QVERIFY(!f.timeline.isEmpty());
            QCOMPARE(e.lastEvent, f.timeline.last().summary);
            QCOMPARE(e.lastEventOn, f.timeline.last().occurredOn);
            // The timetable: the case's open deadlines, as the due list has them.
            QStringList open, listed;
            for (const service::DueItem &i : due.value())
                if (i.row.caseNo == e.caseNo)
                    open << i.row.kind + u'@' + i.row.due.toString(Qt::ISODate);
            for (const reports::LedgerDeadline &d : e.timetable)
                if (!d.suspended)
                    listed << d.kind + u'@' + d.due.toString(Qt::ISODate);
            open.sort();
            listed.sort();
            QCOMPARE(listed, open);
        }
    }

    void reportUpwardIsRecordedAndShown()
    {
        QString output, errors;
        QCOMPARE(cli({u"ledger"_s, u"report"_s, newMajor, u"--on"_s, u"2026-11-25"_s, u"--to"_s, u"上海市生态环境局"_s, u"--reference"_s,
                      u"宝环报〔2026〕7号"_s, u"--summary"_s, u"已完成应急处置，启动损害调查"_s},
                     &output, &errors),
                 0);
        auto file = bed.service().reader().caseFile(newMajor);
        QVERIFY(file);
        QCOMPARE(file->timeline.last().command, u"record_upward_report"_s);
        QCOMPARE(file->stage, domain::Stage::Clue); // a record: no stage change
        auto audit = bed.service().reader().auditTrail(file->id);
        QVERIFY(audit);
        QCOMPARE(audit->last().command, u"record_upward_report"_s);
        QCOMPARE(audit->last().actor, u"张科长"_s);

        QCOMPARE(cli({u"ledger"_s, u"--json"_s}, &output, &errors), 0);
        const QJsonArray cases = QJsonDocument::fromJson(output.toUtf8()).object().value(u"cases"_s).toArray();
        bool found = false;
        for (const QJsonValue &c : cases) {
            const QJsonArray reports = c[u"upward_reports"_s].toArray();
            if (c[u"case_no"_s].toString() != newMajor) {
                QVERIFY(reports.isEmpty());
                continue;
            }
            found = true;
            QCOMPARE(reports.size(), 1);
            QCOMPARE(reports.at(0)[u"reported_on"_s].toString(), u"2026-11-25"_s);
            QCOMPARE(reports.at(0)[u"reported_to"_s].toString(), u"上海市生态环境局"_s);
            QCOMPARE(reports.at(0)[u"reference"_s].toString(), u"宝环报〔2026〕7号"_s);
        }
        QVERIFY(found);

        // PDF, CSV and XLSX of the ledger.
        const QString pdf = dir.filePath(u"ledger.pdf"_s), csv = dir.filePath(u"ledger.csv"_s), xlsx = dir.filePath(u"ledger.xlsx"_s);
        QCOMPARE(cli({u"ledger"_s, u"--pdf"_s, pdf, u"--csv"_s, csv, u"--xlsx"_s, xlsx}, &output, &errors), 0);
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is needed to read the PDF back");
        QProcess p;
        p.start(pdftotext, {u"-raw"_s, pdf, u"-"_s}); // in drawing order: each table cell's text together
        QVERIFY(p.waitForFinished(60000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput()).remove(QRegularExpression(u"\\s+"_s));
        for (const QJsonValue &c : cases)
            QVERIFY2(text.contains(c[u"case_no"_s].toString()), qPrintable(c[u"case_no"_s].toString()));
        QVERIFY2(text.contains(u"2026-11-25上海市生态环境局(宝环报〔2026〕7号)"_s), qPrintable(text));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(bytes.count("\r\n"), cases.size() + 1);
        QVERIFY(QString::fromUtf8(bytes).contains(u"宝环报〔2026〕7号"_s) || QString::fromUtf8(bytes).contains(u"上海市生态环境局"_s));
        QVERIFY(QFileInfo(xlsx).size() > 1000);
    }

    void refusedReportsChangeNothing_data()
    {
        QTest::addColumn<QString>("which"); // new | notMajor | archived
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a major case") << u"notMajor"_s << u"2026-11-25"_s << u"Art. 39"_s;
        QTest::newRow("in the future") << u"new"_s << u"2026-12-25"_s << u"2026-12-25"_s;
        QTest::newRow("before the clue") << u"new"_s << u"2026-11-01"_s << u"before the clue"_s;
        QTest::newRow("impossible date") << u"new"_s << u"2026-02-30"_s << u"2026-02-30"_s;
        QTest::newRow("archived case") << u"archived"_s << u"2026-11-25"_s << u"archived"_s;
    }
    void refusedReportsChangeNothing()
    {
        QFETCH(QString, which);
        QFETCH(QString, date);
        QFETCH(QString, message);
        QString target = newMajor;
        if (which != u"new") {
            target.clear();
            for (const domain::CaseFile &f : allCases())
                if ((which == u"notMajor" && !f.major && f.stage != domain::Stage::Archived)
                    || (which == u"archived" && f.stage == domain::Stage::Archived)) {
                    target = f.number;
                    break;
                }
            if (target.isEmpty())
                QSKIP("the demo set has no such case");
        }
        const auto before = bed.snapshot();
        QString output, errors;
        QCOMPARE(cli({u"ledger"_s, u"report"_s, target, u"--on"_s, date, u"--to"_s, u"市生态环境局"_s}, &output, &errors), 1);
        QVERIFY2(errors.contains(message, Qt::CaseInsensitive), qPrintable(errors));
        QCOMPARE(bed.snapshot(), before);
    }
};

QTEST_MAIN(TestSupervisionLedger)
#include "tst_supervisionledger.moc"
