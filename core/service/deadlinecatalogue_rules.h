#pragma once
// The deadlines the second reading of the rules added (issue 14), computed from the case file for the
// catalogue (deadlinecatalogue.cpp): suing promptly once consultation failed (Art. 25 ¶1), applying
// for enforcement in time (民事诉讼法第二百五十条), answering a reporter (Art. 13 ¶3), the major-case
// supervisor's instructions and timetable (Art. 39). Internal to core/service.

#include "core/domain/casefile.h"

#include <functional>

namespace ecoclaim::service::detail {

using AddDeadline = std::function<void(const QString &kind, const QString &subject, QDate trigger, QDate due, const QString &why)>;

// Deadlines that run in every stage but the archive, a closed or ended case included (the reporter is
// answered even when the claim is not started).
void addLastingDeadlines(const domain::CaseFile &file, const AddDeadline &add);
// Deadlines of a running case.
void addSecondReadingDeadlines(const domain::CaseFile &file, const AddDeadline &add);
// Consultation has failed for every party served (Art. 25 ¶1): the 90-day clock no longer matters.
bool consultationFailedForAll(const domain::CaseFile &file);

} // namespace ecoclaim::service::detail
