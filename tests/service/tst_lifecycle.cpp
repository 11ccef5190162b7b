// The lifecycle table, enforced: every command in every stage (allowed or refused with its article),
// the canonical walk to every stage, and each precondition refused with exactly its article — all
// through the real service on a real database.

#include "casetestbed.h"

#include "core/domain/lifecycle.h"
#include "core/service/handlers.h"

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using namespace ecoclaim::domain;
using ecoclaim::test::json;

namespace {
bool mentions(const Problems &problems, const QString &article)
{
    for (const Problem &p : problems.list())
        if (p.article.toChinese() == article)
            return true;
    return false;
}

QString describe(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems.list())
        lines << p.article.toChinese() + u": "_s + p.message;
    return lines.join(u" | "_s);
}
} // namespace

class TestLifecycle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyCommandHasAHandlerAndFields();
    void walkReachesEveryStage_data();
    void walkReachesEveryStage();
    void handWrittenListCoversTheTable();
    void stagesAndArticlesAsWrittenByHand_data();
    void stagesAndArticlesAsWrittenByHand();
    void everyUnmetPreconditionIsListed();
    void preconditionRefusals_data();
    void preconditionRefusals();
    void earlyConsultationRequestWaivesArt18();
    void archivedCaseRefusesEverything();
    void failedEvaluationReturnsToRestoration();
    void noDeadEnds_data();
    void noDeadEnds();
};

void TestLifecycle::everyCommandHasAHandlerAndFields()
{
    QSet<QString> names;
    for (const CommandSpec &c : commandSpecs()) {
        QVERIFY2(service::handlers().contains(c.name), qPrintable(c.name));
        QVERIFY2(!names.contains(c.name), qPrintable(u"duplicate "_s + c.name));
        names.insert(c.name);
        QVERIFY(c.title);
        for (const FieldSpec &f : c.fields) {
            QVERIFY2(f.label, qPrintable(c.name + u'.' + f.key));
            if (f.type == FieldType::Choice)
                QVERIFY2(f.choices, qPrintable(c.name + u'.' + f.key));
        }
        for (const Precondition &p : c.preconditions)
            QVERIFY2(p.unmet && p.holds, qPrintable(c.name + u'.' + p.id));
    }
    QCOMPARE(service::handlers().size(), names.size());
}

void TestLifecycle::walkReachesEveryStage_data()
{
    QTest::addColumn<int>("stage");
    for (Stage s : allStages())
        QTest::newRow(qPrintable(stageKey(s))) << int(s);
}

void TestLifecycle::walkReachesEveryStage()
{
    QFETCH(int, stage);
    test::CaseTestbed bed;
    const QString c = bed.caseAt(Stage(stage));
    QVERIFY(!c.isEmpty());
    QCOMPARE(stageKey(bed.stageOf(c)), stageKey(Stage(stage)));
}

