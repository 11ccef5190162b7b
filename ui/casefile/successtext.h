#pragma once
// What a step just done says in the main window's status bar (issue 16 ¶5): the case number and what
// was done — for a payment, the instalment it went to and what is still owed (core/domain/paymentschedule.h).

#include "core/domain/casefile.h"
#include "core/domain/lifecycle.h"
#include "core/service/caseservice.h"

namespace ecoclaim::ui {

// `before` and `after`: the case as the page showed it before the step and after it.
QString successText(const domain::CommandSpec &spec, const service::CommandOutcome &outcome, const domain::CaseFile &before,
                    const domain::CaseFile &after);

} // namespace ecoclaim::ui
