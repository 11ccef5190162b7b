#pragma once
// The pre-archive self-check (Art. 42): what archiving the case would be refused for now — the same
// preconditions archive_case checks (core/domain/lifecycle_claim.cpp), evaluated without changing
// anything, plus the stage (only a closed case is archived). `archive check` and the window print it.

#include "core/domain/casefile.h"
#include "core/domain/result.h"

#include <QDate>

namespace ecoclaim::service {
class CaseService;
}

namespace ecoclaim::archive {

struct SelfCheck
{
    QString caseNumber;
    bool archived = false;
    domain::Problems missing; // empty: the case can be archived
    bool ready() const { return !archived && missing.isEmpty(); }
};

domain::Result<SelfCheck> archiveSelfCheck(const service::CaseService &service, const QString &caseReference, QDate today);
// The same over a case file already read (the window's case view reads it once for every section).
SelfCheck archiveSelfCheck(const domain::CaseFile &file, QDate today);

} // namespace ecoclaim::archive
