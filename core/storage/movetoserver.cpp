#include "core/storage/movetoserver.h"

#include "core/storage/auditlog.h"
#include "core/storage/caselist.h"
#include "core/storage/database.h"
#include "core/storage/filestore.h"
#include "core/storage/migrations.h"
#include "core/storage/schema.h"
#include "core/storage/searchindex.h"
#include "core/storage/sqlquery.h"
#include "core/storage/writetransaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace ecoclaim::storage {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::MoveToServer)
};

domain::Problem problem(const QString &message) { return domain::Problem{{}, message, {}}; }

// The tables both databases must hold: the case data and everything beside it, the file store's own
// pieces aside (those are carried as files).
bool carried(const SchemaTable &t) { return !t.name.startsWith(u"stored_file_"_s); }

// A table's content as the comparison sees it: every row as text, sorted, hashed.
domain::Result<QByteArray> contentHash(const QSqlDatabase &db, const QString &table, qint64 *rows)
{
    auto q = exec(db, u"SELECT * FROM %1"_s.arg(table));
    if (!q)
        return q.problems();
    QStringList all;
    while (q.value().next()) {
        QStringList cells;
        for (int i = 0, n = q.value().record().count(); i < n; ++i) {
            const QVariant v = q.value().value(i);
            cells << (v.isNull() ? u"\u2205"_s : v.toString());
        }
        all << cells.join(QChar(0x1f));
    }
    q.value().finish();
    all.sort();
    *rows = all.size();
    return QCryptographicHash::hash(all.join(QChar(0x1e)).toUtf8(), QCryptographicHash::Sha256);
}

// Copies one table in batches of rows, each batch one multi-row INSERT with the ids kept.
domain::Status copyTable(const QSqlDatabase &source, const QSqlDatabase &target, const SchemaTable &t, qint64 *copied,
                         const std::function<void(qint64)> &progress)
{
    const QString columns = t.columns.join(u", "_s);
    const QString order = t.primaryKey.isEmpty() ? u"1"_s : t.primaryKey;
    auto q = exec(source, u"SELECT %1 FROM %2 ORDER BY %3"_s.arg(columns, t.name, order));
    if (!q)
        return q.problems();
    const QString row = u"("_s + QStringList(t.columns.size(), u"?"_s).join(u", "_s) + u')';
    constexpr int Batch = 200;
    QVariantList binds;
    int inBatch = 0;
    auto flush = [&]() -> domain::Status {
        if (inBatch == 0)
            return domain::success();
        QStringList rows(inBatch, row);
        auto insert = exec(target, u"INSERT INTO %1 (%2) VALUES %3"_s.arg(t.name, columns, rows.join(u", "_s)), binds);
        binds.clear();
        inBatch = 0;
        if (!insert)
            return insert.problems();
        return domain::success();
    };
    while (q.value().next()) {
        for (int i = 0; i < t.columns.size(); ++i)
            binds << q.value().value(i);
        ++*copied;
        if (++inBatch == Batch) {
            if (auto s = flush(); !s)
                return s;
            if (progress)
                progress(*copied);
        }
    }
    q.value().finish();
    return flush();
}
} // namespace