// Where each command may be issued and the article a caseworker is shown when it may not — written
// out by hand from the rules (docs/RULES.md), not read from the lifecycle table: the table must agree
// with this list, row by row. Stages: Cl clue, Ve verification, Tr transferred, NA not applicable, ND no
// damage, NI not initiated, In investigation, Co consultation, Ag agreement, Li litigation, Re
// restoration, Ev evaluation, Te terminated, Cd closed (archived refuses everything: Art. 42).
struct Expected
{
    const char *command;
    const char *stages; // where it is allowed; "new": it creates the case
    const char *article; // cited when refused at any other stage; "" for none
};
const Expected expectedStages[] = {
    {"register_clue", "new", "第十二条"},
    {"add_party", "Cl Ve In Co Ag Li Re Ev Te", "第八条"},
    {"update_case", "Cl Ve In Co Ag Li Re Ev Te Cd Tr NA ND NI", ""},
    {"start_verification", "Cl", "第十三条"},
    {"record_verification", "Ve", "第十三条"},
    {"file_case", "Ve", "第十三条"},
    {"transfer_clue", "Cl Ve", "第十三条第二款"},
    {"declare_not_applicable", "Cl Ve", "第四条"},
    {"close_without_damage", "Ve", "第十三条"},
    {"decide_not_to_initiate", "Ve", "第十四条"},
    {"commission_appraisal", "In Co Li", "第十六条"},
    {"stop_simplified_appraisal", "In Co Li", "第十六条第三款"},
    {"record_appraisal_result", "In Co Li", "第十七条"},
    {"conclude_investigation", "In Co Li", "第十五条"},
    {"draft_restoration_plan", "In Co Ag Li Re Ev", "第二十七条"},
    {"request_early_consultation", "In", "第十八条第二款"},
    {"start_consultation", "In", "第十八条"},
    {"serve_consultation_notice", "Co", "第十九条"},
    {"record_notice_reply", "Co Ag Re Ev", "第十九条第二款"},
    {"hold_consultation_round", "Co Ag Re Ev", "第二十一条"},
    {"sign_agreement", "Co", "第二十三条"},
    {"sign_batch_agreement", "Ag Re Ev", "第二十二条第二款"},
    {"file_litigation", "Co Ag Re Ev", "第二十五条"},
    {"apply_judicial_confirmation", "Ag Re Ev", "第二十四条"},
    {"record_confirmation_ruling", "Ag Re Ev", "第二十四条"},
    {"record_judgment", "Li", "第二十四条第二款"},
    {"start_preemptive_restoration", "In Co", "第二十八条"},
    {"start_restoration", "Ag Li", "第二十七条"},
    {"add_milestone", "Ag Li Re Ev", "第二十九条"},
    {"complete_milestone", "Ag Li Re Ev", "第二十九条"},
    {"record_payment", "Ag Li Re Ev", "第三十四条"},
    {"complete_restoration", "Re", "第二十九条"},
    {"record_effect_evaluation", "Ev", "第二十九条"},
    {"resume_restoration", "Ev", "第二十九条"},
    {"terminate_claim", "In Co Ag Li Re Ev", "第十四条第二款"},
    {"close_case", "Ag Li Ev Te", "第二十九条"},
    {"add_evidence", "Cl Ve In Co Ag Li Re Ev Te Cd Tr NA ND NI", "第四十二条"},
    {"archive_case", "Cd", "第四十二条"},
    {"link_proceeding", "Cl Ve In Co Ag Li Re Ev Te Cd Tr NA ND NI", "第三十一条"},
    {"reply_to_procuratorate", "Cl Ve In Co Ag Li Re Ev Te Cd Tr NA ND NI", "第三十三条"},
    {"suspend_deadline", "Cl Ve In Co Ag Li Re Ev", "第四十六条"},
    {"resume_deadline", "Cl Ve In Co Ag Li Re Ev", "第四十六条"},
    {"extend_deadline", "Cl Ve In Co Ag Li Re Ev", "第四十六条"},
    {"correct_notice_service", "Co", "第十九条"},
    // Issue 14: enforcement and the dishonest list (Art. 24 ¶2, 30 ¶2) — after an agreement or a judgment.
    {"apply_enforcement", "Ag Li Re Ev", "第二十四条第二款"},
    {"record_enforcement_step", "Ag Li Re Ev", "第二十四条第二款"},
    {"conclude_enforcement", "Ag Li Re Ev", "第二十四条第二款"},
    {"record_dishonest_listing", "Ag Li Re Ev", "第三十条第二款"},
    {"record_dishonest_removal", "Ag Li Re Ev Cd", "第三十条第二款"},
    // Art. 25 ¶1: in consultation, or for a batch still consulting after another signed.
    {"record_consultation_failure", "Co Ag Re Ev", "第二十五条第一款"},
    // Art. 28 ¶2, 34 ¶1: from the clue on — a sudden incident is a clue channel (Art. 12 ¶2 (2)).
    {"record_emergency_action", "Cl Ve In Co Ag Li Re Ev Te", "第二十八条第二款"},
    {"record_advanced_cost", "Cl Ve In Co Ag Li Re Ev Te", "第三十四条第一款"},
    {"record_simple_case_grounds", "In Co Ag Li Re Ev", "第十六条第二款"},
    {"record_punitive_grounds", "In Co Ag Li Re Ev", "第二十六条"},
    {"form_joint_group", "Cl Ve In Co Ag Li Re Ev Te", "第九条第三款"},
    {"add_joint_group_member", "Cl Ve In Co Ag Li Re Ev Te", "第九条第三款"},
    {"record_cross_region", "Cl Ve In Co Ag Li Re Ev Te", "第四十四条"},
    {"report_major_case", "Cl Ve In Co Ag Li Re Ev Te", "第三十九条"},
    {"record_supervision_instruction", "Cl Ve In Co Ag Li Re Ev Te", "第三十九条"},
    {"complete_supervision_instruction", "Cl Ve In Co Ag Li Re Ev Te", "第三十九条"},
    {"add_timetable_step", "Cl Ve In Co Ag Li Re Ev Te", "第三十九条"},
    {"complete_timetable_step", "Cl Ve In Co Ag Li Re Ev Te", "第三十九条"},
    {"answer_reporter", "Cl Ve In Co Ag Li Re Ev Te Cd Tr NA ND NI", "第十三条第三款"},
    // The papers of the case file (issue 11): numbered, corrected and served at every stage but archived.
    {"issue_paper", "Cl Ve In Co Ag Li Re Ev Te Cd Tr NA ND NI", "第四十二条"},
    {"supersede_paper", "Cl Ve In Co Ag Li Re Ev Te Cd Tr NA ND NI", "第四十二条"},
    {"serve_paper", "Cl Ve In Co Ag Li Re Ev Te Cd Tr NA ND NI", "第十九条"},
    {"record_liability_share", "Cl Ve In Co Ag Li Re Ev Te Cd Tr NA ND NI", "第二十三条"},
    // Corrections (issue 16): at every stage but archived, with the reason on record.
    {"correct_payment", "Cl Ve In Co Ag Li Re Ev Te Cd Tr NA ND NI", ""},
    {"void_payment", "Cl Ve In Co Ag Li Re Ev Te Cd Tr NA ND NI", ""},
    {"correct_party", "Cl Ve In Co Ag Li Re Ev Te Cd Tr NA ND NI", "第十五条"},
    {"remove_party", "Cl Ve In Co Ag Li Re Ev Te Cd Tr NA ND NI", "第十五条"},
    {"correct_record", "Cl Ve In Co Ag Li Re Ev Te Cd Tr NA ND NI", ""},
    {"take_back_step", "Cl Ve In Co Ag Li Re Ev Te Cd Tr NA ND NI", ""},
};

