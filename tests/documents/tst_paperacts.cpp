// Papers a bureau would sign (issue 11), walked on realistic cases built through real commands: a
// five-party consultation (a company, a natural person, an individual business, a partnership and a
// person in custody), its notices and receipts in one command, the agreement signed by each party or
// assumed by one (Art. 23 ¶2), dates of the act a year later, a served notice frozen, the five-working-day
// warning before a number, amounts up to 999,999,999.99 whole, pages that never hold a signature alone,
// internal notes kept inside, and the text of the notice and the agreement against reviewed golden files.
#include "tests/documents/paperchecks.h"
#include "tests/service/casetestbed.h"

#include "core/documents/officiallayout.h"
#include "core/documents/paperoffice.h"
#include "core/storage/auditlog.h"
#include "core/storage/contenthash.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using namespace ecoclaim::documents;
using namespace ecoclaim::test;

namespace {
// What never belongs on an outgoing paper: typed into the clue's description at registration.
const QString internalNote = u"内部备注：举报人手机13800000000，请勿外传"_s;

PaperSettings jinshanUnit(bool withContact = true)
{
    PaperSettings s;
    s.setUnit(u"310116"_s, u"district_ecology"_s,
              UnitPaperSettings{u"上海市金山区生态环境局"_s, u"沪金环损"_s, withContact ? u"李敏"_s : QString(),
                                withContact ? u"021-57921234"_s : QString(), u"金山区金山大道2000号"_s});
    return s;
}

PaperOptions noticeOptions(const QString &subject = u"all"_s, QDate issued = QDate(2026, 3, 2))
{
    PaperOptions o;
    o.subject = subject;
    o.datedOn = issued;
    o.parameters = {{u"meeting_on"_s, u"2026-03-16"_s}, {u"meeting_time"_s, u"上午9时30分"_s},
                    {u"meeting_place"_s, u"金山区生态环境局三楼会议室"_s}, {u"reply_due_on"_s, u"2026-03-10"_s}};
    return o;
}

QString text(PaperOffice &office, qint64 id)
{
    auto pdf = office.reprint(id, u"pdf"_s);
    return pdf ? pdfText(pdf.value()) : QString();
}

QStringList pages(const QString &extracted)
{
    QStringList list = extracted.split(u'\f');
    while (!list.isEmpty() && list.last().trimmed().isEmpty())
        list.removeLast();
    return list;
}
} // namespace

