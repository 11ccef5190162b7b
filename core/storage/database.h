#pragma once
// One open EcoClaim database: a connection of its own (one per thread), configured the same way every
// time, migrated to the current schema on open. Two engines behind it (dialect.h):
//
//   * a desk's SQLite file — `--db PATH`. WAL with synchronous=FULL: WAL survives application crashes
//     in every mode, only FULL also survives a power cut, and a commit costs ~0.17 ms — cheap for records
//     of legal proceedings. Foreign keys on; a busy timeout lets a second process (the CLI beside the
//     window) wait for the write lock instead of failing.
//   * a bureau's PostgreSQL database — `--db postgresql://USER@HOST:PORT/DBNAME` (QPSQL). The password
//     is never in the program: libpq reads PGPASSWORD or ~/.pgpass, or the window asks and hands it to
//     open(). The database must have a UTF-8 character locale (search, searchindex.h).

#include "core/domain/result.h"
#include "core/storage/dialect.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace ecoclaim::storage {

// Whether opening may create the file. Only `init`, `demo`, `generate` and the window's first start
// (which asks) create a database; everything else must find one, so a mistyped path is refused instead
// of becoming a new, empty database that "works". StartOver is `init` and the window's "create the
// database in it": it also creates the database in an empty (0-byte) file — which holds nothing, typically
// left by a first start stopped while the file was being created — instead of refusing it.
enum class OpenMode { CreateIfMissing, MustExist, StartOver };

class Database
{
public:
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // Opens (creating an SQLite file if needed) and migrates. A file that is not an SQLite database, a
    // server database that holds someone else's tables, or one written by a newer EcoClaim, is refused
    // with a clear message and left as it was. `password` is for a server location only (the window's
    // prompt); empty lets libpq find it.
    static domain::Result<std::unique_ptr<Database>> open(const QString &location, const QString &password = {});
    // The same, saying whether an SQLite file may be created: with MustExist a missing file is refused
    // (nothing created). Either way an empty file is not a database, and a file in a folder this user
    // cannot write is refused with that reason (SQLite keeps its -wal and -shm beside the file).
    static domain::Result<std::unique_ptr<Database>> open(const QString &location, OpenMode mode,
                                                          const QString &password = {});

    // <user data folder>/ecoclaim.db (QStandardPaths::AppDataLocation).
    static QString defaultPath();
    // postgresql://… or postgres://… (a libpq connection URI) rather than a file path.
    static bool isServerLocation(const QString &location);

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    Engine engine() const { return m_engine; }
    // The file path (SQLite), or the server URI without any password (PostgreSQL): for messages, and for
    // a second connection to the same database (another thread, a test's second desk).
    QString path() const { return m_path; }
    // SQLite's PRAGMA data_version: changes whenever another connection (the CLI, a colleague's
    // window on a shared file) commits to the file — the window polls it to re-read its lists.
    // Commits through this connection do not change it (CaseNotifier tells of those). On PostgreSQL
    // other desks announce their commits instead (dialect::changeChannel); this returns 0 there.
    domain::Result<qint64> dataVersion() const;

    // The schema version the database had before this open migrated it (0: a new database).
    int versionAtOpen() const { return m_versionAtOpen; }

private:
    Database(QString path, QString connectionName, Engine engine);
    static domain::Result<std::unique_ptr<Database>> openFile(const QString &path, OpenMode mode);
    static domain::Result<std::unique_ptr<Database>> openServer(const QString &location, const QString &password);
    domain::Status checkVersionAndMigrate();
    QString m_path;
    QString m_connectionName;
    Engine m_engine;
    int m_versionAtOpen = 0;
};

} // namespace ecoclaim::storage
