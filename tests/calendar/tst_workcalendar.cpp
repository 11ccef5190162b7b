// WorkCalendar and Deadline. Expected values are written out by hand from reference.md §6 (the State
// Council notices), not computed from the JSON the code loads, so a wrong file fails here.

#include "core/calendar/deadline.h"
#include "core/calendar/workcalendar.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecoclaim::calendar;
using ecoclaim::domain::art;

namespace {

QDate D(const char *iso) { return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate); }

const WorkCalendar &cal()
{
    static const WorkCalendar c = WorkCalendar::builtIn();
    return c;
}

// A tiny synthetic 2027 (2027-01-01 is a Friday, 2027-01-09 a Saturday).
const QByteArray Synthetic2027 = R"({"year": 2027, "source": "test",
    "holidays": [{"date": "2027-01-01", "name": "元旦"}, {"date": "2027-01-02", "name": "元旦"},
                 {"date": "2027-01-03", "name": "元旦"}],
    "workdays": ["2027-01-09"]})";

} // namespace

class TestWorkCalendar : public QObject
{
    Q_OBJECT

private slots:
    void builtInYears();
    void isWorkday_data();
    void isWorkday();
    void holidayNames();
    void addWorkdays_data();
    void addWorkdays();
    void workdaysBetween_data();
    void workdaysBetween();
    void missingYear_data();
    void missingYear();
    void naturalDays();
    void latestServiceDate_data();
    void latestServiceDate();
    void latestServiceDateIsTheBoundary();
    void leadTimeProblemsCiteArticle19();
    void importRejects_data();
    void importRejects();
    void importAcceptsSynthetic2027();
    void jsonRoundTrip();
    void deadlines();
};

void TestWorkCalendar::builtInYears()
{
    QCOMPARE(cal().years(), (QList<int>{2024, 2025, 2026}));
    QVERIFY(!cal().hasYear(2027));
    QCOMPARE(cal().sourceOf(2025), u"国办发明电〔2024〕12号"_s);
    // Holiday and 调休 counts per notice: 2024 30/8, 2025 28/5, 2026 33/6.
    const QList<std::tuple<int, int, int>> counts{{2024, 30, 8}, {2025, 28, 5}, {2026, 33, 6}};
    for (const auto &[year, holidays, workdays] : counts) {
        int h = 0, w = 0;
        for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1)) {
            h += cal().isHoliday(d).value();
            w += cal().isWorkday(d).value() && d.dayOfWeek() >= 6;
        }
        QCOMPARE(h, holidays);
        QCOMPARE(w, workdays);
    }
}

