// The case list's keyset paging (docs/PITFALLS.md §2) over ~1000 cases with many equal sort keys (the id must
// break every tie), NULL deadlines and empty party names: for every CaseSort in both directions, pages
// of 37 chained by (sortKey, id) concatenate to exactly the order of one big query and of the order
// computed here in C++ — nothing repeated, nothing missing. Filter counts equal counts computed here
// from the rows. And while another connection writes between pages, a pass never repeats a row, every
// row the writer did not touch is seen exactly once, no read transaction is left open between pages
// (a TRUNCATE checkpoint succeeds), and a reload shows the new cases.
//
// The 1000 cases are loaded with SQL in one transaction, then the search index is rebuilt (docs/PITFALLS.md §7):
// the list only reads the cases table, and this gives full control over ties. The writer uses
// CaseService, as the window would.

#include "core/calendar/workcalendar.h"
#include "core/domain/stage.h"
#include "core/service/casenotifier.h"
#include "core/service/caseservice.h"
#include "core/storage/caselist.h"
#include "core/storage/database.h"
#include "core/storage/searchindex.h"
#include "core/storage/sqlquery.h"
#include "core/storage/writetransaction.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>

#include "tests/common/testdatabase.h"
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using storage::CaseSort;
using storage::Database;

Q_DECLARE_METATYPE(storage::CaseSort)
Q_DECLARE_METATYPE(storage::CaseListFilter)

namespace {

const QDate Today(2025, 6, 30);
constexpr int PageSize = 37;

// A row as the test knows it, read with plain SQL.
struct Row
{
    qint64 id = 0;
    QString caseNo, title, district, unit, stage, parties, deadline, updatedAt;
    qint64 claimed = 0;
    bool major = false;
};

// The sort key exactly as SQLite compares it: text by UTF-8 bytes (BINARY), numbers as numbers.
QVariant keyOf(const Row &r, CaseSort sort)
{
    switch (sort) {
    case CaseSort::LastChange: return r.updatedAt.toUtf8();
    case CaseSort::CaseNumber: return r.caseNo.toUtf8();
    case CaseSort::Title: return r.title.toUtf8();
    case CaseSort::District: return r.district.toUtf8();
    case CaseSort::Unit: return r.unit.toUtf8();
    case CaseSort::Stage: return r.stage.toUtf8();
    case CaseSort::Party: return r.parties.toUtf8();
    case CaseSort::NextDeadline: return (r.deadline.isEmpty() ? u"9999-12-31"_s : r.deadline).toUtf8();
    case CaseSort::Claimed: return r.claimed;
    }
    return {};
}

bool keyLess(const QVariant &a, const QVariant &b)
{
    if (a.typeId() == QMetaType::LongLong)
        return a.toLongLong() < b.toLongLong();
    return a.toByteArray() < b.toByteArray();
}

QList<qint64> expectedOrder(QList<Row> rows, CaseSort sort, bool descending)
{
    std::sort(rows.begin(), rows.end(), [&](const Row &a, const Row &b) {
        const QVariant ka = keyOf(a, sort), kb = keyOf(b, sort);
        if (keyLess(ka, kb))
            return !descending;
        if (keyLess(kb, ka))
            return descending;
        return descending ? a.id > b.id : a.id < b.id;
    });
    QList<qint64> ids;
    for (const Row &r : rows)
        ids << r.id;
    return ids;
}

bool matches(const Row &r, const storage::CaseListFilter &f)
{
    if (f.stage && r.stage != domain::stageKey(*f.stage))
        return false;
    if (!f.districtCode.isEmpty() && r.district != f.districtCode)
        return false;
    if (!f.unit.isEmpty() && r.unit != f.unit)
        return false;
    if (f.overdueOnly && (r.deadline.isEmpty() || r.deadline >= f.today.toString(Qt::ISODate)))
        return false;
    if (f.majorOnly && !r.major)
        return false;
    return true;
}

storage::CaseListFilter filter(std::optional<domain::Stage> stage = {}, const QString &district = {}, bool overdue = false,
                               bool major = false, const QString &unit = {})
{
    storage::CaseListFilter f;
    f.stage = stage;
    f.districtCode = district;
    f.overdueOnly = overdue;
    f.majorOnly = major;
    f.unit = unit;
    f.today = Today;
    return f;
}

const QList<std::pair<CaseSort, const char *>> &sorts()
{
    static const QList<std::pair<CaseSort, const char *>> s{
        {CaseSort::LastChange, "last change"}, {CaseSort::CaseNumber, "case number"}, {CaseSort::Title, "title"},
        {CaseSort::District, "district"},      {CaseSort::Unit, "unit"},               {CaseSort::Stage, "stage"},
        {CaseSort::Party, "party"},            {CaseSort::NextDeadline, "next deadline"}, {CaseSort::Claimed, "claimed"}};
    return s;
}

} // namespace

