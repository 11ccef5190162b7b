// Probe: a widget reaching for the database. Must not compile.
#include "core/storage/database.h"