void TestWorkCalendar::isWorkday_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<bool>("workday");
    // Each holiday block: the day before, first and last 放假 day, the day after, and every 调休 day.
    const QList<std::pair<const char *, bool>> rows{
        // 2024 (国办发明电〔2023〕7号)
        {"2024-01-01", false}, {"2024-01-02", true},
        {"2024-02-03", false}, {"2024-02-04", true}, // Sun 调休
        {"2024-02-09", true}, // 除夕 is officially a working day
        {"2024-02-10", false}, {"2024-02-17", false}, {"2024-02-18", true}, {"2024-02-19", true},
        {"2024-04-03", true}, {"2024-04-04", false}, {"2024-04-06", false}, {"2024-04-07", true}, {"2024-04-08", true},
        {"2024-04-28", true}, {"2024-04-30", true}, {"2024-05-01", false}, {"2024-05-05", false},
        {"2024-05-06", true}, {"2024-05-11", true},
        {"2024-06-07", true}, {"2024-06-08", false}, {"2024-06-10", false}, {"2024-06-11", true},
        {"2024-09-13", true}, {"2024-09-14", true}, {"2024-09-15", false}, {"2024-09-17", false}, {"2024-09-18", true},
        {"2024-09-29", true}, {"2024-09-30", true}, {"2024-10-01", false}, {"2024-10-07", false},
        {"2024-10-08", true}, {"2024-10-12", true},
        {"2024-03-09", false}, {"2024-03-10", false}, // ordinary weekend
        // 2025 (国办发明电〔2024〕12号)
        {"2024-12-31", true}, {"2025-01-01", false}, {"2025-01-02", true},
        {"2025-01-26", true}, {"2025-01-27", true}, {"2025-01-28", false}, {"2025-02-04", false},
        {"2025-02-05", true}, {"2025-02-08", true},
        {"2025-04-03", true}, {"2025-04-04", false}, {"2025-04-06", false}, {"2025-04-07", true},
        {"2025-04-27", true}, {"2025-04-30", true}, {"2025-05-01", false}, {"2025-05-05", false}, {"2025-05-06", true},
        {"2025-05-30", true}, {"2025-05-31", false}, {"2025-06-02", false}, {"2025-06-03", true},
        {"2025-09-28", true}, {"2025-09-30", true}, {"2025-10-01", false}, {"2025-10-08", false},
        {"2025-10-09", true}, {"2025-10-11", true},
        {"2025-03-08", false}, {"2025-03-09", false},
        // 2026 (notice of 2025-11-04)
        {"2025-12-31", true}, {"2026-01-01", false}, {"2026-01-03", false}, {"2026-01-04", true}, {"2026-01-05", true},
        {"2026-02-13", true}, {"2026-02-14", true}, {"2026-02-15", false}, {"2026-02-23", false},
        {"2026-02-24", true}, {"2026-02-28", true},
        {"2026-04-03", true}, {"2026-04-04", false}, {"2026-04-06", false}, {"2026-04-07", true},
        {"2026-04-30", true}, {"2026-05-01", false}, {"2026-05-05", false}, {"2026-05-06", true}, {"2026-05-09", true},
        {"2026-06-18", true}, {"2026-06-19", false}, {"2026-06-21", false}, {"2026-06-22", true},
        {"2026-09-20", true}, {"2026-09-24", true}, {"2026-09-25", false}, {"2026-09-27", false}, {"2026-09-28", true},
        {"2026-09-30", true}, {"2026-10-01", false}, {"2026-10-07", false}, {"2026-10-08", true}, {"2026-10-10", true},
        {"2026-03-07", false}, {"2026-03-08", false},
    };
    for (const auto &[iso, expected] : rows)
        QTest::newRow(iso) << D(iso) << expected;
}

void TestWorkCalendar::isWorkday()
{
    QFETCH(QDate, day);
    QFETCH(bool, workday);
    const auto r = cal().isWorkday(day);
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    QCOMPARE(r.value(), workday);
}

void TestWorkCalendar::holidayNames()
{
    QCOMPARE(cal().holidayName(D("2024-02-17")), u"春节"_s);
    QCOMPARE(cal().holidayName(D("2025-10-06")), u"国庆节、中秋节"_s);
    QCOMPARE(cal().holidayName(D("2026-01-03")), u"元旦"_s);
    QCOMPARE(cal().holidayName(D("2026-01-04")), QString()); // 调休上班
    QCOMPARE(cal().holidayName(D("2027-01-01")), QString()); // not loaded
    QVERIFY(cal().isHoliday(D("2024-06-08")).value()); // weekend day inside a block counts as 放假
    QVERIFY(!cal().isHoliday(D("2024-06-15")).value());
}

