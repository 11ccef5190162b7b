// Approving and refusing in the window (issue 17 ¶4), offscreen, on both engines: a caseworker's proposal
// shows on the case page as waiting for the unit head (no buttons for the caseworker, and the service
// refuses the caseworker anyway); the unit head's dashboard lists it and Case ▸ Approvals… lists it too;
// a refusal without a reason is refused with the service's words and changes nothing; with a reason the
// proposal is refused (audited, the reason kept); Approve takes the decision — the case is filed, the audit
// log names the unit head — exactly as `ecoclaim-cli approval approve|refuse` does.

#include "core/service/accounts.h"
#include "ui/accounts/approvalspanel.h"
#include "ui/casefile/casefileview.h"
#include "ui/casefile/timelinemodel.h"
#include "ui/dashboardpanel.h"
#include "ui/dueitemsmodel.h"

#include "casetestbed.h"
#include "signedindesk.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using namespace ecoclaim::domain;
using namespace ecoclaim::test;

class TestApprovalsUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<CaseTestbed> bed;



    // A clue of 金山区 verified and its filing proposed, as `desk` (a caseworker's filing is a proposal).
    static QString proposeFiling(service::CaseService &desk, const char *title)
    {
        const QString c = verifiedJinshanClue(desk, title, "检出。");
        QJsonObject file = json(R"({"cmd":"file_case","filed_on":"2026-01-21"})");
        file.insert(u"case"_s, c);
        if (auto r = desk.execute(file, {}, CaseTestbed::today()); !r)
            qWarning().noquote() << "file_case" << r.errorString();
        return c;
    }

    // With ECOCLAIM_SHOTS set (a folder), the widget as drawn is saved there as PNG, to look at.
    static void shot(QWidget &w, const char *name)
    {
        const QString folder = qEnvironmentVariable("ECOCLAIM_SHOTS");
        if (folder.isEmpty())
            return;
        w.resize(qMax(w.width(), 900), qMax(w.height(), 480));
        QApplication::processEvents();
        w.grab().save(folder + u'/' + QString::fromLatin1(name) + u".png"_s);
    }

