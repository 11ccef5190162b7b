// The statistics page's figures (core/reports/statistics.h) on the demo set: every bar of the five charts
// equals the count (or sum) computed in the test from the case files the reader loads and the raw rows of
// the deadline tables (statisticsoracle.h), and the cases behind every bar are exactly the test's — with
// no filter, a district, major cases only, a period, and for a caseworker signed in, who sees only the
// cases of their unit (the list's rule, service/access.h). The CLI (`report statistics --json`,
// `--cases`) prints the same; a half-open or backwards period, an unknown district or chart is refused,
// and nothing in the register changes.

#include "core/reports/statistics.h"
#include "core/reports/statisticssql.h"
#include "core/service/access.h"
#include "core/service/accounts.h"
#include "core/service/casereader.h"
#include "core/service/demoset.h"
#include "tests/reports/statisticsoracle.h"
#include "tests/service/casetestbed.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecoclaim;

namespace {
const QDate Today(2026, 11, 28);
const QString Password = u"Shanghai-2026!"_s;

// Logins are server roles, shared by every database of a PostgreSQL cluster: each test process names its own.
QString loginOf(const char *who)
{
    return test::onPostgres() ? u"st%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(QLatin1String(who)) : QString::fromLatin1(who);
}
} // namespace

class TestStatistics : public QObject
{
    Q_OBJECT

    test::CaseTestbed bed;
    QList<domain::CaseFile> files;
    QList<test::StatisticsOracle::DeadlineRow> deadlines;

