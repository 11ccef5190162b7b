#include "core/storage/migrations.h"

#include "core/storage/sqlquery.h"
#include "core/storage/writetransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace ecoclaim::storage {

const QList<Migration> &migrations()
{
    static const QList<Migration> list = [] {
        QList<Migration> found;
        const QStringList files = QDir(u":/migrations"_s).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
        static const QRegularExpression name(u"^(\\d{4})_(.+)\\.sql$"_s);
        for (const QString &f : files) {
            const auto m = name.match(f);
            if (!m.hasMatch())
                continue;
            found << Migration{m.captured(1).toInt(), m.captured(2), u":/migrations/"_s + f};
        }
        // Versions must be 1, 2, 3… with no gap: a gap means a lost file.
        for (qsizetype i = 0; i < found.size(); ++i)
            Q_ASSERT(found.at(i).version == i + 1);
        return found;
    }();
    return list;
}

int latestSchemaVersion() { return int(migrations().size()); }

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

domain::Result<int> schemaVersion(const QSqlDatabase &db)
{
    auto v = scalar(db, u"PRAGMA user_version"_s);
    if (!v)
        return v.problems();
    return v.value().toInt();
}

domain::Status migrate(const QSqlDatabase &db, int target)
{
    if (target < 0)
        target = latestSchemaVersion();
    auto current = schemaVersion(db);
    if (!current)
        return current.problems();
    if (current.value() > latestSchemaVersion())
        return domain::Problem{{},
                               QCoreApplication::translate("ecoclaim::Storage",
                                                           "This database was written by a newer EcoClaim (schema version %1; "
                                                           "this program knows up to %2). It has not been changed: "
                                                           "open it with the newer program.")
                                   .arg(current.value())
                                   .arg(latestSchemaVersion()),
                               {}};
    for (const Migration &m : migrations()) {
        if (m.version <= current.value() || m.version > target)
            continue;
        QFile f(m.resource);
        if (!f.open(QIODevice::ReadOnly))
            return storageProblem(QCoreApplication::translate("ecoclaim::Storage", "read migration %1").arg(m.name),
                                  f.errorString());
        const QString script = QString::fromUtf8(f.readAll());
        WriteTransaction txn(db);
        if (auto s = txn.begin(); !s)
            return s;
        for (const QString &statement : splitStatements(script))
            if (auto q = exec(db, statement); !q)
                return q.problems();
        // PRAGMA takes no bound parameters; the version is our own integer.
        if (auto q = exec(db, u"PRAGMA user_version = %1"_s.arg(m.version)); !q)
            return q.problems();
        if (auto s = txn.commit(); !s)
            return s;
    }
    return domain::success();
}

} // namespace ecoclaim::storage
