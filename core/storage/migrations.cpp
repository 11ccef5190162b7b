#include "core/storage/migrations.h"

#include "core/storage/sqlquery.h"
#include "core/storage/writetransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace ecoclaim::storage {

namespace {
QList<Migration> listMigrations(const QString &folder)
{
    QList<Migration> found;
    const QStringList files = QDir(folder).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    static const QRegularExpression name(u"^(\\d{4})_(.+)\\.sql$"_s);
    for (const QString &f : files) {
        const auto m = name.match(f);
        if (!m.hasMatch())
            continue;
        found << Migration{m.captured(1).toInt(), m.captured(2), folder + u'/' + f};
    }
    // Versions must be 1, 2, 3… with no gap: a gap means a lost file.
    for (qsizetype i = 0; i < found.size(); ++i)
        Q_ASSERT(found.at(i).version == i + 1);
    return found;
}

} // namespace

const QList<Migration> &migrations(Engine engine)
{
    static const QList<Migration> sqlite = listMigrations(u":/migrations/sqlite"_s);
    static const QList<Migration> postgres = listMigrations(u":/migrations/postgresql"_s);
    return engine == Engine::PostgreSQL ? postgres : sqlite;
}

int latestSchemaVersion()
{
    // Both folders hold the same versions (tst_database checks numbers and names).
    return int(migrations(Engine::SQLite).size());
}

QStringList splitStatements(const QString &script)
{
    // Cut after each ';' that ends a complete statement (sqlite3_complete: not inside a string, a
    // comment or a trigger body) — not per line: two statements on one line, or a comment after the
    // ';', must still give one statement each (QSQLITE refuses any text after the statement). A comment
    // after a ';' goes with the next statement, where SQLite skips it. A last statement without ';' is
    // kept, not dropped.
    QStringList statements;
    QString current;
    auto flush = [&] {
        QString code;
        for (const QString &l : current.split(u'\n'))
            if (!l.trimmed().startsWith(u"--"_s))
                code += l;
        if (!code.trimmed().isEmpty() && code.trimmed() != u";"_s)
            statements << current.trimmed();
        current.clear();
    };
    for (const QChar c : script) {
        current += c;
        if (c == u';' && sqlite3_complete(current.toUtf8().constData()))
            flush();
    }
    flush();
    return statements;
}

QStringList splitPostgresStatements(const QString &script)
{
    // A small lexer: '…' strings (with '' inside), "…" identifiers, -- and /* */ comments, and
    // $tag$ … $tag$ bodies, inside which a ';' does not end the statement.
    QStringList statements;
    QString current;
    bool hasCode = false;
    auto flush = [&] {
        if (hasCode)
            statements << current.trimmed();
        current.clear();
        hasCode = false;
    };
    const qsizetype n = script.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = script.at(i);
        auto take = [&](qsizetype end) { // copies [i, end) and moves on
            current += script.mid(i, end - i);
            i = end;
        };
        if (c == u'-' && i + 1 < n && script.at(i + 1) == u'-') {
            const qsizetype eol = script.indexOf(u'\n', i);
            take(eol < 0 ? n : eol);
        } else if (c == u'/' && i + 1 < n && script.at(i + 1) == u'*') {
            const qsizetype end = script.indexOf(u"*/"_s, i + 2);
            take(end < 0 ? n : end + 2);
        } else if (c == u'\'' || c == u'"') {
            qsizetype j = i + 1;
            while (j < n && !(script.at(j) == c && !(j + 1 < n && script.at(j + 1) == c)))
                j += (script.at(j) == c) ? 2 : 1;
            hasCode = true;
            take(qMin(n, j + 1));
        } else if (c == u'$') {
            static const QRegularExpression tagRe(u"\\G\\$([A-Za-z_][A-Za-z0-9_]*)?\\$"_s);
            const auto m = tagRe.match(script, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
            hasCode = true;
            if (m.hasMatch()) {
                const QString tag = m.captured(0);
                const qsizetype end = script.indexOf(tag, i + tag.size());
                take(end < 0 ? n : end + tag.size());
            } else {
                take(i + 1);
            }
        } else if (c == u';') {
            take(i + 1);
            flush();
        } else {
            if (!c.isSpace())
                hasCode = true;
            take(i + 1);
        }
    }
    flush();
    return statements;
}

