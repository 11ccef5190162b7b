// The window's reads through service::CaseReader return what the direct reads of storage returned before
// the walls: on the demo set, every page of the case list (through the list model, as the window
// shows it), counts, every case file and its audit trail (through the timeline model), due items, the
// day's deadline changes, the major-case timetable, the similar-case look-up, the bytes of every
// evidence file and filed paper. And the reader refuses what a case does not hold. Runs on both engines.

#include "casetestbed.h"

#include "core/documents/paperoffice.h"
#include "core/service/casereader.h"
#include "core/service/dashboard.h"
#include "core/service/demoset.h"
#include "core/service/paperregister.h"
#include "core/storage/auditlog.h"
#include "core/storage/caselist.h"
#include "core/storage/caserepository.h"
#include "core/storage/deadlinestore.h"
#include "core/storage/filestore.h"
#include "ui/casefile/timelinemodel.h"
#include "ui/caselistmodel.h"

#include <QAbstractItemModelTester>

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using namespace ecoclaim::test;

namespace {
const QDate DemoDay(2026, 11, 30);

// A row as text, every field the list shows or pages by.
QString rowText(const domain::CaseRow &r)
{
    return QStringList{QString::number(r.id), r.number, r.title, r.districtCode, r.unit, domain::stageKey(r.stage),
                       r.partyNames, r.nextDeadlineOn.toString(Qt::ISODate), r.nextDeadlineKind,
                       QString::number(r.claimed.fen()), r.updatedAt.toString(Qt::ISODateWithMs), QString::number(r.major),
                       r.sortKey.toString()}
        .join(u'|');
}

// Every page of the list straight from storage, as the window read it before the reader.
QStringList directPages(const QSqlDatabase &db, domain::CaseListRequest request)
{
    QStringList rows;
    request.limit = 100; // the list model's page
    for (;;) {
        const QList<domain::CaseRow> page = storage::fetchCasePage(db, request).value();
        for (const domain::CaseRow &r : page)
            rows << rowText(r);
        if (page.size() < request.limit)
            return rows;
        request.after = domain::PageKey{page.last().sortKey, page.last().id};
    }
}

QString deadlineText(const domain::DeadlineRow &r)
{
    return QStringList{QString::number(r.caseId), r.caseNo, r.title, r.unit, QString::number(r.major), r.kind, r.subject,
                       r.trigger.toString(Qt::ISODate), r.due.toString(Qt::ISODate), r.article, r.explanation,
                       r.calendarNote, QString::number(r.suspended)}
        .join(u'|');
}

QString timelineText(const ui::TimelineModel &model)
{
    QStringList lines;
    for (int r = 0; r < model.rowCount(); ++r)
        for (int c = 0; c < model.columnCount(); ++c)
            lines << model.data(model.index(r, c)).toString();
    return lines.join(u'\n');
}
} // namespace

class TestCaseReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listPagesAndCounts_data();
    void listPagesAndCounts();
    void caseFilesAndTimelines();
    void deadlines();
    void similarCases();
    void evidenceAndPaperBytes();
    void aFileTheCaseDoesNotHoldIsRefused();

private:
    std::unique_ptr<CaseTestbed> m_bed;
    QList<qint64> m_ids;
};

void TestCaseReader::initTestCase()
{
    m_bed = std::make_unique<CaseTestbed>();
    auto loaded = service::loadDemoSet(m_bed->service(), DemoDay);
    QVERIFY2(loaded, qPrintable(loaded.errorString()));
    m_ids = storage::idList(m_bed->database().connection(), u"SELECT id FROM cases ORDER BY id"_s).value();
    QVERIFY(m_ids.size() > 30);
    // Papers filed on two open cases, so that their bytes can be read back.
    QList<qint64> open;
    for (const qint64 id : std::as_const(m_ids))
        if (m_bed->service().reader().caseFile(id).value().stage != domain::Stage::Archived)
            open << id;
    QVERIFY(open.size() > 10);
    documents::PaperOffice office(m_bed->service(), documents::PaperSettings{});
    for (const qint64 id : {open.at(3), open.at(9)}) {
        documents::PaperOptions options;
        options.draft = true;
        options.datedOn = DemoDay;
        auto filed = office.issue(QString::number(id), u"case_approval"_s, options, u"tester"_s);
        QVERIFY2(filed, qPrintable(filed.errorString()));
    }
}

