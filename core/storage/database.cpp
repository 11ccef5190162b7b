#include "core/storage/database.h"

#include "core/storage/migrations.h"
#include "core/storage/sqlquery.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace ecoclaim::storage {

namespace {
// Translations of this file live in the context ecoclaim::Storage (lupdate reads the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Storage)
};

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"ecoclaim-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

// What can be judged from the file system before SQLite touches anything (SQLite would create a
// missing file, treat an empty one as a new database, and fail later with "unable to open database
// file" in a read-only folder).
domain::Problems refuseBeforeOpening(const QFileInfo &info, OpenMode mode)
{
    domain::Problems refused;
    const QString path = info.filePath();
    if (!info.exists()) {
        if (mode == OpenMode::MustExist)
            refused.add(u"db"_s, Tr::tr("There is no database at %1; nothing was created. Check the path, or create a "
                                        "new database with: ecoclaim-cli --db %1 init").arg(path));
        return refused;
    }
    // A file of zero bytes is no SQLite database (an initialised one has at least its header page);
    // opening it would silently make it one.
    if (info.size() == 0 && QFileInfo(path + u"-wal"_s).size() == 0) {
        refused.add(u"db"_s, Tr::tr("%1 is an empty file, not an EcoClaim database; it was not changed.").arg(path));
        return refused;
    }
    // SQLite in WAL mode writes path-wal and path-shm beside the file, even to read.
    if (!QFileInfo(info.absolutePath()).isWritable())
        refused.add(u"db"_s, Tr::tr("The folder %1 is not writable: EcoClaim keeps the database's journal (%2-wal) "
                                    "beside it and cannot open the database there. Copy the file to a folder you may "
                                    "write, or ask for write access.").arg(info.absolutePath(), info.fileName()));
    else if (!info.isWritable())
        refused.add(u"db"_s, Tr::tr("The database file %1 is read-only: EcoClaim cannot open it.").arg(path));
    return refused;
}
} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    dropCachedStatements(m_connectionName);
    {
        QSqlDatabase db = connection();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(u"ecoclaim.db"_s);
}

domain::Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenMode mode)
{
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return domain::Problem{{}, Tr::tr("%1 is a folder, not a database file.").arg(path), {}};
    if (auto refused = refuseBeforeOpening(info, mode); !refused.isEmpty())
        return refused;
    if (!info.exists() && !QDir().mkpath(info.absolutePath()))
        return domain::Problem{{}, Tr::tr("The folder %1 could not be created.").arg(info.absolutePath()), {}};
    if (!info.exists() && !QFileInfo(info.absolutePath()).isWritable())
        return domain::Problem{{}, Tr::tr("The folder %1 is not writable: no database can be created there.").arg(info.absolutePath()), {}};

    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(database->m_path);
        if (!db.open())
            return domain::Problem{{}, Tr::tr("The database %1 could not be opened: %2").arg(path, db.lastError().text()), {}};

        // Read the version before writing anything: a newer or foreign file must stay untouched.
        auto version = schemaVersion(db);
        if (!version)
            return domain::Problem{{}, Tr::tr("%1 is not an EcoClaim database (or it is damaged): %2")
                                           .arg(path, version.problems().first().message), {}};
        if (version.value() > latestSchemaVersion()) {
            auto refused = migrate(db); // produces the "newer program" message without writing
            return refused.problems();
        }
        if (version.value() == 0) {
            // An existing file with tables but no version is someone else's database.
            auto tables = scalar(db, u"SELECT count(*) FROM sqlite_schema"_s);
            if (!tables)
                return tables.problems();
            if (tables.value().toInt() > 0)
                return domain::Problem{{}, Tr::tr("%1 is an SQLite database, but not one of EcoClaim's; it was not changed.").arg(path), {}};
        }

        database->m_versionAtOpen = version.value();
        const QStringList pragmas{u"PRAGMA busy_timeout = 5000"_s, u"PRAGMA journal_mode = WAL"_s,
                                  u"PRAGMA synchronous = FULL"_s, u"PRAGMA foreign_keys = ON"_s};
        for (const QString &p : pragmas)
            if (auto q = exec(db, p); !q)
                return q.problems();
        if (auto s = migrate(db); !s)
            return s.problems();
    }
    return database;
}

domain::Result<qint64> Database::dataVersion() const
{
    auto v = scalar(connection(), u"PRAGMA data_version"_s);
    if (!v)
        return v.problems();
    return v.value().toLongLong();
}

} // namespace ecoclaim::storage