Stage stageOfCode(const QString &code)
{
    static const QHash<QString, Stage> codes{
        {u"Cl"_s, Stage::Clue},          {u"Ve"_s, Stage::Verification}, {u"Tr"_s, Stage::Transferred},
        {u"NA"_s, Stage::NotApplicable}, {u"ND"_s, Stage::NoDamage},     {u"NI"_s, Stage::NotInitiated},
        {u"In"_s, Stage::Investigation}, {u"Co"_s, Stage::Consultation}, {u"Ag"_s, Stage::Agreement},
        {u"Li"_s, Stage::Litigation},    {u"Re"_s, Stage::Restoration},  {u"Ev"_s, Stage::Evaluation},
        {u"Te"_s, Stage::Terminated},    {u"Cd"_s, Stage::Closed}};
    return codes.value(code, Stage::Archived);
}

// The hand-written list names every command of the table, once, and each stage code is real.
void TestLifecycle::handWrittenListCoversTheTable()
{
    QSet<QString> listed;
    for (const Expected &e : expectedStages) {
        const QString name = QString::fromLatin1(e.command);
        QVERIFY2(!listed.contains(name), e.command);
        listed.insert(name);
        QVERIFY2(findCommand(name), e.command);
        if (QByteArrayView(e.stages) != "new")
            for (const QString &code : QString::fromLatin1(e.stages).split(u' '))
                QVERIFY2(stageOfCode(code) != Stage::Archived, e.stages);
    }
    for (const CommandSpec &c : commandSpecs())
        QVERIFY2(listed.contains(c.name), qPrintable(c.name + u" is missing from the hand-written list"_s));
}

// Every command at every stage: allowed where the list says (not refused for its stage), refused
// elsewhere citing the article the list says, changing nothing.
void TestLifecycle::stagesAndArticlesAsWrittenByHand_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("stage");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("article");
    for (const Expected &e : expectedStages) {
        if (QByteArrayView(e.stages) == "new")
            continue;
        const QStringList codes = QString::fromLatin1(e.stages).split(u' ');
        for (Stage s : allStages()) {
            if (s == Stage::Archived)
                continue;
            bool allowed = false;
            for (const QString &code : codes)
                allowed = allowed || stageOfCode(code) == s;
            QTest::newRow(qPrintable(QString::fromLatin1(e.command) + u" @ "_s + stageKey(s)))
                << QString::fromLatin1(e.command) << int(s) << allowed << QString::fromUtf8(e.article);
        }
    }
}

