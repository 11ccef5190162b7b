// A day's work (issue 16 part 3): the items of my cases — deadlines overdue, today and this week, replies
// due, decisions waiting for approval — each with the command that settles it; an item put off with a
// reason leaves the list until its day, through the service and the audit log; refusals change nothing.
// The same through `ecoclaim-cli mywork`, and the window's page (settling opens the step's dialog).

#include "casetestbed.h"
#include "dialogdriver.h"

#include "core/service/casereader.h"
#include "core/service/mywork.h"
#include "ui/casefile/casefileview.h"
#include "ui/myworkview.h"
#include "ui/dashboardpanel.h"
#include "ui/dueitemsmodel.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QJsonArray>
#include <QProcess>
#include <QCheckBox>
#include <QDateEdit>
#include <QComboBox>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using namespace ecoclaim::service;
using ecoclaim::test::json;

class TestMyWork : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void itemsOfTheDayWithTheirAction();
    void puttingOffIsRecordedAndRefusalsChangeNothing();
    void fromTheCommandLine();
    void thePageSettlesAndPutsOff();
    void deadlinePanelBelongsToTheListAndFollowsItsFilters();
};

namespace {
// A case in consultation with its notice served (reply due 2026-03-10, written here) and a second case
// with an agreement in three instalments (due 2026-04-20, 05-20, 06-20).
struct Day
{
    test::CaseTestbed bed;
    QString consulting, paying;
    Day()
    {
        consulting = bed.caseAt(domain::Stage::Consultation);
        bed.apply(json(R"({"cmd":"serve_consultation_notice","party":1,"served_on":"2026-03-02","service_method":"direct",
            "meeting_on":"2026-03-16","reply_due_on":"2026-03-10"})"), consulting);
        paying = bed.caseAt(domain::Stage::Consultation);
        bed.apply(json(R"({"cmd":"serve_consultation_notice","party":1,"served_on":"2026-03-02","service_method":"direct",
            "meeting_on":"2026-03-16","reply_due_on":"2026-03-10"})"), paying);
        bed.apply(json(R"({"cmd":"record_notice_reply","party":1,"reply":"agreed","replied_on":"2026-03-05"})"), paying);
        bed.apply(json(R"({"cmd":"hold_consultation_round","held_on":"2026-03-16","mode":"meeting","participants":"双方","summary":"一致"})"), paying);
        bed.apply(json(R"({"cmd":"sign_agreement","signed_on":"2026-03-20","restoration_terms":"自行修复","restoration_costs":"90000",
            "instalments":[{"due_on":"2026-04-20","amount":"30000"},{"due_on":"2026-05-20","amount":"30000"},{"due_on":"2026-06-20","amount":"30000"}]})"),
                  paying);
    }
};

const WorkItem *find(const QList<WorkItem> &items, const QString &caseNo, const QString &keyStart)
{
    for (const WorkItem &w : items)
        if (w.caseNumber == caseNo && w.key.startsWith(keyStart))
            return &w;
    return nullptr;
}

QList<WorkItem> work(CaseService &service, QDate asOf, bool snoozed = false)
{
    WorkQuery q;
    q.asOf = asOf;
    q.includeSnoozed = snoozed;
    auto items = service.reader().myWork(q);
    if (!items)
        qWarning() << items.errorString();
    return items ? items.value() : QList<WorkItem>{};
}
} // namespace