private Q_SLOTS:
    void init() { bed = std::make_unique<CaseTestbed>(); }
    void cleanup()
    {
        dropServerLogins(bed.get(), {"admin", "cw_js", "head_js"});
        bed.reset();
    }

    void unitHeadDecidesInTheWindow()
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
        const QString first = proposeFiling(*js.service, "金山区某化工企业渗漏污染土壤案");
        const QString second = proposeFiling(*js.service, "金山区某养殖场废水直排案");
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        const qint64 firstId = js.service->resolve(first).value();

        // The caseworker's case page: the proposal waits, named with its proposer; no buttons to decide.
        ui::CaseFileView page(*js.service, firstId, CaseTestbed::today());
        auto *onCase = page.findChild<ui::ApprovalsPanel *>();
        QVERIFY(onCase);
        QVERIFY(onCase->isVisibleTo(&page));
        QCOMPARE(onCase->table()->rowCount(), 1);
        QCOMPARE(onCase->table()->item(0, 1)->text(), findCommand(u"file_case"_s)->titleText());
        QCOMPARE(onCase->table()->item(0, 2)->text(), u"王芳（%1）"_s.arg(loginOf("cw_js")));
        QVERIFY(!onCase->findChild<QPushButton *>(u"approve"_s)->isVisibleTo(&page));
        shot(page, "case-pending");
        // Pressed anyway (the button hidden, the call made): the service refuses the caseworker, nothing changes.
        auto before = contentFingerprint(bed->database().connection());
        onCase->approveSelected();
        auto *onCaseMessage = onCase->findChild<QLabel *>(u"approvalMessage"_s);
        QVERIFY2(onCaseMessage->text().contains(u"Only the unit head"_s), qPrintable(onCaseMessage->text()));
        QCOMPARE(contentFingerprint(bed->database().connection()), before);

        // The unit head's dashboard lists both.
        ui::DashboardPanel dashboard(*head.service);
        dashboard.refresh();
        QStringList listed;
        for (int row = 0; row < dashboard.model()->rowCount(); ++row)
            listed << dashboard.model()->index(row, ui::DueItemsModel::CaseNumber).data().toString();
        QVERIFY2(listed.contains(first) && listed.contains(second), qPrintable(listed.join(u", "_s)));

        // Case ▸ Approvals…: both, with the buttons.
        ui::ApprovalsDialog dialog(*head.service);
        ui::ApprovalsPanel *panel = dialog.panel();
        QCOMPARE(panel->table()->rowCount(), 2);
        QStringList cases{panel->table()->item(0, 0)->text(), panel->table()->item(1, 0)->text()};
        cases.sort();
        QStringList expected{first, second};
        expected.sort();
        QCOMPARE(cases, expected);
        auto *approve = panel->findChild<QPushButton *>(u"approve"_s);
        auto *refuse = panel->findChild<QPushButton *>(u"refuse"_s);
        auto *reason = panel->findChild<QLineEdit *>(u"refusalReason"_s);
        auto *message = panel->findChild<QLabel *>(u"approvalMessage"_s);
        QVERIFY(approve && refuse && reason && message);
        QVERIFY(approve->isVisibleTo(&dialog) && refuse->isVisibleTo(&dialog));
        shot(dialog, "approvals-dialog");

        // Refuse the second without a reason: the service's words, nothing changed.
        const int secondRow = panel->table()->item(0, 0)->text() == second ? 0 : 1;
        panel->table()->selectRow(secondRow);
        before = contentFingerprint(bed->database().connection());
        QTest::mouseClick(refuse, Qt::LeftButton);
        QVERIFY2(message->text().contains(u"Say why"_s), qPrintable(message->text()));
        QCOMPARE(contentFingerprint(bed->database().connection()), before);
        QCOMPARE(panel->table()->rowCount(), 2);
        // With the reason: refused and gone from the list.
        reason->setFocus();
        reason->insert(u"现场勘查笔录缺失，补充后再报。"_s); // typed (keyClicks takes Latin-1 only)
        panel->table()->selectRow(secondRow);
        QTest::mouseClick(refuse, Qt::LeftButton);
        QVERIFY2(message->text().contains(u"refused"_s), qPrintable(message->text()));
        QCOMPARE(panel->table()->rowCount(), 1);
        QCOMPARE(panel->table()->item(0, 0)->text(), first);
        QCOMPARE(head.service->caseFile(second)->stage, Stage::Verification);

        // Approve the first: the case is filed, as the unit head.
        QTest::mouseClick(approve, Qt::LeftButton);
        QVERIFY2(message->text().contains(first), qPrintable(message->text()));
        QCOMPARE(panel->table()->rowCount(), 0);
        QCOMPARE(head.service->caseFile(first)->stage, Stage::Investigation);
        shot(dialog, "approvals-done");

        // What the service recorded: the same rows and audit entries as the command line's approve/refuse.
        const QList<Proposal> all = head.service->reader().proposals(false).value();
        QCOMPARE(all.size(), 2);
        for (const Proposal &p : all) {
            QCOMPARE(p.decidedBy, loginOf("head_js"));
            QCOMPARE(p.state, p.caseNumber == first ? u"approved"_s : u"refused"_s);
            QCOMPARE(p.reason, p.caseNumber == first ? QString() : u"现场勘查笔录缺失，补充后再报。"_s);
        }
        QSqlQuery q(bed->database().connection());
        QVERIFY(q.exec(u"SELECT l.command, l.actor FROM audit_log l JOIN cases c ON c.id = l.case_id WHERE c.case_no = '%1' "
                       "AND l.command IN ('propose_decision', 'file_case', 'approve_decision') ORDER BY l.id"_s.arg(first)));
        QStringList trail;
        while (q.next())
            trail << q.value(0).toString() + u'/' + q.value(1).toString();
        QCOMPARE(trail, (QStringList{u"propose_decision/"_s + loginOf("cw_js"), u"file_case/"_s + loginOf("head_js"),
                                     u"approve_decision/"_s + loginOf("head_js")}));

        // The caseworker's page, read again: nothing waits any more.
        onCase->reload();
        QCOMPARE(onCase->table()->rowCount(), 0);

        // The timeline names the people (issue 16 ¶2): 王芳 registered, 李强 filed — name with login.
        ui::CaseFileView again(*js.service, firstId, CaseTestbed::today());
        QStringList actors;
        for (int row = 0; row < again.timeline()->rowCount(); ++row)
            actors << again.timeline()->index(row, ui::TimelineModel::Actor).data().toString();
        QCOMPARE(actors.first(), u"王芳（%1）"_s.arg(loginOf("cw_js")));
        QCOMPARE(actors.last(), u"李强（%1）"_s.arg(loginOf("head_js")));
    }
};

QTEST_MAIN(TestApprovalsUi)
#include "tst_approvalsui.moc"
