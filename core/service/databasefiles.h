#pragma once
// A desk's database file, made or chosen from the window (File ▸ New database…, Load the demo set…, the
// first start): where a file may go — never on a network share, where two desks writing one SQLite file
// can damage it; a bureau shares the server instead — and making a new, migrated database, with the demo
// set if asked. An empty (0-byte) file, left by a first start stopped while the file was being created,
// holds nothing and may be made a database. The window includes this header only: storage stays inside.

#include "core/domain/result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace ecoclaim::service {

// nfs, nfs4, cifs, smb3, fuse.sshfs…: a file system another computer serves (statfs's type names).
bool isNetworkFileSystem(const QByteArray &type);
// The file system type under `path` (of its nearest existing folder when it does not exist yet).
QByteArray fileSystemTypeOf(const QString &path);
// Refused when a database file should not be kept at `path`: on a network share.
domain::Status checkDatabaseFileLocation(const QString &path);
// A file that exists and holds 0 bytes.
bool isEmptyFile(const QString &path);

struct CreatedDatabase
{
    QString path;       // absolute
    int demoCases = 0;  // cases the demo set registered (0 without it)
};

// Makes a new EcoClaim database at `path` — missing, or an empty file — migrated to the current schema,
// and loads the demo set into it when `demo` (dated around `today`). Refuses a file that holds anything
// (that is opened, never overwritten) and a network share; a refusal leaves no file behind.
domain::Result<CreatedDatabase> createDatabaseFile(const QString &path, bool demo, QDate today);

} // namespace ecoclaim::service
