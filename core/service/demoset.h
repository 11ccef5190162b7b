#pragma once
// The demo case set (resources/demo/demo-cases.jsonl), loaded through the same service as every
// other change. Dates written "@today-45" are relative to the day the demo is loaded, so the open
// cases always have deadlines around today; finished cases keep their real historical dates.

#include "core/service/scriptrunner.h"

#include <QByteArray>

namespace ecoclaim::service {

// The demo script with relative dates resolved against `today`.
QByteArray resolvedDemoScript(QDate today);

// Loads the demo set into an empty database; refuses a database that already holds cases. When the
// calendar does not reach two weeks past `today`, the set is dated around the end of October of the
// last known year instead (its consultation notices need working days).
domain::Result<ScriptReport> loadDemoSet(CaseService &service, QDate today);

} // namespace ecoclaim::service
