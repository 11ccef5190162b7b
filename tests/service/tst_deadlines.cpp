// The deadline catalogue through the real service: each kind computed from its trigger with its
// article; suspension, resumption, extension and a corrected trigger recompute the due date and are
// logged; a consultation sliding past 90 days is flagged for litigation (Art. 25(3)); holidays and
// years without calendar data are flagged; the dashboard reads the covering index.

#include "casetestbed.h"

#include "core/service/casenotifier.h"
#include "core/service/dashboard.h"
#include "core/service/deadlinecatalogue.h"
#include "core/storage/auditlog.h"
#include "core/storage/deadlinestore.h"

#include <QFile>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using namespace ecoclaim::domain;
using ecoclaim::test::json;

namespace {
std::optional<storage::DeadlineRow> find(test::CaseTestbed &bed, const QString &caseNo, const QString &kind)
{
    auto id = bed.service().resolve(caseNo);
    auto rows = storage::deadlines::forCase(bed.database().connection(), id.value());
    for (const storage::DeadlineRow &r : rows.value())
        if (r.kind == kind)
            return r;
    return std::nullopt;
}
} // namespace

class TestDeadlines : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogueEntries_data();
    void catalogueEntries();
    void closedCasesHaveNoDeadlines();
    void procuratorateReplyEndsItsDeadline();
    void suspensionResumptionAndExtension();
    void correctingTheTriggerRecomputes();
    void consultationSlidingPastNinetyDaysIsFlaggedForLitigation();
    void threeRoundsWithoutAgreementIsFlagged();
    void extendedConsultationAllowsALaterRound();
    void oneInstalmentExtendedLeavesTheOthers();
    void holidaysAndMissingYearsAreFlagged();
    void dashboardHonoursLeadDaysAndUnit();
    void dashboardReadsTheCoveringIndex();
    void importedYearIsUsedAndBadImportChangesNothing();
    void annualReportIsDueByTheEndOfJanuary_data();
    void annualReportIsDueByTheEndOfJanuary();
};

void TestDeadlines::catalogueEntries_data()
{
    QTest::addColumn<int>("stage");
    QTest::addColumn<QByteArray>("setup");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<QString>("article");

    QTest::newRow("verification within 30 days of receipt (start day not counted)")
        << int(Stage::Clue) << QByteArray() << u"verification_start"_s << QDate(2026, 2, 4) << u"第十三条"_s;
    QTest::newRow("appraisal report by the commission's time limit")
        << int(Stage::Investigation)
        << QByteArray(R"({"cmd":"commission_appraisal","mode":"institution","institution":"上海某司法鉴定所","commissioned_on":"2026-01-25","due_on":"2026-03-10","items":"损害量化"})")
        << u"appraisal_report"_s << QDate(2026, 3, 10) << u"第十六条"_s;
    QTest::newRow("reply to the consultation notice")
        << int(Stage::Consultation)
        << QByteArray(R"({"cmd":"serve_consultation_notice","party":1,"served_on":"2026-03-02","service_method":"direct","meeting_on":"2026-03-16","reply_due_on":"2026-03-10"})")
        << u"notice_reply"_s << QDate(2026, 3, 10) << u"第十九条第二款"_s;
    QTest::newRow("consultation at most 90 days from service")
        << int(Stage::Consultation)
        << QByteArray(R"({"cmd":"serve_consultation_notice","party":1,"served_on":"2026-03-02","service_method":"direct","meeting_on":"2026-03-16","reply_due_on":"2026-03-10"})")
        << u"consultation_period"_s << QDate(2026, 5, 31) << u"第二十二条"_s;
    QTest::newRow("court announcement of 30 days before confirmation")
        << int(Stage::Agreement)
        << QByteArray(R"({"cmd":"apply_judicial_confirmation","applied_on":"2026-03-25","court":"上海市第三中级人民法院","accepted_on":"2026-03-27"})")
        << u"confirmation_ruling"_s << QDate(2026, 4, 26) << u"最高人民法院《关于审理生态环境损害赔偿案件的若干规定（试行）》第二十条"_s;
    QTest::newRow("reply to the procuratorate within its announcement period")
        << int(Stage::Investigation)
        << QByteArray(R"({"cmd":"link_proceeding","kind":"public_interest","authority":"上海铁路运输检察院","reference":"沪铁检民公〔2026〕1号","started_on":"2026-02-01","announcement_ends_on":"2026-03-03"})")
        << u"procuratorate_reply"_s << QDate(2026, 3, 3) << u"第三十三条"_s;
    QTest::newRow("restoration milestone")
        << int(Stage::Restoration) << QByteArray(R"({"cmd":"add_milestone","due_on":"2026-05-15","description":"完成污染土壤清挖"})")
        << u"milestone"_s << QDate(2026, 5, 15) << u"第二十七条"_s;
}

