// The papers on the case file: numbers from the yearly series per paper type and unit, versions kept
// and reprinted byte for byte, the timeline and audit of each, service (the notice's through the
// lifecycle command), archived cases refusing — each in one transaction that changes nothing when refused.
#include "tests/documents/paperchecks.h"
#include "tests/service/casetestbed.h"

#include "core/documents/paperoffice.h"
#include "core/storage/auditlog.h"
#include "core/storage/contenthash.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using namespace ecoclaim::documents;
using namespace ecoclaim::test;

class TestPaperRegister : public QObject
{
    Q_OBJECT

private:
    static PaperOptions notice(QDate datedOn = QDate(2026, 3, 1))
    {
        PaperOptions o;
        o.parameters = {{u"meeting_place"_s, u"金山区生态环境局会议室"_s}, {u"meeting_on"_s, u"2026-03-16"_s},
                        {u"meeting_time"_s, u"上午9时30分"_s}, {u"reply_due_on"_s, u"2026-03-10"_s}};
        o.datedOn = datedOn;
        return o;
    }

private Q_SLOTS:
    void numbersFollowTheYearlySeries()
    {
        CaseTestbed bed;
        PaperOffice office(bed.service(), settingsWithContacts());
        const QString a = bed.caseAt(domain::Stage::Consultation);
        const QString b = bed.caseAt(domain::Stage::Consultation);
        const QString c = bed.caseAt(domain::Stage::Consultation);
        auto first = office.issue(a, u"consultation_notice"_s, notice(), u"王芳"_s);
        QVERIFY2(first, qPrintable(first.errorString()));
        QCOMPARE(first->docNo, u"沪金环损磋告〔2026〕1号"_s);
        QCOMPARE(first->version, 1);
        QCOMPARE(first->subject, u"party:1"_s);
        QCOMPARE(first->datedOn, QDate(2026, 3, 1));
        auto second = office.issue(b, u"consultation_notice"_s, notice(), u"王芳"_s);
        QVERIFY(second);
        QCOMPARE(second->docNo, u"沪金环损磋告〔2026〕2号"_s);
        // A new version keeps its number and does not consume one.
        auto again = office.issue(a, u"consultation_notice"_s, notice(), u"王芳"_s);
        QVERIFY(again);
        QCOMPARE(again->docNo, first->docNo);
        QCOMPARE(again->version, 2);
        // Another paper type has its own series; a new year starts again at 1.
        auto agreement = office.issue(a, u"compensation_agreement"_s, notice(), u"王芳"_s);
        QVERIFY2(agreement, qPrintable(agreement.errorString()));
        QCOMPARE(agreement->docNo, u"沪金环损协〔2026〕1号"_s);
        PaperOptions december = notice(QDate(2025, 12, 1)); // a paper of another year: that year's series
        december.parameters.insert(u"meeting_on"_s, u"2025-12-15"_s);
        december.parameters.insert(u"reply_due_on"_s, u"2025-12-10"_s);
        auto otherYear = office.issue(c, u"consultation_notice"_s, december, u"王芳"_s);
        QVERIFY2(otherYear, qPrintable(otherYear.errorString()));
        QCOMPARE(otherYear->docNo, u"沪金环损磋告〔2025〕1号"_s);
        // A draft is filed, marked and never numbered.
        PaperOptions draft = notice();
        draft.draft = true;
        auto drafted = office.issue(b, u"consultation_notice"_s, draft, u"王芳"_s);
        QVERIFY(drafted);
        QVERIFY(drafted->draft);
        QVERIFY(drafted->docNo.isEmpty());
        QCOMPARE(drafted->version, 2);
        // The number is printed on the paper.
        auto pdf = office.reprint(first->id, u"pdf"_s);
        QVERIFY(pdf);
        QVERIFY(squeezed(pdfText(pdf.value())).contains(u"沪金环损磋告〔2026〕1号"_s));
        // A unit's own prefix.
        PaperSettings settings;
        settings.setUnit(u"310116"_s, u"district_ecology"_s, UnitPaperSettings{u"上海市金山区生态环境局"_s, u"沪金环"_s, u"李敏"_s, u"021-57921234"_s, {}});
        PaperOffice configured(bed.service(), settings);
        auto prefixed = configured.issue(c, u"compensation_agreement"_s, notice(), u"王芳"_s);
        QVERIFY(prefixed);
        QCOMPARE(prefixed->docNo, u"沪金环协〔2026〕2号"_s);
    }

