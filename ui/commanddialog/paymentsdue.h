#pragma once
// The payment dialog's table of what is due, paid and owed per instalment of the agreement or judgment
// (issue 16 ¶5), with the total: read from the case file the dialog was opened on
// (core/domain/paymentschedule.h), the payments applied to the earliest line first.

#include "core/domain/casefile.h"

class QWidget;

namespace ecoclaim::ui {

// A titled table (object name "instalmentsDue"), or null when nothing is due on the case.
QWidget *makePaymentsDue(const domain::CaseFile &file, QWidget *parent);

} // namespace ecoclaim::ui
