#pragma once
// Where cases.tables_with_rows (migration 0015, core/storage/casetablebits.h) disagrees with the tables
// themselves: for every case, a table with a bit must have it set exactly when it holds a row of the
// case. Computed here from the tables, not by the triggers under test; the bit order is the loader's list.

#include "core/storage/casetablebits.h"
#include "core/storage/sqlquery.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

namespace ecoclaim::test {

using namespace Qt::StringLiterals;

// Each disagreement as "case 12: parties holds rows, bit unset" (empty: they agree everywhere).
inline QStringList tableBitsDisagreeing(const QSqlDatabase &db)
{
    QHash<qint64, qint64> stored, actual;
    auto cases = storage::exec(db, u"SELECT id, tables_with_rows FROM cases"_s);
    if (!cases)
        return {u"cannot read the cases: "_s + cases.errorString()};
    while (cases.value().next()) {
        stored.insert(cases.value().value(0).toLongLong(), cases.value().value(1).toLongLong());
        actual.insert(cases.value().value(0).toLongLong(), 0);
    }
    for (std::size_t bit = 0; bit < storage::tablesWithBits.size(); ++bit) {
        const QString table = QString::fromUtf16(storage::tablesWithBits.at(bit));
        auto q = storage::exec(db, u"SELECT DISTINCT case_id FROM %1"_s.arg(table));
        if (!q)
            return {u"cannot read %1: %2"_s.arg(table, q.errorString())};
        while (q.value().next())
            actual[q.value().value(0).toLongLong()] |= qint64(1) << bit;
    }
    QStringList out;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        const qint64 want = actual.value(it.key());
        for (std::size_t bit = 0; bit < storage::tablesWithBits.size(); ++bit) {
            const qint64 flag = qint64(1) << bit;
            if ((it.value() & flag) != (want & flag))
                out << u"case %1: %2 %3"_s.arg(it.key()).arg(QString::fromUtf16(storage::tablesWithBits.at(bit)),
                                                           want & flag ? u"holds rows, bit unset"_s : u"holds no row, bit set"_s);
        }
        if (it.value() >> storage::tablesWithBits.size())
            out << u"case %1: a bit beyond the %2 tables is set"_s.arg(it.key()).arg(storage::tablesWithBits.size());
    }
    return out;
}

} // namespace ecoclaim::test