void TestMyWork::itemsOfTheDayWithTheirAction()
{
    Day day;
    CaseService &s = day.bed.service();
    // 2026-03-09: the reply to the notice is due tomorrow — a reply due, settled by recording the reply.
    QList<WorkItem> items = work(s, QDate(2026, 3, 9));
    const WorkItem *reply = find(items, day.consulting, u"deadline:notice_reply:"_s);
    QVERIFY(reply);
    QCOMPARE(reply->section, WorkSection::ReplyDue);
    QCOMPARE(reply->due, QDate(2026, 3, 10));
    QCOMPARE(reply->action, u"record_notice_reply"_s);
    QCOMPARE(reply->article, u"第十九条第二款"_s); // Art. 19 ¶2, as the deadline row stores it
    // The case that had its reply has none.
    QVERIFY(!find(items, day.paying, u"deadline:notice_reply:"_s));

    // 2026-04-20: the first instalment is due today (record the payment); the second is not this week.
    items = work(s, QDate(2026, 4, 20));
    const WorkItem *instalment = find(items, day.paying, u"deadline:instalment:"_s);
    QVERIFY(instalment);
    QCOMPARE(instalment->section, WorkSection::Today);
    QCOMPARE(instalment->due, QDate(2026, 4, 20));
    QCOMPARE(instalment->action, u"record_payment"_s);
    int instalments = 0;
    for (const WorkItem &w : items)
        instalments += w.key.startsWith(u"deadline:instalment:"_s) ? 1 : 0;
    QCOMPARE(instalments, 1);
    // 2026-05-15: the second is due this week (5 days ahead); the first, unpaid, is overdue — first.
    items = work(s, QDate(2026, 5, 15));
    const WorkItem *overdue = nullptr, *week = nullptr;
    for (const WorkItem &w : items) {
        if (w.caseNumber == day.paying && w.key.startsWith(u"deadline:instalment:"_s) && w.due == QDate(2026, 4, 20))
            overdue = &w;
        if (w.caseNumber == day.paying && w.key.startsWith(u"deadline:instalment:"_s) && w.due == QDate(2026, 5, 20))
            week = &w;
    }
    QVERIFY(overdue && week);
    QCOMPARE(overdue->section, WorkSection::Overdue);
    QCOMPARE(week->section, WorkSection::ThisWeek);
    QVERIFY(overdue < week); // the day's order (pointers into one list): overdue before this week
    // The district filter: the testbed's cases are in 金山区 (310116); none in 浦东 (310115).
    WorkQuery q;
    q.asOf = QDate(2026, 5, 15);
    q.districtCode = u"310115"_s;
    QVERIFY(s.reader().myWork(q).value().isEmpty());
    q.districtCode = u"310116"_s;
    QCOMPARE(s.reader().myWork(q).value().size(), items.size());
}

void TestMyWork::puttingOffIsRecordedAndRefusalsChangeNothing()
{
    Day day;
    CaseService &s = day.bed.service();
    const QDate asOf(2026, 3, 9);
    const WorkItem reply = *find(work(s, asOf), day.consulting, u"deadline:notice_reply:"_s);

    // Refused, each changing nothing: no reason, a day not after today, an unknown item, an unknown case.
    const auto before = day.bed.snapshot();
    QVERIFY(!snoozeWorkItem(s, day.consulting, reply.key, QDate(2026, 3, 11), u"   "_s, u"tester"_s, asOf));
    QVERIFY(!snoozeWorkItem(s, day.consulting, reply.key, asOf, u"等待回复"_s, u"tester"_s, asOf));
    QVERIFY(!snoozeWorkItem(s, day.consulting, reply.key, QDate(2026, 2, 30), u"等待回复"_s, u"tester"_s, asOf));
    QVERIFY(!snoozeWorkItem(s, day.consulting, u"something"_s, QDate(2026, 3, 11), u"等待回复"_s, u"tester"_s, asOf));
    QVERIFY(!snoozeWorkItem(s, u"2099-310116-9999"_s, reply.key, QDate(2026, 3, 11), u"等待回复"_s, u"tester"_s, asOf));
    const auto refusal = snoozeWorkItem(s, day.consulting, reply.key, QDate(2026, 3, 11), QString(), u"tester"_s, asOf);
    QVERIFY(refusal.errorString().contains(u"why"_s));
    QCOMPARE(day.bed.snapshot(), before);

    // Put off until 2026-03-11: gone from the list until then, listed with its reason when asked.
    const auto done = snoozeWorkItem(s, day.consulting, reply.key, QDate(2026, 3, 11), u"义务人电话告知将于明日书面答复"_s, u"tester"_s, asOf);
    QVERIFY2(done, qPrintable(done.errorString()));
    QVERIFY(!find(work(s, asOf), day.consulting, u"deadline:notice_reply:"_s));
    QVERIFY(!find(work(s, QDate(2026, 3, 10)), day.consulting, u"deadline:notice_reply:"_s));
    const WorkItem *listed = find(work(s, asOf, true), day.consulting, u"deadline:notice_reply:"_s);
    QVERIFY(listed);
    QCOMPARE(listed->snoozedUntil, QDate(2026, 3, 11));
    QCOMPARE(listed->snoozeReason, u"义务人电话告知将于明日书面答复"_s);
    QVERIFY(find(work(s, QDate(2026, 3, 11)), day.consulting, u"deadline:notice_reply:"_s)); // back on its day

    // In the audit log of the case, with who, what and why.
    const auto trail = s.reader().auditTrail(s.resolve(day.consulting).value()).value();
    QVERIFY(!trail.isEmpty());
    const domain::AuditEntry &last = trail.last();
    QCOMPARE(last.command, u"snooze_work_item"_s);
    const QJsonObject payload = QJsonDocument::fromJson(last.payload.toUtf8()).object();
    QCOMPARE(payload.value(u"reason"_s).toString(), u"义务人电话告知将于明日书面答复"_s);
    QCOMPARE(payload.value(u"until"_s).toString(), u"2026-03-11"_s);
    QCOMPARE(payload.value(u"item"_s).toString(), reply.key);
    // The chain still holds.
    QVERIFY(s.reader().auditChain().value().intact());
}