void TestWorkCalendar::addWorkdays_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("n");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("2024-12-31 +1 across New Year") << D("2024-12-31") << 1 << D("2025-01-02");
    QTest::newRow("2025-12-31 +1 is the 调休 Sunday") << D("2025-12-31") << 1 << D("2026-01-04");
    QTest::newRow("2025-12-31 +2") << D("2025-12-31") << 2 << D("2026-01-05");
    QTest::newRow("zero") << D("2025-10-01") << 0 << D("2025-10-01");
    QTest::newRow("from a holiday, start not counted") << D("2025-10-01") << 1 << D("2025-10-09");
    QTest::newRow("from a Saturday") << D("2025-03-08") << 1 << D("2025-03-10");
    QTest::newRow("ordinary week") << D("2025-03-03") << 5 << D("2025-03-10");
    QTest::newRow("forward over 国庆 2024") << D("2024-09-30") << 1 << D("2024-10-08");
    QTest::newRow("forward over 春节 2025") << D("2025-01-27") << 1 << D("2025-02-05");
    QTest::newRow("back over 春节 2025 -1") << D("2025-02-05") << -1 << D("2025-01-27");
    QTest::newRow("back over 春节 2025 -2 (调休 Sun)") << D("2025-02-05") << -2 << D("2025-01-26");
    QTest::newRow("back over 春节 2025 -3") << D("2025-02-05") << -3 << D("2025-01-24");
    QTest::newRow("back over 春节 2026 -1 (调休 Sat)") << D("2026-02-24") << -1 << D("2026-02-14");
    QTest::newRow("back over 春节 2026 -2") << D("2026-02-24") << -2 << D("2026-02-13");
    QTest::newRow("back over 春节 2024 -1 (调休 Sun)") << D("2024-02-19") << -1 << D("2024-02-18");
    QTest::newRow("back over 春节 2024 -2 (除夕 works)") << D("2024-02-19") << -2 << D("2024-02-09");
    QTest::newRow("back across New Year") << D("2026-01-05") << -2 << D("2025-12-31");
}

void TestWorkCalendar::addWorkdays()
{
    QFETCH(QDate, from);
    QFETCH(int, n);
    QFETCH(QDate, expected);
    const auto r = cal().addWorkdays(from, n);
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    QCOMPARE(r.value(), expected);
}

void TestWorkCalendar::workdaysBetween_data()
{
    QTest::addColumn<QDate>("a");
    QTest::addColumn<QDate>("b");
    QTest::addColumn<int>("expected");
    QTest::newRow("same day") << D("2025-03-03") << D("2025-03-03") << 0;
    QTest::newRow("adjacent") << D("2025-03-03") << D("2025-03-04") << 0;
    QTest::newRow("Mon to Mon") << D("2025-03-03") << D("2025-03-10") << 4;
    QTest::newRow("reversed") << D("2025-03-10") << D("2025-03-03") << 4;
    QTest::newRow("over 春节 2025") << D("2025-01-27") << D("2025-02-05") << 0;
    QTest::newRow("§6.4 strict example") << D("2025-09-28") << D("2025-10-13") << 5;
    QTest::newRow("ends in unloaded year, nothing inside it") << D("2026-12-30") << D("2027-01-01") << 1;
    QTest::newRow("whole 2025") << D("2024-12-31") << D("2026-01-01") << 248;
}

void TestWorkCalendar::workdaysBetween()
{
    QFETCH(QDate, a);
    QFETCH(QDate, b);
    QFETCH(int, expected);
    const auto r = cal().workdaysBetween(a, b);
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    QCOMPARE(r.value(), expected);
}

void TestWorkCalendar::missingYear_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<int>("year");
    QTest::newRow("isWorkday 2027") << u"isWorkday"_s << 2027;
    QTest::newRow("isHoliday 2027") << u"isHoliday"_s << 2027;
    QTest::newRow("addWorkdays into 2027") << u"addForward"_s << 2027;
    QTest::newRow("addWorkdays back into 2023") << u"addBackward"_s << 2023;
    QTest::newRow("workdaysBetween over 2027") << u"between"_s << 2027;
}

void TestWorkCalendar::missingYear()
{
    QFETCH(QString, call);
    QFETCH(int, year);
    ecoclaim::domain::Problems problems;
    if (call == u"isWorkday")
        problems = cal().isWorkday(D("2027-03-01")).problems();
    else if (call == u"isHoliday")
        problems = cal().isHoliday(D("2027-03-01")).problems();
    else if (call == u"addForward")
        problems = cal().addWorkdays(D("2026-12-31"), 1).problems();
    else if (call == u"addBackward")
        problems = cal().addWorkdays(D("2024-01-02"), -1).problems();
    else
        problems = cal().workdaysBetween(D("2026-12-30"), D("2027-01-05")).problems();
    QCOMPARE(problems.size(), 1);
    const QString message = problems.first().message;
    QVERIFY2(message.contains(QString::number(year)), qPrintable(message));
    QVERIFY2(message.contains(u"import"_s), qPrintable(message));
    QCOMPARE(cal().missingYearBetween(D("2025-06-01"), QDate(year, 6, 1)), year);
}