    void versionsAreKeptAndReprinted()
    {
        CaseTestbed bed;
        PaperOffice office(bed.service(), settingsWithContacts());
        const QString a = bed.caseAt(domain::Stage::Consultation);
        auto v1 = office.issue(a, u"consultation_notice"_s, notice(), u"王芳"_s);
        QVERIFY(v1);
        PaperOptions changed = notice();
        changed.parameters.insert(u"meeting_place"_s, u"金山区政府第二会议室"_s);
        auto v2 = office.issue(a, u"consultation_notice"_s, changed, u"王芳"_s);
        QVERIFY(v2);
        auto papers = office.paperRegister().papersOf(v1->caseId);
        QVERIFY(papers);
        QCOMPARE(papers->size(), 4); // two versions of the notice, each with its 送达回证
        for (const service::FiledPaper &p : papers.value()) {
            for (const QString &format : {u"pdf"_s, u"odt"_s}) {
                auto bytes = office.reprint(p.id, format);
                QVERIFY2(bytes, qPrintable(bytes.errorString()));
                QCOMPARE(storage::digestOf(bytes.value()).sha256, format == u"pdf" ? p.pdfSha256 : p.odtSha256);
            }
        }
        QVERIFY(squeezed(pdfText(office.reprint(v1->id, u"pdf"_s).value())).contains(u"金山区生态环境局会议室"_s));
        QVERIFY(squeezed(pdfText(office.reprint(v2->id, u"pdf"_s).value())).contains(u"金山区政府第二会议室"_s));
        QVERIFY(squeezed(odtContent(office.reprint(v2->id, u"odt"_s).value())).contains(u"金山区政府第二会议室"_s));
        QCOMPARE(v2->parameters.value(u"meeting_place"_s).toString(), u"金山区政府第二会议室"_s);
        // Timeline and audit record each paper; the chain stays intact.
        auto file = bed.service().caseFile(a);
        QVERIFY(file);
        int events = 0;
        for (const domain::TimelineEvent &e : file->timeline)
            events += e.command == u"issue_paper" ? 1 : 0;
        QCOMPARE(events, 2);
        auto chain = storage::audit::verify(bed.database().connection());
        QVERIFY(chain);
        QVERIFY(chain->intact());
        auto entries = storage::audit::entriesForCase(bed.database().connection(), file->id);
        QVERIFY(entries);
        QVERIFY(entries->last().changes.contains(v2->pdfSha256)); // the documents row as filed
        QVERIFY(!office.reprint(999, u"pdf"_s));
    }

    void refusalsChangeNothing()
    {
        CaseTestbed bed;
        PaperOffice office(bed.service(), settingsWithContacts());
        const QString archived = bed.caseAt(domain::Stage::Archived);
        const QString consulting = bed.caseAt(domain::Stage::Consultation);
        const auto before = bed.snapshot();
        // Art. 42: the archived volume is closed.
        auto refused = office.issue(archived, u"evaluation_opinion"_s, notice(), u"王芳"_s);
        QVERIFY(!refused);
        QVERIFY2(refused.problems().first().article == domain::art(42), qPrintable(refused.errorString()));
        // Missing data: every field named, nothing filed, no number used.
        PaperOptions bare;
        bare.datedOn = QDate(2026, 3, 1);
        auto missing = office.issue(consulting, u"consultation_notice"_s, bare, u"王芳"_s);
        QVERIFY(!missing);
        QVERIFY(missing.problems().size() >= 3);
        QVERIFY(!office.issue(u"2099-310116-0001"_s, u"consultation_notice"_s, notice(), u"王芳"_s));
        QVERIFY(!office.issue(consulting, u"no_such_paper"_s, notice(), u"王芳"_s));
        QCOMPARE(bed.snapshot(), before);
        auto next = office.issue(consulting, u"consultation_notice"_s, notice(), u"王芳"_s);
        QVERIFY(next);
        QCOMPARE(next->docNo, u"沪金环损磋告〔2026〕1号"_s);
    }