void TestDeadlines::catalogueEntries()
{
    QFETCH(int, stage);
    QFETCH(QByteArray, setup);
    QFETCH(QString, kind);
    QFETCH(QDate, due);
    QFETCH(QString, article);
    test::CaseTestbed bed;
    const QString c = bed.caseAt(Stage(stage));
    if (!setup.isEmpty())
        QVERIFY(!bed.apply(QJsonDocument::fromJson(setup).object(), c).isEmpty());
    const auto row = find(bed, c, kind);
    QVERIFY2(row, qPrintable(kind));
    QCOMPARE(row->due, due);
    QCOMPARE(row->article, article);
    QVERIFY(!row->explanation.isEmpty());
}

void TestDeadlines::closedCasesHaveNoDeadlines()
{
    test::CaseTestbed bed;
    const QString c = bed.caseAt(Stage::Closed);
    auto rows = storage::deadlines::forCase(bed.database().connection(), bed.service().resolve(c).value());
    QVERIFY(rows.value().isEmpty());
    QVERIFY(!bed.service().caseFile(c)->nextDeadlineOn.isValid());
}

void TestDeadlines::procuratorateReplyEndsItsDeadline()
{
    test::CaseTestbed bed;
    const QString c = bed.caseAt(Stage::Investigation);
    bed.apply(json(R"({"cmd":"link_proceeding","kind":"public_interest","authority":"上海铁路运输检察院","started_on":"2026-02-01","announcement_ends_on":"2026-03-03"})"), c);
    QVERIFY(find(bed, c, u"procuratorate_reply"_s));
    QVERIFY(!bed.refuse(json(R"({"cmd":"reply_to_procuratorate","proceeding":2,"replied_on":"2026-02-20"})"), c).isEmpty());
    QVERIFY(!bed.apply(json(R"({"cmd":"reply_to_procuratorate","proceeding":1,"replied_on":"2026-02-20","note":"决定启动索赔"})"), c).isEmpty());
    QVERIFY(!find(bed, c, u"procuratorate_reply"_s));
    QVERIFY(!bed.refuse(json(R"({"cmd":"reply_to_procuratorate","proceeding":1,"replied_on":"2026-02-21"})"), c).isEmpty());
}

void TestDeadlines::suspensionResumptionAndExtension()
{
    // The log is kept by the clock's day of each change (not the commands' day): read the days this test
    // ran on, so a run across midnight finds every change.
    const QDate firstDay = QDate::currentDate();
    test::CaseTestbed bed;
    const QString c = bed.caseAt(Stage::Clue); // verification due 2026-02-04
    QVERIFY(!bed.apply(json(R"({"cmd":"suspend_deadline","kind":"verification_start","suspended_on":"2026-01-10","reason":"等待公安机关移送证据"})"), c).isEmpty());
    auto row = find(bed, c, u"verification_start"_s);
    QVERIFY(row->suspended);
    // A suspended clock is not on the dashboard and not the case's next deadline.
    auto items = service::dueItems(bed.database().connection(), {QDate(2026, 2, 10), 30, {}});
    for (const service::DueItem &i : items.value())
        QVERIFY(i.row.caseNo != c);
    QVERIFY(!bed.service().caseFile(c)->nextDeadlineOn.isValid());
    QVERIFY(!bed.refuse(json(R"({"cmd":"suspend_deadline","kind":"verification_start","suspended_on":"2026-01-11","reason":"x"})"), c).isEmpty());

    QVERIFY(!bed.apply(json(R"({"cmd":"resume_deadline","kind":"verification_start","resumed_on":"2026-01-20","reason":"证据已移送"})"), c).isEmpty());
    row = find(bed, c, u"verification_start"_s);
    QVERIFY(!row->suspended);
    QCOMPARE(row->due, QDate(2026, 2, 14)); // 10 days paused
    QVERIFY(!bed.apply(json(R"({"cmd":"extend_deadline","kind":"verification_start","days":5,"decided_on":"2026-01-21","reason":"线索涉及多个部门"})"), c).isEmpty());
    row = find(bed, c, u"verification_start"_s);
    QCOMPARE(row->due, QDate(2026, 2, 19));
    QVERIFY(row->explanation.contains(u"线索涉及多个部门"_s) || row->explanation.contains(u"5"_s));
    QCOMPARE(bed.service().caseFile(c)->nextDeadlineOn, QDate(2026, 2, 19));
    QVERIFY(!bed.refuse(json(R"({"cmd":"resume_deadline","kind":"verification_start","resumed_on":"2026-01-22","reason":"x"})"), c).isEmpty());
    QVERIFY(!bed.refuse(json(R"({"cmd":"extend_deadline","kind":"verification_start","days":0,"decided_on":"2026-01-22","reason":"x"})"), c).isEmpty());

    // Every change of the due date is in the day's log.
    QList<QDate> dues;
    for (QDate day = firstDay; day <= QDate::currentDate(); day = day.addDays(1))
        for (const storage::DeadlineChange &ch : storage::deadlines::changedOn(bed.database().connection(), day).value())
            if (ch.caseNo == c && ch.kind == u"verification_start")
                dues << ch.newDue;
    QCOMPARE(dues, (QList<QDate>{QDate(2026, 2, 4), QDate(2026, 2, 14), QDate(2026, 2, 19)}));
}

