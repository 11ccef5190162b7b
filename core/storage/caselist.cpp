#include "core/storage/caselist.h"

#include "core/storage/dialect.h"
#include "core/storage/fastrows.h"
#include "core/storage/searchindex.h"
#include "core/storage/sqlquery.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ecoclaim::storage {

namespace {
// Sort columns; NULL deadlines sort last ascending through a far sentinel, so the key is never NULL.
QString sortExpression(CaseSort sort)
{
    switch (sort) {
    case CaseSort::LastChange: return u"c.updated_at"_s;
    case CaseSort::CaseNumber: return u"c.case_no"_s;
    case CaseSort::Title: return u"c.title"_s;
    case CaseSort::District: return u"c.district_code"_s;
    case CaseSort::Unit: return u"c.unit"_s;
    case CaseSort::Stage: return u"c.stage"_s;
    case CaseSort::Party: return u"c.party_names"_s;
    case CaseSort::NextDeadline: return u"COALESCE(c.next_deadline_on, '9999-12-31')"_s;
    case CaseSort::Claimed: return u"c.claimed_fen"_s;
    }
    return u"c.updated_at"_s;
}

void appendFilter(Engine engine, const CaseListFilter &f, QStringList &where, QVariantList &binds)
{
    if (f.stage) {
        where << u"c.stage = ?"_s;
        binds << domain::stageKey(*f.stage);
    }
    if (!f.stagesIn.isEmpty()) { // who may see what (service/access.h): the archivist's stages
        QStringList marks;
        for (domain::Stage st : f.stagesIn) {
            marks << u"?"_s;
            binds << domain::stageKey(st);
        }
        where << u"c.stage IN (%1)"_s.arg(marks.join(u", "_s));
    }
    if (f.unitScope) { // the unit's own cases, and those of joint case groups it is a member of (Art. 9 ¶3)
        const QString joint = u"c.id IN (SELECT m.case_id FROM joint_group_members m WHERE m.unit = ? AND m.role = 'member')"_s;
        if (f.unitScope->anyDistrict) {
            where << u"((c.district_code = ? AND c.unit = ?) OR %1)"_s.arg(joint);
            binds << f.unitScope->districtCode << f.unitScope->unit << f.unitScope->unit;
        } else {
            where << u"(c.district_code = ? AND (c.unit = ? OR %1))"_s.arg(joint);
            binds << f.unitScope->districtCode << f.unitScope->unit << f.unitScope->unit;
        }
    }
    if (!f.districtCode.isEmpty()) {
        where << u"c.district_code = ?"_s;
        binds << f.districtCode;
    }
    if (!f.unit.isEmpty()) {
        where << u"c.unit = ?"_s;
        binds << f.unit;
    }
    if (f.overdueOnly) {
        where << u"c.next_deadline_on < ?"_s;
        binds << f.today;
    }
    if (f.majorOnly)
        where << u"c.is_major = 1"_s;
    const search::Match m = search::match(engine, f.search);
    // Caseworkers also type (part of) a case number, "310115-0003": digits and dashes, 4 or more,
    // also match the number itself (instr / strpos over one short column: ~10 ms at 100,000 cases).
    static const QRegularExpression caseNumberPart(u"^[0-9][0-9-]{3,}$"_s);
    const QString typed = f.search.trimmed();
    if (!m.sql.isEmpty() && caseNumberPart.match(typed).hasMatch()) {
        where << u"(c.id IN (%1) OR %2 > 0)"_s.arg(m.sql, dialect::position(engine, u"c.case_no"_s, u"?"_s));
        binds << m.binds << typed;
    } else if (!m.sql.isEmpty()) {
        where << u"c.id IN (%1)"_s.arg(m.sql);
        binds << m.binds;
    }
}

QString whereClause(const QStringList &where)
{
    return where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s);
}
} // namespace

domain::Result<QList<CaseRow>> fetchCasePage(const QSqlDatabase &db, const CaseListRequest &r)
{
    const QString key = sortExpression(r.sort);
    QStringList where;
    QVariantList binds;
    appendFilter(engineOf(db), r.filter, where, binds);
    if (r.after) {
        // Row-value comparison (SQLite ≥ 3.15, PostgreSQL): strictly after the last row shown.
        where << u"(%1, c.id) %2 (?, ?)"_s.arg(key, r.descending ? u"<"_s : u">"_s);
        binds << r.after->sortKey << r.after->id;
    }
    const QString order = r.descending ? u"DESC"_s : u"ASC"_s;
    const QString sql = u"SELECT c.id, c.case_no, c.title, c.district_code, c.unit, c.stage, c.party_names, "
                        "c.next_deadline_on, c.next_deadline_kind, c.claimed_fen, c.updated_at, c.is_major, %1 "
                        "FROM cases c%2 ORDER BY %1 %3, c.id %3 LIMIT ?"_s
                            .arg(key, whereClause(where), order);
    binds << r.limit;
    // The fast reader keeps the statement prepared for the next page and converts only what a row
    // shows (fastrows.h): scrolling 100,000 cases reads a thousand pages.
    QList<CaseRow> rows;
    rows.reserve(r.limit);
    auto read = forEachFastRow(db, sql, binds, [&rows](const FastRow &s) {
        CaseRow row;
        row.id = s.integer(0);
        row.number = s.text(1);
        row.title = s.text(2);
        row.districtCode = s.text(3);
        row.unit = s.text(4);
        domain::stageFromKey(s.text(5), &row.stage);
        row.partyNames = s.text(6);
        row.nextDeadlineOn = s.date(7);
        row.nextDeadlineKind = s.isNull(8) ? QString() : s.text(8);
        row.claimed = domain::Money::fromFen(s.integer(9));
        row.updatedAt = s.timestamp(10);
        row.major = s.integer(11) != 0;
        row.sortKey = s.value(12);
        rows << row;
    });
    if (!read)
        return read.problems();
    return rows;
}

domain::Result<qint64> countCases(const QSqlDatabase &db, const CaseListFilter &filter)
{
    QStringList where;
    QVariantList binds;
    appendFilter(engineOf(db), filter, where, binds);
    auto n = scalar(db, u"SELECT count(*) FROM cases c"_s + whereClause(where), binds);
    if (!n)
        return n.problems();
    return n.value().toLongLong();
}

domain::Result<QMap<QString, qint64>> countCasesByStage(const QSqlDatabase &db, CaseListFilter filter)
{
    filter.stage.reset();
    QStringList where;
    QVariantList binds;
    appendFilter(engineOf(db), filter, where, binds);
    auto q = exec(db, u"SELECT c.stage, count(*) FROM cases c%1 GROUP BY c.stage"_s.arg(whereClause(where)), binds);
    if (!q)
        return q.problems();
    QMap<QString, qint64> counts;
    while (q.value().next())
        counts.insert(q.value().value(0).toString(), q.value().value(1).toLongLong());
    if (auto s = readEnded(q.value()); !s)
        return s.problems();
    return counts;
}

QString caseCondition(const QSqlDatabase &db, const CaseListFilter &filter, QVariantList &binds)
{
    QStringList where;
    appendFilter(engineOf(db), filter, where, binds);
    return where.isEmpty() ? u"1 = 1"_s : u"("_s + where.join(u" AND "_s) + u")"_s;
}

} // namespace ecoclaim::storage
