#pragma once
// One open EcoClaim database: a QSQLITE connection of its own (one per thread), configured the same
// way every time, migrated to the current schema on open.
//
// Durability: WAL with synchronous=FULL. WAL survives application crashes in every mode; only FULL
// also survives a power cut (PITFALLS 9), and a commit costs ~0.17 ms — cheap for records of legal
// proceedings. Foreign keys are on; a busy timeout lets a second process (the CLI beside the window)
// wait for the write lock instead of failing.

#include "core/domain/result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace ecoclaim::storage {

// Whether opening may create the file. Only `init`, `demo`, `generate` and the window's first start
// (which asks) create a database; everything else must find one, so a mistyped path is refused instead
// of becoming a new, empty database that "works".
enum class OpenMode { CreateIfMissing, MustExist };

class Database
{
public:
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // Opens (creating it only with CreateIfMissing) and migrates. A missing file (MustExist), an empty
    // file, a file that is not an SQLite database, one written by a newer EcoClaim, or one in a folder
    // this user cannot write (SQLite keeps its -wal and -shm beside the file) is refused with a clear
    // message and left as it was.
    static domain::Result<std::unique_ptr<Database>> open(const QString &path,
                                                          OpenMode mode = OpenMode::CreateIfMissing);

    // <user data folder>/ecoclaim.db (QStandardPaths::AppDataLocation).
    static QString defaultPath();

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    QString path() const { return m_path; }
    // SQLite's PRAGMA data_version: changes whenever another connection (the CLI, a colleague's
    // window on a shared file) commits to the file — the window polls it to re-read its lists.
    // Commits through this connection do not change it (CaseNotifier tells of those).
    domain::Result<qint64> dataVersion() const;

    // The schema version the file had before this open migrated it (0: a new database).
    int versionAtOpen() const { return m_versionAtOpen; }

private:
    Database(QString path, QString connectionName);
    QString m_path;
    QString m_connectionName;
    int m_versionAtOpen = 0;
};

} // namespace ecoclaim::storage
