#include "core/storage/casetransfer.h"

#include "core/storage/migrations.h"
#include "core/storage/schema.h"
#include "core/storage/sqlquery.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ecoclaim::storage {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::CaseTransfer)
};

// Tables never carried: the chain, the store's rows, series, calendars, settings of the database.
bool excluded(const QString &name)
{
    static const QStringList names = {u"audit_log"_s, u"stored_files"_s, u"case_number_series"_s,
                                      u"paper_number_series"_s, u"calendar_years"_s};
    return names.contains(name);
}

// The case's tables in creation order (parents before children), with their columns and keys.
domain::Result<QList<SchemaTable>> caseTables(const QSqlDatabase &db)
{
    auto schema = schemaTables(db);
    if (!schema)
        return schema.problems();
    QList<SchemaTable> all;
    for (const SchemaTable &t : schema.value())
        if (!excluded(t.name))
            all << t;
    // Keep the cases table, tables with case_id, and (to a fixed point) tables keyed to those.
    QSet<QString> kept{u"cases"_s};
    for (const SchemaTable &t : all)
        if (t.columns.contains(u"case_id"_s))
            kept.insert(t.name);
    for (bool grew = true; grew;) {
        grew = false;
        for (const SchemaTable &t : all)
            if (!kept.contains(t.name))
                for (const ForeignKey &k : t.keys)
                    if (kept.contains(k.table) && !grew) {
                        kept.insert(t.name);
                        grew = true;
                    }
    }
    QList<SchemaTable> result;
    for (const SchemaTable &t : all)
        if (kept.contains(t.name))
            result << t;
    return result;
}

QJsonValue toJsonValue(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue::Null;
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
        return QJsonValue(v.toLongLong());
    case QMetaType::Double:
        return v.toDouble();
    default:
        return v.toString();
    }
}

QVariant fromJsonValue(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QVariant(QMetaType(QMetaType::QString));
    if (v.isDouble()) {
        const double d = v.toDouble();
        constexpr double int64Limit = 9223372036854775808.0; // 2^63: qint64(d) beyond it is undefined
        if (d > -int64Limit && d < int64Limit && d == double(qint64(d)))
            return qint64(d);
        return d;
    }
    if (v.isBool())
        return v.toBool() ? 1 : 0;
    return v.toString();
}

// A column the database's own triggers keep (cases.tables_with_rows, migration 0015): it is not the
// case's data, so it is not archived, and an archive that carries one (by hand) is not believed.
bool keptByTheDatabase(const QString &table, const QString &column)
{
    return table == u"cases" && column == u"tables_with_rows";
}

QString quoted(const QString &identifier) { return u'"' + QString(identifier).replace(u'"', u"\"\""_s) + u'"'; }
} // namespace

domain::Result<QJsonObject> dumpCaseRows(const QSqlDatabase &db, qint64 caseId)
{
    auto tables = caseTables(db);
    if (!tables)
        return tables.problems();
    QJsonArray out;
    for (const SchemaTable &t : tables.value()) {
        QString where;
        if (t.name == u"cases")
            where = u"id = ?"_s;
        else if (t.columns.contains(u"case_id"_s))
            where = u"case_id = ?"_s;
        else {
            for (const ForeignKey &k : t.keys)
                if (where.isEmpty())
                    where = u"%1 IN (SELECT id FROM %2 WHERE case_id = ?)"_s.arg(quoted(k.column), quoted(k.table));
        }
        const QString order = t.generatedId ? u" ORDER BY id"_s : QString();
        auto q = exec(db, u"SELECT * FROM %1 WHERE %2%3"_s.arg(quoted(t.name), where, order), {caseId});
        if (!q)
            return q.problems();
        QJsonArray rows;
        while (q.value().next()) {
            QJsonObject row;
            for (int i = 0; i < t.columns.size(); ++i)
                if (!keptByTheDatabase(t.name, t.columns.at(i)))
                    row.insert(t.columns.at(i), toJsonValue(q.value().value(i)));
            rows.append(row);
        }
        if (auto s = readEnded(q.value()); !s)
            return s.problems();
        q.value().finish();
        out.append(QJsonObject{{u"name"_s, t.name}, {u"rows"_s, rows}});
    }
    auto version = schemaVersion(db);
    return QJsonObject{{u"format"_s, 1}, {u"schema_version"_s, version ? version.value() : 0}, {u"tables"_s, out}};
}