class TestCaseList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void pagesConcatenateToOneQuery_data();
    void pagesConcatenateToOneQuery();
    void filterCounts_data();
    void filterCounts();
    void countsByStage();
    void pagingWhileAnotherConnectionWrites_data();
    void pagingWhileAnotherConnectionWrites();

private:
    QList<Row> readRows() const;
    // Every page of a pass, chained by key; `between` runs after each page.
    QList<QList<storage::CaseRow>> pass(const storage::CaseListRequest &first, const std::function<void()> &between = {});

    std::unique_ptr<test::TestDatabase> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_path;
};

void TestCaseList::initTestCase()
{
    m_dir = std::make_unique<test::TestDatabase>(u"list.db"_s);
    m_path = m_dir->location();
    auto opened = Database::open(m_path);
    QVERIFY2(opened, qPrintable(opened.errorString()));
    m_db = std::move(opened).value();
    const QSqlDatabase db = m_db->connection();

    // Small pools, so that most sort keys are shared by many rows.
    const QStringList districts{u"310115"_s, u"310112"_s, u"310116"_s, u"310120"_s, u"310151"_s, u"310113"_s, u"310000"_s, u"310101"_s};
    const QStringList units{u"district_ecology"_s, u"district_water"_s, u"district_planning"_s, u"ecology"_s};
    const QStringList titles{u"暗管排放含铬废水案"_s, u"农田倾倒污泥案"_s, u"湿地非法采砂案"_s, u"危险废物非法填埋案"_s,
                             u"河道鱼类死亡案"_s, u"林地毁坏案"_s, u"Hongda 化工偷排案"_s, u"hongda 化工偷排案"_s,
                             u"（补充）土壤污染案"_s, u"A"_s, u"a"_s, u"Ａ全角"_s};
    const QStringList parties{QString(), QString(), QString(), u"上海宏达化工有限公司"_s, u"上海恒通电镀厂"_s,
                              u"张某、李某"_s, u"上海宏达化工有限公司、张某"_s, u"王某"_s};
    QStringList stages;
    for (domain::Stage s : domain::allStages())
        stages << domain::stageKey(s);
    QStringList stamps; // 240 distinct update times for 1000 rows
    for (int i = 0; i < 240; ++i)
        stamps << QDateTime(QDate(2024, 1, 1).addDays(i * 2), QTime(8 + i % 10, (i * 7) % 60, 0), Qt::UTC)
                      .toString(Qt::ISODateWithMs);

    QRandomGenerator random(4242);
    auto pick = [&](const QStringList &l) { return l.at(random.bounded(int(l.size()))); };
    QMap<QString, int> serial;
    storage::WriteTransaction txn(db);
    QVERIFY(txn.begin());
    for (int i = 0; i < 1000; ++i) {
        const QString district = pick(districts);
        const int year = 2024 + random.bounded(2);
        const QString seriesKey = u"%1|%2"_s.arg(district).arg(year);
        const int n = ++serial[seriesKey];
        const QString stamp = pick(stamps);
        const bool hasDeadline = random.bounded(100) < 60;
        const qint64 claimed = random.bounded(2) ? 0 : QList<qint64>{100, 123456, 99999999999LL, 5000000}.at(random.bounded(4));
        auto q = storage::exec(db,
                               u"INSERT INTO cases(case_no, title, district_code, unit, stage, channel, received_on, site, "
                               "description, is_major, major_reason, claimed_fen, party_names, next_deadline_on, next_deadline_kind, "
                               "created_at, updated_at) VALUES(?, ?, ?, ?, ?, 'inspection', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                               {u"%1-%2-%3"_s.arg(year).arg(district).arg(n, 4, 10, QChar(u'0')), pick(titles), district, pick(units),
                                pick(stages), QDate(year, 1, 1).addDays(random.bounded(150)), u"某区某路%1号"_s.arg(i),
                                i % 3 ? u"排污口附近发现异常"_s : u"群众举报"_s, random.bounded(10) == 0, u"跨区域"_s, claimed,
                                pick(parties),
                                hasDeadline ? QVariant(QDate(2025, 1, 1).addDays(random.bounded(365))) : QVariant(QMetaType(QMetaType::QString)),
                                hasDeadline ? QVariant(u"verification_start"_s) : QVariant(QMetaType(QMetaType::QString)), stamp, stamp});
        QVERIFY2(q, qPrintable(q.errorString()));
    }
    for (auto it = serial.begin(); it != serial.end(); ++it)
        QVERIFY(storage::exec(db, u"INSERT INTO case_number_series(district_code, year, last_serial) VALUES(?, ?, ?)"_s,
                              {it.key().section(u'|', 0, 0), it.key().section(u'|', 1, 1).toInt(), it.value()}));
    QVERIFY(storage::search::rebuild(db));
    QVERIFY(txn.commit());
    QCOMPARE(readRows().size(), 1000);
}

