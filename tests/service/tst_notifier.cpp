// The change notifier is told of every commit, and only of commits: a command (case added or changed),
// a paper filed or served, a calendar year imported, the deadlines rebuilt, an archived case imported,
// another connection's commit (OutsideChanges over storage's change feed) — and nothing for a
// refused command, so a window that listens never re-reads by hand and never misses a change.

#include "casetestbed.h"
#include "tests/archive/archivetestkit.h"

#include "core/archive/archiveexport.h"
#include "core/archive/archiveimport.h"
#include "core/documents/paperoffice.h"
#include "core/service/outsidechanges.h"
#include "core/service/paperregister.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using namespace ecoclaim::test;

namespace {
struct Heard
{
    explicit Heard(service::CaseNotifier &n)
        : added(&n, &service::CaseNotifier::caseAdded), changed(&n, &service::CaseNotifier::caseChanged),
          reset(&n, &service::CaseNotifier::casesReset), settings(&n, &service::CaseNotifier::settingsChanged)
    {
    }
    int total() const { return int(added.size() + changed.size() + reset.size() + settings.size()); }
    QSignalSpy added, changed, reset, settings;
};
} // namespace

class TestNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commandsAndRefusals();
    void papersFiledAndServed();
    void calendarYearAndRebuild();
    void archivedCaseImported();
    void anotherConnectionsCommit();
};

void TestNotifier::commandsAndRefusals()
{
    CaseTestbed bed;
    Heard heard(bed.notifier());
    const QString c = bed.apply(json(R"({"cmd":"register_clue","title":"奉贤区某河道油污线索","district":"310120",
        "unit":"district_ecology","channel":"complaint","received_on":"2026-11-20"})"));
    const qint64 id = bed.service().resolve(c).value();
    QCOMPARE(heard.added.size(), 1);
    QCOMPARE(heard.added.first().first().toLongLong(), id);
    bed.apply(json(R"({"cmd":"start_verification","started_on":"2026-11-21","verified_by":"王芳"})"), c);
    QCOMPARE(heard.changed.size(), 1);
    QCOMPARE(heard.changed.first().first().toLongLong(), id);
    // Refused: nothing changed, nobody told.
    QVERIFY(!bed.refuse(json(R"({"cmd":"file_case","filed_on":"2026-11-22"})"), c).isEmpty());
    QCOMPARE(heard.total(), 2);
}

void TestNotifier::papersFiledAndServed()
{
    CaseTestbed bed;
    const QString c = bed.caseAt(domain::Stage::Investigation);
    const qint64 id = bed.service().resolve(c).value();
    Heard heard(bed.notifier());
    // Papers are commands (issue_paper, serve_paper): the paper office runs them through the service.
    documents::PaperOffice office(bed.service(), documents::PaperSettings{});
    documents::PaperOptions options;
    options.datedOn = QDate(2026, 1, 21);
    auto filed = office.issue(c, u"case_approval"_s, options, u"tester"_s, CaseTestbed::today());
    QVERIFY2(filed, qPrintable(filed.errorString()));
    QCOMPARE(heard.changed.size(), 1);
    QCOMPARE(heard.changed.first().first().toLongLong(), id);
    service::PaperService served;
    served.documentId = filed->id;
    served.method = u"direct"_s;
    served.servedOn = QDate(2026, 1, 22);
    served.recipient = u"上海某化工有限公司"_s;
    auto recorded = office.serve(served, u"tester"_s, CaseTestbed::today());
    QVERIFY2(recorded, qPrintable(recorded.errorString()));
    QCOMPARE(heard.changed.size(), 2);
    QCOMPARE(heard.total(), 2);
}

void TestNotifier::calendarYearAndRebuild()
{
    CaseTestbed bed;
    bed.caseAt(domain::Stage::Verification);
    Heard heard(bed.notifier());
    const QByteArray bad = R"({"year":2027,"source":"test","holidays":[{"date":"2027-01-01","name":"元旦"}],"workdays":["2027-01-04"]})";
    QVERIFY(!bed.service().importCalendarYear(bad, u"admin"_s));
    QCOMPARE(heard.total(), 0);
    const QByteArray good = R"({"year":2027,"source":"test","holidays":[{"date":"2027-01-01","name":"元旦"}],"workdays":[]})";
    QVERIFY(bed.service().importCalendarYear(good, u"admin"_s));
    QCOMPARE(heard.reset.size(), 1);
    QVERIFY(bed.service().rebuildAllDeadlines());
    QCOMPARE(heard.reset.size(), 2);
    QCOMPARE(heard.total(), 2);
}

void TestNotifier::archivedCaseImported()
{
    CaseTestbed from;
    const QString c = from.caseAt(domain::Stage::Investigation);
    const QString zip = from.folder() + u"/case.zip"_s;
    auto exported = archive::exportCase(from.service(), c, zip, u"检查人"_s, test::signerFor(from));
    QVERIFY2(exported, qPrintable(exported.errorString()));
    CaseTestbed into;
    test::trustUnitOf(from, into);
    Heard heard(into.notifier());
    auto imported = archive::importArchive(into.service(), zip, u"档案员"_s);
    QVERIFY2(imported, qPrintable(imported.errorString()));
    QCOMPARE(heard.added.size(), 1);
    QCOMPARE(heard.added.first().first().toLongLong(), imported->caseId);
    // The same archive again is refused (its number exists): nobody told.
    QVERIFY(!archive::importArchive(into.service(), zip, u"档案员"_s));
    QCOMPARE(heard.total(), 1);
}

void TestNotifier::anotherConnectionsCommit()
{
    CaseTestbed bed;
    Heard heard(bed.notifier());
    QVERIFY2(bed.service().outsideChanges().start(), qPrintable(bed.service().outsideChanges().errorString()));
    auto other = storage::Database::open(bed.path());
    QVERIFY(other);
    service::CaseNotifier otherNotifier;
    service::CaseService otherService(*other.value(), calendar::WorkCalendar::builtIn(), otherNotifier);
    auto added = otherService.execute(json(R"({"cmd":"register_clue","title":"另一终端登记的线索","district":"310120",
        "unit":"district_ecology","channel":"complaint","received_on":"2026-11-20"})"), u"乙"_s, CaseTestbed::today());
    QVERIFY(added);
    // Heard within a second, through this desk's notifier: the case named (PostgreSQL's NOTIFY says
    // which), or "re-read everything" (SQLite's data_version does not).
    QTRY_VERIFY_WITH_TIMEOUT(heard.total() > 0, 3000);
    if (onPostgres()) {
        QCOMPARE(heard.changed.size(), 1);
        QCOMPARE(heard.changed.first().first().toLongLong(), added->caseId);
    } else {
        QCOMPARE(heard.reset.size(), 1);
    }
    // This desk's own commit is told once, by the service — not a second time as "outside".
    const int before = heard.total();
    bed.apply(json(R"({"cmd":"register_clue","title":"本终端登记的线索","district":"310120","unit":"district_ecology",
        "channel":"complaint","received_on":"2026-11-20"})"));
    QCOMPARE(heard.total(), before + 1);
    QTest::qWait(1500);
    QCOMPARE(heard.total(), before + 1);
}

QTEST_MAIN(TestNotifier) // the archive export prints its index (fonts: a QGuiApplication)
#include "tst_notifier.moc"
