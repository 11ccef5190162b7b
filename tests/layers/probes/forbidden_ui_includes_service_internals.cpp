// Probe: a widget reaching storage through a header of the service that is not for it. Must not compile.
#include "core/service/handlers.h"
