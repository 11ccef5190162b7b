// bench_server's writers: the raw add_milestone (the anchor of PG5 and PG6) and PG6, several processes
// writing at once — the desks of a bureau on one server. Each round starts `writers` processes of this
// program for one side, lets them connect and get ready, then says "go" to all at once; each applies its
// commands alternately to a case of its own and to one of two cases every writer shares, and reports
// each command's latency (from the first try to the commit; a command the server refused for a lock
// timeout or deadlock is run again and counted). Rounds alternate EcoClaim and raw, each on fresh cases.

#include "bench_server.h"
#include "benchcommon.h"

#include "core/service/casenotifier.h"
#include "core/service/caseservice.h"
#include "core/storage/database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace ecoclaim::bench {

namespace {
constexpr qint64 bureauLockKey = 0x45636f436c61696d; // storage/dialect.h
constexpr qint64 auditChainLockKey = bureauLockKey + 1;
const QByteArray description = "完成修复效果自查";

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype rank = qsizetype(std::ceil(p / 100.0 * double(v.size()))) - 1;
    return v.at(std::clamp<qsizetype>(rank, 0, v.size() - 1));
}
} // namespace

bool rawAddMilestone(PgRaw &raw, qint64 caseId, QDate asOf, const QString &due)
{
    const QByteArray id = QByteArray::number(caseId), dueOn = due.toUtf8(), today = asOf.toString(Qt::ISODate).toUtf8();
    const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
    const auto fail = [&raw] {
        raw.exec("ROLLBACK"); // the failure's SQLSTATE stays in lastState() (a success does not clear it)
        return false;
    };
    if (!raw.exec("BEGIN") || raw.rows("SELECT pg_advisory_xact_lock_shared($1)", {QByteArray::number(bureauLockKey)}) < 0
        || raw.rows("SELECT id FROM cases WHERE id = $1 FOR UPDATE", {id}) < 0)
        return fail();
    const QByteArray milestone = raw.value("INSERT INTO milestones(case_id, due_on, description) VALUES($1, $2, $3) RETURNING id",
                                           {id, dueOn, description});
    if (milestone.isEmpty())
        return fail();
    const QByteArray subject = "milestone:" + milestone;
    if (raw.rows("UPDATE cases SET updated_at = $1, next_deadline_on = LEAST(COALESCE(next_deadline_on, $2), $2) WHERE id = $3",
                 {now, dueOn, id}) < 0
        || raw.rows("INSERT INTO deadlines(case_id, kind, subject, trigger_on, due_on, article, explanation, case_no, title, unit, "
                    "is_major) SELECT id, 'milestone', $1, $2, $3, '第二十九条', '修复节点', case_no, title, unit, is_major FROM cases "
                    "WHERE id = $4",
                    {subject, today, dueOn, id}) < 0
        || raw.rows("INSERT INTO deadline_log(case_id, kind, subject, new_due_on, command, changed_at, changed_on, actor) "
                    "VALUES($1, 'milestone', $2, $3, 'add_milestone', $4, $5, 'bench')",
                    {id, subject, dueOn, now, today}) < 0
        || raw.rows("INSERT INTO timeline(case_id, occurred_on, recorded_at, command, summary, stage_from, stage_to, actor) "
                    "VALUES($1, $2, $3, 'add_milestone', '已添加修复节点', 'restoration', 'restoration', 'bench')",
                    {id, today, now}) < 0
        || raw.rows("SELECT pg_advisory_xact_lock($1)", {QByteArray::number(auditChainLockKey)}) < 0)
        return fail();
    // The audit chain's next entry, hashed as storage/auditlog.cpp hashOf does.
    const auto head = raw.table("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1");
    const QByteArray next = QByteArray::number(head.isEmpty() ? 1 : head.at(0).at(0).toLongLong() + 1);
    const QByteArray prev = head.isEmpty() ? QByteArray() : head.at(0).at(1);
    const QByteArray payload = R"({"case":")" + id + R"(","cmd":"add_milestone","description":")" + description
        + R"(","due_on":")" + dueOn + "\"}";
    const QByteArray changes = R"([{"entity":"milestones","field":"due_on","id":)" + milestone + R"(,"new":")" + dueOn
        + R"(","old":null},{"entity":"milestones","field":"description","id":)" + milestone + R"(,"new":")" + description
        + R"(","old":null}])";
    const QByteArray canonical = QList<QByteArray>{prev, next, now, "bench", id, "add_milestone", payload, changes}.join('\x1f');
    const QByteArray hash = QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex();
    if (raw.rows("INSERT INTO audit_log(id, at, actor, case_id, command, payload, changes, prev_hash, hash) "
                 "VALUES($1, $2, 'bench', $3, 'add_milestone', $4, $5, $6, $7)",
                 {next, now, id, payload, changes, prev, hash}) < 0
        || raw.rows("SELECT pg_notify($1, $2)", {"ecoclaim_changes", id}) < 0 || !raw.exec("COMMIT"))
        return fail();
    return true;
}

