#include "app/cli/reportverbs.h"

#include "app/cli/statisticsverb.h"

#include "core/reports/annualreport.h"
#include "core/reports/reportoutput.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ecoclaim::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Cli)
};

int reportUsage()
{
    err() << Tr::tr("usage: ecoclaim-cli report annual --year Y [--district D | --unit U] [--pdf FILE] [--xlsx FILE] [--json] [--detail]\n"
                    "       ecoclaim-cli report screening --from DATE --to DATE [--district D | --unit U] [--pdf FILE] [--xlsx FILE] [--json] [--detail]\n"
                    "       ecoclaim-cli report statistics [--district D] [--unit U] [--from DATE --to DATE] [--json] [--cases CHART SERIES CATEGORY]\n"
                    "U is a department key (district_ecology) or DISTRICT_CODE/DEPARTMENT.")
          << Qt::endl;
    return Usage;
}

bool readDate(const QString &text, QDate *date)
{
    *date = QDate::fromString(text, Qt::ISODate);
    if (date->isValid() && text.size() == 10)
        return true;
    err() << Tr::tr("\"%1\" is not a real date (write YYYY-MM-DD).").arg(text) << Qt::endl;
    return false;
}

void printText(const reports::Report &report, bool detail)
{
    out() << report.title() << Qt::endl;
    for (const reports::ReportTable &t : report.tables) {
        out() << Qt::endl << t.title << u" (" << t.article << u")" << Qt::endl;
        out() << u"\t" << t.columns.join(u'\t') << Qt::endl;
        for (const reports::ReportRow &r : t.rows) {
            out() << r.label;
            for (int i = 0; i < r.cells.size(); ++i)
                out() << u'\t' << (t.money.value(i) ? reports::yuan(r.cells.at(i).value) : QString::number(r.cells.at(i).value));
            out() << Qt::endl;
            if (!detail || r.key == u"total")
                continue;
            for (int i = 0; i < r.cells.size(); ++i)
                if (!r.cells.at(i).cases.isEmpty())
                    out() << u"    " << t.columns.at(i) << u": " << r.cells.at(i).cases.join(u' ') << Qt::endl;
        }
    }
}
} // namespace

int runReport(const Options &options, QStringList args)
{
    if (args.isEmpty())
        return reportUsage();
    const QString kind = args.takeFirst();
    if (kind == u"statistics") // the window's statistics page (issue 13 part 2)
        return runStatistics(options, args);
    const bool json = takeFlag(args, u"--json"_s);
    const bool detail = takeFlag(args, u"--detail"_s);
    bool missing = false;
    const QString yearText = takeOption(args, u"--year"_s, &missing);
    const QString fromText = takeOption(args, u"--from"_s, &missing);
    const QString toText = takeOption(args, u"--to"_s, &missing);
    const QString district = takeOption(args, u"--district"_s, &missing);
    const QString unit = takeOption(args, u"--unit"_s, &missing);
    const QString pdf = takeOption(args, u"--pdf"_s, &missing);
    const QString xlsx = takeOption(args, u"--xlsx"_s, &missing);
    if (missing || !args.isEmpty() || (kind != u"annual" && kind != u"screening"))
        return reportUsage();
    if (kind == u"annual" && (yearText.isEmpty() || !fromText.isEmpty() || !toText.isEmpty()))
        return reportUsage();
    if (kind == u"screening" && (fromText.isEmpty() || toText.isEmpty() || !yearText.isEmpty()))
        return reportUsage();
    auto scope = reports::ReportScope::parse(district, unit);
    if (!scope) {
        printProblems(scope.problems());
        return Usage;
    }
    int year = 0;
    QDate from, to;
    if (kind == u"annual") {
        bool ok = false;
        year = yearText.toInt(&ok);
        if (!ok) {
            err() << Tr::tr("--year takes a year such as 2026.") << Qt::endl;
            return Usage;
        }
    } else if (!readDate(fromText, &from) || !readDate(toText, &to)) {
        return Usage;
    }
    auto session = openSession(options);
    if (!session)
        return Refused;
    // The case numbers behind the figures are read only when they are printed (--detail).
    auto report = kind == u"annual" ? reports::annualReport(*session->service, scope.value(), year, detail)
                                    : reports::screeningReport(*session->service, scope.value(), from, to, detail);
    if (!report) {
        printProblems(report.problems());
        return Refused;
    }
    if (!pdf.isEmpty()) {
        auto pages = reports::writeReportPdf(report.value(), pdf, detail);
        if (!pages) {
            printProblems(pages.problems());
            return Refused;
        }
        err() << Tr::tr("Report written to %1 (%n page(s)).", nullptr, pages.value()).arg(pdf) << Qt::endl;
    }
    if (!xlsx.isEmpty()) {
        if (auto s = reports::writeReportXlsx(report.value(), xlsx, detail); !s) {
            printProblems(s.problems());
            return Refused;
        }
        err() << Tr::tr("Workbook written to %1.").arg(xlsx) << Qt::endl;
    }
    if (json)
        out() << QJsonDocument(report->toJson(detail)).toJson(QJsonDocument::Indented);
    else if (pdf.isEmpty() && xlsx.isEmpty())
        printText(report.value(), detail);
    out().flush();
    return Done;
}

} // namespace ecoclaim::cli