void TestCaseReader::listPagesAndCounts_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("stage"); // -1: any
    QTest::addColumn<int>("sort");
    QTest::newRow("by last change") << QString() << -1 << int(domain::CaseSort::LastChange);
    QTest::newRow("by number") << QString() << -1 << int(domain::CaseSort::CaseNumber);
    QTest::newRow("two characters, by party") << u"倾倒"_s << -1 << int(domain::CaseSort::Party);
    QTest::newRow("one character in consultation") << u"区"_s << int(domain::Stage::Consultation) << int(domain::CaseSort::Title);
}

void TestCaseReader::listPagesAndCounts()
{
    QFETCH(QString, search);
    QFETCH(int, stage);
    QFETCH(int, sort);
    domain::CaseListRequest request;
    request.filter.search = search;
    request.filter.today = DemoDay;
    if (stage >= 0)
        request.filter.stage = domain::Stage(stage);
    request.sort = domain::CaseSort(sort);
    const QSqlDatabase db = m_bed->database().connection();

    // The window's list model over the reader, scrolled to the end.
    ui::CaseListModel model(m_bed->service().reader());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRequest(request);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QStringList shown;
    for (int r = 0; r < model.rowCount(); ++r) {
        const qint64 id = model.caseIdAt(model.index(r, 0));
        shown << QString::number(id) + u'|' + model.data(model.index(r, ui::CaseListModel::Number)).toString();
    }
    QStringList direct;
    for (const QString &row : directPages(db, request))
        direct << row.section(u'|', 0, 1);
    QVERIFY(!direct.isEmpty());
    QCOMPARE(shown, direct);

    // Every field of every page, and the counts.
    QStringList read;
    domain::CaseListRequest paging = request;
    paging.limit = 100;
    for (;;) {
        const QList<domain::CaseRow> page = m_bed->service().reader().casePage(paging).value();
        for (const domain::CaseRow &r : page)
            read << rowText(r);
        if (page.size() < paging.limit)
            break;
        paging.after = domain::PageKey{page.last().sortKey, page.last().id};
    }
    QCOMPARE(read, directPages(db, request));
    QCOMPARE(model.totalCount(), storage::countCases(db, request.filter).value());
    QCOMPARE(m_bed->service().reader().caseCountsByStage(request.filter).value(), storage::countCasesByStage(db, request.filter).value());
}

void TestCaseReader::caseFilesAndTimelines()
{
    const QSqlDatabase db = m_bed->database().connection();
    const service::CaseReader &reader = m_bed->service().reader();
    QCOMPARE(reader.caseCount().value(), qint64(m_ids.size()));
    for (const qint64 id : std::as_const(m_ids)) {
        const domain::CaseFile viaReader = reader.caseFile(id).value();
        const domain::CaseFile direct = storage::CaseRepository(db).load(id).value();
        QCOMPARE(viaReader.toJson(), direct.toJson());
        QCOMPARE(reader.caseFile(direct.number).value().toJson(), direct.toJson());
        QCOMPARE(reader.resolve(direct.number).value(), id);

        const QList<domain::AuditEntry> trail = reader.auditTrail(id).value();
        const QList<domain::AuditEntry> entries = storage::audit::entriesForCase(db, id).value();
        QCOMPARE(trail.size(), entries.size());
        for (qsizetype i = 0; i < trail.size(); ++i)
            QCOMPARE(trail.at(i).hash, entries.at(i).hash);
        // The timeline as the case file view shows it, from either read.
        ui::TimelineModel fromReader, fromStorage;
        fromReader.setCaseFile(viaReader, trail);
        fromStorage.setCaseFile(direct, entries);
        QCOMPARE(timelineText(fromReader), timelineText(fromStorage));
        QCOMPARE(fromReader.rowCount(), direct.timeline.size());
    }
}