void TestMyWork::fromTheCommandLine()
{
    Day day;
    auto cli = [&](const QStringList &args, int *code = nullptr) {
        QProcess p;
        p.start(QStringLiteral(ECOCLAIM_BIN_DIR "/ecoclaim-cli"),
                QStringList{u"--db"_s, day.bed.path(), u"--lang"_s, u"en"_s, u"--today"_s, u"2026-03-09"_s} + args);
        if (!p.waitForFinished(60000))
            qWarning() << "ecoclaim-cli did not finish";
        if (code)
            *code = p.exitCode();
        return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    };
    int code = -1;
    const QString listed = cli({u"mywork"_s, u"--json"_s}, &code);
    QVERIFY2(code == 0, qPrintable(listed));
    const QJsonArray rows = QJsonDocument::fromJson(listed.toUtf8()).array();
    QString key;
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        if (o.value(u"case"_s).toString() == day.consulting && o.value(u"item"_s).toString().startsWith(u"deadline:notice_reply:"_s)) {
            key = o.value(u"item"_s).toString();
            QCOMPARE(o.value(u"section"_s).toString(), u"reply_due"_s);
            QCOMPARE(o.value(u"due_on"_s).toString(), u"2026-03-10"_s);
            QCOMPARE(o.value(u"action"_s).toString(), u"record_notice_reply"_s);
        }
    }
    QVERIFY2(!key.isEmpty(), qPrintable(listed));
    // A refused snooze (no reason) changes nothing; a good one is gone from the list.
    const auto before = day.bed.snapshot();
    cli({u"mywork"_s, u"snooze"_s, day.consulting, key, u"--until"_s, u"2026-03-12"_s, u"--reason"_s, u""_s}, &code);
    QVERIFY(code != 0);
    QCOMPARE(day.bed.snapshot(), before);
    const QString done = cli({u"mywork"_s, u"snooze"_s, day.consulting, key, u"--until"_s, u"2026-03-12"_s, u"--reason"_s, u"等待书面答复"_s}, &code);
    QVERIFY2(code == 0, qPrintable(done));
    QVERIFY2(done.contains(u"2026-03-12"_s), qPrintable(done));
    QVERIFY(!cli({u"mywork"_s, u"--json"_s}).contains(key));
    QVERIFY(cli({u"mywork"_s, u"--snoozed"_s}).contains(u"等待书面答复"_s));
}

