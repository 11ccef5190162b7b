// Probe: the CLI opens the database it is given and backs it up; it reads cases through the service. Must build.
#include "core/service/caseservice.h"
#include "core/storage/backup.h"
#include "core/storage/database.h"