void TestLifecycle::stagesAndArticlesAsWrittenByHand()
{
    QFETCH(QString, command);
    QFETCH(int, stage);
    QFETCH(bool, allowed);
    QFETCH(QString, article);
    // Walking is the expensive part: share one case per stage across rows.
    static std::unique_ptr<test::CaseTestbed> bed;
    static QHash<int, QString> cases;
    if (!bed)
        bed = std::make_unique<test::CaseTestbed>();
    if (!cases.contains(stage))
        cases.insert(stage, bed->caseAt(Stage(stage)));
    const auto before = bed->snapshot();
    const Problems problems = bed->refuse(QJsonObject{{u"cmd"_s, command}}, cases.value(stage));
    const QString stageName = stageDisplayName(Stage(stage));
    bool refusedForStage = false;
    for (const Problem &p : problems.list())
        refusedForStage = refusedForStage || p.message.contains(u"cannot be done while the case is at the stage"_s);
    if (allowed) {
        // Refused on its missing fields — never "not at this stage" — and so the shared case is unchanged.
        QVERIFY2(!problems.isEmpty(), "an empty command was applied");
        QVERIFY2(!refusedForStage, qPrintable(problems.toString()));
        QCOMPARE(bed->snapshot(), before);
        return;
    }
    QCOMPARE(problems.size(), 1);
    QVERIFY(refusedForStage);
    QCOMPARE(problems.first().article.toChinese(), article);
    QVERIFY(problems.first().message.contains(stageName));
    QCOMPARE(bed->snapshot(), before);
}

void TestLifecycle::everyUnmetPreconditionIsListed()
{
    test::CaseTestbed bed;
    const QString c = bed.caseAt(Stage::Investigation);
    const Problems p = bed.refuse(json(R"({"cmd":"start_consultation","started_on":"2026-02-01"})"), c);
    QVERIFY2(mentions(p, u"第十五条"_s), qPrintable(describe(p)));             // no liable party
    QVERIFY2(mentions(p, u"第十八条第一款第一项"_s), qPrintable(describe(p))); // investigation
    QVERIFY2(mentions(p, u"第十八条第一款第二项"_s), qPrintable(describe(p))); // appraisal
    QVERIFY2(mentions(p, u"第十八条第一款第三项"_s), qPrintable(describe(p))); // restoration plan
    QCOMPARE(p.size(), 4);
    QCOMPARE(bed.stageOf(c), Stage::Investigation);
}