int writerProcess(const QStringList &args)
{
    if (args.size() != 4)
        return 2;
    const bool eco = args.at(0) == u"eco";
    const QString location = args.at(1);
    const QDate asOf = QDate::fromString(args.at(2), Qt::ISODate);
    const QStringList cases = args.at(3).split(u',');
    const QString due = asOf.addDays(60).toString(Qt::ISODate);
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<service::CaseNotifier> notifier;
    std::unique_ptr<service::CaseService> service;
    std::unique_ptr<PgRaw> raw;
    if (eco) {
        auto opened = storage::Database::open(location);
        if (!opened)
            qFatal("%s", qPrintable(opened.errorString()));
        db = std::move(opened).value();
        notifier = std::make_unique<service::CaseNotifier>();
        service = std::make_unique<service::CaseService>(*db, calendar::WorkCalendar::builtIn(), *notifier);
    } else {
        raw = std::make_unique<PgRaw>(location);
    }
    std::fprintf(stdout, "ready\n");
    std::fflush(stdout);
    char line[16];
    if (!std::fgets(line, sizeof line, stdin))
        return 3;
    QList<double> latencies;
    int retries = 0;
    for (const QString &c : cases) {
        QElapsedTimer t;
        t.start();
        for (int attempt = 0;; ++attempt) {
            QString why;
            if (eco) {
                auto r = service->execute(QJsonObject{{u"cmd"_s, u"add_milestone"_s}, {u"case"_s, c}, {u"due_on"_s, due},
                                                      {u"description"_s, QString::fromUtf8(description)}},
                                          u"bench"_s, asOf);
                if (r)
                    break;
                why = r.errorString();
            } else {
                if (rawAddMilestone(*raw, c.toLongLong(), asOf, due))
                    break;
                why = QString::fromUtf8(raw->lastState() + ' ' + raw->lastError());
            }
            ++retries;
            if (attempt == 10)
                qFatal("command on %s refused 10 times: %s", qPrintable(c), qPrintable(why));
        }
        latencies << double(t.nsecsElapsed()) / 1e6;
    }
    QStringList out;
    for (double l : std::as_const(latencies))
        out << QString::number(l, 'f', 3);
    std::fprintf(stdout, "retries %d\nlatencies %s\n", retries, qPrintable(out.join(u',')));
    return 0;
}

