#pragma once
// Full-text search over the case file's Chinese text — titles, parties, addresses, descriptions —
// exact for queries of any length from one character up, on both engines.
//
// PostgreSQL (migration postgresql/0001): `case_search` holds each case's normalised text under a pg_trgm
// GIN index, which answers LIKE '%q%' for queries of 3 characters and more (then rechecks, so the answer
// is exact); `case_grams` holds each case's distinct 1- and 2-character grams as a TEXT[] under a GIN
// index, because a trigram index cannot answer shorter queries. The database needs a UTF-8 character
// locale (with locale C, Chinese text has no trigrams: Database::open refuses it).
//
// SQLite:
// Two FTS5 tables (migration 0001): `case_fts`, trigram-tokenised, answers queries of 3 characters
// and more; `case_grams`, a contentless side index of every 1- and 2-character gram, answers shorter
// ones. Why both: a trigram MATCH never finds a query shorter than 3 characters, LIKE against the
// trigram table returns nothing for CJK in SQLite 3.40.1, and instr() over the base table is ~40×
// slower (docs/PITFALLS.md §5–6). Grams are written as hex code points ("x6392x6c61" = 排污) so no tokenizer can
// fold, split or merge them. Text is normalised one way (ASCII letters to lower case) on both sides,
// so a search is case-insensitive for Latin letters and otherwise exact: it equals instr() over the
// normalised text, which is what the search oracle test checks.

#include "core/domain/result.h"
#include "core/storage/dialect.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>

namespace ecoclaim::storage {

struct SearchDocument
{
    QString title, parties, addresses, description;
};

namespace search {

QString normalise(QString text);
// The space-separated gram tokens of a document (unique, sorted: the same text gives the same tokens,
// which a contentless FTS5 table needs to delete a row).
QString gramTokens(const SearchDocument &normalised);

// Replaces the indexed text of one case (inside the caller's write transaction).
domain::Status indexCase(const QSqlDatabase &db, qint64 caseId, SearchDocument document);
// Reads every case and rebuilds both indexes: used after a bulk load (docs/PITFALLS.md §7). One pass over
// cases and parties in id order, the two inserts prepared once (100,000 cases in seconds, where one
// indexCase() per case re-prepares five statements). `progress` (done, total) is called per case.
domain::Status rebuild(const QSqlDatabase &db, const std::function<void(qint64, qint64)> &progress = {});

// How many cases each index holds against the number of cases. A bulk load killed between the cases and
// their index, or a file put back from an incomplete copy, leaves them apart — and every search would
// silently miss cases. Counted, not compared row by row (CaseService::open checks it at every start).
struct Coverage
{
    qint64 cases = 0, text = 0, grams = 0;
    bool complete() const { return text == cases && grams == cases; }
};
domain::Result<Coverage> coverage(const QSqlDatabase &db);

// The document of a case as the application builds it from the case tables.
domain::Result<SearchDocument> documentFor(const QSqlDatabase &db, qint64 caseId);

// One party's searchable text, in seq order; documentFor and rebuild build the document the same way.
struct PartyText
{
    QString name, creditCode, address;
};
SearchDocument documentFrom(const QString &title, const QString &site, const QString &description,
                            const QList<PartyText> &parties);

// A sub-select returning the rowids (case ids) matching `query`, with its bindings; empty SQL when
// the query is blank (no filter).
struct Match
{
    QString sql;
    QVariantList binds;
};
Match match(Engine engine, const QString &query);

} // namespace search
} // namespace ecoclaim::storage