void TestLifecycle::preconditionRefusals_data()
{
    QTest::addColumn<int>("stage");
    QTest::addColumn<QByteArray>("setup");   // commands that must succeed first, one per line
    QTest::addColumn<QByteArray>("command"); // the command that must be refused
    QTest::addColumn<QString>("article");

    QTest::newRow("filing needs a verification conclusion")
        << int(Stage::Verification) << QByteArray() << QByteArray(R"({"cmd":"file_case","filed_on":"2026-01-21"})")
        << u"第十三条"_s;
    QTest::newRow("filing needs damage found")
        << int(Stage::Verification)
        << QByteArray(R"({"cmd":"record_verification","concluded_on":"2026-01-20","damage_found":false,"finding":"未见异常"})")
        << QByteArray(R"({"cmd":"file_case","filed_on":"2026-01-21"})") << u"第十三条"_s;
    QTest::newRow("other reason needs text")
        << int(Stage::Verification)
        << QByteArray(R"({"cmd":"record_verification","concluded_on":"2026-01-20","damage_found":true,"finding":"有损害"})")
        << QByteArray(R"({"cmd":"decide_not_to_initiate","reason":"other","decided_on":"2026-01-21"})") << u"第十四条第一款第六项"_s;
    QTest::newRow("two experts are not enough")
        << int(Stage::Investigation) << QByteArray()
        << QByteArray(R"({"cmd":"commission_appraisal","mode":"experts","experts":["张三","李四"],"commissioned_on":"2026-01-25"})")
        << u"第十六条第二款"_s;
    QTest::newRow("institution needs items and time limit")
        << int(Stage::Investigation) << QByteArray()
        << QByteArray(R"({"cmd":"commission_appraisal","mode":"institution","commissioned_on":"2026-01-25"})") << u"第十六条"_s;
    QTest::newRow("stopped simplified appraisal needs an institution")
        << int(Stage::Investigation)
        << QByteArray(R"({"cmd":"record_simple_case_grounds","recorded_on":"2026-01-25","facts":"事实简单","liability":"无争议","damage_estimate":"100000"})"
                      "\n"
                      R"({"cmd":"commission_appraisal","mode":"experts","experts":["张三","李四","王五"],"commissioned_on":"2026-01-25"})"
                      "\n"
                      R"({"cmd":"stop_simplified_appraisal","stopped_on":"2026-01-28","reason":"损害范围较大，事实复杂"})")
        << QByteArray(R"({"cmd":"commission_appraisal","mode":"comprehensive","commissioned_on":"2026-01-29"})") << u"第十六条第三款"_s;
    QTest::newRow("notice less than five working days before the meeting")
        << int(Stage::Consultation) << QByteArray()
        << QByteArray(R"({"cmd":"serve_consultation_notice","party":1,"served_on":"2026-03-02","service_method":"mail",
                        "meeting_on":"2026-03-06","reply_due_on":"2026-03-04"})")
        << u"第十九条"_s;
    QTest::newRow("five working days across the Spring Festival")
        << int(Stage::Consultation) << QByteArray()
        // 2026-02-13 (Fri) to 2026-02-26: only 02-14 (调休 Saturday), 02-24, 02-25 are working days between.
        << QByteArray(R"({"cmd":"serve_consultation_notice","party":1,"served_on":"2026-02-13","service_method":"direct",
                        "meeting_on":"2026-02-26","reply_due_on":"2026-02-20"})")
        << u"第十九条"_s;
    QTest::newRow("no reply counts as refusal")
        << int(Stage::Consultation)
        << QByteArray(R"({"cmd":"serve_consultation_notice","party":1,"served_on":"2026-03-02","service_method":"direct","meeting_on":"2026-03-16","reply_due_on":"2026-03-10"})")
        << QByteArray(R"({"cmd":"hold_consultation_round","held_on":"2026-03-16","mode":"meeting","participants":"甲","summary":"乙"})")
        << u"第十九条第二款"_s;
    QTest::newRow("refusal to sign must be noted")
        << int(Stage::Consultation)
        << QByteArray(R"({"cmd":"serve_consultation_notice","party":1,"served_on":"2026-03-02","service_method":"direct","meeting_on":"2026-03-16","reply_due_on":"2026-03-10"})"
                      "\n"
                      R"({"cmd":"record_notice_reply","party":1,"reply":"agreed","replied_on":"2026-03-05"})")
        << QByteArray(R"({"cmd":"hold_consultation_round","held_on":"2026-03-16","mode":"meeting","participants":"甲","summary":"乙","all_signed":false})")
        << u"第二十一条第二款"_s;
    QByteArray threeRounds = R"({"cmd":"serve_consultation_notice","party":1,"served_on":"2026-03-02","service_method":"direct","meeting_on":"2026-03-16","reply_due_on":"2026-03-10"})"
                             "\n"
                             R"({"cmd":"record_notice_reply","party":1,"reply":"agreed","replied_on":"2026-03-05"})";
    for (const char *day : {"2026-03-16", "2026-03-30", "2026-04-13"})
        threeRounds += QByteArray("\n") + R"({"cmd":"hold_consultation_round","held_on":")" + day
            + R"(","mode":"meeting","participants":"甲","summary":"未达成一致"})";
    QTest::newRow("no fourth round without a reason")
        << int(Stage::Consultation) << threeRounds
        << QByteArray(R"({"cmd":"hold_consultation_round","held_on":"2026-04-27","mode":"meeting","participants":"甲","summary":"乙"})")
        << u"第二十二条"_s;
    QTest::newRow("round after ninety days without a reason")
        << int(Stage::Consultation)
        << QByteArray(R"({"cmd":"serve_consultation_notice","party":1,"served_on":"2026-03-02","service_method":"direct","meeting_on":"2026-03-16","reply_due_on":"2026-03-10"})"
                      "\n"
                      R"({"cmd":"record_notice_reply","party":1,"reply":"agreed","replied_on":"2026-03-05"})")
        << QByteArray(R"({"cmd":"hold_consultation_round","held_on":"2026-06-01","mode":"meeting","participants":"甲","summary":"乙"})")
        << u"第二十二条"_s;
    QTest::newRow("limit not yet exceeded")
        << int(Stage::Consultation)
        << QByteArray(R"({"cmd":"serve_consultation_notice","party":1,"served_on":"2026-03-02","service_method":"direct","meeting_on":"2026-03-16","reply_due_on":"2026-03-10"})")
        << QByteArray(R"({"cmd":"file_litigation","filed_on":"2026-04-01","court":"上海市第三中级人民法院","trigger":"limit_exceeded"})")
        << u"第二十五条第一款第三项"_s;
    QTest::newRow("no refusal on record")
        << int(Stage::Consultation)
        << QByteArray(R"({"cmd":"serve_consultation_notice","party":1,"served_on":"2026-03-02","service_method":"direct","meeting_on":"2026-03-16","reply_due_on":"2026-03-10"})")
        << QByteArray(R"({"cmd":"file_litigation","filed_on":"2026-03-09","court":"上海市第三中级人民法院","trigger":"refused_or_no_reply"})")
        << u"第二十五条第一款第一项"_s;
    QTest::newRow("instalments must add up")
        << int(Stage::Consultation) << threeRounds.left(threeRounds.indexOf("\n{\"cmd\":\"hold_consultation_round\",\"held_on\":\"2026-03-30\""))
        << QByteArray(R"({"cmd":"sign_agreement","signed_on":"2026-03-20","restoration_terms":"自行修复","restoration_costs":"100000",
                        "instalments":[{"due_on":"2026-04-20","amount":"50000"},{"due_on":"2026-05-20","amount":"40000"}]})")
        << u"第八条第三款"_s;
    QTest::newRow("confirmed agreement is enforced, not sued on")
        << int(Stage::Agreement)
        << QByteArray(R"({"cmd":"apply_judicial_confirmation","applied_on":"2026-03-25","court":"上海市第三中级人民法院","accepted_on":"2026-03-27"})"
                      "\n"
                      R"({"cmd":"record_confirmation_ruling","ruled_on":"2026-05-06","confirmed":true,"ruling_no":"（2026）沪03民特1号"})")
        << QByteArray(R"({"cmd":"file_litigation","filed_on":"2026-06-01","court":"上海市第三中级人民法院","trigger":"agreement_not_performed"})")
        << u"第二十四条第二款"_s;
    QTest::newRow("thirty days of announcement before the ruling")
        << int(Stage::Agreement)
        << QByteArray(R"({"cmd":"apply_judicial_confirmation","applied_on":"2026-03-25","court":"上海市第三中级人民法院","accepted_on":"2026-03-27"})")
        << QByteArray(R"({"cmd":"record_confirmation_ruling","ruled_on":"2026-04-10","confirmed":true})")
        << u"最高人民法院《关于审理生态环境损害赔偿案件的若干规定（试行）》第二十条"_s;
    QTest::newRow("overpayment")
        << int(Stage::Agreement) << QByteArray()
        << QByteArray(R"({"cmd":"record_payment","paid_on":"2026-03-25","amount":"180000.01"})") << u"第三十四条"_s;
    QTest::newRow("evaluation failed: no closing")
        << int(Stage::Evaluation)
        << QByteArray(R"({"cmd":"record_simple_case_grounds","recorded_on":"2026-07-01","facts":"事实简单","liability":"无争议","damage_estimate":"150000"})"
                      "\n"
                      R"({"cmd":"record_effect_evaluation","evaluated_on":"2026-07-15","method":"experts","passed":false,)"
                      R"("targets":"基线","execution":"部分实施","achievement":"未达到","effect":"不足"})")
        << QByteArray(R"({"cmd":"close_case","closed_on":"2026-07-20"})") << u"第二十九条"_s;
    QTest::newRow("compensation not paid: no closing")
        << int(Stage::Evaluation)
        << QByteArray(R"({"cmd":"record_effect_evaluation","evaluated_on":"2026-07-15","method":"institution","passed":true,)"
                      R"("targets":"基线","execution":"按方案","achievement":"达到","effect":"良好"})")
        << QByteArray(R"({"cmd":"close_case","closed_on":"2026-07-20"})") << u"第八条"_s;
    // Issue 14 item 2: the agreement says the party restores — paying is not enough to close (Art. 27, 29).
    QTest::newRow("agreement owing restoration, paid: no closing")
        << int(Stage::Agreement)
        << QByteArray(R"({"cmd":"record_payment","paid_on":"2026-03-30","amount":"180000"})")
        << QByteArray(R"({"cmd":"close_case","closed_on":"2026-04-02"})") << u"第二十九条"_s;
    QTest::newRow("judgment ordering restoration, paid: no closing")
        << int(Stage::Litigation)
        << QByteArray(R"({"cmd":"record_judgment","judged_on":"2026-09-01","outcome":"upheld","awarded":"180000","restoration_ordered":true})"
                      "\n" R"({"cmd":"record_payment","paid_on":"2026-09-20","amount":"180000"})")
        << QByteArray(R"({"cmd":"close_case","closed_on":"2026-09-25"})") << u"第二十九条"_s;
    QTest::newRow("pre-emptive restoration needs confirmed facts")
        << int(Stage::Investigation) << QByteArray()
        << QByteArray(R"({"cmd":"start_preemptive_restoration","started_on":"2026-02-01","executor":"obligor"})") << u"第二十八条第一款"_s;
    QTest::newRow("public-interest notice needs its announcement period")
        << int(Stage::Investigation) << QByteArray()
        << QByteArray(R"({"cmd":"link_proceeding","kind":"public_interest","authority":"上海铁路运输检察院","started_on":"2026-02-01"})")
        << u"第三十三条"_s;
}