void concurrentWriters(const ServerRun &run, PgRaw &raw)
{
    const int own = 5, shared = 2;
    const int perRound = run.writers * own + shared;
    const auto cases = raw.table(QByteArray(QByteArray(freshCases) + " LIMIT $1").constData(), {QByteArray::number(perRound * run.rounds * 2)});
    if (cases.size() < perRound * run.rounds * 2)
        qFatal("not enough restoration cases for %d rounds", run.rounds);
    qsizetype next = 0;
    QList<double> ecoRate, rawRate, ecoP99, rawP99, ecoP50, rawP50;
    int ecoRetries = 0, rawRetries = 0;
    const auto round = [&](bool eco) {
        const int column = eco ? 1 : 0; // case numbers for the service, ids for the raw side
        QList<QByteArray> sharedCases;
        for (int s = 0; s < shared; ++s)
            sharedCases << cases.at(next++).at(column);
        QList<std::shared_ptr<QProcess>> processes;
        for (int w = 0; w < run.writers; ++w) {
            QList<QByteArray> mine;
            for (int k = 0; k < own; ++k)
                mine << cases.at(next++).at(column);
            QStringList order;
            for (int j = 0; j < run.commandsPerWriter; ++j)
                order << QString::fromUtf8(j % 2 == 0 ? mine.at((j / 2) % own) : sharedCases.at((j / 2 + w) % shared));
            auto p = std::make_shared<QProcess>();
            p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            p->start(run.program, {u"--writer"_s, eco ? u"eco"_s : u"raw"_s, run.location, run.asOf.toString(Qt::ISODate),
                                   order.join(u',')});
            processes << p;
        }
        for (auto &p : processes)
            while (!p->canReadLine())
                if (!p->waitForReadyRead(60000))
                    qFatal("a writer did not get ready");
        for (auto &p : processes)
            p->readLine();
        QElapsedTimer wall;
        wall.start();
        for (auto &p : processes) {
            p->write("go\n");
            p->closeWriteChannel();
        }
        QList<double> latencies;
        for (auto &p : processes) {
            if (!p->waitForFinished(600000) || p->exitCode() != 0)
                qFatal("a writer failed");
        }
        const double seconds = double(wall.nsecsElapsed()) / 1e9;
        for (auto &p : processes)
            for (const QByteArray &line : p->readAllStandardOutput().split('\n')) {
                if (line.startsWith("retries "))
                    (eco ? ecoRetries : rawRetries) += line.mid(8).toInt();
                else if (line.startsWith("latencies "))
                    for (const QByteArray &l : line.mid(10).split(','))
                        latencies << l.toDouble();
            }
        const double rate = double(latencies.size()) / seconds;
        (eco ? ecoRate : rawRate) << rate;
        (eco ? ecoP99 : rawP99) << percentile(latencies, 99);
        (eco ? ecoP50 : rawP50) << percentile(latencies, 50);
        std::fprintf(stdout, "  round %s: %lld commands in %.2f s = %.1f commands/s, p50 %.1f ms, p99 %.1f ms (load %s)\n",
                     eco ? "EcoClaim" : "raw", qlonglong(latencies.size()), seconds, rate, percentile(latencies, 50),
                     percentile(latencies, 99), loadAverage().constData());
        std::fflush(stdout);
    };
    for (int r = 0; r < run.rounds; ++r) {
        round(r % 2 == 0);
        round(r % 2 != 0);
    }
    const QString who = u"%1 writers × %2 commands (half on a case of their own, half on 2 shared cases)"_s.arg(run.writers)
                            .arg(run.commandsPerWriter);
    const QString clients = u"raw %1 libpq clients"_s.arg(run.writers);
    Result rate{u"PG6"_s,
                u"%1: throughput %2 vs %3 commands/s, shown as ms per command (1 / rate); retries %4 vs %5"_s.arg(who)
                    .arg(median(ecoRate), 0, 'f', 1)
                    .arg(median(rawRate), 0, 'f', 1)
                    .arg(ecoRetries)
                    .arg(rawRetries),
                u"EcoClaim"_s, clients, 1000 / median(ecoRate), 1000 / median(rawRate)};
    rate.goal = 3;
    rate.reps = run.rounds;
    record(rate);
    Result p99{u"PG6"_s, u"… p99 latency of one command (p50 %1 vs %2 ms)"_s.arg(median(ecoP50), 0, 'f', 1).arg(median(rawP50), 0, 'f', 1),
               u"EcoClaim"_s, clients, median(ecoP99), median(rawP99)};
    p99.goal = 3;
    p99.reps = run.rounds;
    record(p99);
}

} // namespace ecoclaim::bench
