// The papers of the second reading of the rules (issue 14), issued through the paper commands on the
// realistic cases of tests/data/rules-*.jsonl (replayed command by command through the real service):
// the application for enforcement of a confirmed agreement and of a judgment (细则第二十四条第二款), the
// statement of claim after a written refusal and after consultation judged impossible with punitive
// damages (第二十五条第一款, 第五条, 第二十六条), and the letter to the procuratorate — the reply to its
// public-interest notice and the hand-over of the claim (第三十三条). Each PDF is read back with pdftotext;
// every expected text is written here by hand. A paper whose data is missing is refused, naming what is
// missing, and changes nothing.
#include "tests/documents/paperchecks.h"
#include "tests/service/casetestbed.h"

#include "core/documents/paperoffice.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using namespace ecoclaim::documents;
using namespace ecoclaim::test;

namespace {

PaperSettings units()
{
    PaperSettings s;
    s.setUnit(u"310117"_s, u"district_ecology"_s,
              UnitPaperSettings{u"上海市松江区生态环境局"_s, u"沪松环损"_s, u"陆文斌"_s, u"021-57736000"_s, u"松江区荣乐中路60号"_s});
    s.setUnit(u"310114"_s, u"district_ecology"_s,
              UnitPaperSettings{u"上海市嘉定区生态环境局"_s, u"沪嘉环损"_s, u"顾敏"_s, u"021-59990000"_s, u"嘉定区博乐路70号"_s});
    s.setUnit(u"310104"_s, u"district_water"_s,
              UnitPaperSettings{u"上海市徐汇区水务局"_s, u"沪徐水损"_s, u"沈洁"_s, u"021-64870000"_s, u"徐汇区漕溪北路336号"_s});
    s.setUnit(u"310116"_s, u"district_ecology"_s,
              UnitPaperSettings{u"上海市金山区生态环境局"_s, u"沪金环损"_s, u"李敏"_s, u"021-57921234"_s, u"金山区金山大道2000号"_s});
    return s;
}

// Replays the commands of case `ref` in a scenario file (tests/data), skipping the lines meant to be
// refused and the checks, until `until` has been applied `times` times. Returns the case number.
QString replay(CaseTestbed &bed, const QString &scenario, const QString &ref, const QString &until, int times = 1)
{
    QFile f(QStringLiteral(ECOCLAIM_SOURCE_DIR) + u"/tests/data/"_s + scenario);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString number;
    int seen = 0;
    for (const QByteArray &raw : f.readAll().split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.contains(u"expect"_s) || o.contains(u"expect_refused"_s))
            continue;
        if (o.value(u"ref"_s).toString() != ref && o.value(u"case"_s).toString() != ref)
            continue;
        o.remove(u"ref"_s);
        o.remove(u"case"_s);
        // Files named by the scenario are resources of the program (":/demo/…"), as tst_rules reads them.
        const QString applied = bed.apply(o, number);
        if (applied.isEmpty())
            return {};
        number = applied;
        if (o.value(u"cmd"_s).toString() == until && ++seen == times)
            return number;
    }
    return {};
}

// The PDF of a filed paper, as text without white space and page numbers (a page may end mid-sentence).
QString paperText(PaperOffice &office, qint64 id)
{
    auto pdf = office.reprint(id, u"pdf"_s);
    if (!pdf)
        return {};
    // ECOCLAIM_PAPERS_OUT=DIR keeps each PDF there, to look at its pages (pdftoppm -r 60 -png).
    if (const QString dir = qEnvironmentVariable("ECOCLAIM_PAPERS_OUT"); !dir.isEmpty()) {
        QFile out(dir + u"/%1-%2.pdf"_s.arg(QString::fromLatin1(QTest::currentTestFunction())).arg(id));
        if (out.open(QIODevice::WriteOnly))
            out.write(pdf.value());
    }
    return squeezed(pdfText(pdf.value())).remove(QRegularExpression(u"—\\d+—"_s));
}

