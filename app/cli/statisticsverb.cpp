#include "app/cli/statisticsverb.h"

#include "core/domain/catalogue.h"
#include "core/reports/annualreport.h"
#include "core/reports/statistics.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ecoclaim::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Cli)
};

int statisticsUsage()
{
    err() << Tr::tr("usage: ecoclaim-cli report statistics [--district D] [--unit U] [--stage S] [--major] [--overdue] "
                    "[--search TEXT] [--from DATE --to DATE] [--json] [--cases CHART SERIES CATEGORY]\n"
                    "CHART is stages, channels, amounts, flow or deadlines; SERIES and CATEGORY are the keys --json prints.")
          << Qt::endl;
    return Usage;
}

bool readDay(const QString &text, QDate *date)
{
    *date = QDate::fromString(text, Qt::ISODate);
    if (date->isValid() && text.size() == 10)
        return true;
    err() << Tr::tr("\"%1\" is not a real date (write YYYY-MM-DD).").arg(text) << Qt::endl;
    return false;
}

void printChart(const reports::StatisticsChart &chart)
{
    out() << Qt::endl << chart.title << Qt::endl << u'\t' << chart.seriesLabels.join(u'\t') << Qt::endl;
    for (int k = 0; k < chart.categoryKeys.size(); ++k) {
        out() << chart.categoryLabels.at(k);
        for (int s = 0; s < chart.seriesKeys.size(); ++s) {
            const qint64 v = chart.values.value(s).value(k);
            out() << u'\t' << (chart.money ? reports::yuan(v) : QString::number(v));
        }
        out() << Qt::endl;
    }
}
} // namespace

int runStatistics(const Options &options, QStringList args)
{
    const bool json = takeFlag(args, u"--json"_s);
    reports::StatisticsQuery query;
    query.filter.today = options.today;
    query.filter.overdueOnly = takeFlag(args, u"--overdue"_s);
    query.filter.majorOnly = takeFlag(args, u"--major"_s);
    bool missing = false;
    const QString district = takeOption(args, u"--district"_s, &missing);
    const QString unit = takeOption(args, u"--unit"_s, &missing);
    const QString stage = takeOption(args, u"--stage"_s, &missing);
    query.filter.search = takeOption(args, u"--search"_s, &missing);
    const QString fromText = takeOption(args, u"--from"_s, &missing);
    const QString toText = takeOption(args, u"--to"_s, &missing);
    QStringList bar;
    if (const qsizetype at = args.indexOf(u"--cases"_s); at >= 0) {
        if (args.size() - at < 4)
            return statisticsUsage();
        bar = args.mid(at + 1, 3);
        args.remove(at, 4);
    }
    if (missing || !args.isEmpty() || fromText.isEmpty() != toText.isEmpty())
        return statisticsUsage();
    if (!district.isEmpty()) {
        const domain::District *d = domain::findDistrict(district);
        if (!d) {
            err() << Tr::tr("\"%1\" is not a Shanghai district.").arg(district) << Qt::endl;
            return Usage;
        }
        query.filter.districtCode = d->code;
    }
    if (!unit.isEmpty()) {
        const domain::Department *d = domain::findDepartmentByAnyName(unit);
        if (!d) {
            err() << Tr::tr("\"%1\" is not a handling department.").arg(unit) << Qt::endl;
            return Usage;
        }
        query.filter.unit = d->key;
    }
    if (!stage.isEmpty()) {
        domain::Stage st;
        if (!domain::stageFromKey(stage, &st)) {
            err() << Tr::tr("Unknown stage \"%1\".").arg(stage) << Qt::endl;
            return Usage;
        }
        query.filter.stage = st;
    }
    if (!fromText.isEmpty() && (!readDay(fromText, &query.from) || !readDay(toText, &query.to)))
        return Usage;
    auto session = openSession(options);
    if (!session)
        return Refused;

    if (!bar.isEmpty()) { // the cases behind one bar: what a click opens in the window
        auto rows = reports::statisticsCases(*session->service, query, bar.at(0), bar.at(1), bar.at(2));
        if (!rows) {
            printProblems(rows.problems());
            return Refused;
        }
        QJsonArray list;
        for (const domain::CaseRow &r : rows.value()) {
            if (json)
                list.append(QJsonObject{{u"id"_s, r.id}, {u"number"_s, r.number}, {u"title"_s, r.title},
                                        {u"district"_s, r.districtCode}, {u"unit"_s, r.unit}, {u"stage"_s, domain::stageKey(r.stage)}});
            else
                out() << r.number << u'\t' << domain::stageDisplayName(r.stage) << u'\t' << r.title << Qt::endl;
        }
        if (json)
            out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
        else
            err() << Tr::tr("%n case(s).", nullptr, int(rows->size())) << Qt::endl;
        out().flush();
        return Done;
    }
    auto stats = reports::caseStatistics(*session->service, query);
    if (!stats) {
        printProblems(stats.problems());
        return Refused;
    }
    if (json) {
        out() << QJsonDocument(stats->toJson()).toJson(QJsonDocument::Indented);
    } else {
        for (const reports::StatisticsChart &c : stats->charts)
            printChart(c);
    }
    out().flush();
    return Done;
}

} // namespace ecoclaim::cli
