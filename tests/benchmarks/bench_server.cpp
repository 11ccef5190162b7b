// bench_server: the PostgreSQL rows of issue 12 (docs/BENCHMARKS.md, "PostgreSQL (issue 12)") on a
// generated register moved to a server (ecoclaim-cli generate, then migrate-to). Each row measures
// EcoClaim's operation — through CaseService and its CaseReader, as the window and the CLI do it — and the
// raw anchor doing the same SQL through libpq (pgraw.h) on its own connection, interleaved in one run
// (benchcommon.h: order flipped every round, one warm-up round, medians):
//   PG1 list first page, PG2 search 1, 2 and 3+ characters, PG3 deadline dashboard, PG4 open one case
//   file, PG5 one command saved, PG6 8 concurrent writers (bench_server_writers.cpp), PG7 the evidence
//   file store on the server against the SQLite disk store (bench_server_files.cpp).
// Usage: bench_server --db postgresql://USER@HOST:PORT/DB [--reps N] [--only PG1,PG5,…] [--as-of DATE]
//                     [--writers 8] [--commands 40] [--rounds 3] [--file-mb 20] [--work DIR]
// PG5 and PG6 add milestones to restoration cases of the register that no earlier run wrote to (~370 per run).
// Not a CTest test.

#include "bench_server.h"
#include "benchcommon.h"

#include "core/service/casenotifier.h"
#include "core/service/casereader.h"
#include "core/service/caseservice.h"
#include "core/service/dashboard.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using namespace ecoclaim::bench;

namespace ecoclaim::bench {
QByteArray loadAverage()
{
    QFile f(u"/proc/loadavg"_s);
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').mid(0, 3).join(' ') : QByteArray();
}
} // namespace ecoclaim::bench

namespace {

// The list's columns and order as storage/caselist.cpp writes them for the first page (newest change first).
const char *pageColumns = "SELECT c.id, c.case_no, c.title, c.district_code, c.unit, c.stage, c.party_names, c.next_deadline_on, "
                          "c.next_deadline_kind, c.claimed_fen, c.updated_at, c.is_major, c.updated_at FROM cases c";

void section(const char *what)
{
    std::fprintf(stdout, "\n%s — load average %s\n", what, loadAverage().constData());
    std::fflush(stdout);
}

struct Reads
{
    const ServerRun &run;
    service::CaseService &service;
    PgRaw &raw;
    const service::CaseReader &reader() const { return service.reader(); }

