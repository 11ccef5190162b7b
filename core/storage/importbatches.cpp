#include "core/storage/importbatches.h"

#include "core/domain/casenumber.h"

#include "core/storage/dialect.h"
#include "core/storage/schema.h"
#include "core/storage/searchindex.h"
#include "core/storage/sqlquery.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ecoclaim::storage {

namespace {
// Tables register_clue itself writes for a new case besides the case row: derived from it, removed with it.
bool writtenByRegistration(const QString &table)
{
    return table == u"timeline" || table == u"deadlines" || table == u"deadline_log";
}

// Read from the catalogue once per engine and thread (as primaryKeyColumn remembers keys): an undo of
// 2,000 cases asked the catalogue 4,000 times and took 143 s.
domain::Result<QStringList> tablesKeyedToCase(const QSqlDatabase &db)
{
    thread_local QHash<int, QStringList> known;
    const int engine = int(engineOf(db));
    if (known.contains(engine))
        return known.value(engine);
    auto schema = schemaTables(db);
    if (!schema)
        return schema.problems();
    QStringList out;
    for (const SchemaTable &t : schema.value())
        if (t.name != u"cases" && t.columns.contains(u"case_id"_s) && t.name != u"audit_log")
            out << t.name;
    known.insert(engine, out);
    return out;
}
} // namespace

domain::Result<qint64> recordImportBatch(const QSqlDatabase &db, const ImportBatchRecord &batch)
{
    auto id = execInsert(db, u"INSERT INTO import_batches(kind, source_name, source_sha256, encoding, row_count, imported_at, "
                             "imported_by) VALUES(?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                         {batch.kind, batch.sourceName, batch.sourceSha256, batch.encoding, batch.rowCount, batch.importedAt,
                          batch.importedBy});
    if (!id)
        return id.problems();
    for (const ImportBatchCase &c : batch.cases)
        if (auto q = execWrite(db, u"INSERT INTO import_batch_cases(batch_id, row_no, created_case_id, case_no, commands) "
                                   "VALUES(?, ?, ?, ?, ?)"_s,
                               {id.value(), c.row, c.caseId, c.caseNumber, c.commands.join(u',')});
            !q)
            return q.problems();
    return id.value();
}

domain::Result<QList<ImportBatchRecord>> listImportBatches(const QSqlDatabase &db)
{
    auto q = exec(db, u"SELECT id, kind, source_name, source_sha256, encoding, row_count, imported_at, imported_by, undone_at, "
                      "undone_by FROM import_batches ORDER BY id DESC"_s);
    if (!q)
        return q.problems();
    QList<ImportBatchRecord> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        out << ImportBatchRecord{r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(), r.value(3).toString(),
                                 r.value(4).toString(), r.value(5).toInt(), r.value(6).toString(), r.value(7).toString(),
                                 r.value(8).toString(), r.value(9).toString(), {}};
    }
    if (auto s = readEnded(q.value()); !s)
        return s.problems();
    return out;
}

domain::Result<ImportBatchRecord> readImportBatch(const QSqlDatabase &db, qint64 id)
{
    auto q = exec(db, u"SELECT id, kind, source_name, source_sha256, encoding, row_count, imported_at, imported_by, undone_at, "
                      "undone_by FROM import_batches WHERE id = ?"_s, {id});
    if (!q)
        return q.problems();
    if (!q.value().next()) {
        if (auto s = readEnded(q.value()); !s)
            return s.problems();
        return domain::Problem{u"batch"_s, QCoreApplication::translate("ecoclaim::Storage", "There is no import batch %1.").arg(id), {}};
    }
    const QSqlQuery &r = q.value();
    ImportBatchRecord batch{r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(), r.value(3).toString(),
                            r.value(4).toString(), r.value(5).toInt(), r.value(6).toString(), r.value(7).toString(),
                            r.value(8).toString(), r.value(9).toString(), {}};
    q.value().finish();
    auto c = exec(db, u"SELECT row_no, created_case_id, case_no, commands FROM import_batch_cases WHERE batch_id = ? ORDER BY row_no"_s, {id});
    if (!c)
        return c.problems();
    while (c.value().next())
        batch.cases << ImportBatchCase{c.value().value(0).toInt(), c.value().value(1).toLongLong(), c.value().value(2).toString(),
                                       c.value().value(3).toString().split(u',', Qt::SkipEmptyParts)};
    if (auto s = readEnded(c.value()); !s)
        return s.problems();
    return batch;
}

