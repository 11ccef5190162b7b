#pragma once
// Holiday calendars an administrator imported for years the program does not ship (the State Council
// publishes each year's notice in the autumn before). Stored in the database, so every workstation on
// it computes the same working days.

#include "core/calendar/workcalendar.h"
#include "core/domain/result.h"

#include <QSqlDatabase>

namespace ecoclaim::storage::calendars {

// The built-in years plus every imported one (an imported year replaces a built-in one).
domain::Result<calendar::WorkCalendar> load(const QSqlDatabase &db);
// Validates and stores one year (JSON as resources/calendars/2026.json) inside the caller's write
// transaction (the service recomputes every deadline in the same one); returns the year.
domain::Result<int> store(const QSqlDatabase &db, const QByteArray &json, const QString &actor);

} // namespace ecoclaim::storage::calendars