void TestCaseList::cleanupTestCase()
{
    m_db.reset();
    m_dir.reset();
}

QList<Row> TestCaseList::readRows() const
{
    QList<Row> rows;
    auto q = storage::exec(m_db->connection(), u"SELECT id, case_no, title, district_code, unit, stage, party_names, "
                                               "next_deadline_on, updated_at, claimed_fen, is_major FROM cases"_s);
    if (!q)
        return rows;
    while (q.value().next()) {
        const QSqlQuery &s = q.value();
        rows << Row{s.value(0).toLongLong(), s.value(1).toString(), s.value(2).toString(), s.value(3).toString(),
                    s.value(4).toString(), s.value(5).toString(), s.value(6).toString(), s.value(7).toString(),
                    s.value(8).toString(), s.value(9).toLongLong(), s.value(10).toInt() != 0};
    }
    return rows;
}

QList<QList<storage::CaseRow>> TestCaseList::pass(const storage::CaseListRequest &first, const std::function<void()> &between)
{
    QList<QList<storage::CaseRow>> pages;
    storage::CaseListRequest request = first;
    for (int guard = 0; guard < 1000; ++guard) {
        auto page = storage::fetchCasePage(m_db->connection(), request);
        if (!page) {
            qWarning() << page.errorString();
            pages << QList<storage::CaseRow>{storage::CaseRow{}}; // id 0 marks the failure
            return pages;
        }
        if (page->isEmpty())
            return pages;
        pages << page.value();
        request.after = storage::PageKey{page->last().sortKey, page->last().id};
        if (between)
            between();
    }
    return pages;
}

