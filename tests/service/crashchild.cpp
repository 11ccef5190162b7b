// Helper of tst_crash: applies lifecycle commands to the database named on the command line, in a loop,
// through CaseService — exactly as the window or the CLI would — and after each command has been
// COMMITTED prints "done <case_no> <command>" and flushes, so that whatever the parent reads was
// durable before it was said. It runs until it is killed (or, with MAX_CASES, until that many cases
// are through all steps, then exits 0).
//
//   crashchild DB_PATH RUN [MAX_CASES]

#include "core/calendar/workcalendar.h"
#include "core/service/casenotifier.h"
#include "core/service/caseservice.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace ecoclaim;

namespace {

void say(FILE *stream, const QString &line)
{
    const QByteArray bytes = (line + u'\n').toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

// The steps every case goes through: the first commands of a case, with a stage change at most steps.
QList<QJsonObject> steps(const QString &tag)
{
    return {
        {{u"cmd"_s, u"register_clue"_s}, {u"title"_s, u"崩溃测试线索 %1"_s.arg(tag)}, {u"district"_s, u"310115"_s},
         {u"unit"_s, u"district_ecology"_s}, {u"channel"_s, u"inspection"_s}, {u"received_on"_s, u"2025-03-01"_s},
         {u"site"_s, u"浦东新区川沙路%1号"_s.arg(tag)}, {u"description"_s, u"雨水排放口发现含铬废水，疑似暗管偷排。"_s}},
        {{u"cmd"_s, u"add_party"_s}, {u"kind"_s, u"company"_s}, {u"name"_s, u"上海甲电镀有限公司%1"_s.arg(tag)},
         {u"address"_s, u"浦东新区川沙路1号"_s}},
        {{u"cmd"_s, u"add_party"_s}, {u"kind"_s, u"person"_s}, {u"name"_s, u"张某%1"_s.arg(tag)}},
        {{u"cmd"_s, u"start_verification"_s}, {u"started_on"_s, u"2025-03-05"_s}, {u"verified_by"_s, u"王某"_s}},
        {{u"cmd"_s, u"record_verification"_s}, {u"concluded_on"_s, u"2025-03-10"_s}, {u"damage_found"_s, true},
         {u"finding"_s, u"土壤总铬超过筛选值，造成生态环境损害。"_s}},
        {{u"cmd"_s, u"file_case"_s}, {u"filed_on"_s, u"2025-03-12"_s}},
        {{u"cmd"_s, u"update_case"_s}, {u"description"_s, u"经核查，企业通过暗管偷排电镀废水约120吨。"_s}},
    };
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        say(stderr, u"usage: crashchild DB_PATH RUN [MAX_CASES]"_s);
        return 2;
    }
    const QString run = args.at(2);
    const int maxCases = args.size() > 3 ? args.at(3).toInt() : -1;

    auto opened = storage::Database::open(args.at(1));
    if (!opened) {
        say(stderr, opened.errorString());
        return 1;
    }
    service::CaseNotifier serviceNotifier;
    service::CaseService service(*opened.value(), calendar::WorkCalendar::builtIn(), serviceNotifier);
    const QDate today(2025, 6, 30);

    for (int i = 0; maxCases < 0 || i < maxCases; ++i) {
        QString caseNo;
        for (QJsonObject command : steps(u"%1-%2"_s.arg(run).arg(i))) {
            if (!caseNo.isEmpty())
                command.insert(u"case"_s, caseNo);
            auto outcome = service.execute(command, u"crashchild"_s, today);
            if (!outcome) {
                say(stderr, u"refused %1: %2"_s.arg(command.value(u"cmd"_s).toString(), outcome.errorString()));
                return 1;
            }
            caseNo = outcome->caseNumber;
            say(stdout, u"done %1 %2"_s.arg(caseNo, command.value(u"cmd"_s).toString()));
        }
    }
    return 0;
}
