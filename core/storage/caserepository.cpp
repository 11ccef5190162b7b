#include "core/storage/caserepository.h"
#include "core/domain/casenumber.h"

#include "core/storage/dialect.h"
#include "core/storage/schema.h"
#include "core/storage/searchindex.h"
#include "core/storage/sqlquery.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace ecoclaim::storage {

namespace {
bool isIdentifier(const QString &name)
{
    static const QRegularExpression re(u"^[a-z_][a-z0-9_]*$"_s);
    return re.match(name).hasMatch();
}

QJsonValue jsonOf(const QVariant &v)
{
    const QVariant stored = toStored(v);
    if (stored.isNull())
        return QJsonValue();
    return QJsonValue::fromVariant(stored);
}

// Equal as stored: a QDate and its ISO text are the same value.
bool sameStored(const QVariant &a, const QVariant &b)
{
    const QVariant sa = toStored(a), sb = toStored(b);
    if (sa.isNull() || sb.isNull())
        return sa.isNull() == sb.isNull();
    return sa.toString() == sb.toString();
}
} // namespace

QJsonArray toJson(const QList<Change> &changes)
{
    QJsonArray a;
    for (const Change &c : changes)
        a.append(QJsonObject{{u"entity"_s, c.entity}, {u"id"_s, c.id}, {u"field"_s, c.field},
                             {u"old"_s, jsonOf(c.before)}, {u"new"_s, jsonOf(c.after)}});
    return a;
}

domain::Result<qint64> CaseRepository::resolve(const QString &reference) const
{
    const QString ref = reference.trimmed();
    bool isNumber = false;
    const qint64 id = ref.toLongLong(&isNumber);
    // Kept prepared: every command resolves its case (P10).
    std::optional<qint64> found;
    if (auto s = forEachCachedRow(m_db, isNumber ? u"SELECT id FROM cases WHERE id = ?"_s : u"SELECT id FROM cases WHERE case_no = ?"_s,
                                  {isNumber ? QVariant(id) : QVariant(ref)},
                                  [&found](const QSqlQuery &q) { found = q.value(0).toLongLong(); });
        !s)
        return s.problems();
    if (!found)
        return domain::Problem{u"case"_s, QCoreApplication::translate("ecoclaim::Storage", "There is no case \"%1\".").arg(ref), {}};
    return *found;
}

domain::Result<qint64> CaseRepository::caseCount() const
{
    auto n = scalar(m_db, u"SELECT count(*) FROM cases"_s);
    if (!n)
        return n.problems();
    return n.value().toLongLong();
}

domain::Result<QString> CaseRowWriter::allocateCaseNumber(const QString &districtCode, int year)
{
    // One upsert that returns the serial it set: gap-free inside the transaction, and on PostgreSQL the
    // series row stays locked until commit, so two desks never get the same number.
    auto serial = execInsert(m_db,
                             u"INSERT INTO case_number_series(district_code, year, last_serial) VALUES(?, ?, 1) "
                             "ON CONFLICT(district_code, year) DO UPDATE SET last_serial = case_number_series.last_serial + 1 "
                             "RETURNING last_serial"_s,
                             {districtCode, year});
    if (!serial)
        return serial.problems();
    return u"%1-%2-%3"_s.arg(year).arg(districtCode).arg(serial.value(), 4, 10, QChar(u'0'));
}

domain::Status CaseRowWriter::adoptCaseNumber(const QString &number)
{
    auto holder = scalar(m_db, u"SELECT case_no FROM cases WHERE case_no = ?"_s, {number});
    if (!holder)
        return holder.problems();
    if (!holder.value().isNull())
        return domain::Problem{u"case_no"_s, QCoreApplication::translate("ecoclaim::Storage", "Case number %1 is already taken by another case.").arg(number), {}};
    const auto own = domain::parseProgramCaseNumber(number);
    if (!own)
        return domain::success(); // another form: the series never produces it
    // As an archive import does (casetransfer.cpp): the series moves up to the number, never down.
    auto q = execWrite(m_db,
                       u"INSERT INTO case_number_series(district_code, year, last_serial) VALUES(?, ?, ?) "
                       "ON CONFLICT(district_code, year) DO UPDATE SET last_serial = CASE WHEN excluded.last_serial > "
                       "case_number_series.last_serial THEN excluded.last_serial ELSE case_number_series.last_serial END"_s,
                       {own->districtCode, own->year, own->serial});
    if (!q)
        return q.problems();
    return domain::success();
}

domain::Result<qint64> CaseRowWriter::insert(const QString &table, const QVariantMap &values, QList<Change> *changes)
{
    Q_ASSERT(isIdentifier(table));
    QStringList columns, marks;
    QVariantList binds;
    for (auto it = values.begin(); it != values.end(); ++it) {
        Q_ASSERT(isIdentifier(it.key()));
        columns << it.key();
        marks << u"?"_s;
        binds << it.value();
    }
    auto key = primaryKeyColumn(m_db, table);
    if (!key)
        return key.problems();
    auto q = execInsert(m_db,
                        u"INSERT INTO %1(%2) VALUES(%3) RETURNING %4"_s.arg(table, columns.join(u", "_s), marks.join(u", "_s), key.value()),
                        binds);
    if (!q)
        return q.problems();
    const qint64 id = q.value();
    if (changes)
        for (auto it = values.begin(); it != values.end(); ++it)
            if (!toStored(it.value()).isNull())
                changes->append(Change{table, id, it.key(), {}, it.value()});
    return id;
}

