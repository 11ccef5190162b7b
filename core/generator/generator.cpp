#include "core/generator/generator.h"

#include "core/service/caseservice.h"
#include "core/service/casenotifier.h"

#include "core/domain/catalogue.h"
#include "core/generator/casewriter.h"
#include "core/storage/database.h"
#include "core/storage/searchindex.h"
#include "core/storage/sqlquery.h"
#include "core/storage/writetransaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::generator {

namespace {
// Translations of this file live in the context ecoclaim::Generator (lupdate reads the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Generator)
};

// Independent streams per case and purpose, so changing how one case's words are drawn never moves
// another case's dates.
enum Stream : quint64 { StructureStream = 1, TextStream = 2, StartStream = 3, ActorStream = 4 };
Random streamFor(quint64 seed, qint64 index, Stream stream)
{
    Random mixer(seed ^ (quint64(index) * 0x9e3779b97f4a7c15ULL) ^ (quint64(stream) << 56));
    return Random(mixer.next());
}

struct Slot
{
    qint64 index = 0;
    QDate receivedOn;
    QString districtCode;
};

// Open cases end within the last weeks, so their deadlines fall around today (some overdue, most
// coming); finished ones are spread over the years since 2024.
QDate receivedOnFor(Random &r, Stage stage, int spanDays, QDate today)
{
    const bool running = stage == Stage::Clue || stage == Stage::Verification || isClaimOpen(stage);
    if (running)
        return today.addDays(-r.between(0, stage == Stage::Clue ? 45 : 25) - spanDays);
    const QDate earliest(2024, 1, 1);
    const QDate latest = today.addDays(-1 - spanDays);
    if (latest <= earliest)
        return latest;
    return earliest.addDays(r.below(int(earliest.daysTo(latest))));
}

Status exec(const QSqlDatabase &db, const QString &sql)
{
    auto q = storage::exec(db, sql);
    return q ? success() : Status(q.problems());
}
} // namespace

Result<GeneratorReport> generate(storage::Database &database, const calendar::WorkCalendar &calendar,
                                 const GeneratorOptions &options)
{
    QElapsedTimer clock;
    clock.start();
    const QSqlDatabase db = database.connection();
    auto existing = storage::scalar(db, u"SELECT count(*) FROM cases"_s);
    if (!existing)
        return existing.problems();
    if (existing.value().toLongLong() > 0)
        return Problem{u"db"_s,
                       Tr::tr("The database already has %n case(s); generate writes only into an empty database.", nullptr,
                              existing.value().toInt()),
                       {}};
    if (options.cases < 1)
        return Problem{u"cases"_s, Tr::tr("Say how many cases to generate: a number of at least 1."), {}};
    auto progress = [&options](const QString &phase, qint64 done, qint64 total) {
        if (options.progress)
            options.progress(phase, done, total);
    };

    // 1. Every case's stage and span, to order them by the day they were received.
    const QDate base(2024, 1, 1);
    QList<Slot> byReceipt;
    byReceipt.reserve(options.cases);
    for (qint64 i = 0; i < options.cases; ++i) {
        Random structure = streamFor(options.seed, i, StructureStream);
        const Stage stage = stageFor(structure);
        RowIds scratch;
        const PlannedCase sketch = planCase(structure, Random(0), stage, base, 0, {}, scratch, false);
        Random start = streamFor(options.seed, i, StartStream);
        byReceipt << Slot{i, receivedOnFor(start, stage, int(base.daysTo(sketch.lastDay())), options.today), sketch.file.districtCode};
    }
    std::sort(byReceipt.begin(), byReceipt.end(), [](const Slot &a, const Slot &b) {
        return a.receivedOn != b.receivedOn ? a.receivedOn < b.receivedOn : a.index < b.index;
    });
    progress(Tr::tr("planned"), options.cases, options.cases);

    // Caseworkers who record the commands.
    QStringList actors;
    Random actorNames(options.seed ^ 0xac7025ULL);
    for (int i = 0; i < 40; ++i)
        actors << words::personName(actorNames);

    // 2. Write them, in batches of one transaction each.
    // Foreign keys are checked once at the end (the test runs foreign_key_check) instead of per row;
    // the connection gets its usual settings back however this ends.
    for (const QString &pragma : {u"PRAGMA synchronous = OFF"_s, u"PRAGMA cache_size = -65536"_s, u"PRAGMA foreign_keys = OFF"_s})
        if (auto s = exec(db, pragma); !s)
            return s.problems();
    struct Restore
    {
        QSqlDatabase db;
        ~Restore()
        {
            for (const QString &pragma : {u"PRAGMA synchronous = FULL"_s, u"PRAGMA foreign_keys = ON"_s, u"PRAGMA cache_size = -2000"_s})
                exec(db, pragma);
        }
    } restore{db};
    CaseWriter writer(db, calendar);
    RowIds ids;
    QMap<QPair<QString, int>, int> serials;
    constexpr int batch = 2000;
    for (qsizetype k = 0; k < byReceipt.size();) {
        storage::WriteTransaction txn(db);
        if (auto s = txn.begin(); !s)
            return s.problems();
        for (const qsizetype end = std::min(k + batch, byReceipt.size()); k < end; ++k) {
            const Slot &slot = byReceipt.at(k);
            const int serial = ++serials[{slot.districtCode, slot.receivedOn.year()}];
            const QString number = u"%1-%2-%3"_s.arg(slot.receivedOn.year()).arg(slot.districtCode).arg(serial, 4, 10, QChar(u'0'));
            Random structure = streamFor(options.seed, slot.index, StructureStream);
            const Stage stage = stageFor(structure);
            PlannedCase plan = planCase(structure, streamFor(options.seed, slot.index, TextStream), stage, slot.receivedOn,
                                        k + 1, number, ids, true);
            Random actor = streamFor(options.seed, slot.index, ActorStream);
            plan.actor = actors.at(actor.below(int(actors.size())));
            if (auto s = writer.write(plan); !s)
                return s.problems();
        }
        if (k == byReceipt.size())
            if (auto s = writer.writeNumberSeries(serials); !s)
                return s.problems();
        if (auto s = txn.commit(); !s)
            return s.problems();
        progress(Tr::tr("cases written"), k, byReceipt.size());
    }

    // 3. The search index, rebuilt once from the case tables (docs/PITFALLS.md §7).
    {
        storage::WriteTransaction txn(db);
        if (auto s = txn.begin(); !s)
            return s.problems();
        if (auto s = storage::search::rebuild(db, [&](qint64 done, qint64 total) {
                if (done % 10000 == 0 || done == total)
                    progress(Tr::tr("search index"), done, total);
            });
            !s)
            return s.problems();
        if (auto s = txn.commit(); !s)
            return s.problems();
    }
    if (auto s = exec(db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s); !s)
        return s.problems();

    GeneratorReport report;
    report.cases = writer.counts().cases;
    report.rows = writer.counts().rows;
    report.timelineEvents = writer.counts().timeline;
    report.auditEntries = writer.counts().audit;
    report.deadlines = writer.counts().deadlines;
    report.documents = writer.counts().documents;
    report.seconds = clock.elapsed() / 1000.0;
    return report;
}