void TestWorkCalendar::naturalDays()
{
    // 第四十六条 natural days; the start day is not counted (民法典第二百零一条).
    QCOMPARE(WorkCalendar::addNaturalDays(D("2025-03-01"), 30), D("2025-03-31"));
    QCOMPARE(WorkCalendar::addNaturalDays(D("2025-01-20"), 90), D("2025-04-20"));
    QCOMPARE(WorkCalendar::addNaturalDays(D("2024-02-28"), 1), D("2024-02-29"));
}

void TestWorkCalendar::latestServiceDate_data()
{
    QTest::addColumn<QDate>("meeting");
    QTest::addColumn<QDate>("strict");
    QTest::addColumn<QDate>("lenient");
    // reference.md §6.4, verbatim.
    QTest::newRow("2025-10-13") << D("2025-10-13") << D("2025-09-28") << D("2025-09-29");
    QTest::newRow("2025-02-10") << D("2025-02-10") << D("2025-01-26") << D("2025-02-04");
    QTest::newRow("2026-03-02") << D("2026-03-02") << D("2026-02-23") << D("2026-02-24");
    QTest::newRow("2025-05-09") << D("2025-05-09") << D("2025-04-28") << D("2025-04-29");
    // A meeting on a non-working day: under B it cannot be "the 5th working day", so both agree.
    QTest::newRow("Saturday meeting") << D("2025-03-15") << D("2025-03-09") << D("2025-03-09");
}

void TestWorkCalendar::latestServiceDate()
{
    QFETCH(QDate, meeting);
    QFETCH(QDate, strict);
    QFETCH(QDate, lenient);
    const auto a = cal().latestServiceDate(meeting, 5, ServiceLeadReading::Strict);
    const auto b = cal().latestServiceDate(meeting, 5, ServiceLeadReading::Lenient);
    QVERIFY2(a.ok(), qPrintable(a.errorString()));
    QVERIFY2(b.ok(), qPrintable(b.errorString()));
    QCOMPARE(a.value(), strict);
    QCOMPARE(b.value(), lenient);
    QCOMPARE(cal().latestServiceDate(meeting).value(), strict); // Strict is the default

    for (auto [reading, latest] : {std::pair{ServiceLeadReading::Strict, strict}, std::pair{ServiceLeadReading::Lenient, lenient}}) {
        QVERIFY(cal().serviceLeadSatisfied(latest, meeting, 5, reading).value());
        QVERIFY(cal().serviceLeadSatisfied(latest.addDays(-10), meeting, 5, reading).value());
        QVERIFY(!cal().serviceLeadSatisfied(latest.addDays(1), meeting, 5, reading).value());
    }
    QVERIFY(!cal().serviceLeadSatisfied(meeting, meeting, 5, ServiceLeadReading::Lenient).value());
}

void TestWorkCalendar::latestServiceDateIsTheBoundary()
{
    // For every meeting day with data, the latest date must be exactly the last day that satisfies the
    // reading, checked by brute force with workdaysBetween (an independent path through the code).
    for (QDate m = D("2024-02-01"); m <= D("2026-12-31"); m = m.addDays(1)) {
        for (int n : {1, 5}) {
            const auto a = cal().latestServiceDate(m, n, ServiceLeadReading::Strict);
            const auto b = cal().latestServiceDate(m, n, ServiceLeadReading::Lenient);
            QVERIFY(a.ok() && b.ok());
            QVERIFY(cal().workdaysBetween(a.value(), m).value() >= n);
            QVERIFY(cal().workdaysBetween(a.value().addDays(1), m).value() < n);
            const int meetingCounts = cal().isWorkday(m).value() ? 1 : 0;
            QVERIFY(cal().workdaysBetween(b.value(), m).value() + meetingCounts >= n);
            // The day after may be the meeting itself (n = 1): serving on the meeting day never suffices.
            QVERIFY(b.value().addDays(1) == m
                    || cal().workdaysBetween(b.value().addDays(1), m).value() + meetingCounts < n);
            QVERIFY(b.value() >= a.value());
        }
    }
}