void TestMyWork::thePageSettlesAndPutsOff()
{
    Day day;
    CaseService &s = day.bed.service();
    QList<ui::CaseFileView *> opened;
    ui::MyWorkView page(s, [&](qint64 id) {
        auto *v = new ui::CaseFileView(s, id, QDate(2026, 3, 9));
        opened << v;
        return v;
    }, QDate(2026, 3, 9));
    page.show();
    int row = -1;
    for (int r = 0; r < page.items().size(); ++r)
        if (page.items().at(r).caseNumber == day.consulting && page.items().at(r).key.startsWith(u"deadline:notice_reply:"_s))
            row = r;
    QVERIFY(row >= 0);
    QCOMPARE(page.table()->item(row, 5)->text(), domain::findCommand(u"record_notice_reply")->titleText());
    // "Do it": the case opens and the reply's dialog with it; recorded, the item is gone.
    QString refusal = u"no dialog"_s;
    QTimer::singleShot(0, [&] {
        auto *d = qobject_cast<ui::CommandDialog *>(QApplication::activeModalWidget());
        if (!d)
            return;
        QCOMPARE(d->spec().name, u"record_notice_reply"_s);
        test::fill(*d, u"party"_s, 1);
        test::fill(*d, u"reply"_s, u"agreed"_s);
        test::fill(*d, u"replied_on"_s, QDate(2026, 3, 9));
        test::clickOk(*d);
        refusal = d->isVisible() ? d->refusalText() : QString();
        if (d->isVisible())
            d->done(QDialog::Rejected);
    });
    QVERIFY(page.settle(row));
    QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
    QCOMPARE(opened.size(), 1);
    QTRY_VERIFY(!find(page.items(), day.consulting, u"deadline:notice_reply:"_s));
    // Put off from the page, on 2026-04-20: the instalment due that day leaves the list.
    page.findChild<QDateEdit *>(u"myWorkAsOf"_s)->setDate(QDate(2026, 4, 20));
    row = -1;
    for (int r = 0; r < page.items().size(); ++r)
        if (page.items().at(r).caseNumber == day.paying && page.items().at(r).key.startsWith(u"deadline:instalment:"_s))
            row = r;
    QVERIFY(row >= 0);
    const QString key = page.items().at(row).key;
    QVERIFY(!page.snooze(row, QDate(2026, 4, 20), u"等待"_s).isEmpty()); // not after the day: refused
    QCOMPARE(page.snooze(row, QDate(2026, 4, 25), u"义务人申请延后五日"_s), QString());
    QTRY_VERIFY(!find(page.items(), day.paying, key));
    page.findChild<QCheckBox *>(u"myWorkShowSnoozed"_s)->setChecked(true);
    QVERIFY(find(page.items(), day.paying, key));
    qDeleteAll(opened);
}

void TestMyWork::deadlinePanelBelongsToTheListAndFollowsItsFilters()
{
    QSettings().clear();
    Day day;
    CaseService &s = day.bed.service();
    ui::MainWindow window(s);
    window.show();
    auto *panel = window.findChild<ui::DashboardPanel *>();
    QVERIFY(panel);
    // On the list's tab, not over the case tabs.
    QVERIFY(window.tabs()->widget(0)->isAncestorOf(panel));
    panel->findChildren<QDateEdit *>().first()->setDate(QDate(2026, 3, 9));
    panel->findChildren<QSpinBox *>().first()->setValue(365);
    auto casesShown = [&] {
        QSet<QString> numbers;
        for (const DueItem &i : panel->model()->items())
            if (i.row.caseId)
                numbers.insert(i.row.caseNo);
        return numbers;
    };
    QTRY_COMPARE(casesShown(), (QSet<QString>{day.consulting, day.paying}));
    // The list's district: the panel follows (its own district choice too); none of the cases is in 浦东.
    auto *district = window.findChild<QComboBox *>(u"districtFilter"_s);
    district->setCurrentIndex(district->findData(u"310115"_s));
    QTRY_COMPARE(panel->findChild<QComboBox *>(u"dashboardDistrict"_s)->currentData().toString(), u"310115"_s);
    QTRY_VERIFY(panel->model()->items().isEmpty());
    district->setCurrentIndex(district->findData(u"310116"_s));
    QTRY_COMPARE(casesShown(), (QSet<QString>{day.consulting, day.paying}));
    // The list's stage: only the case with the agreement.
    auto *stage = window.findChild<QComboBox *>(u"stageFilter"_s);
    stage->setCurrentIndex(stage->findData(u"agreement"_s));
    QTRY_COMPARE(casesShown(), QSet<QString>{day.paying});
    // A case tab: the panel is not over it.
    window.openCase(s.resolve(day.paying).value());
    QVERIFY(window.tabs()->currentIndex() > 0);
    QVERIFY(!panel->isVisible());
    QSettings().clear();
}

QTEST_MAIN(TestMyWork)
#include "tst_mywork.moc"
