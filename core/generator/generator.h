#pragma once
// A realistic synthetic register for measuring EcoClaim at scale (issue 7): N cases in every stage,
// each with the rows its stage implies, about ten timeline events and audit entries per case, Chinese
// titles, parties, addresses and ~200-character descriptions, deadlines around `today`, a valid
// audit chain and a search index rebuilt once after loading. The same seed and day give the same
// database, byte for byte in content.
//
// Writes only into an empty database (it numbers rows itself); refuses one that has cases.
// Speed: big transactions, every statement prepared once (casewriter.h); synchronous=OFF while
// loading (a half-written synthetic database is simply generated again), FULL again afterwards.

#include "core/calendar/workcalendar.h"
#include "core/domain/result.h"

#include <QDate>

#include <functional>

namespace ecoclaim::storage {
class Database;
}
namespace ecoclaim::service {
class CaseService;
}

namespace ecoclaim::generator {

struct GeneratorOptions
{
    int cases = 1000;
    quint64 seed = 1;
    QDate today = QDate::currentDate(); // deadlines are spread around this day
    // Called now and then with what is being done and how far it is (done of total).
    std::function<void(const QString &phase, qint64 done, qint64 total)> progress;
};

struct GeneratorReport
{
    qint64 cases = 0, rows = 0, timelineEvents = 0, auditEntries = 0, deadlines = 0, documents = 0;
    double seconds = 0;
};

domain::Result<GeneratorReport> generate(storage::Database &database, const calendar::WorkCalendar &calendar,
                                         const GeneratorOptions &options);
// The same into the service's database with its calendar; its notifier is told (casesReset) after.
domain::Result<GeneratorReport> generate(service::CaseService &service, const GeneratorOptions &options);

// `ecoclaim-cli generate`: all or nothing. The register is written into "<path>.generating" and renamed
// onto `path` only once the cases and their search index are committed and the file is closed, so a run
// killed at any moment leaves `path` as it was (a next run removes the partial file). `path` must not
// exist, or be a database nothing was ever done to (an `init`: no audit entry), which is replaced.
domain::Result<GeneratorReport> generateFile(const QString &path, const GeneratorOptions &options);

} // namespace ecoclaim::generator