void TestLifecycle::preconditionRefusals()
{
    QFETCH(int, stage);
    QFETCH(QByteArray, setup);
    QFETCH(QByteArray, command);
    QFETCH(QString, article);
    test::CaseTestbed bed;
    const QString c = bed.caseAt(Stage(stage));
    for (const QByteArray &line : setup.split('\n'))
        if (!line.trimmed().isEmpty())
            QVERIFY2(!bed.apply(QJsonDocument::fromJson(line).object(), c).isEmpty(), line.constData());
    const auto before = bed.snapshot();
    const QJsonObject cmd = QJsonDocument::fromJson(command).object();
    QVERIFY2(!cmd.isEmpty(), command.constData());
    const Problems p = bed.refuse(cmd, c);
    QVERIFY2(!p.isEmpty(), "the command was not refused");
    QVERIFY2(mentions(p, article), qPrintable(describe(p)));
    QCOMPARE(bed.snapshot(), before);
}

void TestLifecycle::earlyConsultationRequestWaivesArt18()
{
    test::CaseTestbed bed;
    const QString c = bed.caseAt(Stage::Investigation);
    bed.apply(json(R"({"cmd":"add_party","kind":"person","name":"赵某","id_number":"11010519491231002X"})"), c);
    QVERIFY(!bed.refuse(json(R"({"cmd":"start_consultation","started_on":"2026-02-01"})"), c).isEmpty());
    QVERIFY(!bed.apply(json(R"({"cmd":"request_early_consultation","requested_on":"2026-01-30","party":"赵某"})"), c).isEmpty());
    QVERIFY(!bed.apply(json(R"({"cmd":"start_consultation","started_on":"2026-02-01"})"), c).isEmpty());
    QCOMPARE(bed.stageOf(c), Stage::Consultation);
}