void TestCaseList::pagesConcatenateToOneQuery_data()
{
    QTest::addColumn<CaseSort>("sort");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<storage::CaseListFilter>("filter");
    for (const auto &[sort, name] : sorts()) {
        QTest::addRow("%s ascending", name) << sort << false << filter();
        QTest::addRow("%s descending", name) << sort << true << filter();
    }
    QTest::addRow("clue stage by title") << CaseSort::Title << false << filter(domain::Stage::Clue);
    QTest::addRow("Pudong by deadline, descending") << CaseSort::NextDeadline << true << filter({}, u"310115"_s);
    QTest::addRow("major by amount") << CaseSort::Claimed << true << filter({}, {}, false, true);
    QTest::addRow("overdue by party") << CaseSort::Party << false << filter({}, {}, true);
    QTest::addRow("unit by last change") << CaseSort::LastChange << true << filter({}, {}, false, false, u"ecology"_s);
    storage::CaseListFilter searched = filter();
    searched.search = u"排污"_s; // a 2-character query: the gram index
    QTest::addRow("search by case number") << CaseSort::CaseNumber << false << searched;
}

void TestCaseList::pagesConcatenateToOneQuery()
{
    QFETCH(CaseSort, sort);
    QFETCH(bool, descending);
    QFETCH(storage::CaseListFilter, filter);

    storage::CaseListRequest request;
    request.filter = filter;
    request.sort = sort;
    request.descending = descending;
    request.limit = 100000;
    auto big = storage::fetchCasePage(m_db->connection(), request);
    QVERIFY2(big, qPrintable(big.errorString()));
    QList<qint64> bigIds;
    for (const storage::CaseRow &r : big.value())
        bigIds << r.id;

    QList<Row> rows = readRows();
    if (filter.search.isEmpty()) {
        rows.removeIf([&](const Row &r) { return !matches(r, filter); });
    } else {
        rows.removeIf([&](const Row &r) { return !matches(r, filter); });
        QList<qint64> withText;
        auto q = storage::exec(m_db->connection(), test::onPostgres() ? u"SELECT id FROM cases WHERE strpos(description, '排污') > 0"_s
                                                                     : u"SELECT id FROM cases WHERE instr(description, '排污') > 0"_s);
        while (q.value().next())
            withText << q.value().value(0).toLongLong();
        rows.removeIf([&](const Row &r) { return !withText.contains(r.id); });
        QVERIFY(withText.size() > 500);
    }
    const QList<qint64> expected = expectedOrder(rows, sort, descending);
    QVERIFY(expected.size() >= 40); // more than one page
    QCOMPARE(bigIds, expected);
    QCOMPARE(storage::countCases(m_db->connection(), filter).value(), qint64(expected.size()));

    request.limit = PageSize;
    const auto pages = pass(request);
    QList<qint64> paged;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i + 1 < pages.size())
            QCOMPARE(pages.at(i).size(), PageSize);
        for (const storage::CaseRow &r : pages.at(i))
            paged << r.id;
    }
    QCOMPARE(pages.size(), (expected.size() + PageSize - 1) / PageSize);
    QCOMPARE(QSet<qint64>(paged.begin(), paged.end()).size(), paged.size()); // no duplicates
    QCOMPARE(paged, expected);
}

