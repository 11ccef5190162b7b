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

// table → SHA-256 over its rows in a fixed order (by every column), each value as text with NULL marked.
inline QMap<QString, QByteArray> contentFingerprint(const QSqlDatabase &db)
{
    QMap<QString, QByteArray> out;
    auto tables = storage::schemaTables(db);
    if (!tables)
        qFatal("fingerprint: %s", qPrintable(tables.errorString()));
    for (const storage::SchemaTable &t : tables.value()) {
        QStringList order;
        for (int i = 1; i <= t.columns.size(); ++i)
            order << QString::number(i);
        auto q = storage::exec(db, u"SELECT * FROM %1 ORDER BY %2"_s.arg(t.name, order.join(u", "_s)));
        if (!q)
            qFatal("fingerprint of %s: %s", qPrintable(t.name), qPrintable(q.errorString()));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 rows = 0;
        while (q.value().next()) {
            ++rows;
            for (int i = 0; i < t.columns.size(); ++i) {
                const QVariant v = q.value().value(i);
                hash.addData(v.isNull() ? QByteArrayView("\x01NULL") : QByteArrayView(v.toString().toUtf8()));
                hash.addData(QByteArrayView("\x1f"));
            }
            hash.addData(QByteArrayView("\x1e"));
        }
        out.insert(t.name, QByteArray::number(rows) + ':' + hash.result().toHex());
    }
    return out;
}

} // namespace ecoclaim::test
