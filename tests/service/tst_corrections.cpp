// Corrections recorded as corrections (issue 16, part 1): a payment corrected or voided, a liable party
// corrected or removed while nothing depends on it — each a command with a required reason, shown on
// the timeline as a correction old → new, the audit entry holding every field. Refusals (no reason, a
// payment that does not exist, a party the file refers to, an overpayment) change nothing: the content
// fingerprint of every table is compared. The CLI reaches them through `apply`, as every command.

#include "casetestbed.h"

#include "core/service/casereader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using namespace ecoclaim::domain;
using ecoclaim::test::json;

class TestCorrections : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void correctAPayment();
    void voidAPayment();
    void correctAParty();
    void removeAPartyEnteredByMistake();
    void refusalsChangeNothing();
    void throughTheCommandLine();
    void correctARecordedStep();
    void recordCorrectionRefusalsChangeNothing();
    void takeBackTheLastStep();
    void stepsThatCannotBeTakenBack();
};

namespace {
// The audit entry of the case's last command, its changes as (table.column → [old, new]).
QMap<QString, QPair<QJsonValue, QJsonValue>> lastChanges(test::CaseTestbed &bed, const QString &caseNo, QString *command = nullptr)
{
    const auto trail = bed.service().reader().auditTrail(bed.service().resolve(caseNo).value()).value();
    QMap<QString, QPair<QJsonValue, QJsonValue>> out;
    if (command)
        *command = trail.last().command;
    for (const QJsonValue &v : QJsonDocument::fromJson(trail.last().changes.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        out.insert(o.value(u"entity"_s).toString() + u'.' + o.value(u"field"_s).toString(), {o.value(u"old"_s), o.value(u"new"_s)});
    }
    return out;
}

QString lastSummary(test::CaseTestbed &bed, const QString &caseNo)
{
    return bed.service().caseFile(caseNo).value().timeline.last().summary;
}

// A case in investigation with an appraisal commissioned (report due 2026-03-20, its only open
// deadline) on a verification started 2026-01-06 and concluded 2026-01-20 (casetestbed.h).
QString investigatedWithAppraisal(test::CaseTestbed &bed)
{
    const QString c = bed.caseAt(Stage::Investigation);
    bed.apply(json(R"({"cmd":"add_party","kind":"company","name":"上海某化工有限公司","credit_code":"91310000132200821H"})"), c);
    bed.apply(json(R"({"cmd":"commission_appraisal","mode":"institution","institution":"上海市环境科学研究院司法鉴定所",
        "commissioned_on":"2026-01-25","due_on":"2026-03-20","items":"损害确认、因果关系、损害量化、修复方案"})"), c);
    return c;
}

QString agreedWithPayment(test::CaseTestbed &bed)
{
    const QString c = bed.caseAt(Stage::Agreement); // 180,000.00 yuan due
    bed.apply(json(R"({"cmd":"record_payment","paid_on":"2026-04-10","amount":"100000.00","payer":"上海某化工有限公司"})"), c);
    return c;
}
} // namespace

void TestCorrections::correctAPayment()
{
    test::CaseTestbed bed;
    const QString c = agreedWithPayment(bed);
    QVERIFY(!bed.apply(json(R"({"cmd":"correct_payment","payment":1,"amount":"90000.00","paid_on":"2026-04-11",
        "reason":"缴款书金额为90000元，登记时误录"})"), c).isEmpty());
    const CaseFile f = bed.service().caseFile(c).value();
    QCOMPARE(f.payments.size(), 1);
    QCOMPARE(f.payments.first().amount.fen(), 9000000);
    QCOMPARE(f.payments.first().paidOn, QDate(2026, 4, 11));
    QCOMPARE(f.payments.first().payer, u"上海某化工有限公司"_s); // not given: unchanged
    QCOMPARE(f.amountPaid().fen(), 9000000);
    QCOMPARE(lastSummary(bed, c), u"Correction of payment 1: Amount: 100,000.00 yuan → 90,000.00 yuan; Paid on: 2026-04-10 → 2026-04-11. "
                                   "Reason: 缴款书金额为90000元，登记时误录"_s);
    QString command;
    const auto changes = lastChanges(bed, c, &command);
    QCOMPARE(command, u"correct_payment"_s);
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.value(u"payments.amount_fen"_s).first.toInteger(), 10000000);
    QCOMPARE(changes.value(u"payments.amount_fen"_s).second.toInteger(), 9000000);
    QCOMPARE(changes.value(u"payments.paid_on"_s).second.toString(), u"2026-04-11"_s);
    // The reason is in the audit entry's command as given.
    const auto trail = bed.service().reader().auditTrail(f.id).value();
    QVERIFY(trail.last().payload.contains(u"缴款书金额为90000元"_s));
}

void TestCorrections::voidAPayment()
{
    test::CaseTestbed bed;
    const QString c = agreedWithPayment(bed);
    QVERIFY(!bed.apply(json(R"({"cmd":"void_payment","payment":1,"reason":"同一笔缴款重复登记"})"), c).isEmpty());
    const CaseFile f = bed.service().caseFile(c).value();
    QVERIFY(f.payments.isEmpty());
    QCOMPARE(f.amountPaid().fen(), 0);
    QCOMPARE(lastSummary(bed, c), u"Payment 1 voided (paid on 2026-04-10, 100,000.00 yuan → none). Reason: 同一笔缴款重复登记"_s);
    const auto changes = lastChanges(bed, c);
    QCOMPARE(changes.value(u"payments.amount_fen"_s).first.toInteger(), 10000000);
    QVERIFY(changes.value(u"payments.amount_fen"_s).second.isNull());
    QCOMPARE(changes.value(u"payments.payer"_s).first.toString(), u"上海某化工有限公司"_s);
    // The money may be recorded again, correctly.
    QVERIFY(!bed.apply(json(R"({"cmd":"record_payment","paid_on":"2026-04-10","amount":"180000.00"})"), c).isEmpty());
}

void TestCorrections::correctAParty()
{
    test::CaseTestbed bed;
    const QString c = bed.caseAt(Stage::Consultation); // party 1 served with nothing yet; correcting is allowed anyway
    QVERIFY(!bed.apply(json(R"({"cmd":"correct_party","party":1,"name":"上海某化工股份有限公司","reason":"营业执照记载的名称为股份有限公司"})"), c).isEmpty());
    const CaseFile f = bed.service().caseFile(c).value();
    QCOMPARE(f.parties.first().name, u"上海某化工股份有限公司"_s);
    QCOMPARE(f.parties.first().creditCode, u"91310000132200821H"_s);
    QCOMPARE(lastSummary(bed, c), u"Correction of liable party 1 (上海某化工有限公司): Name: 上海某化工有限公司 → 上海某化工股份有限公司. "
                                   "Reason: 营业执照记载的名称为股份有限公司"_s);
    // The list shows the new name (derived column) and the search finds it.
    CaseListRequest request;
    request.filter.search = u"股份"_s;
    const auto page = bed.service().reader().casePage(request);
    QVERIFY(page);
    QCOMPARE(page->size(), 1);
    QVERIFY(page->first().partyNames.contains(u"股份有限公司"_s));
}

void TestCorrections::removeAPartyEnteredByMistake()
{
    test::CaseTestbed bed;
    const QString c = bed.caseAt(Stage::Consultation);
    bed.apply(json(R"({"cmd":"add_party","kind":"person","name":"张三","id_number":"310226197204150510"})"), c);
    QCOMPARE(bed.service().caseFile(c).value().parties.size(), 2);
    QVERIFY(!bed.apply(json(R"({"cmd":"remove_party","party":2,"reason":"误将证人登记为赔偿义务人"})"), c).isEmpty());
    const CaseFile f = bed.service().caseFile(c).value();
    QCOMPARE(f.parties.size(), 1);
    QCOMPARE(f.parties.first().name, u"上海某化工有限公司"_s);
    QCOMPARE(lastSummary(bed, c), u"Liable party 2 (张三) removed: entered by mistake. Reason: 误将证人登记为赔偿义务人"_s);
    const auto changes = lastChanges(bed, c);
    QCOMPARE(changes.value(u"parties.name"_s).first.toString(), u"张三"_s);
    QVERIFY(changes.value(u"parties.name"_s).second.isNull());
}

void TestCorrections::refusalsChangeNothing()
{
    test::CaseTestbed bed;
    const QString c = agreedWithPayment(bed); // party 1 has a notice served, a round, an agreement
    const auto before = bed.snapshot();
    struct Refusal
    {
        const char *command;
        QString expected; // part of the message
    };
    const Refusal refusals[] = {
        {R"({"cmd":"correct_payment","payment":1,"amount":"90000.00"})", u"Reason for the correction"_s},
        {R"({"cmd":"void_payment","payment":1,"reason":""})", u"Reason for the correction"_s},
        {R"({"cmd":"void_payment","payment":2,"reason":"重复登记"})", u"no payment of that number"_s},
        {R"({"cmd":"correct_payment","payment":0,"amount":"1.00","reason":"误录"})", u"no payment of that number"_s},
        {R"({"cmd":"correct_payment","payment":1,"reason":"误录"})", u"Nothing to correct"_s},
        {R"({"cmd":"correct_payment","payment":1,"amount":"180000.01","reason":"误录"})", u"at most 180,000.00 yuan may be paid"_s},
        // A payment beyond what remains says the most that may be paid (issue 16 ¶5): 180,000 due, 100,000 paid.
        {R"({"cmd":"record_payment","paid_on":"2026-04-20","amount":"80000.01","payer":"上海某化工有限公司"})",
         u"at most 80,000.00 yuan may be paid"_s},
        {R"({"cmd":"correct_payment","payment":1,"amount":"-5.00","reason":"误录"})", u"Amount"_s},
        {R"({"cmd":"correct_payment","payment":1,"paid_on":"2026-02-30","reason":"误录"})", u"Paid on"_s},
        {R"({"cmd":"remove_party","party":1,"reason":"误录"})", u"consultation notices served on the party"_s},
        {R"({"cmd":"remove_party","party":7,"reason":"误录"})", u"no liable party"_s},
        {R"({"cmd":"correct_party","party":1,"reason":"误录"})", u"Nothing to correct"_s},
        {R"({"cmd":"correct_party","party":1,"credit_code":"91310000132200821X","reason":"误录"})", u"check character"_s},
    };
    for (const Refusal &r : refusals) {
        const Problems problems = bed.refuse(json(r.command), c);
        QVERIFY2(!problems.isEmpty(), r.command);
        QVERIFY2(problems.toString().contains(r.expected), qPrintable(QString::fromUtf8(r.command) + u"\n"_s + problems.toString()));
        QCOMPARE(bed.snapshot(), before);
    }
    // An archived case is never corrected (Art. 42).
    test::CaseTestbed archive;
    const QString a = archive.caseAt(Stage::Archived);
    const auto sealed = archive.snapshot();
    QVERIFY(!archive.refuse(json(R"({"cmd":"void_payment","payment":1,"reason":"误录"})"), a).isEmpty());
    QCOMPARE(archive.snapshot(), sealed);
}

void TestCorrections::throughTheCommandLine()
{
    test::CaseTestbed bed;
    const QString c = agreedWithPayment(bed);
    QProcess cli;
    cli.start(QStringLiteral(ECOCLAIM_BIN_DIR "/ecoclaim-cli"), {u"--db"_s, bed.path(), u"--lang"_s, u"en"_s, u"--today"_s, u"2026-11-28"_s,
                                                                  u"apply"_s, u"-"_s});
    QVERIFY(cli.waitForStarted());
    cli.write(u"{\"cmd\":\"correct_payment\",\"case\":\"%1\",\"payment\":1,\"payer\":\"上海某化工股份有限公司\",\"reason\":\"缴款人名称误录\"}\n"_s.arg(c).toUtf8());
    cli.closeWriteChannel();
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    const QString printed = QString::fromUtf8(cli.readAllStandardOutput());
    QVERIFY2(printed.contains(u"Correction of payment 1: Paid by: 上海某化工有限公司 → 上海某化工股份有限公司. Reason: 缴款人名称误录"_s), qPrintable(printed));
    QCOMPARE(bed.service().caseFile(c).value().payments.first().payer, u"上海某化工股份有限公司"_s);
    // A refusal on the command line: nothing written, the message on standard error.
    const auto before = bed.snapshot();
    cli.start(QStringLiteral(ECOCLAIM_BIN_DIR "/ecoclaim-cli"), {u"--db"_s, bed.path(), u"--lang"_s, u"en"_s, u"apply"_s, u"-"_s});
    QVERIFY(cli.waitForStarted());
    cli.write(u"{\"cmd\":\"void_payment\",\"case\":\"%1\",\"payment\":3}\n"_s.arg(c).toUtf8());
    cli.closeWriteChannel();
    QVERIFY(cli.waitForFinished(60000));
    QVERIFY(cli.exitCode() != 0);
    QVERIFY(QString::fromUtf8(cli.readAllStandardError()).contains(u"Reason for the correction"_s));
    QCOMPARE(bed.snapshot(), before);
}

void TestCorrections::correctARecordedStep()
{
    test::CaseTestbed bed;
    const QString c = investigatedWithAppraisal(bed);
    QCOMPARE(bed.service().caseFile(c).value().nextDeadlineOn, QDate(2026, 3, 20));

    // A date of a numbered record: the appraisal's report date, and with it the deadline it sets (Art. 16).
    QVERIFY(!bed.apply(json(R"({"cmd":"correct_record","record":"appraisal","number":1,"field":"due_on","value":"2026-03-27",
                               "reason":"委托合同约定的报告期限录入错误"})"), c).isEmpty());
    CaseFile f = bed.service().caseFile(c).value();
    QCOMPARE(f.appraisals.first().dueOn, QDate(2026, 3, 27));
    QCOMPARE(f.appraisals.first().commissionedOn, QDate(2026, 1, 25)); // the rest of the record as it was
    QCOMPARE(f.nextDeadlineOn, QDate(2026, 3, 27));
    QCOMPARE(lastSummary(bed, c), u"Correction of Appraisal 1: Report due on: 2026-03-20 → 2026-03-27. Reason: 委托合同约定的报告期限录入错误"_s);
    QString command;
    auto changes = lastChanges(bed, c, &command);
    QCOMPARE(command, u"correct_record"_s);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.value(u"appraisals.due_on"_s).first.toString(), u"2026-03-20"_s);
    QCOMPARE(changes.value(u"appraisals.due_on"_s).second.toString(), u"2026-03-27"_s);

    // A record the case holds once needs no number; a text field is checked as one line, as on entry.
    QVERIFY(!bed.apply(json(R"({"cmd":"correct_record","record":"verification","field":"started_on","value":"2026-01-07",
                               "reason":"核查启动日期笔误"})"), c).isEmpty());
    QVERIFY(!bed.apply(json(R"({"cmd":"correct_record","record":"verification","field":"verified_by","value":"王芳、李明",
                               "reason":"漏记核查人员"})"), c).isEmpty());
    f = bed.service().caseFile(c).value();
    QCOMPARE(f.verification->startedOn, QDate(2026, 1, 7));
    QCOMPARE(f.verification->verifiedBy, u"王芳、李明"_s);
    QCOMPARE(f.verification->concludedOn, QDate(2026, 1, 20));
    QCOMPARE(lastSummary(bed, c), u"Correction of Preliminary verification: Verified by: 王芳 → 王芳、李明. Reason: 漏记核查人员"_s);
    changes = lastChanges(bed, c);
    QCOMPARE(changes.value(u"verifications.verified_by"_s).first.toString(), u"王芳"_s);
    QCOMPARE(changes.value(u"verifications.verified_by"_s).second.toString(), u"王芳、李明"_s);
}

void TestCorrections::recordCorrectionRefusalsChangeNothing()
{
    test::CaseTestbed bed;
    const QString c = investigatedWithAppraisal(bed);
    const auto before = bed.snapshot();
    struct Refusal
    {
        const char *command;
        QString expected; // part of the message
    };
    const Refusal refusals[] = {
        // The record's own order: the verification concluded on 2026-01-20.
        {R"({"cmd":"correct_record","record":"verification","field":"started_on","value":"2026-01-21","reason":"笔误"})",
         u"Started on (2026-01-21) would be after Concluded on (2026-01-20)"_s},
        // Nothing of a step before the clue came in (2026-01-05).
        {R"({"cmd":"correct_record","record":"verification","field":"started_on","value":"2026-01-04","reason":"笔误"})",
         u"cannot be before the clue was received (2026-01-05)"_s},
        {R"({"cmd":"correct_record","record":"appraisal","field":"due_on","value":"2026-01-24","reason":"笔误"})",
         u"Commissioned on (2026-01-25) would be after Report due on (2026-01-24)"_s},
        // Checked as the recording command checks it: an impossible date, a day still to come (today is
        // 2026-11-28 in the testbed), a line break in a one-line field.
        {R"({"cmd":"correct_record","record":"verification","field":"started_on","value":"2026-02-30","reason":"笔误"})", u"Started on"_s},
        {R"({"cmd":"correct_record","record":"verification","field":"concluded_on","value":"2026-12-01","reason":"笔误"})", u"Concluded on"_s},
        {R"({"cmd":"correct_record","record":"appraisal","field":"institution","value":"上海
鉴定所","reason":"笔误"})", u"Appraisal institution"_s},
        // Which record and which field.
        {R"({"cmd":"correct_record","record":"appraisal","number":2,"field":"due_on","value":"2026-03-27","reason":"笔误"})",
         u"give a number from 1 to 1"_s},
        {R"({"cmd":"correct_record","record":"litigation","field":"court","value":"上海市第三中级人民法院","reason":"笔误"})",
         u"no Litigation on record"_s},
        {R"({"cmd":"correct_record","record":"verification","field":"held_on","value":"2026-01-07","reason":"笔误"})",
         u"has no field \"held_on\" that can be corrected"_s},
        {R"({"cmd":"correct_record","record":"verification","field":"damage_found","value":"false","reason":"笔误"})", u"Field to correct"_s},
        // What decides the route is not a field to correct; the same value is nothing to correct.
        {R"({"cmd":"correct_record","record":"verification","field":"started_on","value":"2026-01-06","reason":"笔误"})",
         u"Nothing to correct"_s},
        {R"({"cmd":"correct_record","record":"verification","field":"started_on","value":"2026-01-07"})", u"Reason for the correction"_s},
    };
    for (const Refusal &r : refusals) {
        const Problems problems = bed.refuse(json(r.command), c);
        QVERIFY2(!problems.isEmpty(), r.command);
        QVERIFY2(problems.toString().contains(r.expected), qPrintable(QString::fromUtf8(r.command) + u"\n"_s + problems.toString()));
        QCOMPARE(bed.snapshot(), before);
    }
}

void TestCorrections::takeBackTheLastStep()
{
    test::CaseTestbed bed;
    const QString c = bed.caseAt(Stage::Clue); // received 2026-01-05
    const auto registered = bed.snapshot();
    const QDate clueDeadline = bed.service().caseFile(c).value().nextDeadlineOn;
    QCOMPARE(clueDeadline, QDate(2026, 2, 4)); // Art. 13: verification within 30 days of the clue

    // A step that moved the case on: the row it added goes, the stage comes back, the clock of Art. 13 too.
    QVERIFY(!bed.apply(json(R"({"cmd":"start_verification","started_on":"2026-01-06","verified_by":"王芳"})"), c).isEmpty());
    QCOMPARE(bed.service().caseFile(c).value().stage, Stage::Verification);
    QVERIFY(!bed.apply(json(R"({"cmd":"take_back_step","reason":"误将另一线索的核查登记在本案"})"), c).isEmpty());
    CaseFile f = bed.service().caseFile(c).value();
    QCOMPARE(f.stage, Stage::Clue);
    QVERIFY(!f.verification.has_value());
    QCOMPARE(f.nextDeadlineOn, clueDeadline);
    const QString summary = lastSummary(bed, c);
    QVERIFY2(summary.startsWith(u"Took back the last step, \"Start preliminary verification\" (recorded "_s), qPrintable(summary));
    QVERIFY2(summary.endsWith(u" by tester). Reason: 误将另一线索的核查登记在本案"_s), qPrintable(summary));
    QCOMPARE(f.timeline.size(), 3); // registered, verification started, taken back: nothing erased
    QString command;
    auto changes = lastChanges(bed, c, &command);
    QCOMPARE(command, u"take_back_step"_s);
    QCOMPARE(changes.value(u"cases.stage"_s).first.toString(), u"verification"_s);
    QCOMPARE(changes.value(u"cases.stage"_s).second.toString(), u"clue"_s);
    QCOMPARE(changes.value(u"verifications.started_on"_s).first.toString(), u"2026-01-06"_s);
    QVERIFY(changes.value(u"verifications.started_on"_s).second.isNull());
    // The case tables are as they were before the step (the timeline, audit and deadline log keep both).
    // (The cases row has a new updated_at, the deadline rows new ids: stage and deadline are checked above.)
    const QStringList kept{u"timeline"_s, u"audit_log"_s, u"deadline_log"_s, u"cases"_s, u"deadlines"_s};
    auto withoutHistory = [&](auto snapshot) {
        for (const QString &t : kept)
            snapshot.remove(t);
        return snapshot;
    };
    QCOMPARE(withoutHistory(bed.snapshot()), withoutHistory(registered));

    // The right step recorded anew; then a step that only filled in fields of a row it did not add.
    QVERIFY(!bed.apply(json(R"({"cmd":"start_verification","started_on":"2026-01-07","verified_by":"李明"})"), c).isEmpty());
    QVERIFY(!bed.apply(json(R"({"cmd":"record_verification","concluded_on":"2026-01-20","damage_found":true,"finding":"土壤中检出特征污染物。"})"), c).isEmpty());
    QVERIFY(!bed.apply(json(R"({"cmd":"take_back_step","reason":"结论登记错案"})"), c).isEmpty());
    f = bed.service().caseFile(c).value();
    QCOMPARE(f.stage, Stage::Verification);
    QVERIFY(f.verification.has_value());
    QCOMPARE(f.verification->startedOn, QDate(2026, 1, 7));
    QCOMPARE(f.verification->verifiedBy, u"李明"_s);
    QVERIFY(!f.verification->concludedOn.isValid());
    QVERIFY(!f.verification->damageFound.has_value());
    QVERIFY(f.verification->finding.isEmpty());

    // A numbered record with rows that belong to it: the appraisal commissioned last goes.
    test::CaseTestbed second;
    const QString d = investigatedWithAppraisal(second);
    QCOMPARE(second.service().caseFile(d).value().appraisals.size(), 1);
    QVERIFY(!second.apply(json(R"({"cmd":"take_back_step","reason":"委托尚未签订，误登记"})"), d).isEmpty());
    f = second.service().caseFile(d).value();
    QVERIFY(f.appraisals.isEmpty());
    QCOMPARE(f.stage, Stage::Investigation);
    QVERIFY(f.nextDeadlineOn != QDate(2026, 3, 20)); // the report's deadline went with the appraisal
}

void TestCorrections::stepsThatCannotBeTakenBack()
{
    test::CaseTestbed bed;
    struct Case
    {
        Stage stage;
        QString expected;
    };
    // caseAt's last steps: registration (clue); file_case, a decision of the bureau (investigation).
    const Case cases[] = {{Stage::Clue, u"registration cannot be taken back"_s},
                          {Stage::Investigation, u"revoked by a decision"_s}};
    for (const Case &k : cases) {
        const QString c = bed.caseAt(k.stage);
        const auto before = bed.snapshot();
        const Problems problems = bed.refuse(json(R"({"cmd":"take_back_step","reason":"误操作"})"), c);
        QVERIFY2(problems.toString().contains(k.expected), qPrintable(problems.toString()));
        QCOMPARE(bed.snapshot(), before);
    }
    // A correction is corrected; a step taken back is not taken back again; no reason, no taking back.
    const QString c = agreedWithPayment(bed);
    QVERIFY(!bed.apply(json(R"({"cmd":"correct_payment","payment":1,"payer":"上海某化工股份有限公司","reason":"名称误录"})"), c).isEmpty());
    auto before = bed.snapshot();
    QVERIFY(bed.refuse(json(R"({"cmd":"take_back_step","reason":"误操作"})"), c).toString().contains(u"A correction is corrected"_s));
    QCOMPARE(bed.snapshot(), before);
    QVERIFY(!bed.apply(json(R"({"cmd":"record_payment","paid_on":"2026-04-20","amount":"10000.00","payer":"上海某化工有限公司"})"), c).isEmpty());
    QVERIFY(!bed.apply(json(R"({"cmd":"take_back_step","reason":"重复登记"})"), c).isEmpty());
    before = bed.snapshot();
    QVERIFY(bed.refuse(json(R"({"cmd":"take_back_step","reason":"误操作"})"), c).toString().contains(u"itself taken back"_s));
    QVERIFY(bed.refuse(json(R"({"cmd":"take_back_step"})"), c).toString().contains(u"Reason for the correction"_s));
    QCOMPARE(bed.snapshot(), before);
    QCOMPARE(bed.service().caseFile(c).value().payments.size(), 1); // the payment of 10,000 taken back
}

QTEST_GUILESS_MAIN(TestCorrections)
#include "tst_corrections.moc"