    int cli(const QStringList &args, QString *output = nullptr, QString *errors = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral(ECOCLAIM_BIN_DIR) + u"/ecoclaim-cli"_s,
                QStringList{u"--lang"_s, u"en"_s, u"--today"_s, Today.toString(Qt::ISODate), u"--db"_s, bed.path()} + args);
        p.waitForFinished(120000);
        if (output)
            *output = QString::fromUtf8(p.readAllStandardOutput());
        if (errors)
            *errors = QString::fromUtf8(p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    test::StatisticsOracle oracle(const std::function<bool(const domain::CaseFile &)> &keep, QDate from = {}, QDate to = {})
    {
        test::StatisticsOracle o;
        for (const domain::CaseFile &f : files)
            if (keep(f))
                o.addCase(f, from, to, Today, deadlines);
        return o;
    }

    // Every bar the page has equals the oracle's, and every bar of the oracle is on the page.
    static void compareFigures(const reports::Statistics &st, const test::StatisticsOracle &o)
    {
        QMap<QString, qint64> shown;
        for (const reports::StatisticsChart &c : st.charts)
            for (int s = 0; s < c.seriesKeys.size(); ++s)
                for (int k = 0; k < c.categoryKeys.size(); ++k)
                    if (const qint64 v = c.values.at(s).at(k); v != 0)
                        shown.insert(c.key + u'/' + c.seriesKeys.at(s) + u'/' + c.categoryKeys.at(k), v);
        QMap<QString, qint64> expected;
        for (auto it = o.values.cbegin(); it != o.values.cend(); ++it)
            if (it.value() != 0)
                expected.insert(it.key(), it.value());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QVERIFY2(shown.value(it.key()) == it.value(),
                     qPrintable(u"%1: page %2, expected %3"_s.arg(it.key()).arg(shown.value(it.key())).arg(it.value())));
        for (auto it = shown.cbegin(); it != shown.cend(); ++it)
            QVERIFY2(expected.contains(it.key()), qPrintable(u"%1: page %2, expected none"_s.arg(it.key()).arg(it.value())));
    }

    // The cases behind every bar of the oracle are exactly its cases.
    void compareCases(const reports::StatisticsQuery &q, const test::StatisticsOracle &o)
    {
        for (auto it = o.cases.cbegin(); it != o.cases.cend(); ++it) {
            const QStringList key = it.key().split(u'/');
            auto rows = reports::statisticsCases(bed.service(), q, key.at(0), key.at(1), key.at(2));
            QVERIFY2(rows, qPrintable(rows.errorString()));
            QSet<qint64> ids;
            QStringList numbers;
            for (const domain::CaseRow &r : rows.value()) {
                ids.insert(r.id);
                numbers << r.number;
            }
            QCOMPARE(rows->size(), ids.size()); // each case once
            QVERIFY2(ids == it.value(), qPrintable(it.key()));
            QStringList sorted = numbers;
            sorted.sort();
            QCOMPARE(numbers, sorted); // in case-number order
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto demo = service::loadDemoSet(bed.service(), Today);
        QVERIFY2(demo, qPrintable(demo.errorString()));
        // The edges of "kept": two clues whose check starts on the deadline's very day and one day after it.
        for (int late = 0; late <= 1; ++late) {
            const QString no = bed.apply(test::json(R"({"cmd":"register_clue","title":"奉贤区某企业渗漏污染河道案","district":"奉贤区",
                "unit":"district_ecology","channel":"complaint","received_on":"2026-10-09","site":"奉贤区某镇","description":"群众举报河道有油污。"})"));
            QVERIFY(!no.isEmpty());
            auto due = storage::scalar(bed.database().connection(),
                                       u"SELECT d.due_on FROM deadlines d JOIN cases c ON c.id = d.case_id WHERE c.case_no = ? "
                                       "AND d.kind = 'verification_start'"_s, {no});
            QVERIFY(due && due->isValid());
            const QDate on = storage::dateFrom(due.value()).addDays(late);
            QVERIFY(on <= Today);
            QJsonObject start = test::json(R"({"cmd":"start_verification"})");
            start.insert(u"started_on"_s, on.toString(Qt::ISODate));
            QVERIFY(!bed.apply(start, no).isEmpty());
        }
        auto n = bed.service().reader().caseCount();
        QVERIFY(n);
        for (qint64 id = 1; id <= n.value(); ++id)
            if (auto f = bed.service().reader().caseFile(id))
                files << f.value();
        QCOMPARE(files.size(), n.value());
        deadlines = test::StatisticsOracle::readDeadlines(bed.database().connection());
        QVERIFY(!deadlines.isEmpty());
    }

    void everything()
    {
        reports::StatisticsQuery q;
        q.filter.today = Today;
        auto st = reports::caseStatistics(bed.service(), q);
        QVERIFY2(st, qPrintable(st.errorString()));
        const test::StatisticsOracle o = oracle([](const domain::CaseFile &) { return true; });
        compareFigures(st.value(), o);
        compareCases(q, o);
        // Not all zeros: each chart has bars, and the demo's deadlines ended both ways.
        for (const QString &key : reports::statisticsCharts())
            QVERIFY2(std::any_of(o.values.keyBegin(), o.values.keyEnd(), [&](const QString &k) { return k.startsWith(key + u'/'); }),
                     qPrintable(key));
        QVERIFY(st->chart(u"deadlines"_s)->total(u"kept"_s) > 0);
        QVERIFY(st->chart(u"deadlines"_s)->total(u"late"_s) > 0);
        qint64 all = 0;
        for (const QString &s : st->chart(u"stages"_s)->seriesKeys)
            all += st->chart(u"stages"_s)->total(s);
        QCOMPARE(all, qint64(files.size()));
        // The flow shows the 12 months up to today, every one of them.
        QCOMPARE(st->chart(u"flow"_s)->categoryKeys.size(), 12);
        QCOMPARE(st->chart(u"flow"_s)->categoryKeys.first(), u"2025-12"_s);
        QCOMPARE(st->chart(u"flow"_s)->categoryKeys.last(), u"2026-11"_s);
    }

    void aDistrictAndMajorCases()
    {
        const QString district = files.at(3).districtCode;
        reports::StatisticsQuery q;
        q.filter.today = Today;
        q.filter.districtCode = district;
        auto st = reports::caseStatistics(bed.service(), q);
        QVERIFY2(st, qPrintable(st.errorString()));
        const test::StatisticsOracle o = oracle([&](const domain::CaseFile &f) { return f.districtCode == district; });
        QVERIFY(!o.values.isEmpty());
        compareFigures(st.value(), o);
        compareCases(q, o);

        q.filter.districtCode.clear();
        q.filter.majorOnly = true;
        auto major = reports::caseStatistics(bed.service(), q);
        QVERIFY2(major, qPrintable(major.errorString()));
        const test::StatisticsOracle m = oracle([](const domain::CaseFile &f) { return f.major; });
        QVERIFY(!m.values.isEmpty());
        compareFigures(major.value(), m);
    }

    void aPeriod()
    {
        reports::StatisticsQuery q;
        q.filter.today = Today;
        q.from = QDate(2025, 1, 1);
        q.to = QDate(2026, 6, 30);
        auto st = reports::caseStatistics(bed.service(), q);
        QVERIFY2(st, qPrintable(st.errorString()));
        const test::StatisticsOracle o = oracle([](const domain::CaseFile &) { return true; }, q.from, q.to);
        compareFigures(st.value(), o);
        compareCases(q, o);
        QCOMPARE(st->chart(u"flow"_s)->categoryKeys.size(), 18);
        qint64 received = 0, inPeriod = 0;
        for (const QString &s : st->chart(u"stages"_s)->seriesKeys)
            received += st->chart(u"stages"_s)->total(s);
        for (const domain::CaseFile &f : files)
            inPeriod += f.receivedOn >= q.from && f.receivedOn <= q.to;
        QCOMPARE(received, inPeriod);
        QVERIFY(inPeriod > 0 && inPeriod < files.size());
    }

    // With no condition and no period the amounts are read from the money tables alone (statisticssql.cpp);
    // under a period that holds every case they are read through the cases. Both ways give the same bars,
    // and those are the oracle's.
    void theMoneyTablesAloneSayWhatTheCasesSay()
    {
        reports::StatisticsQuery every, wide;
        every.filter.today = wide.filter.today = Today;
        wide.from = QDate(1990, 1, 1);
        wide.to = Today;
        for (const domain::CaseFile &f : files)
            QVERIFY(f.receivedOn >= wide.from && f.receivedOn <= wide.to);
        auto alone = reports::caseStatistics(bed.service(), every, {u"amounts"_s, u"channels"_s});
        auto through = reports::caseStatistics(bed.service(), wide, {u"amounts"_s, u"channels"_s});
        QVERIFY2(alone && through, qPrintable(alone.errorString() + through.errorString()));
        for (const QString &key : {u"amounts"_s, u"channels"_s}) {
            const reports::StatisticsChart *a = alone->chart(key), *t = through->chart(key);
            QVERIFY(a && t);
            QCOMPARE(a->seriesKeys, t->seriesKeys);
            QCOMPARE(a->categoryKeys, t->categoryKeys);
            QCOMPARE(a->values, t->values);
        }
        test::StatisticsOracle o = oracle([](const domain::CaseFile &) { return true; });
        o.values.removeIf([](const auto &it) { return !it.key().startsWith(u"amounts/"_s) && !it.key().startsWith(u"channels/"_s); });
        QVERIFY(o.values.size() > 10);
        compareFigures(alone.value(), o);
        compareFigures(through.value(), o);
    }

    // The page computes one chart at a time (the one on screen): each alone equals the oracle's bars of
    // that chart, and nothing else comes with it; a chart that does not exist is refused.
    void oneChartAtATime()
    {
        reports::StatisticsQuery q;
        q.filter.today = Today;
        const test::StatisticsOracle all = oracle([](const domain::CaseFile &) { return true; });
        for (const QString &key : reports::statisticsCharts()) {
            auto st = reports::caseStatistics(bed.service(), q, {key});
            QVERIFY2(st, qPrintable(st.errorString()));
            QCOMPARE(st->charts.size(), 1);
            QCOMPARE(st->charts.first().key, key);
            test::StatisticsOracle one = all;
            one.values.removeIf([&key](const auto &it) { return !it.key().startsWith(key + u'/'); });
            QVERIFY2(!one.values.isEmpty(), qPrintable(key));
            compareFigures(st.value(), one);
        }
        // Two asked in another order come in the page's order.
        auto two = reports::caseStatistics(bed.service(), q, {u"flow"_s, u"stages"_s});
        QVERIFY2(two, qPrintable(two.errorString()));
        QCOMPARE(two->charts.size(), 2);
        QCOMPARE(two->charts.at(0).key, u"stages"_s);
        QCOMPARE(two->charts.at(1).key, u"flow"_s);
        auto none = reports::caseStatistics(bed.service(), q, {u"stages"_s, u"pie"_s});
        QVERIFY(!none);
        QVERIFY2(none.errorString().contains(u"pie"_s), qPrintable(none.errorString()));
    }

    // At 100,000 cases a chart must not read the wide case rows (titles, descriptions, parties) nor the
    // wide rows of the money tables: SQLite's plan for every chart statement the page runs
    // (StatisticsSql::figures; no filter, a district, major cases, a period) reads the cases only through a
    // covering index and appraisals, agreements, litigations, payments, decisions and investigations only
    // through covering indexes (migration statistics_indexes).
    // The plan does not depend on the number of rows here (no ANALYZE statistics in either file), so
    // the demo set shows the plan of the 100,000-case register.
    void chartsReadOnlyNarrowIndexes()
    {
        ECOCLAIM_SQLITE_ONLY("the plan is SQLite's EXPLAIN QUERY PLAN");
        QList<reports::StatisticsQuery> queries(4);
        for (reports::StatisticsQuery &q : queries)
            q.filter.today = Today;
        queries[1].filter.districtCode = files.at(3).districtCode;
        queries[2].filter.majorOnly = true;
        queries[3].from = QDate(2025, 1, 1);
        queries[3].to = QDate(2026, 6, 30);
        static const QRegularExpression wide(u"\\b(SCAN|SEARCH) (c|p|g|l|m|d|i)\\b(?!.*COVERING INDEX)"_s);
        for (const reports::StatisticsQuery &q : queries) {
            auto sql = reports::StatisticsSql::make(bed.service(), q);
            QVERIFY2(sql, qPrintable(sql.errorString()));
            for (const QString &chart : {u"stages"_s, u"channels"_s, u"amounts"_s, u"flow"_s}) {
                const reports::StatisticsSource source = sql->figures(chart);
                QSqlQuery plan(bed.database().connection());
                QVERIFY(plan.prepare(u"EXPLAIN QUERY PLAN "_s + source.sql));
                for (const QVariant &b : source.binds)
                    plan.addBindValue(b);
                QVERIFY2(plan.exec(), qPrintable(plan.lastError().text()));
                QStringList lines;
                while (plan.next())
                    lines << plan.value(3).toString();
                QVERIFY2(!lines.isEmpty(), qPrintable(chart));
                for (const QString &line : lines)
                    QVERIFY2(!wide.match(line).hasMatch(), qPrintable(chart + u": "_s + line + u"\n"_s + lines.join(u'\n')));
            }
        }
    }

    void theCommandLineSaysTheSame()
    {
        const auto before = test::contentFingerprint(bed.database().connection());
        QString output, errors;
        QCOMPARE(cli({u"report"_s, u"statistics"_s, u"--json"_s}, &output, &errors), 0);
        const QJsonObject printed = QJsonDocument::fromJson(output.toUtf8()).object();
        reports::StatisticsQuery q;
        q.filter.today = Today;
        auto st = reports::caseStatistics(bed.service(), q);
        QVERIFY(st);
        // Labels are translated differently (--lang en): compare the figures.
        const QJsonArray charts = printed.value(u"charts"_s).toArray();
        QCOMPARE(charts.size(), 5);
        const test::StatisticsOracle o = oracle([](const domain::CaseFile &) { return true; });
        int bars = 0;
        for (const QJsonValue &c : charts)
            for (const QJsonValue &s : c.toObject().value(u"series"_s).toArray()) {
                const QJsonObject values = s.toObject().value(u"values"_s).toObject();
                for (auto it = values.begin(); it != values.end(); ++it) {
                    const QString key = c.toObject().value(u"key"_s).toString() + u'/' + s.toObject().value(u"key"_s).toString() + u'/' + it.key();
                    QVERIFY2(qint64(it.value().toDouble()) == o.values.value(key), qPrintable(key));
                    bars += it.value().toDouble() != 0;
                }
            }
        QCOMPARE(bars, int(std::count_if(o.values.cbegin(), o.values.cend(), [](qint64 v) { return v != 0; })));

        // --cases: what a click on a bar opens.
        const domain::CaseFile &one = files.at(0);
        const QString stage = domain::stageKey(one.stage);
        QCOMPARE(cli({u"report"_s, u"statistics"_s, u"--district"_s, one.districtCode, u"--json"_s, u"--cases"_s, u"stages"_s, stage,
                      one.districtCode},
                     &output, &errors),
                 0);
        QSet<qint64> ids;
        for (const QJsonValue &v : QJsonDocument::fromJson(output.toUtf8()).array())
            ids.insert(v.toObject().value(u"id"_s).toInteger());
        QCOMPARE(ids, o.cases.value(u"stages/"_s + stage + u'/' + one.districtCode));
        // The printed figures (text) name the charts.
        QCOMPARE(cli({u"report"_s, u"statistics"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-06-30"_s}, &output, &errors), 0);
        QVERIFY(output.contains(u"Clues by channel"_s));
        QVERIFY(output.contains(u"2026-06"_s));
        QCOMPARE(test::contentFingerprint(bed.database().connection()), before);
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("half a period") << QStringList{u"--from"_s, u"2026-01-01"_s} << 2 << u"usage"_s;
        QTest::newRow("impossible date") << QStringList{u"--from"_s, u"2026-02-30"_s, u"--to"_s, u"2026-03-01"_s} << 2 << u"not a real date"_s;
        QTest::newRow("backwards") << QStringList{u"--from"_s, u"2026-06-01"_s, u"--to"_s, u"2026-01-01"_s} << 1 << u"later or equal"_s;
        QTest::newRow("unknown district") << QStringList{u"--district"_s, u"北京"_s} << 2 << u"not a Shanghai district"_s;
        QTest::newRow("unknown chart") << QStringList{u"--cases"_s, u"pies"_s, u"x"_s, u"y"_s} << 1 << u"no chart"_s;
        QTest::newRow("--cases short") << QStringList{u"--cases"_s, u"stages"_s, u"clue"_s} << 2 << u"usage"_s;
    }

    void badInputIsRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const auto before = test::contentFingerprint(bed.database().connection());
        QString output, errors;
        QCOMPARE(cli(QStringList{u"report"_s, u"statistics"_s} + args, &output, &errors), exitCode);
        QVERIFY2(errors.contains(message), qPrintable(errors));
        QCOMPARE(test::contentFingerprint(bed.database().connection()), before);
        // In-process: the same refusals as values.
        reports::StatisticsQuery q;
        q.filter.today = Today;
        q.from = QDate(2026, 6, 1);
        QVERIFY(!reports::caseStatistics(bed.service(), q)); // half a period
        q.to = QDate(2026, 1, 1);
        QVERIFY(!reports::caseStatistics(bed.service(), q)); // backwards
    }

    // Last (it adds accounts: from here on the register wants a sign-in). A caseworker sees the cases of
    // their unit in their district (and of joint groups it is a member of): the page counts those and no
    // other, as the list does — through the service's rules on a desk's file, and as the caseworker's own
    // login under row-level security on a server.
    void zzACaseworkerSeesTheirUnitOnly()
    {
        const domain::CaseFile &mine = files.at(5);
        service::Accounts accounts(bed.service());
        service::NewAccount admin;
        admin.login = loginOf("admin");
        admin.name = u"管理员"_s;
        admin.role = domain::Role::Admin;
        admin.password = Password;
        auto added = accounts.add(admin, u"setup"_s);
        QVERIFY2(added, qPrintable(added.errorString()));
        if (!test::onPostgres())
            QVERIFY(accounts.signIn(admin.login, Password));
        service::NewAccount worker;
        worker.login = loginOf("cw");
        worker.name = u"王承办"_s;
        worker.role = domain::Role::Caseworker;
        worker.unit = mine.unit;
        worker.districtCode = mine.districtCode;
        worker.password = Password;
        added = accounts.add(worker, u"setup"_s);
        QVERIFY2(added, qPrintable(added.errorString()));

        // The caseworker's own desk: their connection (on a server, their login), signed in.
        QString where = bed.path();
        if (test::onPostgres()) {
            QUrl url(where);
            url.setUserName(worker.login);
            where = url.toString();
        }
        auto db = storage::Database::open(where, test::onPostgres() ? Password : QString());
        QVERIFY2(db, qPrintable(db.errorString()));
        service::CaseNotifier notifier;
        service::CaseService desk(*db.value(), calendar::WorkCalendar::builtIn(), notifier);
        auto signedIn = service::Accounts(desk).signIn(worker.login, Password);
        QVERIFY2(signedIn, qPrintable(signedIn.errorString()));

        reports::StatisticsQuery q;
        q.filter.today = Today;
        auto st = reports::caseStatistics(desk, q);
        QVERIFY2(st, qPrintable(st.errorString()));
        auto theirs = [&](const domain::CaseFile &f) {
            return f.districtCode == mine.districtCode && (f.unit == mine.unit || service::jointMembersOf(f).contains(mine.unit));
        };
        const test::StatisticsOracle o = oracle(theirs);
        compareFigures(st.value(), o);
        qint64 seen = 0, expected = 0;
        for (const QString &s : st->chart(u"stages"_s)->seriesKeys)
            seen += st->chart(u"stages"_s)->total(s);
        for (const domain::CaseFile &f : files)
            expected += theirs(f);
        QCOMPARE(seen, expected);
        QVERIFY(expected > 0 && expected < files.size());
        // The cases behind a bar are theirs only, too.
        const QString stage = domain::stageKey(mine.stage);
        auto rows = reports::statisticsCases(desk, q, u"stages"_s, stage, mine.districtCode);
        QVERIFY2(rows, qPrintable(rows.errorString()));
        QSet<qint64> ids;
        for (const domain::CaseRow &r : rows.value())
            ids.insert(r.id);
        QCOMPARE(ids, o.cases.value(u"stages/"_s + stage + u'/' + mine.districtCode));
        QVERIFY(ids.contains(mine.id));
    }

    void cleanupTestCase()
    {
        if (!test::onPostgres())
            return;
        // Logins are the cluster's: the staff role's grants in this database go, then the roles.
        QSqlQuery q(bed.database().connection());
        q.exec(u"SELECT current_database()"_s);
        q.next();
        const QString staff = QString(u"ecoclaim_staff_"_s + q.value(0).toString()).left(63);
        q.exec(u"DROP OWNED BY \"%1\""_s.arg(staff));
        for (const char *who : {"admin", "cw"})
            test::TestDatabase::adminExec(u"DROP ROLE IF EXISTS %1"_s.arg(loginOf(who)));
        test::TestDatabase::adminExec(u"DROP ROLE IF EXISTS \"%1\""_s.arg(staff));
    }
};

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
