#pragma once
// The major-case ledger (重大案件台账, Art. 39; Art. 36 ¶1 reporting): every case marked major — also
// one with no open deadline — with its reason, the report to the higher department, the supervisor's
// instructions, the timetable and its open deadlines. Read through CaseReader::majorCaseLedger (what
// `ecoclaim-cli ledger` prints and the window exports); issue 13's ledger report builds on these records.

#include "core/domain/casefile.h"
#include "core/domain/deadlinerows.h"

namespace ecoclaim::service {

struct MajorCaseEntry
{
    domain::CaseFile file;                 // read without the timeline and the volume's files
    QList<domain::DeadlineRow> deadlines; // open and suspended, soonest first

    bool reported() const { return !file.supervisionReports.isEmpty(); }
    int openInstructions() const;
    const domain::TimetableItem *nextStep() const; // the first timetable step not done
};

} // namespace ecoclaim::service