domain::Status markImportBatchUndone(const QSqlDatabase &db, qint64 id, const QString &at, const QString &by)
{
    auto n = execWrite(db, u"UPDATE import_batches SET undone_at = ?, undone_by = ? WHERE id = ? AND undone_at IS NULL"_s, {at, by, id});
    if (!n)
        return n.problems();
    if (n.value() != 1)
        return domain::Problem{u"batch"_s, QCoreApplication::translate("ecoclaim::Storage", "The import batch %1 could not be marked undone (undone already, or not yours).").arg(id), {}};
    return domain::success();
}

domain::Result<QString> whyTouched(const QSqlDatabase &db, qint64 caseId, const QStringList &imported)
{
    auto exists = scalar(db, u"SELECT count(*) FROM cases WHERE id = ?"_s, {caseId});
    if (!exists)
        return exists.problems();
    if (exists.value().toInt() != 1)
        return QCoreApplication::translate("ecoclaim::Storage", "the case no longer exists");
    auto events = exec(db, u"SELECT command FROM timeline WHERE case_id = ? ORDER BY id"_s, {caseId});
    if (!events)
        return events.problems();
    QStringList commands;
    while (events.value().next())
        commands << events.value().value(0).toString();
    if (auto s = readEnded(events.value()); !s)
        return s.problems();
    if (commands != imported)
        return QCoreApplication::translate("ecoclaim::Storage", "it has been worked on since the import (%1 on its timeline)")
            .arg(commands.mid(commands.size() >= imported.size() && commands.mid(0, imported.size()) == imported ? imported.size() : 1)
                     .join(u", "_s));
    auto audited = scalar(db, u"SELECT count(*) FROM audit_log WHERE case_id = ?"_s, {caseId});
    if (!audited)
        return audited.problems();
    if (audited.value().toInt() != imported.size())
        return QCoreApplication::translate("ecoclaim::Storage", "its audit trail holds %1 entries, not only its registration").arg(audited.value().toInt());
    // A ledger's row wrote the records of its steps (verification, parties, appraisal); each later change
    // would have added to the timeline and the audit trail, which were compared above.
    if (imported != QStringList{u"register_clue"_s})
        return QString();
    auto tables = tablesKeyedToCase(db);
    if (!tables)
        return tables.problems();
    for (const QString &table : std::as_const(tables.value())) {
        if (writtenByRegistration(table))
            continue;
        auto n = scalar(db, u"SELECT count(*) FROM %1 WHERE case_id = ?"_s.arg(table), {caseId});
        if (!n)
            return n.problems();
        if (n.value().toInt() != 0)
            return QCoreApplication::translate("ecoclaim::Storage", "it has records in %1 since the import").arg(table);
    }
    return QString();
}