void TestDeadlines::correctingTheTriggerRecomputes()
{
    test::CaseTestbed bed;
    const QString c = bed.caseAt(Stage::Clue);
    QVERIFY(!bed.apply(json(R"({"cmd":"update_case","received_on":"2026-01-15"})"), c).isEmpty());
    QCOMPARE(find(bed, c, u"verification_start"_s)->due, QDate(2026, 2, 14));

    const QString d = bed.caseAt(Stage::Consultation);
    bed.apply(json(R"({"cmd":"serve_consultation_notice","party":1,"served_on":"2026-03-02","service_method":"mail","meeting_on":"2026-03-16","reply_due_on":"2026-03-10"})"), d);
    QCOMPARE(find(bed, d, u"consultation_period"_s)->due, QDate(2026, 5, 31));
    // The notice was actually received two days later (postal receipt).
    QVERIFY(!bed.apply(json(R"({"cmd":"correct_notice_service","notice":1,"served_on":"2026-03-04","meeting_on":"2026-03-16","reply_due_on":"2026-03-10","reason":"以邮寄回执签收日期为准"})"), d).isEmpty());
    QCOMPARE(find(bed, d, u"consultation_period"_s)->due, QDate(2026, 6, 2));
    // A correction must still respect the five working days (Art. 19).
    const Problems p = bed.refuse(json(R"({"cmd":"correct_notice_service","notice":1,"served_on":"2026-03-12","meeting_on":"2026-03-16","reply_due_on":"2026-03-13","reason":"x"})"), d);
    QCOMPARE(p.first().article.toChinese(), u"第十九条"_s);
}

void TestDeadlines::consultationSlidingPastNinetyDaysIsFlaggedForLitigation()
{
    test::CaseTestbed bed;
    const QString c = bed.caseAt(Stage::Consultation);
    bed.apply(json(R"({"cmd":"serve_consultation_notice","party":1,"served_on":"2026-03-02","service_method":"direct","meeting_on":"2026-03-16","reply_due_on":"2026-03-10"})"), c);
    bed.apply(json(R"({"cmd":"record_notice_reply","party":1,"reply":"agreed","replied_on":"2026-03-05"})"), c);
    bed.apply(json(R"({"cmd":"hold_consultation_round","held_on":"2026-03-16","mode":"meeting","participants":"双方","summary":"分歧较大"})"), c);

    // Day 89: not yet overdue, and suing for "limit exceeded" is refused.
    auto before = service::dueItems(bed.database().connection(), {QDate(2026, 5, 30), 0, {}});
    for (const service::DueItem &i : before.value())
        QVERIFY(!(i.row.caseNo == c && i.row.kind == u"consultation_period"));
    QVERIFY(!bed.refuse(json(R"({"cmd":"file_litigation","filed_on":"2026-05-30","court":"上海市第三中级人民法院","trigger":"limit_exceeded"})"), c).isEmpty());

    // Day 92: overdue, with the consequence spelled out.
    auto after = service::dueItems(bed.database().connection(), {QDate(2026, 6, 2), 0, {}});
    bool flagged = false;
    for (const service::DueItem &i : after.value())
        if (i.row.caseNo == c && i.row.kind == u"consultation_period") {
            flagged = true;
            QCOMPARE(i.status, service::DueStatus::Overdue);
            QCOMPARE(i.daysLeft, -2);
            QCOMPARE(i.row.article, u"第二十二条"_s);
            QVERIFY2(i.row.explanation.contains(u"25"_s) || i.row.explanation.contains(u"二十五"_s), qPrintable(i.row.explanation));
        }
    QVERIFY(flagged);
    // …and now the suit on that ground is accepted.
    QVERIFY(!bed.apply(json(R"({"cmd":"file_litigation","filed_on":"2026-06-02","court":"上海市第三中级人民法院","trigger":"limit_exceeded"})"), c).isEmpty());
    QCOMPARE(bed.stageOf(c), Stage::Litigation);
    QVERIFY(!find(bed, c, u"consultation_period"_s));
}