domain::Status CaseRowWriter::update(const QString &table, const QString &keyColumn, qint64 key,
                                      const QVariantMap &values, QList<Change> *changes)
{
    Q_ASSERT(isIdentifier(table) && isIdentifier(keyColumn));
    QStringList columns;
    for (auto it = values.begin(); it != values.end(); ++it) {
        Q_ASSERT(isIdentifier(it.key()));
        columns << it.key();
    }
    // The old values through a statement kept prepared (the same few updates run on every command).
    QVariantList oldValues;
    bool exists = false;
    if (auto s = forEachCachedRow(m_db, u"SELECT %1 FROM %2 WHERE %3 = ?"_s.arg(columns.join(u", "_s), table, keyColumn), {key},
                                  [&](const QSqlQuery &q) {
                                      exists = true;
                                      for (int i = 0; i < columns.size(); ++i)
                                          oldValues << q.value(i);
                                  });
        !s)
        return s;
    if (!exists)
        return storageProblem(QCoreApplication::translate("ecoclaim::Storage", "find the row to update"),
                              u"%1.%2 = %3"_s.arg(table, keyColumn).arg(key));
    QStringList sets;
    QVariantList binds;
    QList<Change> found;
    for (int i = 0; i < columns.size(); ++i) {
        const QVariant before = oldValues.at(i);
        const QVariant after = values.value(columns.at(i));
        if (sameStored(before, after))
            continue;
        sets << columns.at(i) + u" = ?"_s;
        binds << after;
        found << Change{table, key, columns.at(i), before, after};
    }
    if (sets.isEmpty())
        return domain::success();
    binds << key;
    if (auto q = execWrite(m_db, u"UPDATE %1 SET %2 WHERE %3 = ?"_s.arg(table, sets.join(u", "_s), keyColumn), binds); !q)
        return q.problems();
    if (changes)
        changes->append(found);
    return domain::success();
}

const QSet<QString> &CaseRowWriter::derivedColumnsReadFrom()
{
    static const QSet<QString> tables{u"parties"_s, u"appraisals"_s, u"agreements"_s, u"litigations"_s};
    return tables;
}

domain::Status CaseRowWriter::remove(const QString &table, const QString &keyColumn, qint64 key, QList<Change> *changes)
{
    Q_ASSERT(isIdentifier(table) && isIdentifier(keyColumn));
    QList<Change> found;
    bool exists = false;
    if (auto s = forEachCachedRow(m_db, u"SELECT * FROM %1 WHERE %2 = ?"_s.arg(table, keyColumn), {key},
                                  [&](const QSqlQuery &q) {
                                      exists = true;
                                      const QSqlRecord r = q.record();
                                      for (int i = 0; i < r.count(); ++i)
                                          if (!q.value(i).isNull())
                                              found << Change{table, key, r.fieldName(i), q.value(i), QVariant()};
                                  });
        !s)
        return s;
    if (!exists)
        return storageProblem(QCoreApplication::translate("ecoclaim::Storage", "find the row to remove"),
                              u"%1.%2 = %3"_s.arg(table, keyColumn).arg(key));
    if (auto q = execWrite(m_db, u"DELETE FROM %1 WHERE %2 = ?"_s.arg(table, keyColumn), {key}); !q)
        return q.problems();
    if (changes)
        changes->append(found);
    return domain::success();
}

domain::Status CaseRowWriter::refreshDerived(qint64 caseId, bool searchTextChanged)
{
    // Amount claimed: the agreement once signed, else the judgment award, else the appraisal's total.
    static const QString appraisalTotal =
        u"(SELECT interim_loss_fen + permanent_loss_fen + assessment_costs_fen + restoration_costs_fen + prevention_costs_fen "
        "FROM appraisals WHERE case_id = c.id AND status = 'completed' ORDER BY id DESC LIMIT 1)"_s;
    // Batches of parties (Art. 22 ¶2) sign agreements of their own: the claim is their sum (a scalar
    // subquery of several rows is an error on PostgreSQL and silently the first row on SQLite).
    static const QString agreementTotal =
        u"(SELECT SUM(interim_loss_fen + permanent_loss_fen + assessment_costs_fen + restoration_costs_fen + prevention_costs_fen "
        "+ punitive_fen) FROM agreements WHERE case_id = c.id)"_s;
    static const QString award = u"(SELECT awarded_fen FROM litigations WHERE case_id = c.id AND judged_on IS NOT NULL "
                                 "ORDER BY id DESC LIMIT 1)"_s;
    const QString sql = u"UPDATE cases AS c SET party_names = COALESCE((SELECT %1 FROM "
                        "(SELECT name, seq FROM parties WHERE case_id = c.id ORDER BY seq) AS p), ''), "
                        "claimed_fen = COALESCE(%2, %3, %4, 0) WHERE id = ?"_s.arg(
                            dialect::stringAgg(engineOf(m_db), u"name"_s, u"'、'"_s, u"seq"_s), agreementTotal, award, appraisalTotal);
    if (auto q = exec(m_db, sql, {caseId}); !q)
        return q.problems();
    if (!searchTextChanged)
        return domain::success();
    auto doc = search::documentFor(m_db, caseId);
    if (!doc)
        return doc.problems();
    return search::indexCase(m_db, caseId, doc.value());
}

} // namespace ecoclaim::storage
