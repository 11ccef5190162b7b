#pragma once
// The deadlines a case file has open now, each with its trigger, rule and article, and the next one
// (what the case list shows). This is the catalogue's first part — the statutory clocks that follow
// from the case file alone; the deadline dashboard builds on it.

#include "core/calendar/workcalendar.h"
#include "core/domain/casefile.h"

#include <optional>

namespace ecoclaim::service {

struct OpenDeadline
{
    QString kind;       // stable key, e.g. "verification_start"
    QDate trigger, due;
    domain::ArticleRef article;
    QString explanation; // translated: what must happen by when, and why
};

QList<OpenDeadline> openDeadlines(const domain::CaseFile &file);
std::optional<OpenDeadline> nextDeadline(const domain::CaseFile &file);
QString deadlineKindName(const QString &kind); // translated

} // namespace ecoclaim::service