void TestCaseList::filterCounts_data()
{
    QTest::addColumn<storage::CaseListFilter>("filter");
    QTest::addColumn<QString>("sql"); // the same question in plain SQL
    QTest::addColumn<QVariantList>("binds");
    QTest::newRow("none") << filter() << u"SELECT count(*) FROM cases"_s << QVariantList{};
    for (domain::Stage s : domain::allStages())
        QTest::addRow("stage %s", qPrintable(domain::stageKey(s)))
            << filter(s) << u"SELECT count(*) FROM cases WHERE stage = ?"_s << QVariantList{domain::stageKey(s)};
    for (const QString &d : {u"310115"_s, u"310000"_s, u"310104"_s /* none */})
        QTest::addRow("district %s", qPrintable(d)) << filter({}, d) << u"SELECT count(*) FROM cases WHERE district_code = ?"_s
                                                   << QVariantList{d};
    QTest::newRow("overdue") << filter({}, {}, true)
                             << u"SELECT count(*) FROM cases WHERE next_deadline_on IS NOT NULL AND next_deadline_on < '2025-06-30'"_s
                             << QVariantList{};
    QTest::newRow("major") << filter({}, {}, false, true) << u"SELECT count(*) FROM cases WHERE is_major <> 0"_s << QVariantList{};
    QTest::newRow("unit") << filter({}, {}, false, false, u"ecology"_s) << u"SELECT count(*) FROM cases WHERE unit = 'ecology'"_s
                          << QVariantList{};
    QTest::newRow("clue, Minhang, overdue, major")
        << filter(domain::Stage::Clue, u"310112"_s, true, true)
        << u"SELECT count(*) FROM cases WHERE stage = 'clue' AND district_code = '310112' AND next_deadline_on < '2025-06-30' AND is_major = 1"_s
        << QVariantList{};
    QTest::newRow("overdue and major") << filter({}, {}, true, true)
                                       << u"SELECT count(*) FROM cases WHERE next_deadline_on < '2025-06-30' AND is_major = 1"_s
                                       << QVariantList{};
}

void TestCaseList::filterCounts()
{
    QFETCH(storage::CaseListFilter, filter);
    QFETCH(QString, sql);
    QFETCH(QVariantList, binds);
    const QList<Row> rows = readRows();
    const qint64 expected = std::count_if(rows.begin(), rows.end(), [&](const Row &r) { return matches(r, filter); });
    // Only the district without cases (310104) and the narrow combination may legitimately be empty.
    const QByteArray tag = QTest::currentDataTag();
    if (!tag.contains("310104") && !tag.contains("Minhang"))
        QVERIFY2(expected > 0, "the generated data do not exercise this filter");
    QCOMPARE(storage::scalar(m_db->connection(), sql, binds).value().toLongLong(), expected);
    QCOMPARE(storage::countCases(m_db->connection(), filter).value(), expected);
    storage::CaseListRequest request;
    request.filter = filter;
    request.limit = 100000;
    QCOMPARE(qint64(storage::fetchCasePage(m_db->connection(), request)->size()), expected);
}

void TestCaseList::countsByStage()
{
    const storage::CaseListFilter f = filter(domain::Stage::Clue /* ignored */, u"310115"_s);
    auto counts = storage::countCasesByStage(m_db->connection(), f);
    QVERIFY(counts);
    QMap<QString, qint64> expected;
    for (const Row &r : readRows())
        if (r.district == u"310115")
            ++expected[r.stage];
    QCOMPARE(counts.value(), expected);
    QVERIFY(expected.size() > 5);
}

void TestCaseList::pagingWhileAnotherConnectionWrites_data()
{
    QTest::addColumn<CaseSort>("sort");
    QTest::addColumn<bool>("descending");
    // Newest first, the list's default: new and changed cases go to the top, behind the reader.
    QTest::newRow("last change, newest first") << CaseSort::LastChange << true;
    // By number: a change never moves a row; new numbers land in the middle of the order.
    QTest::newRow("case number") << CaseSort::CaseNumber << false;
}

