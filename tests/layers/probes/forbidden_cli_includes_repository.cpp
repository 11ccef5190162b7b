// Probe: the CLI reads cases through the service, not the repository. Must not compile.
#include "core/storage/caserepository.h"