namespace {
void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
}

// Whether `path` may be replaced: a database nothing was done to (no audit entry, hence no case, key or
// calendar), closed cleanly (no journal with pages waiting beside it).
Status replaceable(const QString &path)
{
    if (QFileInfo(path + u"-wal"_s).size() > 0)
        return Problem{u"db"_s, Tr::tr("%1 is open in another program or was not closed cleanly (its -wal file holds "
                                       "data); generate does not replace it.").arg(path), {}};
    auto db = storage::Database::open(path, storage::OpenMode::MustExist);
    if (!db)
        return db.problems();
    auto entries = storage::scalar(db.value()->connection(), u"SELECT count(*) FROM audit_log"_s);
    if (!entries)
        return entries.problems();
    if (entries.value().toLongLong() > 0)
        return Problem{u"db"_s, Tr::tr("%1 already holds records (%n audit entries); generate writes only a new database.",
                                       nullptr, entries.value().toInt()).arg(path), {}};
    return success();
}
} // namespace

Result<GeneratorReport> generateFile(const QString &path, const GeneratorOptions &options)
{
    if (QFileInfo::exists(path))
        if (auto s = replaceable(path); !s)
            return s.problems();
    const QString partial = path + u".generating"_s;
    removeDatabaseFiles(partial); // what a killed run left
    std::optional<Result<GeneratorReport>> report;
    {
        auto db = storage::Database::open(partial, storage::OpenMode::CreateIfMissing);
        if (!db)
            return db.problems();
        report = generate(*db.value(), calendar::WorkCalendar::builtIn(), options);
    } // closed: the WAL checkpointed into the file and removed
    if (!*report) {
        removeDatabaseFiles(partial);
        return *report;
    }
    // rename(2) replaces the target in one step (QFile::rename refuses an existing target).
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData()) != 0) {
        removeDatabaseFiles(partial);
        return Problem{u"db"_s, Tr::tr("The generated database could not be moved to %1.").arg(path), {}};
    }
    return *report;
}

Result<GeneratorReport> generate(service::CaseService &service, const GeneratorOptions &options)
{
    auto report = generate(service.database(), service.calendar(), options);
    if (report)
        Q_EMIT service.notifier().casesReset();
    return report;
}

} // namespace ecoclaim::generator