void TestCaseList::pagingWhileAnotherConnectionWrites()
{
    QFETCH(CaseSort, sort);
    QFETCH(bool, descending);

    auto openedB = Database::open(m_path);
    QVERIFY2(openedB, qPrintable(openedB.errorString()));
    Database &dbB = *openedB.value();
    service::CaseNotifier serviceBNotifier;
    service::CaseService serviceB(dbB, calendar::WorkCalendar::builtIn(), serviceBNotifier);

    const QList<Row> before = readRows();
    QList<qint64> editable;
    for (const Row &r : before)
        if (r.stage != u"archived")
            editable << r.id;
    QSet<qint64> touched, added;
    QStringList failures;
    int step = 0;
    const qint64 listBackend = test::onPostgres()
        ? storage::scalar(m_db->connection(), u"SELECT pg_backend_pid()"_s).value().toLongLong() : 0;
    auto writeBetweenPages = [&] {
        ++step;
        // Between every two pages B registers a case and corrects another one.
        auto o = serviceB.execute({{u"cmd"_s, u"register_clue"_s}, {u"title"_s, u"翻页时新登记 %1"_s.arg(step)},
                                   {u"district"_s, u"310115"_s}, {u"unit"_s, u"district_ecology"_s},
                                   {u"channel"_s, u"complaint"_s}, {u"received_on"_s, u"2025-06-01"_s}},
                                  u"writer"_s, Today);
        if (o)
            added << o->caseId;
        else
            failures << o.errorString();
        const qint64 id = editable.at((step * 131) % editable.size());
        auto u = serviceB.execute({{u"cmd"_s, u"update_case"_s}, {u"case"_s, id}, {u"lead_unit_note"_s, u"第%1次更正"_s.arg(step)}},
                                  u"writer"_s, Today);
        if (u)
            touched << id;
        else
            failures << u.errorString();
        // No read transaction of the list is open between pages: a checkpoint can reset the WAL (SQLite);
        // on a server, the list's connection holds no transaction open between pages (seen by B).
        if (test::onPostgres()) {
            auto idle = storage::scalar(dbB.connection(), u"SELECT count(*) FROM pg_stat_activity WHERE pid = ? "
                                                          "AND state LIKE 'idle in transaction%'"_s, {listBackend});
            if (!idle || idle.value().toInt() != 0)
                failures << u"a transaction stayed open after page %1"_s.arg(step);
        } else {
            auto cp = storage::exec(dbB.connection(), u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
            if (!cp || !cp.value().next() || cp.value().value(0).toInt() != 0)
                failures << u"checkpoint blocked after page %1"_s.arg(step);
        }
    };

    storage::CaseListRequest request;
    request.sort = sort;
    request.descending = descending;
    request.filter.today = Today;
    request.limit = PageSize;
    const auto pages = pass(request, writeBetweenPages);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    QVERIFY(pages.size() >= 1000 / PageSize);
    QCOMPARE(added.size(), step);

    QList<qint64> seen;
    for (const auto &page : pages)
        for (const storage::CaseRow &r : page)
            seen << r.id;
    QVERIFY(!seen.contains(0));
    QCOMPARE(QSet<qint64>(seen.begin(), seen.end()).size(), seen.size()); // never a row twice
    // Every row the writer left alone was seen, exactly once.
    const QSet<qint64> seenSet(seen.begin(), seen.end());
    int untouched = 0;
    for (const Row &r : before)
        if (!touched.contains(r.id)) {
            ++untouched;
            QVERIFY2(seenSet.contains(r.id), qPrintable(u"row %1 (%2) was skipped"_s.arg(r.id).arg(r.caseNo)));
        }
    QVERIFY(untouched > 900);
    if (sort == CaseSort::CaseNumber) // the number never changes: every old row is there
        for (const Row &r : before)
            QVERIFY(seenSet.contains(r.id));

    // Reload: the new cases are in the list, in the right order, with everything else.
    const auto reloaded = pass(request);
    QList<qint64> ids;
    for (const auto &page : reloaded)
        for (const storage::CaseRow &r : page)
            ids << r.id;
    QCOMPARE(ids, expectedOrder(readRows(), sort, descending));
    for (qint64 id : std::as_const(added))
        QVERIFY(ids.contains(id));
    if (sort == CaseSort::LastChange) {
        // Newest first: the top of the list is exactly what B wrote during the pass.
        const QSet<qint64> top(ids.begin(), ids.begin() + added.size() + touched.size());
        QCOMPARE(top, added + touched);
    }
}

QTEST_GUILESS_MAIN(TestCaseList)
#include "tst_caselist.moc"
