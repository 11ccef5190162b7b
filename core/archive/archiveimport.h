#pragma once
// Importing a case archive into another database (a case handed to the city bureau, a restore).
//
// The archive is verified first against this database's trusted keys (archiveverify.h: all four checks
// must pass, the signature included — an unsigned archive, a bad signature and a key this database does
// not trust are each refused with that reason; a valid signature by an unknown key is accepted only when
// the user names that key's fingerprint in `acceptedKey`, which the import's audit entry records; a path
// escaping the
// target, a link, a duplicate, an oversized or bomb-like entry, any digest disagreeing: refused with the
// findings). Then its files are put into this database's store (content-addressed: a refused import
// leaves only unrecorded files, which FileStore::check removes), and in ONE write transaction of the
// service (CaseService::importCase: only the service changes cases) the case's rows are inserted with
// new ids (storage/casetransfer.h), the files recorded, the search index rebuilt and one audit entry
// "import_case" appended to THIS database's chain, and the notifier told. The original audit
// entries cannot join this chain unchanged (each hash covers the entry before it in the database that
// wrote it), so they are kept as written: case/audit.json goes into the store, and the import entry
// names its SHA-256, the archive's SHA-256 and the original chain heads — the original history stays
// verifiable from the stored copy, and this database's chain stays whole.

#include "core/domain/result.h"

#include <QString>

namespace ecoclaim::service {
class CaseService;
}

namespace ecoclaim::archive {

struct ImportResult
{
    qint64 caseId = 0;
    QString caseNumber;
    int files = 0;
};

domain::Result<ImportResult> importArchive(service::CaseService &service, const QString &zipPath, const QString &actor,
                                           const QString &acceptedKey = {});

} // namespace ecoclaim::archive