domain::Status removeImportedCase(const QSqlDatabase &db, qint64 caseId)
{
    auto tables = tablesKeyedToCase(db);
    if (!tables)
        return tables.problems();
    // Children first (the tables come parents before children).
    for (qsizetype i = tables->size() - 1; i >= 0; --i)
        if (auto q = execWrite(db, u"DELETE FROM %1 WHERE case_id = ?"_s.arg(tables->at(i)), {caseId}); !q)
            return q.problems();
    if (engineOf(db) == Engine::PostgreSQL) {
        for (const QString &sql : {u"DELETE FROM case_grams WHERE case_id = ?"_s, u"DELETE FROM case_search WHERE case_id = ?"_s})
            if (auto q = execWrite(db, sql, {caseId}); !q)
                return q.problems();
    } else {
        // The contentless gram table forgets a row only when told its exact tokens (searchindex.cpp).
        auto old = exec(db, u"SELECT title, parties, addresses, description FROM case_fts WHERE rowid = ?"_s, {caseId});
        if (!old)
            return old.problems();
        if (old.value().next()) {
            const SearchDocument previous{old.value().value(0).toString(), old.value().value(1).toString(),
                                          old.value().value(2).toString(), old.value().value(3).toString()};
            old.value().finish();
            if (auto q = execWrite(db, u"INSERT INTO case_grams(case_grams, rowid, grams) VALUES('delete', ?, ?)"_s,
                                   {caseId, search::gramTokens(previous)});
                !q)
                return q.problems();
            if (auto q = execWrite(db, u"DELETE FROM case_fts WHERE rowid = ?"_s, {caseId}); !q)
                return q.problems();
        } else if (auto s = readEnded(old.value()); !s) {
            return s;
        }
    }
    auto n = execWrite(db, u"DELETE FROM cases WHERE id = ?"_s, {caseId});
    if (!n)
        return n.problems();
    if (n.value() != 1) // a server's row-level security lets only the owner remove a case (cases_remove)
        return domain::Problem{u"batch"_s, QCoreApplication::translate("ecoclaim::Storage", "The case could not be removed: on a server only the database's owner removes cases."), {}};
    return domain::success();
}

domain::Status returnCaseNumbers(const QSqlDatabase &db, const QStringList &caseNumbers)
{
    // "2025-310115-0003": year, district, serial (CaseRowWriter::allocateCaseNumber).
    QMap<std::pair<QString, int>, QList<int>> bySeries;
    for (const QString &number : caseNumbers)
        if (const auto n = domain::parseProgramCaseNumber(number))
            bySeries[{n->districtCode, n->year}] << n->serial;
    for (auto it = bySeries.begin(); it != bySeries.end(); ++it) {
        auto last = scalar(db, u"SELECT last_serial FROM case_number_series WHERE district_code = ? AND year = ?"_s,
                           {it.key().first, it.key().second});
        if (!last)
            return last.problems();
        const QList<int> &serials = it.value();
        int top = last.value().toInt();
        // Given back only when the last number taken is one of the batch's (the batch's cases are gone by now):
        // then down to the highest a remaining case of the series holds.
        if (!serials.contains(top))
            continue;
        auto held = exec(db, u"SELECT case_no FROM cases WHERE case_no LIKE ?"_s,
                         {u"%1-%2-%"_s.arg(it.key().second).arg(it.key().first)});
        if (!held)
            return held.problems();
        top = 0;
        while (held.value().next())
            if (const auto n = domain::parseProgramCaseNumber(held.value().value(0).toString());
                n && n->districtCode == it.key().first && n->year == it.key().second)
                top = std::max(top, n->serial);
        if (auto s = readEnded(held.value()); !s)
            return s;
        if (top == last.value().toInt())
            continue;
        const QString sql = top == 0 ? u"DELETE FROM case_number_series WHERE district_code = ? AND year = ?"_s
                                     : u"UPDATE case_number_series SET last_serial = %1 WHERE district_code = ? AND year = ?"_s.arg(top);
        if (auto q = execWrite(db, sql, {it.key().first, it.key().second}); !q)
            return q.problems();
    }
    return domain::success();
}

domain::Result<qint64> unusedCaseId(const QSqlDatabase &db)
{
    if (engineOf(db) == Engine::PostgreSQL)
        return qint64(0);
    auto cases = scalar(db, u"SELECT COALESCE(MAX(id), 0) FROM cases"_s);
    if (!cases)
        return cases.problems();
    auto audited = scalar(db, u"SELECT COALESCE(MAX(case_id), 0) FROM audit_log"_s);
    if (!audited)
        return audited.problems();
    return std::max(cases.value().toLongLong(), audited.value().toLongLong()) + 1;
}

} // namespace ecoclaim::storage