// The rules' check and the dashboard read the same extension: a round on day 100 is refused, then
// accepted once the consultation period was extended by 30 days.
void TestDeadlines::extendedConsultationAllowsALaterRound()
{
    test::CaseTestbed bed;
    const QString c = bed.caseAt(Stage::Consultation);
    bed.apply(json(R"({"cmd":"serve_consultation_notice","party":1,"served_on":"2026-03-02","service_method":"direct","meeting_on":"2026-03-16","reply_due_on":"2026-03-10"})"), c);
    bed.apply(json(R"({"cmd":"record_notice_reply","party":1,"reply":"agreed","replied_on":"2026-03-05"})"), c);
    const QJsonObject late = json(R"({"cmd":"hold_consultation_round","held_on":"2026-06-10","mode":"meeting","participants":"双方","summary":"继续磋商"})");
    QCOMPARE(bed.refuse(late, c).first().article.toChinese(), u"第二十二条"_s);
    QVERIFY(!bed.apply(json(R"({"cmd":"extend_deadline","kind":"consultation_period","days":30,"decided_on":"2026-05-25","reason":"义务人申请补充监测数据"})"), c).isEmpty());
    QCOMPARE(find(bed, c, u"consultation_period"_s)->due, QDate(2026, 6, 30));
    QVERIFY(!bed.apply(late, c).isEmpty());
}

void TestDeadlines::oneInstalmentExtendedLeavesTheOthers()
{
    test::CaseTestbed bed;
    const QString c = bed.caseAt(Stage::Consultation);
    for (const char *line : {R"({"cmd":"serve_consultation_notice","party":1,"served_on":"2026-03-02","service_method":"direct","meeting_on":"2026-03-16","reply_due_on":"2026-03-10"})",
                             R"({"cmd":"record_notice_reply","party":1,"reply":"agreed","replied_on":"2026-03-05"})",
                             R"({"cmd":"hold_consultation_round","held_on":"2026-03-16","mode":"meeting","participants":"双方","summary":"一致"})",
                             R"({"cmd":"sign_agreement","signed_on":"2026-03-20","restoration_terms":"自行修复","restoration_costs":"90000","instalments":[{"due_on":"2026-04-20","amount":"30000"},{"due_on":"2026-05-20","amount":"30000"},{"due_on":"2026-06-20","amount":"30000"}]})",
                             R"({"cmd":"extend_deadline","kind":"instalment","subject":"instalment:1","days":10,"decided_on":"2026-04-15","reason":"义务人资金周转困难"})"})
        QVERIFY2(!bed.apply(json(line), c).isEmpty(), line);
    auto rows = storage::deadlines::forCase(bed.database().connection(), bed.service().resolve(c).value()).value();
    QMap<QString, QDate> due;
    for (const storage::DeadlineRow &r : rows)
        if (r.kind == u"instalment")
            due.insert(r.subject, r.due);
    QCOMPARE(due.value(u"instalment:1"_s), QDate(2026, 4, 30));
    QCOMPARE(due.value(u"instalment:2"_s), QDate(2026, 5, 20));
    QCOMPARE(due.value(u"instalment:3"_s), QDate(2026, 6, 20));
}