void TestCaseReader::deadlines()
{
    const QSqlDatabase db = m_bed->database().connection();
    const service::CaseReader &reader = m_bed->service().reader();
    for (const std::optional<int> within : {std::optional<int>(), std::optional<int>(30), std::optional<int>(365)}) {
        service::DashboardQuery query;
        query.asOf = DemoDay;
        query.withinDays = within;
        const QList<service::DueItem> viaReader = reader.dueItems(query).value();
        const QList<service::DueItem> direct = service::dueItems(db, query).value();
        QVERIFY(!direct.isEmpty());
        QCOMPARE(viaReader.size(), direct.size());
        for (qsizetype i = 0; i < direct.size(); ++i) {
            QCOMPARE(deadlineText(viaReader.at(i).row), deadlineText(direct.at(i).row));
            QCOMPARE(viaReader.at(i).daysLeft, direct.at(i).daysLeft);
        }
    }
    const QDate today = QDateTime::currentDateTime().date(); // the demo's commands were recorded today
    const QList<domain::DeadlineChange> changes = reader.deadlineChangesOn(today).value();
    const QList<domain::DeadlineChange> directChanges = storage::deadlines::changedOn(db, today).value();
    QVERIFY(!directChanges.isEmpty());
    QCOMPARE(changes.size(), directChanges.size());
    for (qsizetype i = 0; i < changes.size(); ++i)
        QCOMPARE(changes.at(i).caseNo + changes.at(i).kind + changes.at(i).newDue.toString(),
                 directChanges.at(i).caseNo + directChanges.at(i).kind + directChanges.at(i).newDue.toString());
    QStringList timetable, directTimetable;
    for (const domain::DeadlineRow &r : reader.majorCaseTimetable().value())
        timetable << deadlineText(r);
    for (const domain::DeadlineRow &r : storage::deadlines::majorCaseTimetable(db).value())
        directTimetable << deadlineText(r);
    QVERIFY(!directTimetable.isEmpty());
    QCOMPARE(timetable, directTimetable);
}

void TestCaseReader::similarCases()
{
    // As the new-clue dialog asked before: up to five per probe, each case once, in the order found.
    const QStringList probes{u"倾倒"_s, u"化工"_s, u"浦东新区"_s};
    QStringList expected;
    for (const QString &probe : probes) {
        domain::CaseListRequest request;
        request.filter.search = probe;
        request.limit = 5;
        for (const domain::CaseRow &r : storage::fetchCasePage(m_bed->database().connection(), request).value())
            if (!expected.contains(r.number))
                expected << r.number;
    }
    QStringList found;
    for (const domain::CaseRow &r : m_bed->service().reader().similarCases(probes, 5).value())
        found << r.number;
    QVERIFY(expected.size() > 5);
    QCOMPARE(found, expected);
}

void TestCaseReader::evidenceAndPaperBytes()
{
    const service::CaseReader &reader = m_bed->service().reader();
    storage::FileStore store(m_bed->database());
    int evidence = 0, papers = 0;
    for (const qint64 id : std::as_const(m_ids)) {
        const domain::CaseFile file = reader.caseFile(id).value();
        for (const domain::EvidenceItem &e : file.evidence) {
            const QByteArray bytes = reader.evidenceBytes(id, e.sha256).value();
            QCOMPARE(bytes, store.read(e.sha256).value());
            QCOMPARE(bytes.size(), e.size);
            ++evidence;
        }
        for (const service::FiledPaper &p : reader.papersOf(id).value()) {
            QCOMPARE(reader.paperBytes(p.id, u"pdf"_s).value(), store.read(p.pdfSha256).value());
            QVERIFY(reader.paperBytes(p.id, u"pdf"_s).value().startsWith("%PDF-"));
            QCOMPARE(reader.paperBytes(p.id, u"odt"_s).value(), store.read(p.odtSha256).value());
            ++papers;
        }
    }
    QVERIFY(evidence > 0);
    QCOMPARE(papers, 2);
}

void TestCaseReader::aFileTheCaseDoesNotHoldIsRefused()
{
    // The store is shared by every case: a case's reader hands out only the case's own files.
    const service::CaseReader &reader = m_bed->service().reader();
    QString someonesFile;
    qint64 owner = 0;
    for (const qint64 id : std::as_const(m_ids))
        if (const domain::CaseFile f = reader.caseFile(id).value(); !f.evidence.isEmpty()) {
            someonesFile = f.evidence.first().sha256;
            owner = id;
            break;
        }
    QVERIFY(owner > 0);
    qint64 other = 0;
    for (const qint64 id : std::as_const(m_ids)) {
        const domain::CaseFile f = reader.caseFile(id).value();
        if (std::none_of(f.evidence.cbegin(), f.evidence.cend(), [&](const domain::EvidenceItem &e) { return e.sha256 == someonesFile; })) {
            other = id;
            break;
        }
    }
    QVERIFY(other > 0);
    auto refused = reader.evidenceBytes(other, someonesFile);
    QVERIFY(!refused);
    QVERIFY2(refused.errorString().contains(someonesFile.left(12)), qPrintable(refused.errorString()));
    QVERIFY(!reader.caseFile(qint64(999999)));
}

QTEST_MAIN(TestCaseReader)
#include "tst_casereader.moc"