    // The notice is served through serve_paper, the lifecycle's service with the dates it printed: one service
    // date, the one that starts the 90 days (Art. 22) and meets the 5-working-day lead (Art. 19).
    void noticeServiceIsTheLifecycleCommand()
    {
        CaseTestbed bed;
        PaperOffice office(bed.service(), settingsWithContacts());
        const QString c = bed.caseAt(domain::Stage::Consultation);
        auto paper = office.issue(c, u"consultation_notice"_s, notice(), u"王芳"_s);
        QVERIFY(paper);
        const auto before = bed.snapshot();
        service::PaperService late{0, paper->id, u"direct"_s, QDate(2026, 3, 12), u"张经理"_s, 0, {}, {}, {}};
        auto refused = office.serve(late, u"王芳"_s, CaseTestbed::today());
        QVERIFY(!refused);
        QVERIFY2(refused.errorString().contains(u"five working days"_s) || refused.errorString().contains(u"五个工作日"_s),
                 qPrintable(refused.errorString()));
        QCOMPARE(bed.snapshot(), before);
        service::PaperService inTime{0, paper->id, u"direct"_s, QDate(2026, 3, 2), u"张经理"_s, 0, {}, {}, {}};
        auto served = office.serve(inTime, u"王芳"_s, CaseTestbed::today());
        QVERIFY2(served, qPrintable(served.errorString()));
        auto file = bed.service().caseFile(c);
        QVERIFY(file);
        QCOMPARE(file->notices.size(), 1);
        QCOMPARE(file->notices.first().servedOn, QDate(2026, 3, 2));
        QCOMPARE(file->notices.first().meetingOn, QDate(2026, 3, 16));
        QCOMPARE(file->notices.first().replyDueOn, QDate(2026, 3, 10));
        QCOMPARE(file->firstNoticeServedOn(), QDate(2026, 3, 2));
        QCOMPARE(storage::scalar(bed.database().connection(), u"SELECT count(*) FROM document_services"_s).value().toInt(), 0);
        QVERIFY(!office.serve(inTime, u"王芳"_s, CaseTestbed::today())); // not a second date
        // The service receipt names the notice it accompanies, and its recorded service.
        auto receipt = office.compose(c, u"service_receipt"_s, notice());
        QVERIFY2(receipt, qPrintable(receipt.errorString()));
        QVERIFY(receipt->layout.html.contains(paper->docNo));
        QVERIFY(receipt->layout.html.contains(u"2026年3月2日"_s));
    }

    void serviceOfOtherPapers()
    {
        CaseTestbed bed;
        PaperOffice office(bed.service(), settingsWithContacts());
        const QString c = bed.caseAt(domain::Stage::Agreement);
        PaperOptions o;
        o.datedOn = QDate(2026, 3, 21);
        o.parameters = {{u"court"_s, u"上海市第三中级人民法院"_s}};
        auto paper = office.issue(c, u"confirmation_application"_s, o, u"王芳"_s);
        QVERIFY2(paper, qPrintable(paper.errorString()));
        const auto before = bed.snapshot();
        service::PaperService s{0, paper->id, u"courier"_s, QDate(2026, 3, 20), QString(), 0, {}, {}, {}};
        auto refused = office.serve(s, u"王芳"_s, CaseTestbed::today());
        QVERIFY(!refused);
        QCOMPARE(refused.problems().size(), 2); // the method and the recipient (the fields first)
        s.method = u"mail"_s;
        s.recipient = u"立案庭"_s;
        QVERIFY(!office.serve(s, u"王芳"_s, CaseTestbed::today())); // before the paper's date
        s.servedOn = CaseTestbed::today().addDays(1);
        QVERIFY(!office.serve(s, u"王芳"_s, CaseTestbed::today()));
        QCOMPARE(bed.snapshot(), before);
        s = service::PaperService{0, paper->id, u"mail"_s, QDate(2026, 3, 23), u"上海市第三中级人民法院立案庭"_s, 0, u"EMS 1234"_s, {}, {}};
        auto served = office.serve(s, u"王芳"_s, CaseTestbed::today());
        QVERIFY2(served, qPrintable(served.errorString()));
        auto services = office.paperRegister().servicesOf(paper->id);
        QVERIFY(services);
        QCOMPARE(services->size(), 1);
        QCOMPARE(services->first().method, u"mail"_s);
        QCOMPARE(services->first().servedOn, QDate(2026, 3, 23));
        QCOMPARE(services->first().recordedBy, u"王芳"_s);
        auto file = bed.service().caseFile(c);
        QVERIFY(file);
        QCOMPARE(file->timeline.last().command, u"serve_paper"_s);
    }
};

QTEST_MAIN(TestPaperRegister)
#include "tst_paperregister.moc"
