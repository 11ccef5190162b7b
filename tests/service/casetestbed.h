#pragma once
// A real database in a temporary folder with a CaseService over it, and a canonical walk that takes a
// case to any stage through real commands — the base every service test builds on.

#include "core/calendar/workcalendar.h"
#include "core/domain/stage.h"
#include "core/service/casenotifier.h"
#include "core/service/caseservice.h"
#include "core/storage/database.h"
#include "core/storage/sqlquery.h"

#include "tests/common/fingerprint.h"
#include "tests/common/testdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace ecoclaim::test {

using namespace Qt::StringLiterals;

inline QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

class CaseTestbed
{
public:
    // Commands are judged as on this day.
    static QDate today() { return QDate(2026, 11, 28); }

    CaseTestbed()
    {
        auto db = storage::Database::open(m_location.location());
        if (!db)
            qFatal("cannot open test database: %s", qPrintable(db.errorString()));
        m_db = std::move(db).value();
        m_service = std::make_unique<service::CaseService>(*m_db, calendar::WorkCalendar::builtIn(), m_notifier);
    }

    service::CaseService &service() { return *m_service; }
    service::CaseNotifier &notifier() { return m_notifier; }
    storage::Database &database() { return *m_db; }
    // The database's location (a file path, or a postgresql:// address in a PostgreSQL run): what a second
    // connection or `ecoclaim-cli --db` opens.
    QString path() const { return m_location.location(); }
    // A folder of the test's own for files it writes (exports, copies).
    QString folder() const { return m_location.folder(); }

    // Runs a command that must succeed; returns the case number.
    QString apply(QJsonObject command, const QString &caseNo = {})
    {
        if (!caseNo.isEmpty())
            command.insert(u"case"_s, caseNo);
        auto r = m_service->execute(command, u"tester"_s, today());
        if (!r)
            qWarning().noquote() << "refused:" << command.value(u"cmd"_s).toString() << r.errorString();
        return r ? r->caseNumber : QString();
    }

    // Runs a command that must be refused; returns the problems.
    domain::Problems refuse(QJsonObject command, const QString &caseNo = {})
    {
        if (!caseNo.isEmpty())
            command.insert(u"case"_s, caseNo);
        auto r = m_service->execute(command, u"tester"_s, today());
        return r ? domain::Problems{} : r.problems();
    }

    domain::Stage stageOf(const QString &caseNo)
    {
        auto f = m_service->caseFile(caseNo);
        return f ? f->stage : domain::Stage::Archived;
    }

    // The content of every table: equal before and after means "changed nothing".
    QMap<QString, QByteArray> snapshot() { return contentFingerprint(m_db->connection()); }

    // Takes a new case, through real commands, to `stage`. Dates follow a realistic 2026 timetable in
    // which the consultation notice is served more than five working days before the meeting.
    QString caseAt(domain::Stage stage);
    // Adds one file of each kind Art. 42 asks the volume to hold (investigation … restoration).
    void addArchiveMaterials(const QString &caseNo);

private:
    TestDatabase m_location;
    std::unique_ptr<storage::Database> m_db;
    service::CaseNotifier m_notifier;
    std::unique_ptr<service::CaseService> m_service;
};