class TestPaperActs : public QObject
{
    Q_OBJECT

private:
    // A case in consultation with five liable parties of every kind; `amount` is each of the five
    // categories of Art. 5 in the appraisal.
    static QString fiveParties(CaseTestbed &bed, const QString &amount = u"120000.00"_s)
    {
        QJsonObject clue = json(R"({"cmd":"register_clue","title":"金山区漕泾镇某地块非法倾倒危险废物案","district":"金山区",
            "unit":"district_ecology","channel":"routine_supervision","received_on":"2026-01-05","site":"金山区漕泾镇某路1号"})");
        clue.insert(u"description"_s, QString(u"日常执法巡查发现地块内堆放含油污泥约二百吨。"_s + internalNote));
        const QString c = bed.apply(clue);
        bed.apply(json(R"({"cmd":"start_verification","started_on":"2026-01-06","verified_by":"王芳"})"), c);
        bed.apply(json(R"({"cmd":"record_verification","concluded_on":"2026-01-20","damage_found":true,"finding":"地块土壤中检出石油烃超标。"})"), c);
        bed.apply(json(R"({"cmd":"file_case","filed_on":"2026-01-21"})"), c);
        bed.apply(json(R"({"cmd":"add_party","kind":"company","name":"上海某化工有限公司","credit_code":"91310000132200821H",
            "representative":"李强","address":"金山区漕泾镇某路1号"})"), c);
        bed.apply(json(R"({"cmd":"add_party","kind":"person","name":"张伟明","id_number":"310116198001011234","address":"金山区朱泾镇某村8组"})"), c);
        bed.apply(json(R"({"cmd":"add_party","kind":"individual_business","name":"金山区漕泾镇王记废品回收站","credit_code":"92310116MA1K3B7L0H",
            "representative":"王某","address":"金山区漕泾镇某路9号"})"), c);
        bed.apply(json(R"({"cmd":"add_party","kind":"unincorporated","name":"上海某环保科技合伙企业（有限合伙）","credit_code":"91310116MA1H8C2Q5L",
            "representative":"赵某","address":"金山区山阳镇某路3号"})"), c);
        bed.apply(json(R"({"cmd":"add_party","kind":"person","name":"陈某某","id_number":"310116197505052019","address":"金山区亭林镇某路5号",
            "in_custody":true,"custody_contact":"陈某（其子）"})"), c);
        bed.apply(json(R"({"cmd":"commission_appraisal","mode":"institution","institution":"上海市环境科学研究院司法鉴定所","commissioned_on":"2026-01-25",
            "due_on":"2026-02-25","items":"损害确认、因果关系、损害量化、修复方案"})"), c);
        QJsonObject result = json(R"({"cmd":"record_appraisal_result","completed_on":"2026-02-20","damage_determination":"地块土壤受到石油烃污染",
            "loss_scope":"约1500平方米","causation":"倾倒行为所致","quantification":"五类损害各计列",
            "restoration_outline":"清挖后异位热脱附"})"); // the five contents of Art. 17
        for (const char *k : {"interim_loss", "permanent_loss", "assessment_costs", "restoration_costs", "prevention_costs"})
            result.insert(QString::fromLatin1(k), amount);
        bed.apply(result, c);
        bed.apply(json(R"({"cmd":"conclude_investigation","concluded_on":"2026-02-22","damage_exists":true,"scope":"约1500平方米",
            "degree":"重度","obligor_identified":true,"causation":"倾倒含油污泥所致","proposal":"consultation"})"), c);
        bed.apply(json(R"({"cmd":"draft_restoration_plan","drafted_on":"2026-02-24","elements":"土壤","scope":"1500平方米","targets":"恢复至基线",
            "technical_plan":"清挖后异位热脱附","schedule":"六个月"})"), c);
        bed.apply(json(R"({"cmd":"start_consultation","started_on":"2026-03-01"})"), c);
        for (const char *share : {R"({"cmd":"record_liability_share","party":1,"basis":"appraisal","percent":40})",
                                  R"({"cmd":"record_liability_share","party":2,"basis":"appraisal","percent":30})",
                                  R"({"cmd":"record_liability_share","party":3,"basis":"appraisal","percent":10})",
                                  R"({"cmd":"record_liability_share","party":4,"basis":"appraisal","percent":10})",
                                  R"({"cmd":"record_liability_share","party":5,"basis":"appraisal","percent":10})"})
            bed.apply(json(share), c);
        return c;
    }

    // Serves every notice, records the replies and the round, and signs (assumed by `assuming` if > 0).
    static void agree(CaseTestbed &bed, PaperOffice &office, const QString &c, const QList<service::FiledPaper> &notices, int assuming = 0)
    {
        for (const service::FiledPaper &p : notices)
            if (p.paperType == u"consultation_notice")
                QVERIFY2(office.serve({0, p.id, u"direct"_s, QDate(2026, 3, 3), u"签收人"_s, 0, {}, {}, {}}, u"王芳"_s, CaseTestbed::today()),
                         qPrintable(p.subject));
        for (int party = 1; party <= 5; ++party)
            bed.apply(json(QJsonDocument(QJsonObject{{u"cmd"_s, u"record_notice_reply"_s}, {u"party"_s, party}, {u"reply"_s, u"agreed"_s},
                                                     {u"replied_on"_s, u"2026-03-06"_s}}).toJson().constData()), c);
        bed.apply(json(R"({"cmd":"hold_consultation_round","held_on":"2026-03-16","mode":"meeting","host":"周某","participants":"区生态环境局、五名赔偿义务人",
            "summary":"就修复方案和赔偿金额达成一致。"})"), c);
        QJsonObject sign = json(R"({"cmd":"sign_agreement","signed_on":"2026-03-20","restoration_terms":"由上海某化工有限公司组织修复，六个月内完成。",
            "interim_loss":"120000.00","permanent_loss":"120000.00","assessment_costs":"120000.00","restoration_costs":"120000.00",
            "prevention_costs":"120000.00"})");
        if (assuming > 0)
            sign.insert(u"assuming_party"_s, assuming);
        QVERIFY(!bed.apply(sign, c).isEmpty());
    }

    static QString goldenPath(const QString &name)
    {
        return QStringLiteral(ECOCLAIM_SOURCE_DIR) + u"/tests/documents/golden/"_s + name;
    }

    // pdftotext -layout of the paper against the reviewed golden file (ECOCLAIM_UPDATE_GOLDEN=1 rewrites it).
    static void compareGolden(const QByteArray &pdf, const QString &name)
    {
        const QString layout = runTool(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s}, pdf, u".pdf"_s);
        QVERIFY2(!layout.trimmed().isEmpty(), "pdftotext gave nothing (poppler-utils missing?)");
        QFile golden(goldenPath(name));
        if (qEnvironmentVariableIsSet("ECOCLAIM_UPDATE_GOLDEN")) {
            QVERIFY(golden.open(QIODevice::WriteOnly));
            golden.write(layout.toUtf8());
            return;
        }
        QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(u"no golden file "_s + golden.fileName()));
        const QString expected = QString::fromUtf8(golden.readAll());
        if (expected != layout) {
            const QStringList a = expected.split(u'\n'), b = layout.split(u'\n');
            for (int i = 0; i < qMax(a.size(), b.size()); ++i)
                if (a.value(i) != b.value(i))
                    QFAIL(qPrintable(u"%1 differs at line %2:\n  golden: %3\n  now:    %4"_s.arg(name).arg(i + 1).arg(a.value(i), b.value(i))));
        }
    }

