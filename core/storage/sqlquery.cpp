#include "core/storage/sqlquery.h"

#include "core/storage/dialect.h"
#include "core/storage/fastrows.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <memory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QTimeZone>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStorage, "ecoclaim.storage")

namespace ecoclaim::storage {

QVariant toStored(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QDate: {
        const QDate d = value.toDate();
        return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
    }
    case QMetaType::QDateTime: {
        const QDateTime t = value.toDateTime();
        return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : QVariant(QMetaType(QMetaType::QString));
    }
    case QMetaType::Bool:
        return value.toBool() ? 1 : 0;
    case QMetaType::QString:
        // A QString that is merely empty is stored as '' (text columns are NOT NULL DEFAULT ''); only a
        // null QVariant becomes SQL NULL. QSQLITE would otherwise bind a null QString as NULL.
        if (!value.isNull() && value.toString().isNull())
            return QString::fromLatin1("");
        return value;
    default:
        return value;
    }
}

bool forwardOnly(const QSqlDatabase &db)
{
    // SQLite: forward-only, or QSQLITE caches every row fetched. PostgreSQL: never — QPSQL reads a
    // forward-only result row by row from the server, and the next statement on the connection discards
    // the rest of it ("Query results lost"), so a loop that runs a statement per row would silently stop.
    // A scrollable QPSQL result is read whole by libpq and stays readable.
    return engineOf(db) == Engine::SQLite;
}

domain::Problem storageProblem(const QString &what, const QString &detail)
{
    return domain::Problem{{},
                           QCoreApplication::translate("ecoclaim::Storage", "The database could not %1: %2").arg(what, detail),
                           {}};
}


namespace {
// A statement run once on PostgreSQL with its values written in by the driver's own formatting — the
// same formatting QPSQL uses for the values of a prepared statement's EXECUTE (quotes doubled with
// standard_conforming_strings, bytea escaped), so nothing is spliced that a prepared statement would not
// have sent. It saves the PREPARE and DEALLOCATE round trips QPSQL makes for every QSqlQuery::prepare:
// a command runs some fifty such statements, and the three round trips each were most of its time on a
// server (measured: walking a case to archived took 3.7 s instead of ~1 s). Statements run again and
// again stay prepared (runCached). `?` inside quotes or comments is left alone.
QString withValues(const QSqlDatabase &db, const QString &sql, const QVariantList &binds, bool *ok)
{
    QString out;
    out.reserve(sql.size() + 32 * binds.size());
    qsizetype next = 0;
    const qsizetype n = sql.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = sql.at(i);
        if (c == u'\'' || c == u'"') {
            qsizetype j = i + 1;
            while (j < n && sql.at(j) != c)
                ++j;
            out += QStringView(sql).mid(i, qMin(n, j + 1) - i);
            i = j;
        } else if (c == u'-' && i + 1 < n && sql.at(i + 1) == u'-') {
            const qsizetype eol = sql.indexOf(u'\n', i);
            const qsizetype end = eol < 0 ? n : eol;
            out += QStringView(sql).mid(i, end - i);
            i = end - 1;
        } else if (c == u'?') {
            if (next >= binds.size()) {
                *ok = false;
                return {};
            }
            const QVariant v = toStored(binds.at(next++));
            QSqlField field(QString(), v.isNull() ? QMetaType(QMetaType::QString) : v.metaType());
            field.setValue(v);
            // Bytes are written as a bytea literal whatever the context (in length(?) an untyped literal
            // would be read as text).
            if (v.typeId() == QMetaType::QByteArray)
                out += u"CAST("_s + db.driver()->formatValue(field) + u" AS BYTEA)"_s;
            else
                out += db.driver()->formatValue(field);
        } else {
            out += c;
        }
    }
    *ok = next == binds.size();
    return out;
}
} // namespace

domain::Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(forwardOnly(db));
    if (!binds.isEmpty() && engineOf(db) == Engine::PostgreSQL) {
        bool ok = false;
        const QString statement = withValues(db, sql, binds, &ok);
        if (!ok) {
            qCWarning(lcStorage) << "placeholders and values differ:" << sql << binds.size();
            return storageProblem(QCoreApplication::translate("ecoclaim::Storage", "prepare a statement"),
                                  u"%1 values for the placeholders of: %2"_s.arg(binds.size()).arg(sql));
        }
        if (!q.exec(statement)) {
            qCWarning(lcStorage) << "exec failed:" << sql << q.lastError().text();
            return storageProblem(QCoreApplication::translate("ecoclaim::Storage", "run a statement"), q.lastError().text());
        }
        return q;
    }
    if (binds.isEmpty()) {
        // Nothing to bind: run it as it is. PostgreSQL cannot PREPARE a BEGIN, COMMIT, SET or NOTIFY,
        // and QSQLITE would read ':word' inside a comment as a placeholder.
        if (!q.exec(sql)) {
            qCWarning(lcStorage) << "exec failed:" << sql << q.lastError().text();
            return storageProblem(QCoreApplication::translate("ecoclaim::Storage", "run a statement"), q.lastError().text());
        }
        return q;
    }
    if (!q.prepare(sql)) {
        qCWarning(lcStorage) << "prepare failed:" << sql << q.lastError().text();
        return storageProblem(QCoreApplication::translate("ecoclaim::Storage", "prepare a statement"), q.lastError().text());
    }
    for (const QVariant &v : binds)
        q.addBindValue(toStored(v));
    if (!q.exec()) {
        qCWarning(lcStorage) << "exec failed:" << sql << q.lastError().text();
        return storageProblem(QCoreApplication::translate("ecoclaim::Storage", "run a statement"), q.lastError().text());
    }
    return q;
}

