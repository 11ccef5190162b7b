// Time to render the consultation notice to PDF/A (QTextDocument → QPdfWriter), docs/PITFALLS.md §13's anchor
// being ~16 ms. Not a CTest test: build_dir/bin/bench_papers [iterations].
#include "core/service/casenotifier.h"
#include "core/documents/officiallayout.h"
#include "core/documents/paperoffice.h"
#include "core/service/demoset.h"
#include "core/storage/database.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace ecoclaim;

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const int iterations = argc > 1 ? QByteArray(argv[1]).toInt() : 50;
    QTemporaryDir dir;
    auto db = storage::Database::open(dir.filePath(u"bench.db"_s));
    if (!db)
        return 1;
    service::CaseNotifier serviceNotifier;
    service::CaseService service(*db.value(), calendar::WorkCalendar::builtIn(), serviceNotifier);
    if (!service::loadDemoSet(service, QDate(2026, 11, 30)))
        return 1;
    documents::PaperOffice office(service, documents::PaperSettings{});
    documents::PaperOptions options;
    options.parameters = {{u"meeting_place"_s, u"区生态环境局三楼会议室"_s}, {u"meeting_on"_s, u"2026-12-21"_s},
                          {u"reply_due_on"_s, u"2026-12-14"_s}};
    auto file = service.caseFile(u"2026-310101-0001"_s);
    if (!file)
        return 1;
    QElapsedTimer fill, total;
    qint64 composeNs = 0, pdfNs = 0;
    int pages = 0;
    QByteArray last;
    total.start();
    const std::clock_t cpuStart = std::clock();
    for (int i = 0; i < iterations; ++i) {
        fill.start();
        auto rendered = office.compose(file.value(), u"consultation_notice"_s, options, u"沪黄环损磋告〔2026〕1号"_s);
        composeNs += fill.nsecsElapsed();
        if (!rendered)
            return 1;
        fill.start();
        auto pdf = documents::paperPdf(rendered->layout, &pages);
        pdfNs += fill.nsecsElapsed();
        if (!pdf)
            return 1;
        last = pdf.value();
    }
    // CPU time beside wall time: on a shared machine the wall clock also counts other processes.
    const double cpuMs = double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC / iterations;
    std::printf("consultation notice: %d pages, %lld bytes; per render: fill+template %.2f ms, layout+PDF/A %.2f ms, "
                "total %.2f ms wall, %.2f ms CPU (%d iterations)\n",
                pages, qint64(last.size()), composeNs / 1e6 / iterations, pdfNs / 1e6 / iterations,
                total.nsecsElapsed() / 1e6 / iterations, cpuMs, iterations);
    return 0;
}
