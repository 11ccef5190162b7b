#include "core/service/casenotifier.h"