void TestWorkCalendar::leadTimeProblemsCiteArticle19()
{
    const auto late = cal().latestServiceDate(D("2024-01-03")); // needs December 2023
    QVERIFY(!late.ok());
    QCOMPARE(late.problems().first().article, art(19));
    QVERIFY(late.errorString().contains(u"2023"_s));
    const auto lenient = cal().latestServiceDate(D("2027-01-04"), 5, ServiceLeadReading::Lenient);
    QVERIFY(!lenient.ok());
    QCOMPARE(lenient.problems().first().article, art(19));
    const auto sat = cal().serviceLeadSatisfied(D("2026-12-20"), D("2027-01-06"));
    QVERIFY(!sat.ok());
    QCOMPARE(sat.problems().first().article, art(19));
    QVERIFY(sat.errorString().contains(u"2027"_s));
    const auto zero = cal().latestServiceDate(D("2025-03-10"), 0);
    QVERIFY(!zero.ok());
    QCOMPARE(zero.problems().first().article, art(19));
}

void TestWorkCalendar::importRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");   // the Problem's field, or empty
    QTest::addColumn<QString>("mentions"); // text the message must contain
    QTest::newRow("not JSON") << QByteArray("{\"year\": 2027,") << QString() << u"JSON"_s;
    QTest::newRow("array") << QByteArray("[]") << QString() << u"object"_s;
    QTest::newRow("no year") << QByteArray(R"({"holidays": [], "workdays": []})") << u"year"_s << u"year"_s;
    QTest::newRow("fractional year") << QByteArray(R"({"year": 2027.5, "holidays": [], "workdays": []})") << u"year"_s << u"year"_s;
    // Found by the fuzzer (tests/fuzz/regressions/calendar): a year far outside int's range was converted
    // to int before its range was checked — undefined behaviour that UBSan stops on.
    QTest::newRow("year beyond int") << QByteArray(R"({"year": 2e25, "holidays": [], "workdays": []})") << u"year"_s
                                     << u"year"_s;
    QTest::newRow("year beyond int, negative") << QByteArray(R"({"year": -2e25, "holidays": [], "workdays": []})")
                                               << u"year"_s << u"year"_s;
    QTest::newRow("wrong year")
        << QByteArray(R"({"year": 2027, "holidays": [{"date": "2026-01-01", "name": "元旦"}], "workdays": []})")
        << u"holidays"_s << u"2026-01-01"_s;
    QTest::newRow("weekday as 调休")
        << QByteArray(R"({"year": 2027, "holidays": [{"date": "2027-01-01", "name": "元旦"}], "workdays": ["2027-01-06"]})")
        << u"workdays"_s << u"2027-01-06"_s;
    QTest::newRow("in both lists")
        << QByteArray(R"({"year": 2027, "holidays": [{"date": "2027-01-02", "name": "元旦"}], "workdays": ["2027-01-02"]})")
        << u"workdays"_s << u"both"_s;
    QTest::newRow("bad date")
        << QByteArray(R"({"year": 2027, "holidays": [{"date": "2027-02-30", "name": "春节"}], "workdays": []})")
        << u"holidays"_s << u"YYYY-MM-DD"_s;
    QTest::newRow("short date")
        << QByteArray(R"({"year": 2027, "holidays": [{"date": "2027-2-3", "name": "春节"}], "workdays": []})")
        << u"holidays"_s << u"YYYY-MM-DD"_s;
    QTest::newRow("no holidays") << QByteArray(R"({"year": 2027, "holidays": [], "workdays": []})") << u"holidays"_s
                                 << u"holidays"_s;
    QTest::newRow("workdays missing")
        << QByteArray(R"({"year": 2027, "holidays": [{"date": "2027-01-01", "name": "元旦"}]})") << u"workdays"_s
        << u"workdays"_s;
    QTest::newRow("unnamed holiday")
        << QByteArray(R"({"year": 2027, "holidays": [{"date": "2027-01-01"}], "workdays": []})") << u"holidays"_s
        << u"name"_s;
}