void TestDeadlines::threeRoundsWithoutAgreementIsFlagged()
{
    test::CaseTestbed bed;
    const QString c = bed.caseAt(Stage::Consultation);
    bed.apply(json(R"({"cmd":"serve_consultation_notice","party":1,"served_on":"2026-03-02","service_method":"direct","meeting_on":"2026-03-16","reply_due_on":"2026-03-10"})"), c);
    bed.apply(json(R"({"cmd":"record_notice_reply","party":1,"reply":"agreed","replied_on":"2026-03-05"})"), c);
    for (const char *day : {"2026-03-16", "2026-03-30", "2026-04-13"})
        bed.apply(QJsonObject{{u"cmd"_s, u"hold_consultation_round"_s}, {u"held_on"_s, QString::fromLatin1(day)},
                              {u"mode"_s, u"meeting"_s}, {u"participants"_s, u"双方"_s}, {u"summary"_s, u"未达成一致"_s}},
                  c);
    const auto row = find(bed, c, u"litigation_due"_s);
    QVERIFY(row);
    // Art. 25 ¶1: the suit is due within the bureau's days (30 by default) of the third round.
    QCOMPARE(row->due, QDate(2026, 5, 13));
    QCOMPARE(row->article, u"第二十五条第一款"_s);
    // Consultation has failed: its 90-day clock is no longer shown.
    QVERIFY(!find(bed, c, u"consultation_period"_s));
}

void TestDeadlines::holidaysAndMissingYearsAreFlagged()
{
    test::CaseTestbed bed;
    // Received 2026-09-03: 30 days later is 2026-10-03, inside the National Day holiday.
    const QString c = bed.apply(json(R"({"cmd":"register_clue","title":"国庆前受理的线索","district":"310101","unit":"district_ecology","channel":"complaint","received_on":"2026-09-03"})"));
    const auto row = find(bed, c, u"verification_start"_s);
    QCOMPARE(row->due, QDate(2026, 10, 3));
    QVERIFY2(row->calendarNote.contains(u"2026-10-08"_s), qPrintable(row->calendarNote));
    // A milestone in 2027, a year without data, is flagged with the year.
    const QString r = bed.caseAt(Stage::Restoration);
    bed.apply(json(R"({"cmd":"add_milestone","due_on":"2027-03-01","description":"植被恢复验收"})"), r);
    const auto m = find(bed, r, u"milestone"_s);
    QVERIFY2(m->calendarNote.contains(u"2027"_s), qPrintable(m->calendarNote));
}

void TestDeadlines::dashboardHonoursLeadDaysAndUnit()
{
    test::CaseTestbed bed;
    const QString c = bed.caseAt(Stage::Clue); // due 2026-02-04, district_ecology
    const QSqlDatabase db = bed.database().connection();
    auto ids = [&](const service::DashboardQuery &q) {
        QStringList out;
        for (const service::DueItem &i : service::dueItems(db, q).value())
            if (!i.row.caseNo.isEmpty())
                out << i.row.caseNo;
        return out;
    };
    QCOMPARE(ids({QDate(2026, 1, 20), 10, {}}), QStringList());
    QCOMPARE(ids({QDate(2026, 1, 20), 15, {}}), QStringList{c});
    QCOMPARE(ids({QDate(2026, 2, 4), 0, {}}), QStringList{c});
    QCOMPARE(ids({QDate(2026, 2, 4), 0, u"water"_s}), QStringList());
    QCOMPARE(ids({QDate(2026, 2, 4), 0, u"district_ecology"_s}), QStringList{c});
    auto today = service::dueItems(db, {QDate(2026, 2, 4), 0, {}});
    QCOMPARE(today.value().first().status, service::DueStatus::DueToday);
}