void TestLifecycle::archivedCaseRefusesEverything()
{
    test::CaseTestbed bed;
    const QString c = bed.caseAt(Stage::Archived);
    QCOMPARE(bed.stageOf(c), Stage::Archived);
    for (const CommandSpec &spec : commandSpecs()) {
        if (spec.from.isEmpty())
            continue;
        const Problems p = bed.refuse(QJsonObject{{u"cmd"_s, spec.name}}, c);
        QCOMPARE(p.size(), 1);
        QCOMPARE(p.first().article.toChinese(), u"第四十二条"_s);
    }
}

void TestLifecycle::failedEvaluationReturnsToRestoration()
{
    test::CaseTestbed bed;
    const QString c = bed.caseAt(Stage::Evaluation);
    // An expert evaluation is for a simple case (Art. 29 ¶2): the grounds first.
    QVERIFY(!bed.apply(json(R"({"cmd":"record_simple_case_grounds","recorded_on":"2026-07-01","facts":"事实简单","liability":"无争议","damage_estimate":"150000"})"), c).isEmpty());
    bed.apply(json(R"({"cmd":"record_effect_evaluation","evaluated_on":"2026-07-15","method":"experts","passed":false,
        "targets":"基线","execution":"部分实施","achievement":"未达到","effect":"不足"})"), c);
    QVERIFY(!bed.apply(json(R"({"cmd":"resume_restoration","resumed_on":"2026-07-20","reason":"补充修复"})"), c).isEmpty());
    QCOMPARE(bed.stageOf(c), Stage::Restoration);
    QVERIFY(!bed.apply(json(R"({"cmd":"complete_restoration","completed_on":"2026-09-30","completion_report":"补充修复完成"})"), c).isEmpty());
    QVERIFY(!bed.apply(json(R"({"cmd":"record_effect_evaluation","evaluated_on":"2026-10-15","method":"institution","passed":true,
        "targets":"基线","execution":"按方案","achievement":"达到","effect":"良好"})"), c).isEmpty());
    QVERIFY(!bed.apply(json(R"({"cmd":"record_payment","paid_on":"2026-10-20","amount":"180000"})"), c).isEmpty());
    QVERIFY(!bed.apply(json(R"({"cmd":"close_case","closed_on":"2026-10-25"})"), c).isEmpty());
    QCOMPARE(bed.stageOf(c), Stage::Closed);
}

// Real sequences that must reach the archive (each was once a dead end): a claim terminated during
// consultation; an agreement paid in money with nothing to restore; an agreement not performed, sued
// on, and closed on the judgment's lower award; early consultation completed by the appraisal later.
void TestLifecycle::noDeadEnds_data()
{
    QTest::addColumn<int>("stage");
    QTest::addColumn<QByteArray>("steps");
    QTest::newRow("terminated during consultation")
        << int(Stage::Consultation)
        << QByteArray(R"({"cmd":"serve_consultation_notice","party":1,"served_on":"2026-03-02","service_method":"direct","meeting_on":"2026-03-16","reply_due_on":"2026-03-10"})"
                      "\n" R"({"cmd":"record_notice_reply","party":1,"reply":"agreed","replied_on":"2026-03-05"})"
                      "\n" R"({"cmd":"hold_consultation_round","held_on":"2026-03-16","mode":"meeting","participants":"双方","summary":"义务人称已破产清算"})"
                      "\n" R"({"cmd":"terminate_claim","reason":"obligor_extinct","decided_on":"2026-04-01"})"
                      "\n" R"({"cmd":"close_case","closed_on":"2026-04-02"})");
    QTest::newRow("terminated during investigation")
        << int(Stage::Investigation)
        << QByteArray(R"({"cmd":"terminate_claim","reason":"already_compensated","decided_on":"2026-02-01"})"
                      "\n" R"({"cmd":"close_case","closed_on":"2026-02-02"})");
    // Art. 27 ¶2, 34 ¶2: the damage cannot be restored, the agreement says money alone.
    QTest::newRow("agreement paid in money, nothing to restore")
        << int(Stage::Consultation)
        << QByteArray(R"({"cmd":"serve_consultation_notice","party":1,"served_on":"2026-03-02","service_method":"direct","meeting_on":"2026-03-16","reply_due_on":"2026-03-10"})"
                      "\n" R"({"cmd":"record_notice_reply","party":1,"reply":"agreed","replied_on":"2026-03-05"})"
                      "\n" R"({"cmd":"hold_consultation_round","held_on":"2026-03-16","mode":"meeting","participants":"双方","summary":"受损土壤已无法修复，改以赔偿损失"})"
                      "\n" R"({"cmd":"sign_agreement","signed_on":"2026-03-20","restoration_terms":"无法修复，赔偿资金由权利人统筹用于替代修复","money_only":true,"permanent_loss":"150000","assessment_costs":"30000"})"
                      "\n" R"({"cmd":"record_payment","paid_on":"2026-03-30","amount":"180000"})"
                      "\n" R"({"cmd":"close_case","closed_on":"2026-04-02"})");
    QTest::newRow("agreement not performed, closed on the judgment")
        << int(Stage::Agreement)
        << QByteArray(R"({"cmd":"file_litigation","filed_on":"2026-05-06","court":"上海市第三中级人民法院","trigger":"agreement_not_performed"})"
                      "\n" R"({"cmd":"record_judgment","judged_on":"2026-09-01","outcome":"partly_upheld","awarded":"100000"})"
                      "\n" R"({"cmd":"record_payment","paid_on":"2026-09-20","amount":"100000"})"
                      "\n" R"({"cmd":"close_case","closed_on":"2026-09-25"})");
}

void TestLifecycle::noDeadEnds()
{
    QFETCH(int, stage);
    QFETCH(QByteArray, steps);
    test::CaseTestbed bed;
    const QString c = bed.caseAt(Stage(stage));
    for (const QByteArray &line : steps.split('\n'))
        QVERIFY2(!bed.apply(QJsonDocument::fromJson(line).object(), c).isEmpty(), line.constData());
    QCOMPARE(bed.stageOf(c), Stage::Closed);
    bed.addArchiveMaterials(c);
    QVERIFY(!bed.apply(json(R"({"cmd":"archive_case","archived_on":"2026-11-01"})"), c).isEmpty());
    QCOMPARE(bed.stageOf(c), Stage::Archived);
}

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
