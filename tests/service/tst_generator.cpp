// The synthetic register (core/generator, issue 7): a few hundred cases generated into a real database
// must look like what the service writes — every stage present, the child rows each stage implies,
// the timeline ending in the case's stage, deadlines equal to what the catalogue computes from the
// loaded case file, a valid audit chain — and the service must carry on from it: real commands
// accepted on generated cases, the chain still intact after them. The same seed gives the same
// database; another seed another one; a database with cases is refused and left alone. The list,
// search and `case show` work on it (the last through the real CLI).

#include "core/domain/identifiers.h"
#include "core/generator/generator.h"
#include "core/service/casenotifier.h"
#include "core/service/caseservice.h"
#include "core/service/deadlinecatalogue.h"
#include "core/storage/auditlog.h"
#include "core/storage/caselist.h"
#include "core/storage/caserepository.h"
#include "core/storage/deadlinestore.h"
#include "core/storage/database.h"
#include "tests/common/tablebits.h"
#include "core/storage/searchindex.h"
#include "core/storage/sqlquery.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecoclaim;

namespace {
const QDate Today(2026, 11, 28);
constexpr int Cases = 400;

std::unique_ptr<storage::Database> generated(const QString &path, quint64 seed, int cases = Cases)
{
    auto db = storage::Database::open(path);
    if (!db)
        qFatal("cannot open %s", qPrintable(path));
    generator::GeneratorOptions options;
    options.cases = cases;
    options.seed = seed;
    options.today = Today;
    auto report = generator::generate(*db.value(), calendar::WorkCalendar::builtIn(), options);
    if (!report)
        qFatal("generate failed: %s", qPrintable(report.errorString()));
    return std::move(db).value();
}

qint64 count(const QSqlDatabase &db, const QString &sql)
{
    auto n = storage::scalar(db, sql);
    if (!n)
        qFatal("query failed: %s", qPrintable(sql));
    return n.value().toLongLong();
}

// Everything the generator wrote, as one text per table, for comparing two databases.
QString contentOf(const QSqlDatabase &db)
{
    QString all;
    for (const char *sql : {"SELECT group_concat(case_no || title || stage || description || party_names || updated_at, '|') FROM cases",
                            "SELECT group_concat(name || credit_code || id_number || address, '|') FROM parties",
                            "SELECT group_concat(case_id || kind || due_on || explanation, '|') FROM deadlines",
                            "SELECT group_concat(case_id || paper_type || doc_no || dated_on, '|') FROM documents",
                            "SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"})
        all += storage::scalar(db, QString::fromLatin1(sql)).value().toString() + u'\n';
    return all;
}
} // namespace

class TestGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = generated(m_dir.filePath(u"a.db"_s), 42);
    }

    void countsAndStages()
    {
        const QSqlDatabase db = m_db->connection();
        QCOMPARE(count(db, u"SELECT count(*) FROM cases"_s), Cases);
        for (domain::Stage stage : domain::allStages())
            QVERIFY2(count(db, u"SELECT count(*) FROM cases WHERE stage = '%1'"_s.arg(domain::stageKey(stage))) > 0,
                     qPrintable(domain::stageKey(stage)));
        const qint64 events = count(db, u"SELECT count(*) FROM timeline"_s);
        QVERIFY2(events >= 8 * Cases && events <= 16 * Cases, qPrintable(QString::number(events)));
        QCOMPARE(count(db, u"SELECT count(*) FROM audit_log"_s), events);
        QVERIFY(count(db, u"SELECT min(length(description)) FROM cases"_s) >= 150);
        QVERIFY(count(db, u"SELECT count(*) FROM deadlines"_s) > Cases / 10);
        // Deadlines around today: some overdue, most coming.
        QVERIFY(count(db, u"SELECT count(*) FROM deadlines WHERE due_on < '2026-11-28'"_s) > 0);
        QVERIFY(count(db, u"SELECT count(*) FROM deadlines WHERE due_on >= '2026-11-28'"_s) > 0);
        // The papers register (schema 3): about five papers a case, numbers unique and their series
        // recorded as far as they went.
        const qint64 papers = count(db, u"SELECT count(*) FROM documents"_s);
        QVERIFY2(papers >= 3 * Cases && papers <= 8 * Cases, qPrintable(QString::number(papers)));
        QCOMPARE(count(db, u"SELECT count(DISTINCT doc_no) FROM documents WHERE doc_no <> ''"_s),
                 count(db, u"SELECT count(*) FROM documents WHERE doc_no <> ''"_s));
        QCOMPARE(count(db, u"SELECT sum(last_number) FROM paper_number_series"_s),
                 count(db, u"SELECT count(*) FROM documents WHERE doc_no <> ''"_s));
        QCOMPARE(count(db, u"SELECT count(*) FROM cases c WHERE stage = 'agreement' AND NOT EXISTS "
                           "(SELECT 1 FROM documents d WHERE d.case_id = c.id AND d.paper_type = 'compensation_agreement')"_s),
                 0);
        // Case numbers: a gap-free yearly series per district, recorded where allocateCaseNumber reads it.
        QCOMPARE(count(db, u"SELECT sum(last_serial) FROM case_number_series"_s), Cases);
        QCOMPARE(count(db, u"SELECT count(*) FROM cases c WHERE CAST(substr(case_no, 13) AS INTEGER) > "
                           "(SELECT last_serial FROM case_number_series s WHERE s.district_code = c.district_code "
                           "AND s.year = CAST(substr(c.case_no, 1, 4) AS INTEGER))"_s),
                 0);
    }

    void childRowsMatchTheStage_data()
    {
        QTest::addColumn<QString>("violations");
        const QString claim = u"('investigation','consultation','agreement','litigation','restoration','evaluation','closed','archived','terminated')"_s;
        const QString consulted = u"('consultation','agreement','litigation','restoration','evaluation','closed','archived')"_s;
        const QString agreed = u"('agreement','restoration','evaluation','closed','archived')"_s;
        QTest::newRow("verification") << u"SELECT count(*) FROM cases c WHERE stage <> 'clue' AND NOT EXISTS (SELECT 1 FROM verifications v WHERE v.case_id = c.id)"_s;
        QTest::newRow("investigation") << u"SELECT count(*) FROM cases c WHERE stage IN %1 AND NOT EXISTS (SELECT 1 FROM investigations i WHERE i.case_id = c.id)"_s.arg(claim);
        QTest::newRow("appraisal done") << u"SELECT count(*) FROM cases c WHERE stage IN %1 AND NOT EXISTS (SELECT 1 FROM appraisals a WHERE a.case_id = c.id AND a.status = 'completed')"_s.arg(consulted);
        QTest::newRow("party") << u"SELECT count(*) FROM cases c WHERE stage IN %1 AND NOT EXISTS (SELECT 1 FROM parties p WHERE p.case_id = c.id)"_s.arg(consulted);
        QTest::newRow("agreement") << u"SELECT count(*) FROM cases c WHERE stage IN %1 AND NOT EXISTS (SELECT 1 FROM agreements a WHERE a.case_id = c.id)"_s.arg(agreed);
        QTest::newRow("restoration") << u"SELECT count(*) FROM cases c WHERE stage IN ('restoration','evaluation','closed','archived') AND NOT EXISTS (SELECT 1 FROM restorations r WHERE r.case_id = c.id)"_s;
        QTest::newRow("paid in full") << u"SELECT count(*) FROM cases c JOIN agreements a ON a.case_id = c.id WHERE stage IN ('closed','archived') AND "
                                         "(SELECT sum(amount_fen) FROM payments p WHERE p.case_id = c.id) <> a.interim_loss_fen + a.permanent_loss_fen + "
                                         "a.assessment_costs_fen + a.restoration_costs_fen + a.prevention_costs_fen + a.punitive_fen"_s;
        QTest::newRow("evaluation passed") << u"SELECT count(*) FROM cases c WHERE stage IN ('closed','archived') AND NOT EXISTS (SELECT 1 FROM evaluations e WHERE e.case_id = c.id AND e.passed = 1)"_s;
        QTest::newRow("archived") << u"SELECT count(*) FROM cases WHERE (stage = 'archived') <> (archived_at IS NOT NULL)"_s;
        QTest::newRow("end decisions") << u"SELECT count(*) FROM cases c WHERE stage IN ('transferred','not_applicable','no_damage','not_initiated','terminated') "
                                          "AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.case_id = c.id AND d.kind = "
                                          "CASE c.stage WHEN 'transferred' THEN 'transfer' WHEN 'terminated' THEN 'termination' ELSE c.stage END)"_s;
        QTest::newRow("timeline starts") << u"SELECT count(*) FROM cases c WHERE (SELECT command FROM timeline t WHERE t.case_id = c.id ORDER BY id LIMIT 1) <> 'register_clue'"_s;
        QTest::newRow("timeline ends in stage") << u"SELECT count(*) FROM cases c WHERE (SELECT stage_to FROM timeline t WHERE t.case_id = c.id ORDER BY id DESC LIMIT 1) <> c.stage"_s;
        QTest::newRow("updated_at") << u"SELECT count(*) FROM cases c WHERE updated_at <> (SELECT max(recorded_at) FROM timeline t WHERE t.case_id = c.id)"_s;
        QTest::newRow("party names") << u"SELECT count(*) FROM cases c WHERE party_names <> COALESCE((SELECT group_concat(name, '、') FROM (SELECT name FROM parties WHERE case_id = c.id ORDER BY seq)), '')"_s;
        QTest::newRow("notice party") << u"SELECT count(*) FROM consultation_notices n JOIN parties p ON p.id = n.party_id WHERE p.case_id <> n.case_id"_s;
        QTest::newRow("next deadline") << u"SELECT count(*) FROM cases c WHERE next_deadline_on IS NOT (SELECT min(due_on) FROM deadlines d WHERE d.case_id = c.id AND state = 'open')"_s;
        QTest::newRow("deadline copies") << u"SELECT count(*) FROM deadlines d JOIN cases c ON c.id = d.case_id WHERE d.case_no <> c.case_no OR d.title <> c.title OR d.unit <> c.unit"_s;
        QTest::newRow("foreign keys") << u"SELECT count(*) FROM pragma_foreign_key_check"_s;
    }

    void childRowsMatchTheStage()
    {
        QFETCH(QString, violations);
        QCOMPARE(count(m_db->connection(), violations), 0);
    }

    void identifiersCarryTheirCheckCharacters()
    {
        auto q = storage::exec(m_db->connection(), u"SELECT credit_code, id_number FROM parties"_s);
        QVERIFY(q);
        int checked = 0;
        while (q.value().next()) {
            const QString credit = q.value().value(0).toString(), id = q.value().value(1).toString();
            QVERIFY2(credit.isEmpty() || domain::isValidCreditCode(credit), qPrintable(credit));
            QVERIFY2(id.isEmpty() || domain::isValidResidentId(id, Today), qPrintable(id));
            ++checked;
        }
        QVERIFY(checked > Cases / 2);
    }

    // Each case loads as a case file, and the catalogue computes from it exactly the stored deadlines.
    void caseFilesLoadAndDeadlinesAgree()
    {
        const QSqlDatabase db = m_db->connection();
        // The loader reads what the case row's bits name (migration 0015): on a generated register too,
        // where the benchmarks measure it.
        const QStringList wrongBits = test::tableBitsDisagreeing(db);
        QVERIFY2(wrongBits.isEmpty(), qPrintable(wrongBits.mid(0, 5).join(u"; "_s)));
        storage::CaseRepository repository(db);
        const calendar::WorkCalendar calendar = calendar::WorkCalendar::builtIn();
        for (qint64 id = 1; id <= Cases; ++id) {
            auto file = repository.load(id);
            QVERIFY2(file, qPrintable(file.errorString()));
            QCOMPARE(file->timeline.size(), count(db, u"SELECT count(*) FROM timeline WHERE case_id = %1"_s.arg(id)));
            const QList<service::OpenDeadline> open = service::openDeadlines(file.value(), calendar);
            auto stored = storage::deadlines::forCase(db, id);
            QVERIFY(stored);
            QCOMPARE(stored->size(), open.size());
            for (const service::OpenDeadline &d : open) {
                const auto match = std::find_if(stored->begin(), stored->end(), [&](const storage::DeadlineRow &r) {
                    return r.kind == d.kind && r.subject == d.subject && r.due == d.due;
                });
                QVERIFY2(match != stored->end(), qPrintable(u"case %1 %2 %3"_s.arg(id).arg(d.kind, d.due.toString(Qt::ISODate))));
            }
        }
    }

    void auditChainIsValidAndContinues()
    {
        const QSqlDatabase db = m_db->connection();
        auto report = storage::audit::verify(db);
        QVERIFY(report);
        QVERIFY2(report->intact(), qPrintable(report->message));
        QCOMPARE(report->entries, count(db, u"SELECT count(*) FROM timeline"_s));

        // The service carries on from a generated case: the next real command of its stage is accepted.
        service::CaseNotifier serviceNotifier;
        service::CaseService service(*m_db, calendar::WorkCalendar::builtIn(), serviceNotifier);
        const auto caseIn = [&](const QString &where) {
            return storage::scalar(db, u"SELECT case_no FROM cases WHERE "_s + where + u" ORDER BY id LIMIT 1"_s).value().toString();
        };
        const QString clue = caseIn(u"stage = 'clue' AND received_on < '2026-11-27'"_s);
        const QString evaluated = caseIn(u"stage = 'evaluation' AND EXISTS (SELECT 1 FROM evaluations e WHERE e.case_id = cases.id)"_s);
        QVERIFY(!clue.isEmpty() && !evaluated.isEmpty());
        auto started = service.execute(QJsonObject{{u"cmd"_s, u"start_verification"_s}, {u"case"_s, clue},
                                                   {u"started_on"_s, u"2026-11-27"_s}, {u"verified_by"_s, u"王芳"_s}},
                                       u"tester"_s, Today);
        QVERIFY2(started, qPrintable(started.errorString()));
        // Closing checks the passed evaluation and the amount paid in full (Art. 29, Art. 8).
        auto closed = service.execute(QJsonObject{{u"cmd"_s, u"close_case"_s}, {u"case"_s, evaluated}, {u"closed_on"_s, u"2026-11-28"_s}},
                                      u"tester"_s, Today);
        QVERIFY2(closed, qPrintable(closed.errorString()));
        auto after = storage::audit::verify(db);
        QVERIFY(after && after->intact());
        QCOMPARE(after->entries, report->entries + 2);
    }

    void listSearchAndShowWork()
    {
        const QSqlDatabase db = m_db->connection();
        storage::CaseListRequest request;
        request.limit = 50;
        auto page = storage::fetchCasePage(db, request);
        QVERIFY(page);
        QCOMPARE(page->size(), 50);
        request.after = storage::PageKey{page->last().sortKey, page->last().id};
        auto next = storage::fetchCasePage(db, request);
        QVERIFY(next && next->size() == 50 && next->first().id != page->last().id);

        const QString title = storage::scalar(db, u"SELECT title FROM cases WHERE id = 17"_s).value().toString();
        storage::CaseListFilter filter;
        filter.search = title;
        QCOMPARE(storage::countCases(db, filter).value(), 1);
        filter.search = title.left(2); // the district: many cases, through the gram index
        QCOMPARE(storage::countCases(db, filter).value(),
                 count(db, u"SELECT count(*) FROM case_fts WHERE instr(title, '%1') OR instr(parties, '%1') OR instr(addresses, '%1') "
                           "OR instr(description, '%1')"_s.arg(title.left(2))));

        const QString number = storage::scalar(db, u"SELECT case_no FROM cases WHERE stage = 'archived' LIMIT 1"_s).value().toString();
        QProcess cli;
        cli.start(QStringLiteral(ECOCLAIM_BIN_DIR) + u"/ecoclaim-cli"_s,
                  {u"--db"_s, m_db->path(), u"--lang"_s, u"en"_s, u"case"_s, u"show"_s, number});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        const QString shown = QString::fromUtf8(cli.readAllStandardOutput());
        QVERIFY2(shown.contains(number) && shown.contains(u"Case file archived"_s), qPrintable(shown.left(400)));
    }

    void sameSeedSameDatabase()
    {
        auto again = generated(m_dir.filePath(u"b.db"_s), 42, 120);
        auto other = generated(m_dir.filePath(u"c.db"_s), 43, 120);
        auto reference = generated(m_dir.filePath(u"d.db"_s), 42, 120);
        QCOMPARE(contentOf(again->connection()), contentOf(reference->connection()));
        QVERIFY(contentOf(other->connection()) != contentOf(reference->connection()));
    }

    void refusesADatabaseWithCases()
    {
        const QSqlDatabase db = m_db->connection();
        const qint64 before = count(db, u"SELECT count(*) FROM audit_log"_s);
        generator::GeneratorOptions options;
        options.cases = 10;
        auto refused = generator::generate(*m_db, calendar::WorkCalendar::builtIn(), options);
        QVERIFY(!refused);
        QVERIFY(refused.errorString().contains(QString::number(Cases)));
        QCOMPARE(count(db, u"SELECT count(*) FROM audit_log"_s), before);
    }

    // `ecoclaim-cli generate` is all or nothing: killed once the first batch of cases is committed (the
    // index not built yet), it leaves no database at the path — only its partial file, which the next run
    // removes. Before, the path held 2,000 cases that no search could find.
    void killedGenerateLeavesNothingBehind()
    {
        const QString path = m_dir.filePath(u"killed.db"_s);
        QProcess p;
        p.start(QStringLiteral(ECOCLAIM_BIN_DIR) + u"/ecoclaim-cli"_s,
                {u"--lang"_s, u"en"_s, u"--db"_s, path, u"--today"_s, u"2026-11-28"_s, u"generate"_s, u"--cases"_s, u"5000"_s});
        p.setReadChannel(QProcess::StandardError); // the progress lines
        QByteArray err;
        while (!err.contains("cases written") && p.waitForReadyRead(60000))
            err += p.readAllStandardError();
        QVERIFY2(err.contains("cases written: 2000 / 5000"), err.constData());
        p.kill();
        p.waitForFinished();
        QVERIFY2(!QFileInfo::exists(path), "a killed generate left a database behind");
        QVERIFY(QFileInfo::exists(path + u".generating"_s));
        // The next run starts afresh and delivers the whole register, indexed.
        QProcess again;
        again.start(QStringLiteral(ECOCLAIM_BIN_DIR) + u"/ecoclaim-cli"_s,
                    {u"--db"_s, path, u"--today"_s, u"2026-11-28"_s, u"generate"_s, u"--cases"_s, u"60"_s});
        QVERIFY(again.waitForFinished(60000));
        QCOMPARE(again.exitCode(), 0);
        QVERIFY(!QFileInfo::exists(path + u".generating"_s));
        auto db = storage::Database::open(path, storage::OpenMode::MustExist);
        QVERIFY(db);
        const auto coverage = storage::search::coverage(db.value()->connection());
        QVERIFY(coverage && coverage->complete() && coverage->cases == 60);
    }

    // An `init`ed database nothing was done to is replaced; one with records is refused and left as it was.
    void generateReplacesOnlyAnUntouchedDatabase()
    {
        const QString fresh = m_dir.filePath(u"fresh.db"_s);
        QVERIFY(storage::Database::open(fresh)); // created and closed
        generator::GeneratorOptions options;
        options.cases = 30;
        options.today = Today;
        auto report = generator::generateFile(fresh, options);
        QVERIFY2(report, qPrintable(report.errorString()));
        const QByteArray before = [&] {
            QFile f(fresh);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        auto refused = generator::generateFile(fresh, options);
        QVERIFY(!refused);
        QVERIFY(refused.errorString().contains(u"audit"_s));
        QFile f(fresh);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    // A database whose index disagrees with its cases (what a killed generate used to leave, or a bad
    // copy): the service rebuilds the index when it opens the database, and says so.
    void indexThatMissesCasesIsRebuiltOnOpen()
    {
        const QString path = m_dir.filePath(u"unindexed.db"_s);
        auto db = generated(path, 7, 80);
        const QSqlDatabase c = db->connection();
        QVERIFY(storage::exec(c, u"DELETE FROM case_fts WHERE rowid % 2 = 0"_s));
        QVERIFY(storage::exec(c, u"INSERT INTO case_grams(case_grams) VALUES('delete-all')"_s));
        QVERIFY(!storage::search::coverage(c)->complete());
        service::CaseNotifier notifier;
        auto service = service::CaseService::open(*db, notifier);
        QVERIFY2(service, qPrintable(service.errorString()));
        QCOMPARE(service.value()->notes().size(), 1);
        QVERIFY2(service.value()->notes().first().contains(u"80"_s), qPrintable(service.value()->notes().first()));
        QVERIFY(storage::search::coverage(c)->complete());
        // Every case is found again by a piece of its title, one and two characters included.
        auto ids = storage::idList(c, u"SELECT id FROM cases ORDER BY id"_s).value();
        for (qint64 id : ids) {
            const QString title = storage::scalar(c, u"SELECT title FROM cases WHERE id = ?"_s, {id}).value().toString();
            for (int length : {1, 2, 4}) {
                storage::CaseListFilter filter;
                filter.search = title.mid(2, length);
                QVERIFY2(storage::countCases(c, filter).value() >= 1, qPrintable(filter.search));
            }
        }
        // Opened again: nothing to repair, nothing said.
        QVERIFY(service::CaseService::open(*db, notifier).value()->notes().isEmpty());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
};

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