    void list();
    void search();
    void dashboard();
    void caseFile();
    void oneCommand();
};

void Reads::list()
{
    domain::CaseListRequest request;
    request.filter.today = run.asOf;
    const QByteArray sql = QByteArray(pageColumns) + " ORDER BY c.updated_at DESC, c.id DESC LIMIT $1";
    compare(u"PG1"_s, u"case list: first page of 100 rows (CaseReader::casePage)"_s, u"raw the same SELECT"_s, run.reps, 3,
            [&](int) {
                if (!reader().casePage(request))
                    qFatal("casePage failed");
            },
            [&](int) { raw.rows(sql.constData(), {"100"}); });
    compare(u"PG1"_s, u"… with the count and the counts by stage (what the window reads on opening)"_s,
            u"raw the same three SELECTs"_s, run.reps, 3,
            [&](int) {
                reader().casePage(request);
                reader().caseCount(request.filter);
                reader().caseCountsByStage(request.filter);
            },
            [&](int) {
                raw.rows(sql.constData(), {"100"});
                raw.rows("SELECT count(*) FROM cases c");
                raw.rows("SELECT c.stage, count(*) FROM cases c GROUP BY c.stage");
            });
}

void Reads::search()
{
    // storage/searchindex.cpp, search::match on PostgreSQL: 3+ characters through pg_trgm (LIKE, then
    // rechecked), 1–2 through the gram array's GIN index.
    const char *trigram = "SELECT case_id FROM case_search WHERE body LIKE $1 ESCAPE '\\'";
    const char *grams = "SELECT case_id FROM case_grams WHERE grams @> ARRAY[CAST($1 AS TEXT)]";
    for (const QString &term : {u"镉"_s, u"浦东"_s, u"排放"_s, u"含油污泥"_s, u"上海宏达化工"_s, u"漕泾镇合展路"_s}) {
        const bool longQuery = term.toUcs4().size() >= 3;
        const QByteArray match = longQuery ? trigram : grams;
        const QByteArray bind = longQuery ? ('%' + term.toUtf8() + '%') : term.toUtf8();
        const QByteArray count = "SELECT count(*) FROM cases c WHERE c.id IN (" + match + ")";
        const QByteArray page = QByteArray(pageColumns) + " WHERE c.id IN (" + match
            + ") ORDER BY c.updated_at DESC, c.id DESC LIMIT $2";
        const qint64 n = raw.value(count.constData(), {bind}).toLongLong();
        domain::CaseListRequest request;
        request.filter.today = run.asOf;
        request.filter.search = term;
        compare(u"PG2"_s,
                u"search \"%1\" (%2 character%3, %4 cases): count + first page"_s.arg(term)
                    .arg(term.toUcs4().size())
                    .arg(term.toUcs4().size() > 1 ? u"s"_s : QString())
                    .arg(n),
                longQuery ? u"raw pg_trgm"_s : u"raw gram GIN"_s, run.reps, 3,
                [&](int) {
                    reader().caseCount(request.filter);
                    reader().casePage(request);
                },
                [&](int) {
                    raw.rows(count.constData(), {bind});
                    raw.rows(page.constData(), {bind, "100"});
                });
    }
}

void Reads::dashboard()
{
    // storage/deadlinestore.cpp, deadlines::dueBy.
    const char *dueSql = "SELECT d.case_id, d.case_no, d.title, d.unit, d.is_major, d.kind, d.subject, d.trigger_on, d.due_on, "
                         "d.article, d.explanation, d.calendar_note, 'open' FROM deadlines d WHERE d.state = 'open' AND d.due_on <= $1 "
                         "ORDER BY d.due_on, d.case_id, d.kind, d.subject";
    const QByteArray until = run.asOf.addDays(14).toString(Qt::ISODate).toUtf8();
    service::DashboardQuery query;
    query.asOf = run.asOf;
    query.withinDays = 14;
    const qint64 n = raw.rows(dueSql, {until});
    compare(u"PG3"_s, u"deadline dashboard (%1 rows due within 14 days or overdue; CaseReader::dueItems)"_s.arg(n),
            u"raw the same SELECT"_s, run.reps, 3,
            [&](int) {
                if (!reader().dueItems(query))
                    qFatal("dueItems failed");
            },
            [&](int) { raw.rows(dueSql, {until}); });
}

void Reads::caseFile()
{
    const qint64 low = raw.value("SELECT min(id) FROM cases").toLongLong();
    const qint64 high = raw.value("SELECT max(id) FROM cases").toLongLong();
    QRandomGenerator random(9);
    QList<qint64> ids;
    for (int i = 0; i < run.reps * 4 + 2; ++i)
        ids << low + qint64(random.bounded(quint64(high - low + 1)));
    // storage/casefileloader.cpp, in its order.
    static const char *reads[] = {
        "SELECT * FROM cases WHERE id = $1",
        "SELECT * FROM parties WHERE case_id = $1 ORDER BY seq", "SELECT * FROM verifications WHERE case_id = $1",
        "SELECT * FROM decisions WHERE case_id = $1 ORDER BY id", "SELECT * FROM investigations WHERE case_id = $1",
        "SELECT * FROM appraisals WHERE case_id = $1 ORDER BY id", "SELECT * FROM restoration_plans WHERE case_id = $1 ORDER BY id",
        "SELECT * FROM consultation_notices WHERE case_id = $1 ORDER BY id",
        "SELECT * FROM consultation_rounds WHERE case_id = $1 ORDER BY round_no", "SELECT * FROM agreements WHERE case_id = $1",
        "SELECT * FROM instalments WHERE agreement_id = (SELECT id FROM agreements WHERE case_id = $1) ORDER BY seq",
        "SELECT * FROM payments WHERE case_id = $1 ORDER BY paid_on, id", "SELECT * FROM confirmations WHERE case_id = $1 ORDER BY id",
        "SELECT * FROM litigations WHERE case_id = $1 ORDER BY id", "SELECT * FROM restorations WHERE case_id = $1",
        "SELECT * FROM milestones WHERE case_id = $1 ORDER BY id", "SELECT * FROM evaluations WHERE case_id = $1 ORDER BY id",
        "SELECT * FROM proceedings WHERE case_id = $1 ORDER BY id", "SELECT * FROM deadline_adjustments WHERE case_id = $1 ORDER BY id",
        "SELECT * FROM timeline WHERE case_id = $1 ORDER BY id",
        "SELECT e.*, f.size, f.media_type FROM evidence e JOIN stored_files f ON f.sha256 = e.sha256 WHERE e.case_id = $1 ORDER BY e.id",
        "SELECT * FROM documents WHERE case_id = $1 ORDER BY id", "SELECT * FROM liability_shares WHERE case_id = $1 ORDER BY id",
        "SELECT s.* FROM document_services s JOIN documents d ON d.id = s.document_id WHERE d.case_id = $1 ORDER BY s.id"};
    compare(u"PG4"_s, u"open one case file (CaseReader::caseFile: every table of the case, %1 SELECTs)"_s.arg(std::size(reads)),
            u"raw the same SELECTs"_s, run.reps * 4, 3,
            [&](int i) {
                if (!reader().caseFile(ids.at(i + 1)))
                    qFatal("caseFile failed");
            },
            [&](int i) {
                const QByteArray id = QByteArray::number(ids.at(i + 1));
                for (const char *sql : reads)
                    raw.rows(sql, {id});
            });
}

void Reads::oneCommand()
{
    // Restoration cases no run wrote to yet: alternate ones to the two sides, from the end of the list
    // (PG6 takes its cases from the start).
    QList<QString> ecoCases;
    QList<qint64> rawCases;
    const auto cases = raw.table(QByteArray(QByteArray(freshCases) + " DESC LIMIT $1").constData(), {QByteArray::number(run.reps * 4 + 4)});
    for (qsizetype k = 0; k < cases.size(); ++k) {
        if (k % 2)
            rawCases << cases.at(k).at(0).toLongLong();
        else
            ecoCases << QString::fromUtf8(cases.at(k).at(1));
    }
    const QString due = run.asOf.addDays(60).toString(Qt::ISODate);
    compare(u"PG5"_s, u"one command saved (add_milestone through CaseService::execute: row, list columns, deadlines, timeline, audit)"_s,
            u"raw the same writes"_s, run.reps * 2, 3,
            [&](int i) {
                auto r = service.execute(QJsonObject{{u"cmd"_s, u"add_milestone"_s}, {u"case"_s, ecoCases.at(i + 1)},
                                                     {u"due_on"_s, due}, {u"description"_s, u"完成修复效果自查"_s}},
                                         u"bench"_s, run.asOf);
                if (!r)
                    qFatal("command refused: %s", qPrintable(r.errorString()));
            },
            [&](int i) {
                if (!rawAddMilestone(raw, rawCases.at(i + 1), run.asOf, due))
                    qFatal("raw command failed: %s", raw.lastError().constData());
            });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"EcoClaim-bench"_s);
    QStringList args = app.arguments().mid(1);
    if (args.value(0) == u"--writer")
        return writerProcess(args.mid(1));
    ServerRun run;
    run.program = QCoreApplication::applicationFilePath();
    for (int i = 0; i + 1 < args.size(); i += 2) {
        const QString &name = args.at(i), &value = args.at(i + 1);
        if (name == u"--db")
            run.location = value;
        else if (name == u"--reps")
            run.reps = value.toInt();
        else if (name == u"--only")
            run.only = value.split(u',');
        else if (name == u"--as-of")
            run.asOf = QDate::fromString(value, Qt::ISODate);
        else if (name == u"--writers")
            run.writers = value.toInt();
        else if (name == u"--commands")
            run.commandsPerWriter = value.toInt();
        else if (name == u"--rounds")
            run.rounds = value.toInt();
        else if (name == u"--file-mb")
            run.fileMb = value.toInt();
        else if (name == u"--work")
            run.work = value;
    }
    if (!storage::Database::isServerLocation(run.location)) {
        std::fprintf(stderr, "usage: bench_server --db postgresql://USER@HOST:PORT/DB [--reps N] [--only PG1,…] [--as-of DATE]\n"
                             "                    [--writers 8] [--commands 40] [--rounds 3] [--file-mb 20] [--work DIR]\n");
        return 2;
    }
    if (!run.asOf.isValid())
        run.asOf = QDate::currentDate();
    if (run.work.isEmpty())
        run.work = QDir::tempPath() + u"/bench-server-work"_s;
    auto db = storage::Database::open(run.location);
    if (!db)
        qFatal("%s", qPrintable(db.errorString()));
    service::CaseNotifier notifier;
    service::CaseService service(*db.value(), calendar::WorkCalendar::builtIn(), notifier);
    PgRaw raw(run.location);
    std::fprintf(stdout, "database %s: %s cases; PostgreSQL %s; fsync %s, synchronous_commit %s, shared_buffers %s; load average %s\n",
                 qPrintable(run.location), raw.value("SELECT count(*) FROM cases").constData(),
                 raw.value("SHOW server_version").constData(), raw.value("SHOW fsync").constData(),
                 raw.value("SHOW synchronous_commit").constData(), raw.value("SHOW shared_buffers").constData(),
                 loadAverage().constData());
    printHeader();
    Reads reads{run, service, raw};
    if (run.wants("PG1")) {
        section("PG1");
        reads.list();
    }
    if (run.wants("PG2")) {
        section("PG2");
        reads.search();
    }
    if (run.wants("PG3")) {
        section("PG3");
        reads.dashboard();
    }
    if (run.wants("PG4")) {
        section("PG4");
        reads.caseFile();
    }
    if (run.wants("PG5")) {
        section("PG5");
        reads.oneCommand();
    }
    if (run.wants("PG6")) {
        section("PG6");
        concurrentWriters(run, raw);
    }
    if (run.wants("PG7")) {
        section("PG7");
        fileStores(run, raw);
    }
    std::fprintf(stdout, "\nend — load average %s\n", loadAverage().constData());
    return 0;
}
