#pragma once
// Case numbers (案件编号). The program numbers a case when its clue is registered: YEAR-DISTRICT-SERIAL,
// "2026-310115-0003" (storage's case_number_series: one series per district and year of receipt). A case
// brought in from a legacy ledger keeps the number the bureau gave it (register_clue's case_no): either a
// number of that same form — then the series of its district and year is moved past it, so the program
// never hands it out again — or the bureau's own form, such as 沪浦环损〔2023〕7号, which the program's
// series cannot produce.

#include <QString>

#include <optional>

namespace ecoclaim::domain {

struct ProgramCaseNumber
{
    int year = 0;
    QString districtCode;
    int serial = 0;
};

// "2026-310115-0003" → {2026, "310115", 3}; nullopt for any other form.
std::optional<ProgramCaseNumber> parseProgramCaseNumber(const QString &number);
// The year a number names: the program's form, or the 〔YYYY〕 of an official document number; 0 when none.
int caseNumberYear(const QString &number);

} // namespace ecoclaim::domain