void TestDeadlines::dashboardReadsTheCoveringIndex()
{
    test::CaseTestbed bed;
    bed.caseAt(Stage::Clue);
    QSqlQuery q(bed.database().connection());
    if (test::onPostgres()) {
        // With one row the planner would rightly scan the table: ask what it does when scans are dear.
        QVERIFY(q.exec(u"SET enable_seqscan = off"_s));
        QVERIFY(q.exec(u"EXPLAIN SELECT d.case_id, d.case_no, d.title, d.unit, d.is_major, d.kind, d.subject, d.trigger_on, "
                       "d.due_on, d.article, d.explanation, d.calendar_note, 'open' FROM deadlines d WHERE d.state = 'open' "
                       "AND d.due_on <= '2026-03-01' ORDER BY d.due_on, d.case_id, d.kind, d.subject"_s));
        QString plan;
        while (q.next())
            plan += q.value(0).toString() + u'\n';
        QVERIFY2(plan.contains(u"Index Only Scan using deadlines_open_by_due"_s), qPrintable(plan));
        QVERIFY2(!plan.contains(u"Sort"_s), qPrintable(plan)); // already in the dashboard's order
        return;
    }
    QVERIFY(q.exec(u"EXPLAIN QUERY PLAN SELECT d.case_id, d.case_no, d.title, d.unit, d.is_major, d.kind, d.subject, d.trigger_on, "
                   "d.due_on, d.article, d.explanation, d.calendar_note, 'open' FROM deadlines d WHERE d.state = 'open' "
                   "AND d.due_on <= '2026-03-01' ORDER BY d.due_on, d.case_id, d.kind, d.subject"_s));
    QString plan;
    while (q.next())
        plan += q.value(3).toString() + u'\n';
    QVERIFY2(plan.contains(u"COVERING INDEX deadlines_open_by_due"_s), qPrintable(plan));
    QVERIFY2(!plan.contains(u"TEMP B-TREE"_s), qPrintable(plan)); // already in the dashboard's order
}

void TestDeadlines::importedYearIsUsedAndBadImportChangesNothing()
{
    test::CaseTestbed bed;
    const QString r = bed.caseAt(Stage::Restoration);
    bed.apply(json(R"({"cmd":"add_milestone","due_on":"2027-01-01","description":"年度监测"})"), r);
    QVERIFY(find(bed, r, u"milestone"_s)->calendarNote.contains(u"2027"_s));

    const QByteArray bad = R"({"year":2027,"source":"test","holidays":[{"date":"2027-01-01","name":"元旦"}],"workdays":["2027-01-04"]})";
    QVERIFY(!bed.service().importCalendarYear(bad, u"admin"_s)); // 2027-01-04 is a Monday, not a 调休 weekend day
    QVERIFY(!bed.service().calendar().hasYear(2027));
    QCOMPARE(storage::scalar(bed.database().connection(), u"SELECT count(*) FROM calendar_years"_s).value().toInt(), 0);

    const QByteArray good = R"({"year":2027,"source":"test","holidays":[{"date":"2027-01-01","name":"元旦"}],"workdays":[]})";
    auto year = bed.service().importCalendarYear(good, u"admin"_s);
    QVERIFY2(year, qPrintable(year.errorString()));
    QCOMPARE(year.value(), 2027);
    QVERIFY(bed.service().calendar().isWorkday(QDate(2027, 1, 4)).value());
    // Every deadline was recomputed: 2027-01-01 is now known to be a holiday.
    const auto m = find(bed, r, u"milestone"_s);
    QVERIFY2(m->calendarNote.contains(u"2027-01-04"_s), qPrintable(m->calendarNote));
    // The import is in the audit log, and the chain holds.
    QCOMPARE(storage::scalar(bed.database().connection(), u"SELECT count(*) FROM audit_log WHERE command = 'import_calendar'"_s).value().toInt(), 1);
    QVERIFY(storage::audit::verify(bed.database().connection()).value().intact());
    // A service opened later on the same database sees the imported year.
    service::CaseNotifier notifier;
    auto reopened = service::CaseService::open(bed.database(), notifier);
    QVERIFY(reopened.value()->calendar().hasYear(2027));
}

void TestDeadlines::annualReportIsDueByTheEndOfJanuary_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<QDate>("due");
    QTest::newRow("in January") << QDate(2026, 1, 10) << QDate(2026, 1, 31);
    QTest::newRow("on the day") << QDate(2026, 1, 31) << QDate(2026, 1, 31);
    QTest::newRow("after it") << QDate(2026, 2, 1) << QDate(2027, 1, 31);
}

void TestDeadlines::annualReportIsDueByTheEndOfJanuary()
{
    QFETCH(QDate, asOf);
    QFETCH(QDate, due);
    const service::OpenDeadline d = service::annualReportDeadline(asOf);
    QCOMPARE(d.due, due);
    QCOMPARE(d.article.toChinese(), u"第三十六条第二款"_s);
}

QTEST_GUILESS_MAIN(TestDeadlines)
#include "tst_deadlines.moc"
