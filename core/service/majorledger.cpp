#include "core/service/majorledger.h"

#include "core/service/casereader.h"
#include "core/service/caseservice.h"
#include "core/storage/database.h"
#include "core/storage/deadlinestore.h"

#include "core/storage/caserepository.h"
#include "core/storage/sqlquery.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::service {

int MajorCaseEntry::openInstructions() const
{
    int n = 0;
    for (const SupervisionInstruction &i : file.supervisionInstructions)
        n += i.doneOn.isValid() ? 0 : 1;
    return n;
}

const TimetableItem *MajorCaseEntry::nextStep() const
{
    const TimetableItem *next = nullptr;
    for (const TimetableItem &t : file.timetable)
        if (!t.doneOn.isValid() && (!next || t.dueOn < next->dueOn))
            next = &t;
    return next;
}

// A CaseReader read (casereader.h), kept beside the ledger it reads; every case passes mayRead.
Result<QList<MajorCaseEntry>> CaseReader::majorCaseLedger() const
{
    const QSqlDatabase db = m_service.database().connection();
    auto ids = storage::idList(db, u"SELECT id FROM cases WHERE is_major = 1 ORDER BY case_no"_s);
    if (!ids)
        return ids.problems();
    storage::CaseRepository repository(db);
    QList<MajorCaseEntry> out;
    for (qint64 id : ids.value()) {
        if (!visible(id))
            continue;
        auto file = repository.load(id, storage::CaseRepository::Parts::ForDeadlines);
        if (!file)
            return file.problems();
        auto rows = storage::deadlines::forCase(db, id);
        if (!rows)
            return rows.problems();
        MajorCaseEntry e{std::move(file).value(), std::move(rows).value()};
        std::stable_sort(e.deadlines.begin(), e.deadlines.end(),
                         [](const DeadlineRow &a, const DeadlineRow &b) { return a.due < b.due; });
        out << e;
    }
    return out;
}

} // namespace ecoclaim::service