domain::Result<qint64> insertCaseRows(const QSqlDatabase &db, const QJsonObject &dump)
{
    auto tables = caseTables(db);
    if (!tables)
        return tables.problems();
    QHash<QString, SchemaTable> shapes;
    for (const SchemaTable &t : tables.value())
        shapes.insert(t.name, t);

    const QJsonArray dumped = dump.value(u"tables"_s).toArray();
    if (dumped.isEmpty() || dumped.first().toObject().value(u"name"_s).toString() != u"cases"
        || dumped.first().toObject().value(u"rows"_s).toArray().size() != 1)
        return domain::Problem{{}, Tr::tr("The case data holds no case row."), {}};
    const QString caseNo = dumped.first().toObject().value(u"rows"_s).toArray().first().toObject().value(u"case_no"_s).toString();
    auto existing = scalar(db, u"SELECT id FROM cases WHERE case_no = ?"_s, {caseNo});
    if (!existing)
        return existing.problems();
    if (!existing->isNull())
        return domain::Problem{{}, Tr::tr("This database already holds case %1; it is not imported twice.").arg(caseNo), {}};

    QHash<QString, QHash<qint64, qint64>> newIds; // table → old id → new id
    qint64 newCaseId = 0;
    for (const QJsonValue &tv : dumped) {
        const QJsonObject table = tv.toObject();
        const QString name = table.value(u"name"_s).toString();
        if (!shapes.contains(name))
            return domain::Problem{{}, Tr::tr("The case data has a table %1 this version of EcoClaim does not know.").arg(name), {}};
        const SchemaTable &shape = shapes.value(name);
        // A row may name a later row of its own table (documents.superseded_by: the paper that replaced
        // it): set once the whole table is in.
        struct Deferred { qint64 oldRow; QString column; qint64 oldTarget; };
        QList<Deferred> deferred;
        for (const QJsonValue &rv : table.value(u"rows"_s).toArray()) {
            const QJsonObject row = rv.toObject();
            QStringList columns;
            QVariantList values;
            for (auto it = row.begin(); it != row.end(); ++it) {
                if (!shape.columns.contains(it.key()))
                    return domain::Problem{{}, Tr::tr("The case data has a column %1.%2 this version of EcoClaim does not know.").arg(name, it.key()), {}};
                if (shape.generatedId && it.key() == u"id")
                    continue; // renumbered
                if (keptByTheDatabase(name, it.key()))
                    continue; // an archive cannot say which tables hold rows: the rows it brings do
                QVariant value = fromJsonValue(it.value());
                const bool isCaseId = it.key() == u"case_id" && name != u"cases";
                if (isCaseId)
                    value = newCaseId;
                for (const ForeignKey &k : shape.keys)
                    if (!isCaseId && k.column == it.key() && k.table == name && !value.isNull()
                        && !newIds.value(name).contains(value.toLongLong())) {
                        deferred << Deferred{row.value(u"id"_s).toInteger(), k.column, value.toLongLong()};
                        value = QVariant(QMetaType(QMetaType::LongLong));
                    } else if (!isCaseId && k.column == it.key() && newIds.contains(k.table) && !value.isNull()) {
                        const qint64 old = value.toLongLong();
                        if (!newIds.value(k.table).contains(old))
                            return domain::Problem{{}, Tr::tr("The case data is inconsistent: %1.%2 names a row that is not in it.").arg(name, k.column), {}};
                        value = newIds.value(k.table).value(old);
                    }
                columns << quoted(it.key());
                values << value;
            }
            QStringList marks(columns.size(), u"?"_s);
            // The new id from RETURNING (never lastInsertId: on PostgreSQL that is lastval()).
            const QString returning = shape.generatedId ? u" RETURNING id"_s : QString();
            auto q = exec(db, u"INSERT INTO %1 (%2) VALUES (%3)%4"_s.arg(quoted(name), columns.join(u", "_s), marks.join(u", "_s), returning),
                          values);
            if (!q)
                return q.problems();
            const qint64 id = shape.generatedId && q.value().next() ? q.value().value(0).toLongLong() : 0;
            q.value().finish();
            if (shape.generatedId)
                newIds[name].insert(row.value(u"id"_s).toInteger(), id);
            if (name == u"cases")
                newCaseId = id;
        }
        for (const Deferred &d : deferred) {
            if (!newIds.value(name).contains(d.oldTarget) || !newIds.value(name).contains(d.oldRow))
                return domain::Problem{{}, Tr::tr("The case data is inconsistent: %1.%2 names a row that is not in it.").arg(name, d.column), {}};
            if (auto q = exec(db, u"UPDATE %1 SET %2 = ? WHERE id = ?"_s.arg(quoted(name), quoted(d.column)),
                              {newIds.value(name).value(d.oldTarget), newIds.value(name).value(d.oldRow)});
                !q)
                return q.problems();
        }
    }
    // Keep the district's yearly series ahead of the imported number, so the next case registered here
    // never collides with it ("YEAR-DISTRICT-NNNN").
    const QStringList parts = caseNo.split(u'-');
    if (parts.size() == 3)
        if (auto s = exec(db, u"INSERT INTO case_number_series(district_code, year, last_serial) VALUES(?, ?, ?) "
                              "ON CONFLICT(district_code, year) DO UPDATE SET last_serial = CASE WHEN excluded.last_serial > "
                              "case_number_series.last_serial THEN excluded.last_serial ELSE case_number_series.last_serial END"_s,
                          {parts.at(1), parts.at(0).toInt(), parts.at(2).toInt()});
            !s)
            return s.problems();
    return newCaseId;
}

} // namespace ecoclaim::storage
