#pragma once
// A fingerprint of every table's content, for "changed nothing": two fingerprints are equal only when
// every row of every table (the search index and bookkeeping tables aside) is the same, value for value
// — not merely the same number of rows. The tables come from the engine's catalogue (storage/schema.h),
// so a table a later migration adds is covered, on SQLite and PostgreSQL alike.

#include "core/storage/schema.h"
#include "core/storage/sqlquery.h"

#include <QCryptographicHash>
#include <QMap>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace ecoclaim::test {

using namespace Qt::StringLiterals;

// table → "rows:SHA-256" over its rows in a fixed order (by every column), each value as text with NULL
// marked. By default the case data and everything recorded about it; the file store's own pieces on a
// server are left out, as the store's folder beside an SQLite file is (a refused add_evidence may leave
// unrecorded bytes there on either engine, which FileStore::check removes). With derived tables included, the search index (SQLite's FTS5 shadow tables, PostgreSQL's
// case_search and case_grams) is covered too.
enum class Derived { Exclude, Include };
inline QMap<QString, QByteArray> contentFingerprint(const QSqlDatabase &db, Derived derived = Derived::Exclude)
{
    QMap<QString, QByteArray> out;
    QStringList tables;
    if (derived == Derived::Include) {
        auto names = storage::allTableNames(db);
        if (!names)
            qFatal("fingerprint: %s", qPrintable(names.errorString()));
        tables = names.value();
    } else {
        auto schema = storage::schemaTables(db);
        if (!schema)
            qFatal("fingerprint: %s", qPrintable(schema.errorString()));
        for (const storage::SchemaTable &t : schema.value())
            if (!t.name.startsWith(u"stored_file_"_s)) // the file store's bytes on a server (filestore.h): like the
                tables << t.name;                      // folder beside an SQLite file, outside the case data
    }
    for (const QString &table : std::as_const(tables)) {
        auto q = storage::exec(db, u"SELECT * FROM %1"_s.arg(table));
        if (!q)
            qFatal("fingerprint of %s: %s", qPrintable(table), qPrintable(q.errorString()));
        QStringList rows;
        while (q.value().next()) {
            QStringList cells;
            for (int i = 0, n = q.value().record().count(); i < n; ++i) {
                const QVariant v = q.value().value(i);
                cells << (v.isNull() ? u"\u2205"_s
                                     : v.typeId() == QMetaType::QByteArray ? QString::fromLatin1(v.toByteArray().toHex()) : v.toString());
            }
            rows << cells.join(QChar(0x1f));
        }
        rows.sort(); // the order the engine returns rows in is not part of the content
        out.insert(table, QByteArray::number(rows.size()) + ':'
                              + QCryptographicHash::hash(rows.join(QChar(0x1e)).toUtf8(), QCryptographicHash::Sha256).toHex());
    }
    return out;
}

// Two fingerprints compared table by table, so a difference names its table (a warning per table).
inline bool sameTables(const QMap<QString, QByteArray> &now, const QMap<QString, QByteArray> &before)
{
    bool same = now.keys() == before.keys();
    for (auto it = before.begin(); it != before.end(); ++it)
        if (now.value(it.key()) != it.value()) {
            qWarning("table %s differs: %s now, %s before", qPrintable(it.key()), now.value(it.key()).constData(),
                     it.value().constData());
            same = false;
        }
    return same;
}

} // namespace ecoclaim::test
