#include "core/storage/deadlinestore.h"

#include "core/storage/fastrows.h"
#include "core/storage/sqlquery.h"

#include <QDateTime>
#include <QHash>

using namespace Qt::StringLiterals;

namespace ecoclaim::storage::deadlines {

namespace {
const QString rowColumns = u"d.case_id, d.case_no, d.title, d.unit, d.is_major, d.kind, d.subject, d.trigger_on, "
                           "d.due_on, d.article, d.explanation, d.calendar_note, d.state"_s;

DeadlineRow rowFrom(const FastRow &q)
{
    DeadlineRow r;
    r.caseId = q.integer(0);
    r.caseNo = q.text(1);
    r.title = q.text(2);
    r.unit = q.text(3);
    r.major = q.integer(4) != 0;
    r.kind = q.text(5);
    r.subject = q.text(6);
    r.trigger = q.date(7);
    r.due = q.date(8);
    r.article = q.text(9);
    r.explanation = q.text(10);
    r.calendarNote = q.text(11);
    r.suspended = q.text(12) == u"suspended";
    return r;
}

// Through the fast reader: the dashboard reads thousands of these rows (fastrows.h).
domain::Result<QList<DeadlineRow>> rows(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QList<DeadlineRow> out;
    if (auto s = forEachFastRow(db, sql, binds, [&out](const FastRow &r) { out << rowFrom(r); }); !s)
        return s.problems();
    return out;
}
} // namespace

domain::Status replaceForCase(const QSqlDatabase &db, qint64 caseId, const QList<DeadlineRow> &newRows,
                              const QString &command, const QString &actor)
{
    auto old = rows(db, u"SELECT "_s + rowColumns + u" FROM deadlines d WHERE d.case_id = ?"_s, {caseId});
    if (!old)
        return old.problems();
    QString caseNo, title, unit;
    bool major = false, exists = false;
    if (auto s = forEachCachedRow(db, u"SELECT case_no, title, unit, is_major FROM cases WHERE id = ?"_s, {caseId},
                                  [&](const QSqlQuery &q) {
                                      exists = true;
                                      caseNo = q.value(0).toString();
                                      title = q.value(1).toString();
                                      unit = q.value(2).toString();
                                      major = q.value(3).toInt() != 0;
                                  });
        !s)
        return s;
    if (!exists)
        return domain::success();

    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto log = [&](const QString &kind, const QString &subject, const QDate &oldDue, const QDate &newDue) {
        return execWrite(db,
                    u"INSERT INTO deadline_log(case_id, kind, subject, old_due_on, new_due_on, command, changed_at, changed_on, actor) "
                    "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                    {caseId, kind, subject, oldDue, newDue, command, now, now.toLocalTime().date(), actor});
    };
    QHash<QString, QDate> before;
    for (const DeadlineRow &r : old.value())
        before.insert(r.kind + u'\x1f' + r.subject, r.due);
    QSet<QString> seen;
    for (const DeadlineRow &r : newRows) {
        const QString key = r.kind + u'\x1f' + r.subject;
        seen.insert(key);
        const QDate was = before.value(key);
        if (was != r.due)
            if (auto q = log(r.kind, r.subject, was, r.due); !q)
                return q.problems();
    }
    for (const DeadlineRow &r : old.value())
        if (!seen.contains(r.kind + u'\x1f' + r.subject))
            if (auto q = log(r.kind, r.subject, r.due, QDate()); !q)
                return q.problems();

    // Only the rows that differ are written: a command changes one or two of a case's deadlines, and
    // every row rewritten is a row of the dashboard's thirteen-column index rewritten too (P10).
    QHash<QString, const DeadlineRow *> was;
    for (const DeadlineRow &r : old.value())
        was.insert(r.kind + u'\x1f' + r.subject, &r);
    const QString state[] = {u"open"_s, u"suspended"_s};
    for (const DeadlineRow &r : newRows) {
        const DeadlineRow *o = was.value(r.kind + u'\x1f' + r.subject);
        if (o && o->trigger == r.trigger && o->due == r.due && o->article == r.article && o->explanation == r.explanation
            && o->suspended == r.suspended && o->calendarNote == r.calendarNote && o->caseNo == caseNo && o->title == title
            && o->unit == unit && o->major == major)
            continue;
        const QVariantList values{r.trigger, r.due, r.article, r.explanation, state[r.suspended ? 1 : 0], r.calendarNote,
                                  caseNo, title, unit, major, caseId, r.kind, r.subject};
        auto q = o ? execWrite(db,
                               u"UPDATE deadlines SET trigger_on = ?, due_on = ?, article = ?, explanation = ?, state = ?, "
                               "calendar_note = ?, case_no = ?, title = ?, unit = ?, is_major = ? "
                               "WHERE case_id = ? AND kind = ? AND subject = ?"_s,
                               values)
                   : execWrite(db,
                               u"INSERT INTO deadlines(trigger_on, due_on, article, explanation, state, calendar_note, case_no, "
                               "title, unit, is_major, case_id, kind, subject) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                               values);
        if (!q)
            return q.problems();
    }
    for (const DeadlineRow &r : old.value())
        if (!seen.contains(r.kind + u'\x1f' + r.subject))
            if (auto q = execWrite(db, u"DELETE FROM deadlines WHERE case_id = ? AND kind = ? AND subject = ?"_s, {caseId, r.kind, r.subject});
                !q)
                return q.problems();
    return domain::success();
}

domain::Result<QList<DeadlineRow>> dueBy(const QSqlDatabase &db, QDate until, const QString &unit)
{
    // Reads the covering partial index deadlines_open_by_due only (state = 'open' is its condition).
    // 'open' as a constant: selecting d.state would make SQLite leave the index for the table.
    QString sql = u"SELECT "_s + QString(rowColumns).replace(u"d.state"_s, u"'open'"_s)
        + u" FROM deadlines d WHERE d.state = 'open' AND d.due_on <= ?"_s;
    QVariantList binds{until};
    if (!unit.isEmpty()) {
        sql += u" AND d.unit = ?"_s;
        binds << unit;
    }
    sql += u" ORDER BY d.due_on, d.case_id, d.kind, d.subject"_s;
    return rows(db, sql, binds);
}

domain::Result<QList<DeadlineRow>> forCase(const QSqlDatabase &db, qint64 caseId)
{
    return rows(db, u"SELECT "_s + rowColumns + u" FROM deadlines d WHERE d.case_id = ? ORDER BY d.due_on"_s, {caseId});
}

domain::Result<QList<DeadlineChange>> changedOn(const QSqlDatabase &db, QDate day)
{
    auto q = exec(db,
                  u"SELECT l.case_id, c.case_no, c.title, l.kind, l.subject, l.old_due_on, l.new_due_on, l.command, l.actor, "
                  "l.changed_at FROM deadline_log l JOIN cases c ON c.id = l.case_id WHERE l.changed_on = ? ORDER BY l.id"_s,
                  {day});
    if (!q)
        return q.problems();
    QList<DeadlineChange> out;
    while (q.value().next()) {
        const QSqlQuery &s = q.value();
        out << DeadlineChange{s.value(0).toLongLong(), s.value(1).toString(), s.value(2).toString(), s.value(3).toString(),
                              s.value(4).toString(), dateFrom(s.value(5)), dateFrom(s.value(6)), s.value(7).toString(),
                              s.value(8).toString(), timestampFrom(s.value(9))};
    }
    if (auto s = readEnded(q.value()); !s)
        return s.problems();
    return out;
}

domain::Result<QList<DeadlineRow>> majorCaseTimetable(const QSqlDatabase &db)
{
    return rows(db, u"SELECT "_s + rowColumns + u" FROM deadlines d WHERE d.is_major = 1 ORDER BY d.case_no, d.due_on"_s, {});
}

} // namespace ecoclaim::storage::deadlines