void TestWorkCalendar::importRejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, mentions);
    WorkCalendar c = cal();
    const auto r = c.addYearFromJson(json);
    QVERIFY(!r.ok());
    QCOMPARE(r.problems().first().field, field);
    QVERIFY2(r.errorString().contains(mentions), qPrintable(r.errorString()));
    QCOMPARE(c.years(), cal().years()); // nothing changed
}

void TestWorkCalendar::importAcceptsSynthetic2027()
{
    WorkCalendar c = cal();
    const auto r = c.addYearFromJson(Synthetic2027);
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    QCOMPARE(r.value(), 2027);
    QCOMPARE(c.years(), (QList<int>{2024, 2025, 2026, 2027}));
    QCOMPARE(c.isWorkday(D("2027-01-01")).value(), false);
    QCOMPARE(c.isWorkday(D("2027-01-09")).value(), true);  // 调休 Saturday
    QCOMPARE(c.isWorkday(D("2027-01-16")).value(), false); // ordinary Saturday
    QCOMPARE(c.addWorkdays(D("2026-12-31"), 1).value(), D("2027-01-04"));
    QCOMPARE(c.holidayName(D("2027-01-02")), u"元旦"_s);
    QVERIFY(!cal().hasYear(2027)); // the built-in value is untouched
}

void TestWorkCalendar::jsonRoundTrip()
{
    QVERIFY(cal().yearToJson(2027).isEmpty());
    WorkCalendar copy;
    QVERIFY(!copy.isWorkday(D("2025-06-03")).ok()); // empty calendar knows nothing
    for (int year : cal().years()) {
        const auto r = copy.addYearFromJson(cal().yearToJson(year));
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QCOMPARE(copy.sourceOf(year), cal().sourceOf(year));
    }
    for (QDate d = D("2024-01-01"); d <= D("2026-12-31"); d = d.addDays(1)) {
        QCOMPARE(copy.isWorkday(d).value(), cal().isWorkday(d).value());
        QCOMPARE(copy.holidayName(d), cal().holidayName(d));
    }
    // Re-importing a year replaces it.
    QVERIFY(copy.addYearFromJson(R"({"year": 2025, "holidays": [{"date": "2025-01-01", "name": "元旦"}], "workdays": []})").ok());
    QCOMPARE(copy.isWorkday(D("2025-10-01")).value(), true);
}

void TestWorkCalendar::deadlines()
{
    const Deadline natural = naturalDayDeadline(u"preliminary_verification"_s, D("2025-03-01"), 30, art(13),
                                                u"30 natural days from receipt, start day not counted"_s);
    QCOMPARE(natural.due, D("2025-03-31"));
    QVERIFY(!natural.missingCalendar);
    QVERIFY(natural.explanation().contains(u"2025-03-31"_s));
    QVERIFY(natural.explanation().contains(u"30 natural days"_s));

    const Deadline work = workdayDeadline(cal(), u"test"_s, D("2025-12-31"), 1, art(19), u"1 working day"_s);
    QCOMPARE(work.due, D("2026-01-04"));
    QVERIFY(!work.missingCalendar);

    const Deadline missing = workdayDeadline(cal(), u"test"_s, D("2026-12-28"), 5, art(19), u"5 working days"_s);
    QVERIFY(missing.missingCalendar);
    QCOMPARE(missing.missingYear, 2027);
    QVERIFY(!missing.due.isValid());
    QVERIFY2(missing.explanation().contains(u"2027"_s), qPrintable(missing.explanation()));

    const Deadline back = workdayDeadline(cal(), u"test"_s, D("2024-01-03"), -5, art(19), u"5 working days before"_s);
    QCOMPARE(back.missingYear, 2023);
}

QTEST_GUILESS_MAIN(TestWorkCalendar)
#include "tst_workcalendar.moc"
