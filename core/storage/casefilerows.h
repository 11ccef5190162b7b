#pragma once
// Internal to the case-file loader (casefileloader.cpp, casefileloader_records.cpp): one case's rows of
// a table read through the fast reader (fastrows.h), cells taken by column name. Every part of a case
// file is read this way: QSqlQuery made a QVariant of every cell and searched the record by name on every
// value(name), and a command reads some forty tables of its case, most of them empty (P10).

#include "core/domain/casefile.h"
#include "core/domain/money.h"
#include "core/storage/fastrows.h"

#include <QHash>

namespace ecoclaim::storage::casefilerows {

// Column access by name, so a reader sees which column feeds which field. The names are looked up in
// a map built once per connection and statement; the cells come from the fast reader (fastrows.h):
// QSqlQuery made a QVariant of every cell and searched the record by name on every value(name).
struct Row
{
    const FastRow &r;
    const QHash<QByteArray, int> &columns;
    int at(const char *column) const { return columns.value(QByteArray::fromRawData(column, qstrlen(column)), -1); }
    QVariant v(const char *column) const { return r.value(at(column)); }
    QString s(const char *column) const
    {
        const int c = at(column);
        return r.isNull(c) ? QString() : r.text(c);
    }
    QDate d(const char *column) const { return r.date(at(column)); }
    qint64 i(const char *column) const { return r.integer(at(column)); }
    bool b(const char *column) const { return i(column) != 0; }
    std::optional<bool> tri(const char *column) const
    {
        const int c = at(column);
        return r.isNull(c) ? std::nullopt : std::optional<bool>(r.integer(c) != 0);
    }
    domain::Money m(const char *column) const { return domain::Money::fromFen(i(column)); }
    domain::Amounts amounts() const
    {
        domain::Amounts a;
        a.interimLoss = m("interim_loss_fen");
        a.permanentLoss = m("permanent_loss_fen");
        a.assessmentCosts = m("assessment_costs_fen");
        a.restorationCosts = m("restoration_costs_fen");
        a.preventionCosts = m("prevention_costs_fen");
        return a;
    }
};

// Runs `sql` for the case and calls `read` for each row.
template <typename F>
domain::Status eachRow(const QSqlDatabase &db, const QString &sql, qint64 caseId, F read)
{
    // Prepared once per connection: a case file is read twice per command, and these reads never nest.
    thread_local QHash<QString, QHash<QByteArray, int>> positions;
    QHash<QByteArray, int> &columns = positions[db.connectionName() + u'\x1f' + sql];
    return forEachFastRow(db, sql, {caseId}, [&](const FastRow &row) {
        if (columns.isEmpty())
            for (int c = 0; c < row.columnCount(); ++c)
                columns.insert(row.columnName(c).toLatin1(), c);
        read(Row{row, columns});
    });
}

} // namespace ecoclaim::storage::casefilerows