domain::Result<MoveReport> moveToServer(Database &from, Database &to,
                                        const std::function<void(const QString &, qint64, qint64)> &progress)
{
    if (from.engine() != Engine::SQLite || to.engine() != Engine::PostgreSQL)
        return problem(Tr::tr("A move goes from a desk's SQLite file to the bureau's PostgreSQL server."));
    const QSqlDatabase source = from.connection(), target = to.connection();
    auto fromVersion = schemaVersion(source), toVersion = schemaVersion(target);
    if (!fromVersion || !toVersion)
        return problem(Tr::tr("The schema versions could not be read."));
    if (fromVersion.value() != toVersion.value())
        return problem(Tr::tr("The desk's database has schema version %1 and the server's %2; open both with this program first.")
                           .arg(fromVersion.value())
                           .arg(toVersion.value()));

    auto sourceTables = schemaTables(source), targetTables = schemaTables(target);
    if (!sourceTables || !targetTables)
        return problem(Tr::tr("The tables of the two databases could not be read."));
    QList<SchemaTable> tables;
    QStringList targetNames;
    for (const SchemaTable &t : targetTables.value())
        if (carried(t))
            targetNames << t.name;
    for (const SchemaTable &t : sourceTables.value())
        if (carried(t)) {
            if (!targetNames.contains(t.name))
                return problem(Tr::tr("The server database has no table %1.").arg(t.name));
            tables << t;
        }

    // Only into an empty database: a move never merges two registers.
    for (const SchemaTable &t : tables) {
        auto n = scalar(target, u"SELECT count(*) FROM %1"_s.arg(t.name));
        if (!n)
            return n.problems();
        if (n.value().toLongLong() > 0)
            return problem(Tr::tr("The server database is not empty (table %1 holds %2 rows); nothing was copied. "
                                  "Move a desk only into a new database.")
                               .arg(t.name)
                               .arg(n.value().toLongLong()));
    }

    MoveReport report;
    auto sourceChain = audit::verify(source);
    if (!sourceChain)
        return sourceChain.problems();
    if (!sourceChain->intact())
        return problem(Tr::tr("The desk's audit chain is broken (%1); it is not moved until that is explained.").arg(sourceChain->message));

    FileStore sourceStore(from), targetStore(to);
    auto files = exec(source, u"SELECT sha256 FROM stored_files ORDER BY sha256"_s);
    if (!files)
        return files.problems();
    QStringList shas;
    while (files.value().next())
        shas << files.value().value(0).toString();
    files.value().finish();

    {
        WriteTransaction txn(target, WriteTransaction::Scope::Everything);
        if (auto s = txn.begin(); !s)
            return s.problems();
        for (const SchemaTable &t : tables) {
            qint64 copied = 0;
            auto total = scalar(source, u"SELECT count(*) FROM %1"_s.arg(t.name));
            const qint64 n = total ? total.value().toLongLong() : 0;
            if (auto s = copyTable(source, target, t, &copied, [&](qint64 done) {
                    if (progress)
                        progress(t.name, done, n);
                });
                !s)
                return s.problems();
            report.rows += copied;
            ++report.tables;
            if (t.generatedId) // the next row the server hands out comes after the copied ones
                if (auto q = exec(target, u"SELECT setval(pg_get_serial_sequence('%1', 'id'), COALESCE(max(id), 0) + 1, false) FROM %1"_s
                                              .arg(t.name));
                    !q)
                    return q.problems();
        }
        for (const QString &sha : std::as_const(shas)) {
            auto device = sourceStore.open(sha);
            if (!device)
                return device.problems();
            auto recorded = FileStore::recorded(source, sha);
            if (!recorded)
                return recorded.problems();
            auto stored = targetStore.putDevice(*device.value(), recorded.value());
            if (!stored)
                return stored.problems();
            ++report.files;
            report.fileBytes += recorded->size;
            if (progress)
                progress(u"files"_s, report.files, shas.size());
        }
        if (auto s = search::rebuild(target, [&](qint64 done, qint64 total) {
                if (progress && done % 1000 == 0)
                    progress(u"search"_s, done, total);
            });
            !s)
            return s.problems();
        if (auto s = txn.commit(); !s)
            return s.problems();
    }

    // The proof: content, chain, files, searches.
    for (const SchemaTable &t : tables) {
        qint64 a = 0, b = 0;
        auto left = contentHash(source, t.name, &a), right = contentHash(target, t.name, &b);
        if (!left || !right)
            return problem(Tr::tr("Table %1 could not be compared.").arg(t.name));
        if (left.value() != right.value() || a != b)
            return problem(Tr::tr("Table %1 differs after the move (%2 rows on the desk, %3 on the server).").arg(t.name).arg(a).arg(b));
    }
    report.lines << Tr::tr("%n tables and %1 rows copied; every table equal, value for value.", nullptr, int(report.tables)).arg(report.rows);
    auto targetChain = audit::verify(target);
    if (!targetChain)
        return targetChain.problems();
    if (!targetChain->intact() || targetChain->head != sourceChain->head)
        return problem(Tr::tr("The audit chain on the server does not match the desk's: %1").arg(targetChain->message));
    report.auditEntries = targetChain->entries;
    report.auditHead = targetChain->head;
    report.lines << Tr::tr("Audit chain of %1 entries intact, head %2 as on the desk.").arg(targetChain->entries).arg(targetChain->head);
    auto check = targetStore.check(FileStore::Depth::Hashes);
    if (!check)
        return check.problems();
    if (!check->clean() || check->checkedFiles != shas.size())
        return problem(Tr::tr("The stored files on the server are not whole: %1 missing, %2 altered.")
                           .arg(check->missing.size())
                           .arg(check->altered.size()));
    report.lines << Tr::tr("%1 stored files (%2 bytes) whole on the server.").arg(report.files).arg(report.fileBytes);

    // Searches: substrings of 1 to 4 characters of case titles, answered by both indexes.
    QStringList titles;
    if (auto q = exec(source, u"SELECT title FROM cases ORDER BY id LIMIT 2000"_s)) {
        while (q.value().next())
            titles << q.value().value(0).toString();
        q.value().finish();
    }
    QRandomGenerator random(20250630);
    for (int i = 0; i < 60 && !titles.isEmpty(); ++i) {
        const QList<uint> cps = titles.at(random.bounded(int(titles.size()))).toUcs4();
        if (cps.isEmpty())
            continue;
        const int length = 1 + random.bounded(4);
        const int start = random.bounded(int(cps.size()));
        const QString query = QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData() + start),
                                                qMin<qsizetype>(length, cps.size() - start));
        CaseListFilter filter;
        filter.search = query;
        auto a = countCases(source, filter), b = countCases(target, filter);
        if (!a || !b || a.value() != b.value())
            return problem(Tr::tr("Searching for \"%1\" finds %2 cases on the desk and %3 on the server.")
                               .arg(query)
                               .arg(a ? a.value() : -1)
                               .arg(b ? b.value() : -1));
        ++report.searchesCompared;
    }
    report.lines << Tr::tr("%n searches give the same cases on the desk and on the server.", nullptr, report.searchesCompared);
    return report;
}

} // namespace ecoclaim::storage
