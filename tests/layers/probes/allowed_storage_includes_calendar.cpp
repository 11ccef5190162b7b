// Probe: core/storage may use core/domain and core/calendar. Must build.
#include "core/calendar/workcalendar.h"
#include "core/domain/casefile.h"
#include "core/storage/database.h"
