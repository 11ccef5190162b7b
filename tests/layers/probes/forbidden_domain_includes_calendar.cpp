// Probe: core/domain uses nothing else of core. Must not compile.
#include "core/calendar/workcalendar.h"
