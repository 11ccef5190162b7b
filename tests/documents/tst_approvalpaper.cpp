// The 立案审批表 shows the approval (issue 17 ¶4), on both engines: a caseworker of 金山区 proposes filing, and
// the form, read back from its PDF with pdftotext, says who proposed (name and role) and on which day, and
// that the unit head's approval is pending; once the unit head approves, who approved and when; a refused
// proposal prints the refusal and its reason; a unit head's own filing prints them as the approver; on a
// database without accounts the signature lines stay blank for the hand. On a server the caseworker reads
// the unit head's name although the accounts table shows each login only its own row.

#include "tests/documents/paperchecks.h"
#include "tests/service/casetestbed.h"
#include "tests/service/signedindesk.h"

#include "core/documents/paperoffice.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using namespace ecoclaim::documents;
using namespace ecoclaim::test;
using ecoclaim::domain::Role;

namespace {

PaperSettings jinshanUnit()
{
    PaperSettings s;
    s.setUnit(u"310116"_s, u"district_ecology"_s,
              UnitPaperSettings{u"上海市金山区生态环境局"_s, u"沪金环损"_s, u"李敏"_s, u"021-57921234"_s, u"金山区金山大道2000号"_s});
    return s;
}

// The day a record made now carries, written as the paper writes dates — computed here, not by the code.
QString chineseDay(QDate d)
{
    return u"%1年%2月%3日"_s.arg(d.year()).arg(d.month()).arg(d.day());
}

// The paper's lines as printed (pdftotext -layout: a table row's cells side by side on one line), each
// without its spaces; joined by '|' so that a check names what stands on one line.
QString paperText(PaperOffice &office, qint64 documentId)
{
    auto pdf = office.reprint(documentId, u"pdf"_s);
    if (!pdf)
        return u"(no PDF: %1)"_s.arg(pdf.errorString());
    if (const QString shots = qEnvironmentVariable("ECOCLAIM_SHOTS"); !shots.isEmpty()) { // to look at (pdftoppm)
        QFile out(u"%1/case_approval-%2.pdf"_s.arg(shots).arg(documentId));
        if (out.open(QIODevice::WriteOnly))
            out.write(pdf.value());
    }
    QStringList lines = runTool(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s}, pdf.value(), u".pdf"_s).split(u'\n');
    for (QString &line : lines)
        line.remove(QRegularExpression(u"\\s"_s));
    lines.removeAll(QString());
    return u"|"_s + lines.join(u'|') + u"|"_s;
}

} // namespace

class TestApprovalPaper : public QObject
{
    Q_OBJECT

    std::unique_ptr<CaseTestbed> bed;



    // A clue of 金山区 taken to a verified finding of damage, as `desk`.
    static QString verifiedClue(service::CaseService &desk, const char *title)
    {
        return verifiedJinshanClue(desk, title, "土壤中检出苯系物超过筛选值。");
    }

private Q_SLOTS:
    void init() { bed = std::make_unique<CaseTestbed>(); }
    void cleanup()
    {
        dropServerLogins(bed.get(), {"admin", "cw_js", "head_js"});
        bed.reset();
    }

