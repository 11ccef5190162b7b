#pragma once
// The file store's PostgreSQL side (filestore.h): a content's bytes as 1 MiB pieces in
// stored_file_chunks, and a row in stored_file_contents once the last piece is in. Used only by
// FileStore, on the connection it was given.

#include "core/domain/result.h"
#include "core/storage/contenthash.h"
#include "core/storage/filestore.h"

#include <QIODevice>
#include <QSqlDatabase>

#include <memory>

namespace ecoclaim::storage::serverstore {

constexpr qint64 pieceSize = 1 << 20;

// Stores the bytes of `source` (read from its start) under `digest` unless that content is already
// whole on the server. Outside a transaction each piece commits alone and the contents row comes last;
// inside the caller's transaction it all commits with the caller.
domain::Result<ContentDigest> put(const QSqlDatabase &db, QIODevice &source, const ContentDigest &digest);

// A sequential device that fetches one piece at a time.
domain::Result<std::unique_ptr<QIODevice>> open(const QSqlDatabase &db, const QString &sha256);

// stored_files rows whose content is missing or (full) altered; pieces and contents no row names,
// older than an hour, removed.
domain::Result<StoreCheck> check(const QSqlDatabase &db, bool full);

} // namespace ecoclaim::storage::serverstore