void checkPage(PaperOffice &office, qint64 id)
{
    auto pdf = office.reprint(id, u"pdf"_s);
    QVERIFY(pdf);
    const QString info = pdfInfo(pdf.value());
    QVERIFY2(info.contains(u"595.276 x 841.89 pts (A4)"_s) || info.contains(u"595 x 842 pts (A4)"_s), qPrintable(info));
    QVERIFY2(!pdfText(pdf.value()).contains(u"【待补"_s), "a missing value was printed");
}

void containsAll(const QString &text, const QStringList &expected)
{
    for (const QString &e : expected)
        QVERIFY2(text.contains(squeezed(e)), qPrintable(u"missing \""_s + e + u"\" in:\n"_s + text));
}

} // namespace

class TestPaperCourt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // 第二十四条第二款: the confirmed agreement's second and third instalments unpaid, enforcement applied for
    // on 2025-12-15 and accepted; the application states the ruling, the debtor, what is unpaid and the court.
    void enforcementOfAConfirmedAgreement()
    {
        CaseTestbed bed;
        PaperOffice office(bed.service(), units());
        const QString c = replay(bed, u"rules-01-enforcement.jsonl"_s, u"E"_s, u"record_enforcement_step"_s);
        QVERIFY(!c.isEmpty());
        PaperOptions o;
        o.datedOn = QDate(2026, 1, 6);
        auto paper = office.issue(c, u"enforcement_application"_s, o, u"陆文斌"_s, CaseTestbed::today());
        QVERIFY2(paper, qPrintable(paper.errorString()));
        QCOMPARE(paper->docNo, QString()); // an application to the court takes no number of the unit
        QCOMPARE(paper->datedOn, QDate(2025, 12, 15)); // the day enforcement was applied for, not the day printed
        const QString t = paperText(office, paper->id);
        containsAll(t, {u"强制执行申请书"_s,
                        u"申请执行人：上海市松江区生态环境局，住所：松江区荣乐中路60号"_s,
                        u"被执行人：名称：上海鑫达建材有限公司"_s, u"91310000132200821H"_s, u"法定代表人：沈建华"_s,
                        u"一、被执行人支付尚未履行的生态环境损害赔偿款人民币240,000.00元（大写：人民币贰拾肆万元整）"_s,
                        u"二、本案执行费用由被执行人承担。"_s,
                        u"申请执行人与被执行人于2025年6月25日签订《生态环境损害赔偿协议》"_s,
                        u"上海市第三中级人民法院于2025年8月12日作出（2025）沪03民特88号民事裁定书，确认该协议有效"_s,
                        u"应当支付生态环境损害赔偿款人民币360,000.00元（大写：人民币叁拾陆万元整），已履行人民币120,000.00元"_s,
                        u"尚有人民币240,000.00元（大写：人民币贰拾肆万元整）未履行"_s,
                        u"细则》第二十四条第二款"_s, u"失信被执行人名单（细则第三十条第二款）"_s,
                        u"此致上海市第三中级人民法院"_s, u"申请执行人（盖章）：上海市松江区生态环境局"_s, u"2025年12月15日"_s,
                        u"附件：1．执行依据副本及生效证明"_s});
        // The agreement is in money alone (第三十四条第二款): no restoration is sought.
        QVERIFY2(!t.contains(u"履行生态环境修复义务"_s), qPrintable(t));
        checkPage(office, paper->id);
    }

    // A judgment not performed: 200,000 yuan awarded, nothing paid yet; the debtor is a natural person.
    void enforcementOfAJudgment()
    {
        CaseTestbed bed;
        PaperOffice office(bed.service(), units());
        const QString c = replay(bed, u"rules-01-enforcement.jsonl"_s, u"J"_s, u"apply_enforcement"_s);
        QVERIFY(!c.isEmpty());
        auto paper = office.issue(c, u"enforcement_application"_s, {}, u"陆文斌"_s, CaseTestbed::today());
        QVERIFY2(paper, qPrintable(paper.errorString()));
        QCOMPARE(paper->datedOn, QDate(2026, 6, 1));
        const QString t = paperText(office, paper->id);
        containsAll(t, {u"被执行人：姓名：张某"_s, u"11010519491231002X"_s,
                        u"上海市第三中级人民法院于2026年4月20日作出（2026）沪03民初45号民事判决书，判令被执行人承担生态环境损害赔偿责任"_s,
                        u"一、被执行人支付尚未履行的生态环境损害赔偿款人民币200,000.00元（大写：人民币贰拾万元整）"_s,
                        u"此致上海市第三中级人民法院"_s, u"2026年6月1日"_s});
        QVERIFY2(!t.contains(u"法定代表人"_s) && !t.contains(u"已履行人民币"_s), qPrintable(t));
        checkPage(office, paper->id);
    }

    // No confirmed agreement nor judgment: nothing to enforce — refused, naming what is missing, nothing changed.
    void enforcementWithoutABasisIsRefused()
    {
        CaseTestbed bed;
        PaperOffice office(bed.service(), units());
        const QString c = bed.caseAt(domain::Stage::Agreement);
        QVERIFY(!c.isEmpty());
        const auto before = bed.snapshot();
        auto refused = office.issue(c, u"enforcement_application"_s, {}, u"王芳"_s, CaseTestbed::today());
        QVERIFY(!refused);
        QVERIFY2(refused.errorString().contains(u"执行依据"_s), qPrintable(refused.errorString()));
        QVERIFY2(refused.errorString().contains(u"执行法院"_s), qPrintable(refused.errorString()));
        QCOMPARE(bed.snapshot(), before);
    }

    // 第二十五条第一款第一项: the party refused consultation in writing; the suit filed on 2026-07-10 claims the
    // appraisal's amounts by category of 第五条 and the restoration of the plan.
    void statementOfClaimAfterARefusal()
    {
        CaseTestbed bed;
        PaperOffice office(bed.service(), units());
        const QString c = replay(bed, u"rules-03-sue-promptly.jsonl"_s, u"P1"_s, u"file_litigation"_s);
        QVERIFY(!c.isEmpty());
        auto paper = office.issue(c, u"statement_of_claim"_s, {}, u"顾敏"_s, CaseTestbed::today());
        QVERIFY2(paper, qPrintable(paper.errorString()));
        QCOMPARE(paper->datedOn, QDate(2026, 7, 10));
        const QString t = paperText(office, paper->id);
        containsAll(t, {u"民事起诉状"_s, u"原告：上海市嘉定区生态环境局，住所：嘉定区博乐路70号"_s,
                        u"被告：名称：上海华峰电镀有限公司"_s,
                        u"一、判令被告赔偿生态环境损害共计人民币545,000.00元（大写：人民币伍拾肆万伍仟元整），其中"
                        "生态环境受到损害至修复完成期间服务功能丧失导致的损失人民币90,000.00元，"
                        "生态环境损害调查、鉴定评估等费用人民币35,000.00元，"
                        "清除污染、修复生态环境费用人民币420,000.00元（细则第五条）"_s,
                        u"二、判令被告按照生态环境修复方案对约600米河段履行修复义务，修复目标为恢复至基线"_s,
                        u"三、判令被告承担本案诉讼费用。"_s,
                        u"原告于2026年6月11日向被告送达《生态环境损害赔偿磋商告知书》，被告于2026年6月15日明确拒绝磋商"_s,
                        u"第二十五条第一款第一项“赔偿义务人明确拒绝磋商或在磋商告知书答复期限内逾期未答复的”情形，视为磋商未达成一致"_s,
                        u"上海市环境科学研究院司法鉴定所鉴定评估（2026年6月5日），认定：河段底泥受镍污染"_s,
                        u"此致上海市第三中级人民法院"_s, u"具状人（盖章）：上海市嘉定区生态环境局"_s, u"2026年7月10日"_s,
                        u"附件：1．本状副本一份"_s});
        QVERIFY2(!t.contains(u"惩罚性赔偿"_s), qPrintable(t));
        checkPage(office, paper->id);
    }

    // 第二十五条第一款第四项 and 第二十六条: consultation judged impossible; the suit claims four categories and
    // 300,000 yuan of punitive damages on the intent and consequences recorded.
    void statementOfClaimWithPunitiveDamages()
    {
        CaseTestbed bed;
        PaperOffice office(bed.service(), units());
        const QString c = replay(bed, u"rules-07-punitive-and-simplified.jsonl"_s, u"K"_s, u"file_litigation"_s);
        QVERIFY(!c.isEmpty());
        auto paper = office.issue(c, u"statement_of_claim"_s, {}, u"陆文斌"_s, CaseTestbed::today());
        QVERIFY2(paper, qPrintable(paper.errorString()));
        const QString t = paperText(office, paper->id);
        containsAll(t, {u"被告：名称：上海金源再生资源有限公司"_s,
                        u"一、判令被告赔偿生态环境损害共计人民币1,260,000.00元（大写：人民币壹佰贰拾陆万元整），其中"
                        "生态环境受到损害至修复完成期间服务功能丧失导致的损失人民币180,000.00元，"
                        "生态环境功能永久性损害造成的损失人民币120,000.00元，"
                        "生态环境损害调查、鉴定评估等费用人民币60,000.00元，"
                        "清除污染、修复生态环境费用人民币900,000.00元（细则第五条）"_s,
                        u"三、判令被告承担惩罚性赔偿金人民币300,000.00元（大写：人民币叁拾万元整）（细则第二十六条）"_s,
                        u"四、判令被告承担本案诉讼费用。"_s,
                        u"第二十五条第一款第四项"_s, u"2026年5月14日，义务人拒绝任何赔偿方案。"_s,
                        u"被告明知危险废物须交有资质单位处置，为节省费用故意倾倒，刑事判决已认定，造成约3亩林地土壤严重污染，清理修复费用逾90万元"_s,
                        u"民法典》第一千二百三十二条及细则第二十六条主张惩罚性赔偿"_s,
                        u"经调查，损害范围：约3亩；损害程度：严重"_s, // no site recorded: not "位于，"
                        u"2026年5月20日"_s});
        checkPage(office, paper->id);
    }

    // Consultation still running with nobody refusing: there is no ground to sue on yet (第二十五条第一款).
    void statementOfClaimWithoutAFailureIsRefused()
    {
        CaseTestbed bed;
        PaperOffice office(bed.service(), units());
        const QString c = bed.caseAt(domain::Stage::Consultation);
        QVERIFY(!c.isEmpty());
        const auto before = bed.snapshot();
        auto refused = office.issue(c, u"statement_of_claim"_s, {}, u"王芳"_s, CaseTestbed::today());
        QVERIFY(!refused);
        QVERIFY2(refused.errorString().contains(u"磋商未达成一致的情形"_s), qPrintable(refused.errorString()));
        QVERIFY2(refused.errorString().contains(u"受诉人民法院"_s), qPrintable(refused.errorString()));
        QCOMPARE(bed.snapshot(), before);
        // The court given by the caseworker does not make up for the missing ground.
        PaperOptions o;
        o.parameters = {{u"court"_s, u"上海市第三中级人民法院"_s}};
        auto still = office.issue(c, u"statement_of_claim"_s, o, u"王芳"_s, CaseTestbed::today());
        QVERIFY(!still);
        QVERIFY(!still.errorString().contains(u"受诉人民法院"_s));
        QCOMPARE(bed.snapshot(), before);
    }

    // 第三十三条第二款: the claim handed over to the procuratorate's public-interest suit; the letter is
    // numbered in the unit's series, dated with the decision and addressed to the procuratorate.
    void letterHandingOverToThePublicInterestSuit()
    {
        CaseTestbed bed;
        PaperOffice office(bed.service(), units());
        const QString c = replay(bed, u"rules-10-smaller-duties.jsonl"_s, u"H"_s, u"terminate_claim"_s);
        QVERIFY(!c.isEmpty());
        auto paper = office.issue(c, u"procuratorate_letter"_s, {}, u"沈洁"_s, CaseTestbed::today());
        QVERIFY2(paper, qPrintable(paper.errorString()));
        QCOMPARE(paper->docNo, u"沪徐水损检函〔2026〕1号"_s);
        QCOMPARE(paper->datedOn, QDate(2026, 10, 9));
        const QString t = paperText(office, paper->id);
        containsAll(t, {u"生态环境损害赔偿与检察公益诉讼衔接函"_s, u"沪徐水损检函〔2026〕1号"_s, u"上海市徐汇区人民检察院："_s,
                        u"于2026年10月8日与贵院进行了沟通（沪徐检民公〔2026〕12号）"_s,
                        u"通过民事公益诉讼进行索赔更有利于节约司法资源、维护社会公共利益"_s,
                        u"于2026年10月9日决定终止本案生态环境损害索赔程序，由贵院依法启动民事公益诉讼程序"_s,
                        u"同一行为另涉非法排污刑事案件，检察机关提起刑事附带民事公益诉讼更有利于节约司法资源。"_s,
                        u"特此函告。"_s, u"附件：线索、调查及鉴定评估材料"_s, u"上海市徐汇区水务局"_s, u"2026年10月9日"_s,
                        u"联系人：沈洁"_s, u"021-64870000"_s});
        QVERIFY2(!t.contains(u"中止办理"_s), qPrintable(t));
        checkPage(office, paper->id);
    }

    // 第三十三条第一款: the procuratorate's notice of a public-interest suit, answered within its announcement
    // period that the bureau starts the compensation claim (the procuratorate may suspend its suit).
    void replyToTheProcuratoratesNotice()
    {
        CaseTestbed bed;
        PaperOffice office(bed.service(), units());
        const QString c = bed.caseAt(domain::Stage::Investigation);
        QVERIFY(!c.isEmpty());
        QVERIFY(!bed.apply(json(R"({"cmd":"link_proceeding","kind":"public_interest","authority":"上海市金山区人民检察院",
            "reference":"沪金检民公告〔2026〕3号","started_on":"2026-01-26","announcement_ends_on":"2026-02-25"})"), c).isEmpty());
        QVERIFY(!bed.apply(json(R"({"cmd":"reply_to_procuratorate","proceeding":1,"replied_on":"2026-02-10","note":"书面回复：已启动赔偿程序。"})"), c).isEmpty());
        auto paper = office.issue(c, u"procuratorate_letter"_s, {}, u"李敏"_s, CaseTestbed::today());
        QVERIFY2(paper, qPrintable(paper.errorString()));
        QCOMPARE(paper->docNo, u"沪金环损检函〔2026〕1号"_s);
        QCOMPARE(paper->datedOn, QDate(2026, 2, 10)); // the reply recorded
        const QString t = paperText(office, paper->id);
        containsAll(t, {u"上海市金山区人民检察院："_s,
                        u"贵院于2026年1月26日以沪金检民公告〔2026〕3号书面通报金山区某化工企业渗漏污染土壤案拟提起民事公益诉讼事宜（公告期至2026年2月25日），我局已收悉（案件编号："_s + c + u"）"_s,
                        u"我局已决定启动生态环境损害赔偿程序，并于2026年1月21日立案"_s,
                        u"请贵院与我局协商后中止办理该民事公益诉讼案件"_s, u"特此函复。"_s, u"2026年2月10日"_s,
                        u"联系人：李敏"_s});
        QVERIFY2(!t.contains(u"附件"_s) && !t.contains(u"由贵院依法启动"_s), qPrintable(t));
        checkPage(office, paper->id);
    }

    // No procuratorate on the case: nothing to reply to — refused, nothing numbered.
    void letterWithoutAProcuratorateIsRefused()
    {
        CaseTestbed bed;
        PaperOffice office(bed.service(), units());
        const QString c = bed.caseAt(domain::Stage::Investigation);
        const auto before = bed.snapshot();
        auto refused = office.issue(c, u"procuratorate_letter"_s, {}, u"王芳"_s, CaseTestbed::today());
        QVERIFY(!refused);
        QVERIFY2(refused.errorString().contains(u"检察机关"_s), qPrintable(refused.errorString()));
        QCOMPARE(bed.snapshot(), before);
    }
};

QTEST_MAIN(TestPaperCourt)
#include "tst_papercourt.moc"