private Q_SLOTS:
    // 第十九条: one notice and one 送达回证 per party, in one command, each addressed to its party by kind.
    void fivePartiesFiveNoticesAndReceipts()
    {
        CaseTestbed bed;
        PaperOffice office(bed.service(), jinshanUnit());
        const QString c = fiveParties(bed);
        const int eventsBefore = int(bed.service().caseFile(c)->timeline.size());
        auto filed = office.issueAll(c, u"consultation_notice"_s, noticeOptions(), u"王芳"_s, CaseTestbed::today());
        QVERIFY2(filed, qPrintable(filed.errorString()));
        QCOMPARE(filed->size(), 10);
        auto file = bed.service().caseFile(c);
        QCOMPARE(int(file->timeline.size()), eventsBefore + 1); // one action: one event, one audit entry
        QCOMPARE(file->timeline.last().command, u"issue_paper"_s);
        const QStringList kinds{u"名称：上海某化工有限公司"_s, u"姓名：张伟明"_s, u"名称：金山区漕泾镇王记废品回收站"_s,
                                u"名称：上海某环保科技合伙企业（有限合伙）"_s, u"姓名：陈某某"_s};
        for (int i = 0; i < 5; ++i) {
            const service::FiledPaper &notice = filed->at(2 * i);
            const service::FiledPaper &receipt = filed->at(2 * i + 1);
            QCOMPARE(notice.paperType, u"consultation_notice"_s);
            QCOMPARE(notice.subject, u"party:%1"_s.arg(i + 1));
            QCOMPARE(notice.docNo, u"沪金环损磋告〔2026〕%1号"_s.arg(i + 1));
            QCOMPARE(notice.datedOn, QDate(2026, 3, 2));
            QCOMPARE(receipt.paperType, u"service_receipt"_s);
            QCOMPARE(receipt.subject, notice.subject);
            const QString n = squeezed(text(office, notice.id));
            QVERIFY2(n.contains(kinds.at(i)), qPrintable(n.left(400)));
            QVERIFY(n.contains(u"连带赔偿责任"_s));                  // joint liability (民法典第一千一百六十八条)
            QVERIFY(n.contains(u"按鉴定评估意见承担"_s));
            QVERIFY(n.contains(u"上午9时30分"_s) && n.contains(u"金山区生态环境局三楼会议室"_s));
            QVERIFY(n.contains(u"联系人：李敏"_s) && n.contains(u"021-57921234"_s));
            QVERIFY(n.contains(u"2026年3月2日"_s));
            QVERIFY2(!n.contains(u"内部备注"_s) && !n.contains(u"13800000000"_s), "an internal note leaked");
            const QString r = squeezed(text(office, receipt.id));
            QVERIFY2(r.contains(notice.docNo), qPrintable(r));
            QVERIFY(r.contains(file->parties.at(i).name));
        }
        const QString person = squeezed(text(office, filed->at(2).id));
        QVERIFY2(!person.contains(u"法定代表人"_s) && !person.contains(u"名称：张伟明"_s), "a natural person is addressed by name");
        QVERIFY(person.contains(u"请你本人或者你的委托代理人"_s));
        QVERIFY(squeezed(text(office, filed->at(0).id)).contains(u"法定代表人：李强"_s));
        const QString business = squeezed(text(office, filed->at(4).id));
        QVERIFY(business.contains(u"经营者：王某"_s) && business.contains(u"经营场所："_s) && !business.contains(u"法定代表人"_s));
        QVERIFY(squeezed(text(office, filed->at(6).id)).contains(u"负责人：赵某"_s));
        const QString custody = squeezed(text(office, filed->at(8).id));
        QVERIFY(custody.contains(u"陈某（其子）"_s) && custody.contains(u"第十九条第二款"_s));
        QVERIFY(squeezed(text(office, filed->at(9).id)).contains(u"陈某（其子）"_s));
        // Reviewed text: the first party's notice.
        compareGolden(office.reprint(filed->at(0).id, u"pdf"_s).value(), u"consultation_notice-five-parties.txt"_s);
    }

    // 第二十三条: the agreement has one signature line per party, dated the day it was signed.
    void agreementSignedByEachParty()
    {
        CaseTestbed bed;
        PaperOffice office(bed.service(), jinshanUnit());
        const QString c = fiveParties(bed);
        auto notices = office.issueAll(c, u"consultation_notice"_s, noticeOptions(), u"王芳"_s, CaseTestbed::today());
        QVERIFY(notices);
        agree(bed, office, c, notices.value());
        PaperOptions o;
        o.datedOn = QDate(2026, 11, 28); // printed months later: the paper still bears the signing day
        auto agreement = office.issue(c, u"compensation_agreement"_s, o, u"王芳"_s, CaseTestbed::today());
        QVERIFY2(agreement, qPrintable(agreement.errorString()));
        QCOMPARE(agreement->datedOn, QDate(2026, 3, 20));
        QCOMPARE(agreement->docNo, u"沪金环损协〔2026〕1号"_s);
        QCOMPARE(agreement->frozen, u"signed"_s);
        const QString t = squeezed(text(office, agreement->id));
        QVERIFY2(t.contains(u"乙方1（盖章）：上海某化工有限公司"_s), qPrintable(t.right(300)));
        QVERIFY(t.contains(u"乙方2（签字、捺印）：张伟明"_s));
        QVERIFY(t.contains(u"乙方3（盖章）：金山区漕泾镇王记废品回收站"_s) && t.contains(u"经营者（签字）"_s));
        QVERIFY(t.contains(u"乙方4（盖章）"_s) && t.contains(u"乙方5（签字、捺印）：陈某某"_s));
        QCOMPARE(t.count(u"日期：2026年3月20日"_s), 6); // 甲方 and each 乙方
        QVERIFY(t.contains(u"连带赔偿责任"_s));
        QVERIFY(!t.contains(u"内部备注"_s));
        QVERIFY(!t.contains(u"2026年11月28日"_s));
        compareGolden(office.reprint(agreement->id, u"pdf"_s).value(), u"compensation_agreement-five-parties.txt"_s);
    }

    // 第二十三条第二款: one party assumes the whole liability — the agreement says so, with that party alone.
    void assumptionSaidConsistently()
    {
        CaseTestbed bed;
        PaperOffice office(bed.service(), jinshanUnit());
        const QString c = fiveParties(bed);
        auto notices = office.issueAll(c, u"consultation_notice"_s, noticeOptions(), u"王芳"_s, CaseTestbed::today());
        QVERIFY(notices);
        agree(bed, office, c, notices.value(), 1);
        auto agreement = office.issue(c, u"compensation_agreement"_s, {}, u"王芳"_s, CaseTestbed::today());
        QVERIFY2(agreement, qPrintable(agreement.errorString()));
        const QString t = squeezed(text(office, agreement->id));
        QVERIFY(t.contains(u"由上海某化工有限公司承担全部赔偿责任"_s));
        QVERIFY(t.contains(u"第二十三条第二款"_s));
        QVERIFY2(!t.contains(u"连带赔偿责任"_s), "joint liability and assumption contradict each other");
        QVERIFY(t.contains(u"乙方（盖章）：上海某化工有限公司"_s));
        QVERIFY(!t.contains(u"张伟明（签字"_s) && !t.contains(u"乙方2"_s));
        QVERIFY(t.contains(u"一式四份"_s)); // the department, the party, the court, the file
        PaperOptions court;
        court.parameters = {{u"court"_s, u"上海市第三中级人民法院"_s}};
        auto application = office.issue(c, u"confirmation_application"_s, court, u"王芳"_s, CaseTestbed::today());
        QVERIFY2(application, qPrintable(application.errorString()));
        const QString a = squeezed(text(office, application->id));
        QVERIFY(a.contains(u"承担全部赔偿责任"_s) && !a.contains(u"申请人（赔偿义务人）：姓名：张伟明"_s));
    }

    // 成文日期: a paper printed a year after its act bears the act's date and that year's number series.
    void actDateAndYearAYearLater()
    {
        CaseTestbed bed;
        PaperOffice office(bed.service(), jinshanUnit());
        const QString c = bed.apply(json(R"({"cmd":"register_clue","title":"金山区某码头油污案","district":"金山区","unit":"district_ecology",
            "channel":"routine_supervision","received_on":"2025-12-10","site":"金山区金山嘴某码头","description":"码头附近水域发现油膜。"})"));
        bed.apply(json(R"({"cmd":"start_verification","started_on":"2025-12-11","verified_by":"王芳"})"), c);
        bed.apply(json(R"({"cmd":"transfer_clue","receiver":"上海海事局","transferred_on":"2025-12-20","reason":"涉及船舶污染"})"), c);
        PaperOptions o; // printed on 2026-11-28 (today)
        auto letter = office.issue(c, u"clue_transfer"_s, o, u"王芳"_s, CaseTestbed::today());
        QVERIFY2(letter, qPrintable(letter.errorString()));
        QCOMPARE(letter->datedOn, QDate(2025, 12, 20));
        QCOMPARE(letter->docNo, u"沪金环损移〔2025〕1号"_s);
        const QString t = squeezed(text(office, letter->id));
        QVERIFY(t.contains(u"2025年12月20日"_s));
        QVERIFY(!t.contains(u"2026年"_s));
        QVERIFY(t.contains(u"上海海事局"_s) && t.contains(u"涉及船舶污染"_s));
    }

    // A served notice never changes under its number: the same text gives the paper as filed, a changed one
    // is refused with the reason; a correction has a new number and the old one stays, superseded.
    void servedNoticeIsFrozen()
    {
        CaseTestbed bed;
        PaperOffice office(bed.service(), jinshanUnit());
        const QString c = fiveParties(bed);
        auto filed = office.issueAll(c, u"consultation_notice"_s, noticeOptions(u"party:1"_s), u"王芳"_s, CaseTestbed::today());
        QVERIFY2(filed, qPrintable(filed.errorString()));
        const service::FiledPaper notice = filed->first();
        QVERIFY(office.serve({0, notice.id, u"direct"_s, QDate(2026, 3, 3), u"李强"_s, 0, {}, {}, {}}, u"王芳"_s, CaseTestbed::today()));
        QCOMPARE(office.paperRegister().paper(notice.id)->frozen, u"served"_s);
        // The same again: the paper as filed, the same bytes, no new version of the notice.
        auto again = office.issueAll(c, u"consultation_notice"_s, noticeOptions(u"party:1"_s), u"王芳"_s, CaseTestbed::today());
        QVERIFY2(again, qPrintable(again.errorString()));
        QCOMPARE(again->first().id, notice.id);
        QCOMPARE(office.reprint(again->first().id, u"pdf"_s).value(), office.reprint(notice.id, u"pdf"_s).value());
        // A changed meeting place: refused, with the reason, and nothing changes.
        const auto before = bed.snapshot();
        PaperOptions moved = noticeOptions(u"party:1"_s);
        moved.parameters.insert(u"meeting_place"_s, u"金山区政府第二会议室"_s);
        auto refused = office.issueAll(c, u"consultation_notice"_s, moved, u"王芳"_s, CaseTestbed::today());
        QVERIFY(!refused);
        QVERIFY2(refused.errorString().contains(u"supersede"_s), qPrintable(refused.errorString()));
        QCOMPARE(bed.snapshot(), before);
        // The correction: a new number; the old one stays on file, marked superseded, and reprints as it was.
        moved.datedOn = QDate(2026, 3, 4);
        moved.parameters.insert(u"meeting_on"_s, u"2026-03-23"_s);
        moved.parameters.insert(u"reply_due_on"_s, u"2026-03-18"_s);
        auto corrected = office.supersede(notice.id, u"会议地点变更"_s, moved, u"王芳"_s, CaseTestbed::today());
        QVERIFY2(corrected, qPrintable(corrected.errorString()));
        QCOMPARE(corrected->first().docNo, u"沪金环损磋告〔2026〕2号"_s);
        auto old = office.paperRegister().paper(notice.id);
        QCOMPARE(old->supersededBy, corrected->first().id);
        QCOMPARE(old->supersedeReason, u"会议地点变更"_s);
        QVERIFY(squeezed(text(office, notice.id)).contains(u"金山区生态环境局三楼会议室"_s));
        QVERIFY(squeezed(text(office, corrected->first().id)).contains(u"金山区政府第二会议室"_s));
        QCOMPARE(bed.service().caseFile(c)->timeline.last().command, u"supersede_paper"_s);
    }

    // 第十九条: a notice whose meeting is fewer than five working days after its issue warns before it
    // takes a number; confirmed, it is numbered.
    void shortLeadWarnsBeforeNumbering()
    {
        CaseTestbed bed;
        PaperOffice office(bed.service(), jinshanUnit());
        const QString c = fiveParties(bed);
        const auto before = bed.snapshot();
        PaperOptions o = noticeOptions(u"party:1"_s, QDate(2026, 3, 10)); // 11, 12, 13: three working days
        o.parameters.insert(u"reply_due_on"_s, u"2026-03-13"_s);
        auto refused = office.issueAll(c, u"consultation_notice"_s, o, u"王芳"_s, CaseTestbed::today());
        QVERIFY(!refused);
        QVERIFY2(refused.problems().first().article == domain::art(19), qPrintable(refused.errorString()));
        QVERIFY(refused.errorString().contains(u"accept_short_lead"_s));
        QCOMPARE(bed.snapshot(), before); // no number taken
        o.acceptShortLead = true;
        auto numbered = office.issueAll(c, u"consultation_notice"_s, o, u"王芳"_s, CaseTestbed::today());
        QVERIFY2(numbered, qPrintable(numbered.errorString()));
        QCOMPARE(numbered->first().docNo, u"沪金环损磋告〔2026〕1号"_s);
    }

    // Amounts up to 999,999,999.99 in figures and in 大写 stay whole on one line; no page holds only the
    // signature or a date; U+3000 (附件 alignment) survives into the PDF.
    void amountsNeverBreakAndBlocksStayTogether()
    {
        CaseTestbed bed;
        PaperOffice office(bed.service(), jinshanUnit());
        const QString c = fiveParties(bed, u"999999999.99"_s);
        auto filed = office.issueAll(c, u"consultation_notice"_s, noticeOptions(u"party:1"_s), u"王芳"_s, CaseTestbed::today());
        QVERIFY2(filed, qPrintable(filed.errorString()));
        const QByteArray pdf = office.reprint(filed->first().id, u"pdf"_s).value();
        const QString layout = runTool(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s}, pdf, u".pdf"_s);
        QVERIFY2(!layout.isEmpty(), "pdftotext gave nothing");
        const QStringList lines = layout.split(u'\n');
        auto onOneLine = [&](const QString &s) {
            for (const QString &line : lines)
                if (squeezed(line).contains(s))
                    return true;
            return false;
        };
        QVERIFY(onOneLine(u"999,999,999.99"_s));
        QVERIFY2(onOneLine(u"人民币玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"_s), qPrintable(layout));
        QVERIFY(onOneLine(u"4,999,999,999.95"_s));
        QVERIFY(onOneLine(u"人民币肆拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角伍分"_s));
        checkNoLonePage(pdf, u"上海市金山区生态环境局"_s);
        // 附件 lines aligned with full-width spaces (U+3000): "2．" stands under "1．" (Qt's HTML reader
        // collapsed them before issue 11, and "2．" stood at the margin).
        // Measured on the page (pdftotext -bbox): "2．" starts three characters (3 × ~15.8 pt) right of "附件：".
        const QString boxes = runTool(u"pdftotext"_s, {u"-bbox"_s}, pdf, u".pdf"_s);
        static const QRegularExpression word(u"<word xMin=\"([0-9.]+)\"[^>]*>([^<]*)</word>"_s);
        double first = -1, second = -1;
        for (auto it = word.globalMatch(boxes); it.hasNext();) {
            const auto m = it.next();
            if (m.captured(2).startsWith(u"附件：1．"_s))
                first = m.captured(1).toDouble();
            if (m.captured(2).startsWith(u"2．鉴定评估报告"_s))
                second = m.captured(1).toDouble();
        }
        QVERIFY2(first > 0 && second - first > 40 && second - first < 56,
                 qPrintable(u"附件 at %1 pt, 2． at %2 pt: the U+3000 indent was lost"_s.arg(first).arg(second)));
    }

    // A page after the first must hold body text, not only the signature, a date, a contact or a number.
    static void checkNoLonePage(const QByteArray &pdf, const QString &unitName)
    {
        static const QRegularExpression date(u"^\\d{4}年\\d{1,2}月\\d{1,2}日$"_s);
        static const QRegularExpression number(u"^—\\d+—$"_s);
        const QStringList all = pages(pdfText(pdf));
        for (int p = 1; p < all.size(); ++p) {
            int body = 0;
            for (const QString &raw : all.at(p).split(u'\n')) {
                const QString line = squeezed(raw);
                if (line.isEmpty() || line == unitName || date.match(line).hasMatch() || number.match(line).hasMatch()
                    || line.startsWith(u"（联系人"_s))
                    continue;
                ++body;
            }
            QVERIFY2(body > 0, qPrintable(u"page %1 holds only a signature, a date or a contact:\n%2"_s.arg(p + 1).arg(all.at(p))));
        }
    }

    // Every paper of the five-party case, issued, then checked page by page.
    void everyPaperKeepsItsBlocks()
    {
        CaseTestbed bed;
        PaperOffice office(bed.service(), jinshanUnit());
        const QString c = fiveParties(bed);
        auto notices = office.issueAll(c, u"consultation_notice"_s, noticeOptions(), u"王芳"_s, CaseTestbed::today());
        QVERIFY(notices);
        agree(bed, office, c, notices.value());
        QList<service::FiledPaper> all = notices.value();
        PaperOptions record;
        record.parameters = {{u"place"_s, u"金山区生态环境局三楼会议室"_s}, {u"recorder"_s, u"周某"_s}};
        for (const auto &[type, options] : QList<std::pair<QString, PaperOptions>>{
                 {u"compensation_agreement"_s, {}}, {u"consultation_record"_s, record}, {u"case_approval"_s, {}},
                 {u"appraisal_commission"_s, {}}}) {
            auto paper = office.issue(c, type, options, u"王芳"_s, CaseTestbed::today());
            QVERIFY2(paper, qPrintable(type + u": "_s + paper.errorString()));
            all << paper.value();
        }
        for (const service::FiledPaper &p : all) {
            const QByteArray pdf = office.reprint(p.id, u"pdf"_s).value();
            checkNoLonePage(pdf, u"上海市金山区生态环境局"_s);
            QVERIFY2(!pdfText(pdf).contains(u"内部备注"_s) || p.paperType == u"case_approval", qPrintable(p.paperType));
        }
    }

    // An outgoing paper names a missing contact instead of printing it blank; a draft shows the gap.
    void missingContactNamed()
    {
        CaseTestbed bed;
        PaperOffice office(bed.service(), jinshanUnit(false));
        const QString c = fiveParties(bed);
        const auto before = bed.snapshot();
        auto refused = office.issueAll(c, u"consultation_notice"_s, noticeOptions(u"party:1"_s), u"王芳"_s, CaseTestbed::today());
        QVERIFY(!refused);
        QVERIFY2(refused.errorString().contains(u"单位联系人"_s) && refused.errorString().contains(u"联系电话"_s), qPrintable(refused.errorString()));
        QCOMPARE(bed.snapshot(), before);
        PaperOptions draft = noticeOptions(u"party:1"_s);
        draft.draft = true;
        auto preview = office.compose(c, u"consultation_notice"_s, draft);
        QVERIFY(preview);
        QVERIFY(preview->layout.html.contains(u"【待补：单位联系人"_s));
    }

    // The ODT opens in LibreOffice as the same paper: converted headless, the same text and page count.
    void odtOpensInLibreOffice()
    {
        const QString soffice = QStandardPaths::findExecutable(u"soffice"_s);
        if (soffice.isEmpty())
            QSKIP("LibreOffice is not installed (Debian package libreoffice-writer-nogui): the ODT is not converted here");
        CaseTestbed bed;
        PaperOffice office(bed.service(), jinshanUnit());
        const QString c = fiveParties(bed);
        auto filed = office.issueAll(c, u"consultation_notice"_s, noticeOptions(u"party:1"_s), u"王芳"_s, CaseTestbed::today());
        QVERIFY(filed);
        QTemporaryDir dir;
        const QString odtPath = dir.filePath(u"notice.odt"_s);
        QFile odt(odtPath);
        QVERIFY(odt.open(QIODevice::WriteOnly));
        odt.write(office.reprint(filed->first().id, u"odt"_s).value());
        odt.close();
        QProcess lo;
        lo.start(soffice, {u"-env:UserInstallation=file://"_s + dir.filePath(u"profile"_s), u"--headless"_s, u"--convert-to"_s,
                           u"pdf"_s, u"--outdir"_s, dir.path(), odtPath});
        QVERIFY(lo.waitForFinished(180000));
        QFile converted(dir.filePath(u"notice.pdf"_s));
        QVERIFY2(converted.open(QIODevice::ReadOnly), qPrintable(QString::fromUtf8(lo.readAllStandardError())));
        const QByteArray fromOdt = converted.readAll();
        const QByteArray original = office.reprint(filed->first().id, u"pdf"_s).value();
        const QString a = squeezed(pdfText(original)), b = squeezed(pdfText(fromOdt));
        for (const QString &phrase : {filed->first().docNo, u"上海某化工有限公司"_s, u"人民币陆拾万元整"_s, u"上午9时30分"_s,
                                      u"上海市金山区生态环境局"_s, u"2026年3月2日"_s, u"磋商意见回执"_s})
            QVERIFY2(a.contains(phrase) && b.contains(phrase), qPrintable(phrase));
        static const QRegularExpression pagesLine(u"Pages:\\s+(\\d+)"_s);
        const int pdfPages = pagesLine.match(pdfInfo(original)).captured(1).toInt();
        const int odtPages = pagesLine.match(pdfInfo(fromOdt)).captured(1).toInt();
        QVERIFY(pdfPages > 0);
        // LibreOffice paginates by its own rules (no moved signature block): within one page of the PDF.
        QVERIFY2(qAbs(odtPages - pdfPages) <= 1, qPrintable(u"ODT %1 pages, PDF %2"_s.arg(odtPages).arg(pdfPages)));
    }

    // Papers are commands: `apply` replays issue_paper and serve_paper like any other line, audited.
    void issueIsAnAuditedCommand()
    {
        CaseTestbed bed;
        PaperOffice office(bed.service(), jinshanUnit());
        const QString c = fiveParties(bed);
        QJsonObject command = PaperOffice::issueCommand(c, u"consultation_notice"_s, noticeOptions(u"party:2"_s));
        QCOMPARE(command.value(u"cmd"_s).toString(), u"issue_paper"_s);
        auto outcome = bed.service().execute(command, u"脚本"_s, CaseTestbed::today());
        QVERIFY2(outcome, qPrintable(outcome.errorString()));
        QCOMPARE(outcome->papersFiled.size(), 2);
        QCOMPARE(outcome->papersRenderedInLock, 0); // laid out before BEGIN IMMEDIATE, recorded inside
        auto entries = storage::audit::entriesForCase(bed.database().connection(), bed.service().resolve(c).value());
        QVERIFY(entries);
        QCOMPARE(entries->last().command, u"issue_paper"_s);
        QVERIFY(entries->last().payload.contains(u"\"party\":\"2\""_s));
        auto chain = storage::audit::verify(bed.database().connection());
        QVERIFY(chain && chain->intact());
    }
};

QTEST_MAIN(TestPaperActs)
#include "tst_paperacts.moc"