    void formShowsWhoProposedAndWhoApproved()
    {
        service::Accounts accounts(bed->service());
        QVERIFY(accounts.add(jinshanAccount("admin", u"赵管理"_s, Role::Admin), u"setup"_s));
        if (!onPostgres())
            QVERIFY(accounts.signIn(loginOf("admin"), password));
        QVERIFY(accounts.add(jinshanAccount("cw_js", u"王芳"_s, Role::Caseworker), u"setup"_s));
        QVERIFY(accounts.add(jinshanAccount("head_js", u"李强"_s, Role::UnitHead), u"setup"_s));
        Desk js(bed->path(), loginOf("cw_js"), password);
        Desk head(bed->path(), loginOf("head_js"), password);
        QVERIFY2(js.ok() && head.ok(), qPrintable(js.problems.toString() + head.problems.toString()));
        PaperOffice office(*js.service, jinshanUnit());

        const QDate before = QDate::currentDate();
        const QString approved = verifiedClue(*js.service, "金山区某化工企业渗漏污染土壤案");
        const QString refused = verifiedClue(*js.service, "金山区某养殖场废水直排案");
        QVERIFY(!approved.isEmpty() && !refused.isEmpty());
        QJsonObject file = json(R"({"cmd":"file_case","filed_on":"2026-01-21"})");
        file.insert(u"case"_s, approved);
        auto proposal = js.service->execute(file, {}, CaseTestbed::today());
        QVERIFY2(proposal && proposal->proposalId > 0, qPrintable(proposal.errorString()));
        file.insert(u"case"_s, refused);
        auto proposalToo = js.service->execute(file, {}, CaseTestbed::today());
        QVERIFY(proposalToo && proposalToo->proposalId > 0);

        // Pending: the form can only be a marked draft (no filing date yet), and says who asks and since when.
        PaperOptions draft;
        draft.draft = true;
        auto pendingForm = office.issue(approved, u"case_approval"_s, draft, {}, CaseTestbed::today());
        QVERIFY2(pendingForm, qPrintable(pendingForm.errorString()));
        const QDate after = QDate::currentDate();
        QString text = paperText(office, pendingForm->id);
        const QString asked = text.contains(u"提请日期："_s + chineseDay(before)) ? chineseDay(before) : chineseDay(after);
        QVERIFY2(text.contains(u"|提请人：王芳（承办人）|提请日期："_s + asked + u'|'), qPrintable(text));
        QVERIFY2(text.contains(u"待部门负责人审批|"_s), qPrintable(text));
        QVERIFY2(text.contains(u"（王芳（承办人）于"_s + asked + u"提请）|"_s), qPrintable(text));
        QVERIFY(!text.contains(u"审批人："_s));
        QVERIFY(!text.contains(u"同意立案"_s));

        // Approved: the unit head's name and role, and the day.
        // The approval is stamped with the day it is made (the clock, not the --today of the case's dates):
        // read around it, so a run across midnight still finds its day.
        const QDate beforeApproval = QDate::currentDate();
        auto done = head.service->approve(proposal->proposalId, {}, CaseTestbed::today());
        QVERIFY2(done, qPrintable(done.errorString()));
        auto form = office.issue(approved, u"case_approval"_s, {}, {}, CaseTestbed::today());
        QVERIFY2(form, qPrintable(form.errorString()));
        text = paperText(office, form->id);
        const QString decided = text.contains(u"审批日期："_s + chineseDay(beforeApproval)) ? chineseDay(beforeApproval)
                                                                                        : chineseDay(QDate::currentDate());
        QVERIFY2(text.contains(u"|提请人：王芳（承办人）|提请日期："_s + asked + u'|'), qPrintable(text));
        QVERIFY2(text.contains(u"同意立案。|"_s), qPrintable(text));
        QVERIFY2(text.contains(u"审批人：李强（部门负责人）|审批日期："_s + decided + u'|'), qPrintable(text));
        QVERIFY(!text.contains(u"待部门负责人审批"_s));
        QVERIFY(text.contains(u"2026年1月21日"_s)); // the filing date

        // Refused: the reason and who refused.
        QVERIFY(head.service->refuseProposal(proposalToo->proposalId, u"现场勘查笔录缺失，补充后再报。"_s, {}));
        auto refusedForm = office.issue(refused, u"case_approval"_s, draft, {}, CaseTestbed::today());
        QVERIFY2(refusedForm, qPrintable(refusedForm.errorString()));
        text = paperText(office, refusedForm->id);
        QVERIFY2(text.contains(u"不同意立案：现场勘查笔录缺失，补充后再报。|"_s), qPrintable(text));
        QVERIFY2(text.contains(u"审批人：李强（部门负责人）|审批日期："_s + decided + u'|'), qPrintable(text));
        QVERIFY(text.contains(u"|提请人：王芳（承办人）|"_s));
        QVERIFY(!text.contains(u"待部门负责人审批"_s));

        // The unit head files a case directly: no proposer, the unit head as the one who decided.
        const QString direct = verifiedClue(*head.service, "金山区某码头油污泄漏案");
        file.insert(u"case"_s, direct);
        auto filed = head.service->execute(file, {}, CaseTestbed::today());
        QVERIFY2(filed && filed->proposalId == 0, qPrintable(filed.errorString()));
        auto directForm = office.issue(direct, u"case_approval"_s, {}, {}, CaseTestbed::today());
        QVERIFY2(directForm, qPrintable(directForm.errorString()));
        text = paperText(office, directForm->id);
        QVERIFY2(text.contains(u"同意立案（部门负责人决定立案）。|"_s), qPrintable(text));
        QVERIFY2(text.contains(u"审批人：李强（部门负责人）|审批日期："_s + decided + u'|'), qPrintable(text));
        QVERIFY(!text.contains(u"提请人"_s));
    }

    // A database without accounts: nobody proposed or approved in the program — the lines are for the hand.
    void withoutAccountsTheLinesStayForTheHand()
    {
        PaperOffice office(bed->service(), jinshanUnit());
        const QString c = verifiedClue(bed->service(), "金山区某化工企业渗漏污染土壤案");
        QVERIFY(!bed->apply(json(R"({"cmd":"file_case","filed_on":"2026-01-21"})"), c).isEmpty());
        auto form = office.issue(c, u"case_approval"_s, {}, {}, CaseTestbed::today());
        QVERIFY2(form, qPrintable(form.errorString()));
        const QString text = paperText(office, form->id);
        QCOMPARE(text.count(u"|签名：日期：|"_s), 3); // 承办意见, 部门负责人意见, 分管领导审批
        QVERIFY(!text.contains(u"审批人"_s));
        QVERIFY(!text.contains(u"提请人"_s));
    }
};

QTEST_MAIN(TestApprovalPaper)
#include "tst_approvalpaper.moc"
