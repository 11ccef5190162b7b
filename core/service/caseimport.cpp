// CaseService::importCase: the writing half of an archive import (core/archive/archiveimport.cpp
// verifies the archive and puts its files into the store first). Here, because only the service
// changes cases: one transaction, the case's notifier told afterwards.

#include "core/service/caseservice.h"

#include "core/service/casenotifier.h"
#include "core/storage/auditlog.h"
#include "core/storage/caserepository.h"
#include "core/storage/casetransfer.h"
#include "core/storage/database.h"
#include "core/storage/filestore.h"
#include "core/storage/writetransaction.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::service {

Result<qint64> CaseService::importCase(const CaseImport &import, const QString &givenActor)
{
    // Bringing in another database's archived case is the administrator's or the archivist's (Art. 42).
    if (!m_access.mayAdminister() && !(m_access.account() && m_access.account()->role == Role::Archivist))
        return Problem{{}, QCoreApplication::translate("ecoclaim::CaseService", "Only an administrator or an archivist may import an archived case."), {}};
    const QString actor = actorFor(givenActor);
    // One transaction: the rows, the files recorded, the search index, the audit entry.
    const QSqlDatabase db = m_database.connection();
    storage::WriteTransaction txn(db);
    if (auto s = txn.begin(); !s)
        return s.problems();
    for (const CaseImport::File &f : import.files)
        if (auto s = storage::FileStore::record(db, f.digest, f.mediaType); !s)
            return s.problems();
    auto caseId = storage::insertCaseRows(db, import.tables);
    if (!caseId)
        return caseId.problems();
    txn.touch(caseId.value()); // announced to the other desks at commit
    if (auto s = storage::CaseRowWriter(db, {}).refreshDerived(caseId.value(), true); !s)
        return s.problems();
    if (auto hash = storage::audit::append(db, actor, caseId.value(), u"import_case"_s, import.auditPayload, {}); !hash)
        return hash.problems();
    if (auto s = txn.commit(); !s)
        return s.problems();
    Q_EMIT m_notifier.caseAdded(caseId.value());
    return caseId.value();
}

} // namespace ecoclaim::service