namespace {
using StatementCache = QHash<QString, QHash<QString, std::shared_ptr<QSqlQuery>>>;
// Per thread, as connections are: connection name → SQL → prepared query. Allocated once and never
// destroyed, so a Database that outlives the thread's other objects at exit (a static in a test) can
// still drop its statements; each Database empties its own entry before its connection closes.
StatementCache &statementCache()
{
    thread_local StatementCache *cache = new StatementCache;
    return *cache;
}
} // namespace

namespace {
// Prepares `sql` once per connection (kept in the cache), binds and runs it. A statement whose run
// failed is dropped from the cache: its next use prepares it afresh.
domain::Result<std::shared_ptr<QSqlQuery>> runCached(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QHash<QString, std::shared_ptr<QSqlQuery>> &cache = statementCache()[db.connectionName()];
    std::shared_ptr<QSqlQuery> q = cache.value(sql);
    if (!q) {
        q = std::make_shared<QSqlQuery>(db);
        q->setForwardOnly(forwardOnly(db));
        if (!q->prepare(sql)) {
            qCWarning(lcStorage) << "prepare failed:" << sql << q->lastError().text();
            return storageProblem(QCoreApplication::translate("ecoclaim::Storage", "prepare a statement"), q->lastError().text());
        }
        cache.insert(sql, q);
    }
    for (int i = 0; i < binds.size(); ++i)
        q->bindValue(i, toStored(binds.at(i)));
    if (!q->exec()) {
        const QString error = q->lastError().text();
        qCWarning(lcStorage) << "exec failed:" << sql << error;
        // SQLite: prepare it afresh next time. PostgreSQL: keep it — the server's prepared statement
        // outlives the rollback, and freeing it now would itself fail inside the aborted transaction.
        if (engineOf(db) == Engine::SQLite)
            cache.remove(sql);
        return storageProblem(QCoreApplication::translate("ecoclaim::Storage", "run a statement"), error);
    }
    return q;
}
} // namespace

domain::Status forEachCachedRow(const QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                                const std::function<void(const QSqlQuery &)> &row)
{
    auto run = runCached(db, sql, binds);
    if (!run)
        return run.problems();
    QSqlQuery &q = *run.value();
    while (q.next())
        row(q);
    const domain::Status ended = readEnded(q);
    q.finish(); // no read transaction left open between commands (docs/PITFALLS.md §2)
    if (!ended)
        statementCache()[db.connectionName()].remove(sql);
    return ended;
}

domain::Result<int> execWrite(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    // The same per-connection cache as forEachCachedRow: a write's SQL never equals a read's.
    auto run = runCached(db, sql, binds);
    if (!run)
        return run.problems();
    const int affected = run.value()->numRowsAffected();
    run.value()->finish();
    return affected;
}

domain::Result<qint64> execInsert(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    Q_ASSERT(sql.contains(u"RETURNING"_s, Qt::CaseInsensitive));
    auto run = runCached(db, sql, binds);
    if (!run)
        return run.problems();
    QSqlQuery &q = *run.value();
    if (!q.next()) {
        const QString error = q.lastError().isValid() ? q.lastError().text() : u"no row returned"_s;
        q.finish();
        return storageProblem(QCoreApplication::translate("ecoclaim::Storage", "read the id of a new row"), error);
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

void dropCachedStatements(const QString &connectionName)
{
    statementCache().remove(connectionName);
    dropFastStatements(connectionName);
}

domain::Result<QList<qint64>> idList(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    auto q = exec(db, sql, binds);
    if (!q)
        return q.problems();
    QList<qint64> ids;
    while (q.value().next())
        ids << q.value().value(0).toLongLong();
    if (auto s = readEnded(q.value()); !s)
        return s.problems();
    q.value().finish();
    return ids;
}

domain::Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    auto q = exec(db, sql, binds);
    if (!q)
        return q.problems();
    if (q.value().next())
        return q.value().value(0);
    if (auto s = readEnded(q.value()); !s)
        return s.problems();
    return QVariant();
}

domain::Status readEnded(const QSqlQuery &q)
{
    if (q.lastError().type() == QSqlError::NoError)
        return domain::success();
    qCWarning(lcStorage) << "read stopped by an error:" << q.lastQuery() << q.lastError().text();
    return storageProblem(QCoreApplication::translate("ecoclaim::Storage", "read every row (the read stopped early)"),
                          q.lastError().text());
}

QString escapeLikePattern(QString text)
{
    text.replace(u'\\', u"\\\\"_s);
    text.replace(u'%', u"\\%"_s);
    text.replace(u'_', u"\\_"_s);
    return text;
}

QDate dateFrom(const QVariant &stored)
{
    if (stored.isNull())
        return {};
    return QDate::fromString(stored.toString(), Qt::ISODate);
}

QDateTime timestampFrom(const QVariant &stored)
{
    if (stored.isNull())
        return {};
    QDateTime t = QDateTime::fromString(stored.toString(), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

QString nowTimestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace ecoclaim::storage