inline QString CaseTestbed::caseAt(domain::Stage target)
{
    using domain::Stage;
    const QString c = apply(json(R"({"cmd":"register_clue","title":"金山区某化工企业渗漏污染土壤案","district":"金山区",
        "unit":"district_ecology","channel":"routine_supervision","received_on":"2026-01-05","site":"金山区漕泾镇某路1号",
        "description":"日常执法巡查发现厂区外围土壤受到渗漏污染。"})"));
    if (target == Stage::Clue)
        return c;
    apply(json(R"({"cmd":"start_verification","started_on":"2026-01-06","verified_by":"王芳"})"), c);
    if (target == Stage::Verification)
        return c;
    if (target == Stage::Transferred) {
        apply(json(R"({"cmd":"transfer_clue","receiver":"上海海事局","transferred_on":"2026-01-08","reason":"涉及海洋生态环境"})"), c);
        return c;
    }
    if (target == Stage::NotApplicable) {
        apply(json(R"({"cmd":"declare_not_applicable","exclusion":"marine","decided_on":"2026-01-08"})"), c);
        return c;
    }
    if (target == Stage::NoDamage)
        apply(json(R"({"cmd":"record_verification","concluded_on":"2026-01-20","damage_found":false,"finding":"未检出污染物。"})"), c);
    else
        apply(json(R"({"cmd":"record_verification","concluded_on":"2026-01-20","damage_found":true,"finding":"土壤中检出特征污染物。"})"), c);
    if (target == Stage::NoDamage) {
        apply(json(R"({"cmd":"close_without_damage","decided_on":"2026-01-21"})"), c);
        return c;
    }
    if (target == Stage::NotInitiated) {
        apply(json(R"({"cmd":"decide_not_to_initiate","reason":"licensed_discharge","decided_on":"2026-01-21"})"), c);
        return c;
    }
    apply(json(R"({"cmd":"file_case","filed_on":"2026-01-21"})"), c);
    if (target == Stage::Investigation)
        return c;
    if (target == Stage::Terminated) {
        apply(json(R"({"cmd":"terminate_claim","reason":"obligor_extinct","decided_on":"2026-02-01"})"), c);
        return c;
    }
    apply(json(R"({"cmd":"add_party","kind":"company","name":"上海某化工有限公司","credit_code":"91310000132200821H","address":"金山区漕泾镇某路1号"})"), c);
    apply(json(R"({"cmd":"commission_appraisal","mode":"institution","institution":"上海市环境科学研究院司法鉴定所","commissioned_on":"2026-01-25",
        "due_on":"2026-02-25","items":"损害确认、因果关系、损害量化、修复方案"})"), c);
    // The five contents of Art. 17: determination, scope of loss, causation, quantification, restoration plan.
    apply(json(R"({"cmd":"record_appraisal_result","completed_on":"2026-02-20","damage_determination":"土壤受到污染","loss_scope":"约500平方米",
        "causation":"渗漏所致","quantification":"修复费用150000元；鉴定评估费用30000元","restoration_outline":"异位修复",
        "restoration_costs":"150000.00","assessment_costs":"30000.00"})"), c);
    apply(json(R"({"cmd":"conclude_investigation","concluded_on":"2026-02-22","damage_exists":true,"scope":"约500平方米",
        "degree":"中度","obligor_identified":true,"causation":"明确","proposal":"consultation"})"), c);
    apply(json(R"({"cmd":"draft_restoration_plan","drafted_on":"2026-02-24","elements":"土壤","scope":"500平方米","targets":"恢复至基线",
        "technical_plan":"异位修复","schedule":"三个月"})"), c);
    apply(json(R"({"cmd":"start_consultation","started_on":"2026-03-01"})"), c);
    if (target == Stage::Consultation)
        return c;
    apply(json(R"({"cmd":"serve_consultation_notice","party":1,"served_on":"2026-03-02","service_method":"direct",
        "meeting_on":"2026-03-16","reply_due_on":"2026-03-10"})"), c);
    apply(json(R"({"cmd":"record_notice_reply","party":1,"reply":"agreed","replied_on":"2026-03-05"})"), c);
    apply(json(R"({"cmd":"hold_consultation_round","held_on":"2026-03-16","mode":"meeting","participants":"区生态环境局、上海某化工有限公司",
        "summary":"就修复方案和赔偿金额达成一致。"})"), c);
    if (target == Stage::Litigation) {
        apply(json(R"({"cmd":"file_litigation","filed_on":"2026-04-01","court":"上海市第三中级人民法院","trigger":"impossible",
            "trigger_note":"义务人对赔偿金额分歧过大"})"), c);
        return c;
    }
    apply(json(R"({"cmd":"sign_agreement","signed_on":"2026-03-20","restoration_terms":"义务人自行修复，三个月内完成",
        "restoration_costs":"150000.00","assessment_costs":"30000.00"})"), c);
    if (target == Stage::Agreement)
        return c;
    apply(json(R"({"cmd":"start_restoration","started_on":"2026-04-01","executor":"obligor"})"), c);
    if (target == Stage::Restoration)
        return c;
    apply(json(R"({"cmd":"complete_restoration","completed_on":"2026-06-30","completion_report":"修复工程完工"})"), c);
    if (target == Stage::Evaluation)
        return c;
    apply(json(R"({"cmd":"record_effect_evaluation","evaluated_on":"2026-07-15","method":"institution","passed":true,
        "targets":"恢复至基线","execution":"按方案实施","achievement":"已达到","effect":"良好"})"), c);
    apply(json(R"({"cmd":"record_payment","paid_on":"2026-07-20","amount":"180000.00"})"), c);
    apply(json(R"({"cmd":"close_case","closed_on":"2026-07-25"})"), c);
    if (target == Stage::Closed)
        return c;
    addArchiveMaterials(c);
    apply(json(R"({"cmd":"archive_case","archived_on":"2026-08-01","archivist":"档案室"})"), c);
    return c;
}

inline void CaseTestbed::addArchiveMaterials(const QString &c)
{
    const char *materials[][3] = {{"investigation-report.txt", "损害调查报告", "investigation"},
                                  {"appraisal-report.txt", "鉴定评估报告", "appraisal"},
                                  {"consultation-record.txt", "磋商会议记录", "consultation"},
                                  {"agreement.txt", "赔偿协议", "agreement"},
                                  {"judgment.txt", "民事判决书", "judgment"},
                                  {"restoration-evaluation.txt", "修复效果评估意见", "restoration"}};
    for (const auto &m : materials) {
        QJsonObject command;
        command.insert(u"cmd"_s, u"add_evidence"_s);
        command.insert(u"file"_s, QString(u":/demo/materials/"_s + QString::fromUtf8(m[0])));
        command.insert(u"title"_s, QString::fromUtf8(m[1]));
        command.insert(u"kind"_s, QString::fromUtf8(m[2]));
        apply(command, c);
    }
}

} // namespace ecoclaim::test
