// Probe: core/archive may include storage, but only the service may make the repository's writer
// (its passkey's constructor is private to service::CaseService and service::PaperRegister). Must not compile.
#include "core/storage/caserepository.h"

void probe(QSqlDatabase db)
{
    ecoclaim::storage::CaseRowWriter writer(db, {});
    writer.refreshDerived(1, true);
}