namespace {
// PostgreSQL keeps the version in a one-row table (there is no user_version); 0 when it is absent.
const QString postgresVersionTable = u"ecoclaim_schema"_s;

domain::Result<int> postgresVersion(const QSqlDatabase &db)
{
    auto exists = scalar(db, u"SELECT to_regclass(?) IS NOT NULL"_s, {postgresVersionTable});
    if (!exists)
        return exists.problems();
    if (!exists.value().toBool())
        return 0;
    auto v = scalar(db, u"SELECT version FROM ecoclaim_schema"_s);
    if (!v)
        return v.problems();
    return v.value().toInt();
}

domain::Status runScript(const QSqlDatabase &db, Engine engine, const QString &script)
{
    const QStringList statements = engine == Engine::PostgreSQL ? splitPostgresStatements(script) : splitStatements(script);
    for (const QString &statement : statements)
        if (auto q = exec(db, statement); !q)
            return q.problems();
    return domain::success();
}

domain::Status setVersion(const QSqlDatabase &db, Engine engine, int version)
{
    if (engine == Engine::PostgreSQL) {
        if (auto q = exec(db, u"CREATE TABLE IF NOT EXISTS ecoclaim_schema (version BIGINT NOT NULL)"_s); !q)
            return q.problems();
        if (auto q = exec(db, u"DELETE FROM ecoclaim_schema"_s); !q)
            return q.problems();
        if (auto q = exec(db, u"INSERT INTO ecoclaim_schema(version) VALUES(?)"_s, {version}); !q)
            return q.problems();
        return domain::success();
    }
    // PRAGMA takes no bound parameters; the version is our own integer.
    if (auto q = exec(db, u"PRAGMA user_version = %1"_s.arg(version)); !q)
        return q.problems();
    return domain::success();
}
} // namespace

domain::Result<int> schemaVersion(const QSqlDatabase &db)
{
    if (engineOf(db) == Engine::PostgreSQL)
        return postgresVersion(db);
    auto v = scalar(db, u"PRAGMA user_version"_s);
    if (!v)
        return v.problems();
    return v.value().toInt();
}

// Context spelled out: lupdate misreads Tr::tr in a function returning domain::… (tst_translationcontexts).
domain::Status migrate(const QSqlDatabase &db, int target)
{
    const Engine engine = engineOf(db);
    if (target < 0)
        target = latestSchemaVersion();
    auto current = schemaVersion(db);
    if (!current)
        return current.problems();
    if (current.value() > latestSchemaVersion())
        return domain::Problem{{},
                               QCoreApplication::translate("ecoclaim::Storage", "This database was written by a newer EcoClaim (schema version %1; "
                                  "this program knows up to %2). It has not been changed: "
                                  "open it with the newer program.")
                                   .arg(current.value())
                                   .arg(latestSchemaVersion()),
                               {}};
    for (const Migration &m : migrations(engine)) {
        if (m.version <= current.value() || m.version > target)
            continue;
        QFile f(m.resource);
        if (!f.open(QIODevice::ReadOnly))
            return storageProblem(QCoreApplication::translate("ecoclaim::Storage", "read migration %1").arg(m.name), f.errorString());
        const QString script = QString::fromUtf8(f.readAll());
        // Exclusive: on a server, no command of another desk runs in the middle of a migration, and two
        // desks starting a newer program at once migrate once (the second finds the version done).
        WriteTransaction txn(db, WriteTransaction::Scope::Everything);
        if (auto s = txn.begin(); !s)
            return s;
        if (engine == Engine::PostgreSQL) {
            auto now = postgresVersion(db);
            if (!now)
                return now.problems();
            if (now.value() >= m.version)
                continue; // another desk did it while this one waited; the transaction rolls back
        }
        if (auto s = runScript(db, engine, script); !s)
            return s;
        if (auto s = setVersion(db, engine, m.version); !s)
            return s;
        if (auto s = txn.commit(); !s)
            return s;
    }
    return domain::success();
}

} // namespace ecoclaim::storage
