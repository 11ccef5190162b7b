#include "core/storage/backup.h"

#include "core/storage/dialect.h"
#include "core/storage/serverbackup.h"
#include "core/storage/sqlquery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace ecoclaim::storage {

namespace {
// Translations of this file live in the context ecoclaim::Storage (lupdate reads the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Storage)
};

// A read-only connection to another file, through the SQLite C API: the backup is checked without
// registering a Qt connection or touching the live database's.
class ReadOnlyFile
{
public:
    explicit ReadOnlyFile(const QString &path)
    {
        m_status = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READONLY, nullptr);
    }
    ~ReadOnlyFile() { sqlite3_close(m_db); }
    Q_DISABLE_COPY_MOVE(ReadOnlyFile)

    bool isOpen() const { return m_status == SQLITE_OK; }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

    // The first column of every row of `sql`, as text; false on an error.
    bool column(const char *sql, QStringList *out)
    {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK)
            return false;
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
            *out << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
        return rc == SQLITE_DONE;
    }

private:
    sqlite3 *m_db = nullptr;
    int m_status = SQLITE_ERROR;
};
} // namespace

domain::Result<QString> quickCheck(const QString &path)
{
    ReadOnlyFile file(path);
    QStringList lines;
    if (!file.isOpen() || !file.column("PRAGMA quick_check", &lines))
        return domain::Problem{{}, Tr::tr("%1 could not be checked: %2").arg(path, file.error()), {}};
    return lines.join(u'\n');
}

domain::Result<BackupReport> backupTo(const QSqlDatabase &db, const QString &target)
{
    const QFileInfo info(target);
    if (info.exists())
        return domain::Problem{u"out"_s, Tr::tr("%1 exists already; a backup never overwrites a file.").arg(target), {}};
    if (engineOf(db) == Engine::PostgreSQL)
        return backupServer(db, info.absoluteFilePath());
    BackupReport report;
    report.path = info.absoluteFilePath();
    auto version = scalar(db, u"PRAGMA user_version"_s);
    auto cases = scalar(db, u"SELECT count(*) FROM cases"_s);
    if (!version || !cases)
        return version ? cases.problems() : version.problems();
    report.schemaVersion = version.value().toInt();
    report.cases = cases.value().toLongLong();

    QElapsedTimer clock;
    clock.start();
    // Not inside a write transaction: VACUUM INTO reads a snapshot, writers go on (WAL).
    if (auto q = exec(db, u"VACUUM INTO ?"_s, {report.path}); !q) {
        QFile::remove(report.path);
        return q.problems();
    }
    report.copySeconds = clock.nsecsElapsed() / 1e9;
    clock.restart();

    const auto fail = [&report](const QString &why) -> domain::Result<BackupReport> {
        QFile::remove(report.path);
        return domain::Problem{u"out"_s, Tr::tr("The backup %1 failed its check and was removed: %2").arg(report.path, why), {}};
    };
    ReadOnlyFile copy(report.path);
    QStringList check, copyVersion, copyCases;
    if (!copy.isOpen() || !copy.column("PRAGMA quick_check", &check) || !copy.column("PRAGMA user_version", &copyVersion)
        || !copy.column("SELECT count(*) FROM cases", &copyCases))
        return fail(copy.error());
    if (check != QStringList{u"ok"_s})
        return fail(check.join(u"; "_s));
    if (copyVersion.value(0).toInt() != report.schemaVersion || copyCases.value(0).toLongLong() != report.cases)
        return fail(Tr::tr("the copy holds schema %1 and %2 cases, the database schema %3 and %4 cases")
                        .arg(copyVersion.value(0), copyCases.value(0))
                        .arg(report.schemaVersion)
                        .arg(report.cases));
    report.checkSeconds = clock.nsecsElapsed() / 1e9;
    report.bytes = QFileInfo(report.path).size();
    report.checkedWith = u"quick_check"_s;
    return report;
}

} // namespace ecoclaim::storage
