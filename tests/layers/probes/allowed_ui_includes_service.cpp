// Probe: what the window includes — the service, its read interface, the dashboard, the documents and
// the archive and report entry points — builds with ui/'s include root, every header they pull in too.
#include "core/archive/archiveexport.h"
#include "core/archive/archiveverify.h"
#include "core/archive/selfcheck.h"
#include "core/documents/paperoffice.h"
#include "core/i18n/language.h"
#include "core/reports/deadlinereport.h"
#include "core/reports/ledgerexport.h"
#include "core/service/casenotifier.h"
#include "core/service/casereader.h"
#include "core/service/caseservice.h"
#include "core/service/outsidechanges.h"
#include "ui/mainwindow.h"
