#include "core/storage/auditlog.h"

#include "core/storage/dialect.h"
#include "core/storage/sqlquery.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QHash>
#include <QMutex>

using namespace Qt::StringLiterals;

namespace ecoclaim::storage::audit {

QString hashOf(const AuditEntry &e)
{
    // Unit separators keep "ab"+"c" and "a"+"bc" apart.
    const QString canonical = QStringList{e.prevHash, QString::number(e.id), e.at, e.actor, QString::number(e.caseId),
                                          e.command, e.payload, e.changes}
                                  .join(QChar(0x1f));
    return QString::fromLatin1(QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex());
}

namespace {
// Connection name → signed-in login. Connections are per thread, so the lock is for the map only.
QHash<QString, QString> &signedInLogins()
{
    static QHash<QString, QString> logins;
    return logins;
}
QMutex signedInLock;
} // namespace

void setSignedIn(const QSqlDatabase &db, const QString &login)
{
    const QMutexLocker locker(&signedInLock);
    if (login.isEmpty())
        signedInLogins().remove(db.connectionName());
    else
        signedInLogins().insert(db.connectionName(), login);
}

QString signedIn(const QSqlDatabase &db)
{
    const QMutexLocker locker(&signedInLock);
    return signedInLogins().value(db.connectionName());
}

domain::Result<QString> append(const QSqlDatabase &db, const QString &actor, qint64 caseId, const QString &command,
                               const QJsonObject &payload, const QJsonArray &changes)
{
    // One chain for the whole database: on PostgreSQL two desks appending at once would both read the
    // same head, so the chain is locked until this transaction ends (SQLite has one writer anyway).
    if (engineOf(db) == Engine::PostgreSQL)
        if (auto l = exec(db, u"SELECT pg_advisory_xact_lock(?)"_s, {dialect::auditChainLockKey}); !l)
            return l.problems();
    AuditEntry e;
    e.id = 1;
    // On a server a person signed in with their own login may read only some entries (row-level security,
    // migration 10): the head comes from a function that reads the whole log as its owner. The owner's
    // connection reads it directly, as before accounts.
    const QString head = engineOf(db) == Engine::PostgreSQL && !signedIn(db).isEmpty()
        ? u"SELECT id, hash FROM ecoclaim_audit_head() WHERE id IS NOT NULL"_s
        : u"SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"_s;
    if (auto s = forEachCachedRow(db, head, {},
                                  [&e](const QSqlQuery &q) {
                                      e.id = q.value(0).toLongLong() + 1;
                                      e.prevHash = q.value(1).toString();
                                  });
        !s)
        return s.problems();
    e.at = nowTimestamp();
    const QString person = signedIn(db);
    e.actor = person.isEmpty() ? actor : person;
    e.caseId = caseId;
    e.command = command;
    e.payload = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    e.changes = QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact));
    e.hash = hashOf(e);
    auto q = execWrite(db,
                  u"INSERT INTO audit_log(id, at, actor, case_id, command, payload, changes, prev_hash, hash) "
                  "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                  {e.id, e.at, e.actor, caseId ? QVariant(caseId) : QVariant(QMetaType(QMetaType::LongLong)), e.command,
                   e.payload, e.changes, e.prevHash, e.hash});
    if (!q)
        return q.problems();
    return e.hash;
}

namespace {
AuditEntry entryFrom(const QSqlQuery &q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = q.value(1).toString();
    e.actor = q.value(2).toString();
    e.caseId = q.value(3).toLongLong();
    e.command = q.value(4).toString();
    e.payload = q.value(5).toString();
    e.changes = q.value(6).toString();
    e.prevHash = q.value(7).toString();
    e.hash = q.value(8).toString();
    return e;
}
const QString selectColumns = u"SELECT id, at, actor, case_id, command, payload, changes, prev_hash, hash FROM audit_log "_s;
} // namespace

namespace {
// PRAGMA quick_check (SQLite only): every page's structure, without the slower index cross-checks of
// integrity_check. "" when it says "ok"; otherwise what is wrong — its up to 100 lines, or the error that
// stopped the check itself (a page too damaged to be read as one).
QString fileDamage(const QSqlDatabase &db)
{
    if (db.driverName() != u"QSQLITE")
        return QString();
    auto q = exec(db, u"PRAGMA quick_check"_s);
    if (!q)
        return q.problems().toString();
    QStringList lines;
    while (q.value().next())
        lines << q.value().value(0).toString();
    if (auto s = readEnded(q.value()); !s)
        return s.problems().toString();
    q.value().finish();
    return lines == QStringList{u"ok"_s} ? QString() : lines.join(u"; "_s);
}
} // namespace

domain::Result<ChainReport> verify(const QSqlDatabase &db, FileCheck fileCheck)
{
    ChainReport report;
    if (fileCheck == FileCheck::Quick) {
        if (const QString damage = fileDamage(db); !damage.isEmpty()) {
            report.fileDamage = damage;
            report.message = QCoreApplication::translate("ecoclaim::Audit",
                                                         "The database file is damaged (SQLite quick_check: %1); its audit "
                                                         "chain cannot be vouched for. Restore it from a backup.")
                                 .arg(report.fileDamage.left(500));
            return report;
        }
    }
    auto q = exec(db, selectColumns + u"ORDER BY id"_s);
    if (!q)
        return q.problems();
    QString previous;
    qint64 expectedId = 1;
    while (q.value().next()) {
        const AuditEntry e = entryFrom(q.value());
        ++report.entries;
        const bool linked = e.prevHash == previous && e.id == expectedId;
        if (!linked || hashOf(e) != e.hash) {
            report.firstBrokenId = e.id;
            report.message = linked
                ? QCoreApplication::translate("ecoclaim::Audit", "Audit entry %1 was altered after it was written.").arg(e.id)
                : QCoreApplication::translate("ecoclaim::Audit", "The audit chain is broken before entry %1: an entry was removed or inserted.").arg(e.id);
            return report;
        }
        previous = e.hash;
        ++expectedId;
    }
    // A walk stopped by a read error has not reached the end: never "intact".
    if (auto s = readEnded(q.value()); !s)
        return s.problems();
    report.head = previous;
    report.message = QCoreApplication::translate("ecoclaim::Audit", "The audit chain of %n entries is intact.", nullptr, int(report.entries));
    return report;
}

domain::Result<QList<AuditEntry>> entriesForCase(const QSqlDatabase &db, qint64 caseId)
{
    auto q = exec(db, selectColumns + u"WHERE case_id = ? ORDER BY id"_s, {caseId});
    if (!q)
        return q.problems();
    QList<AuditEntry> list;
    while (q.value().next())
        list << entryFrom(q.value());
    if (auto s = readEnded(q.value()); !s)
        return s.problems();
    return list;
}

} // namespace ecoclaim::storage::audit
