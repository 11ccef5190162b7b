#include "core/service/databasefiles.h"

#include "core/service/casenotifier.h"
#include "core/service/caseservice.h"
#include "core/service/demoset.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

using namespace Qt::StringLiterals;

namespace ecoclaim::service {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::DatabaseFiles)
};
} // namespace

bool isNetworkFileSystem(const QByteArray &type)
{
    const QByteArray t = type.toLower();
    static const QList<QByteArray> network{"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs",
                                           "9p", "ceph", "glusterfs", "fuse.sshfs", "fuse.glusterfs", "fuse.cephfs",
                                           "fuse.davfs", "davfs", "fuse.rclone", "fuse.s3fs", "lustre", "gpfs"};
    return network.contains(t) || t.startsWith("nfs") || t.startsWith("smb");
}

QByteArray fileSystemTypeOf(const QString &path)
{
    QFileInfo at(QFileInfo(path).absoluteFilePath());
    while (!at.exists() && !at.isRoot() && at.absolutePath() != at.absoluteFilePath())
        at = QFileInfo(at.absolutePath());
    return QStorageInfo(at.absoluteFilePath()).fileSystemType();
}

domain::Status checkDatabaseFileLocation(const QString &path)
{
    const QByteArray type = fileSystemTypeOf(path);
    if (!isNetworkFileSystem(type))
        return domain::success();
    return domain::Problem{u"db"_s,
                           QCoreApplication::translate("ecoclaim::DatabaseFiles", "%1 is on a network share (%2). Two desks writing one database file over a share can "
                                  "damage it: keep the file on this computer, or — for a bureau whose caseworkers share "
                                  "cases — use the bureau's server (PostgreSQL).")
                               .arg(QDir::toNativeSeparators(path), QString::fromLatin1(type)),
                           {}};
}

bool isEmptyFile(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() && info.isFile() && info.size() == 0;
}

domain::Result<CreatedDatabase> createDatabaseFile(const QString &path, bool demo, QDate today)
{
    if (path.trimmed().isEmpty())
        return domain::Problem{u"db"_s, Tr::tr("Name the file of the new database."), {}};
    if (storage::Database::isServerLocation(path))
        return domain::Problem{u"db"_s, Tr::tr("A server database is created by its administrator (see the README); here "
                                               "only a file on this computer is made."), {}};
    const QFileInfo info(path);
    if (info.isDir())
        return domain::Problem{u"db"_s, Tr::tr("%1 is a folder: name a file in it.").arg(QDir::toNativeSeparators(path)), {}};
    if (info.exists() && info.size() > 0)
        return domain::Problem{u"db"_s, Tr::tr("%1 already exists and holds data; it was not changed. Open it with "
                                               "File ▸ Open another database, or choose a new name.").arg(QDir::toNativeSeparators(path)), {}};
    if (auto where = checkDatabaseFileLocation(path); !where)
        return where.problems();
    const bool existed = info.exists();
    CreatedDatabase created{info.absoluteFilePath(), 0};
    domain::Problems failed;
    { // the service and the connection are closed before a failed file is removed
        auto database = storage::Database::open(path, storage::OpenMode::StartOver);
        if (!database)
            return database.problems();
        if (demo) {
            CaseNotifier notifier;
            auto service = CaseService::open(*database.value(), notifier);
            auto loaded = service ? loadDemoSet(*service.value(), today) : domain::Result<ScriptReport>(service.problems());
            if (!loaded)
                failed = loaded.problems();
            else if (auto count = service.value()->reader().caseCount())
                created.demoCases = int(count.value());
        }
    }
    if (!failed.isEmpty()) {
        if (!existed)
            for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
                QFile::remove(created.path + suffix);
        return failed;
    }
    return created;
}

} // namespace ecoclaim::service
