// The next step that can be taken (issue 16 part 4): where the main step is blocked, the header offers
// the step that unblocks it — found from the lifecycle table's preconditions (core/domain/nextstep.h) —
// and running it from the button unblocks the main step; the other actions are grouped by the part of
// the case they concern.

#include "casetestbed.h"
#include "dialogdriver.h"

#include "core/domain/lifecycle.h"
#include "core/domain/nextstep.h"
#include "ui/casefile/casefileheader.h"
#include "ui/casefile/casefileview.h"

#include <QApplication>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using namespace ecoclaim::domain;
using ecoclaim::test::json;

class TestNextStep : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theTableSaysWhatMeetsEachPrecondition();
    void blockedFilingOffersTheVerificationConclusion();
    void blockedAgreementOffersTheNoticeFirst();
    void otherActionsAreGroupedByPartOfTheCase();
};

namespace {
QDate today() { return test::CaseTestbed::today(); }
using Fields = QList<QPair<QString, QVariant>>;

// Fills the command dialog `trigger` opens (modal, as in the window) and clicks OK. Returns the
// refusal if the dialog stayed open, or the command of the dialog through `opened`.
QString runModal(const std::function<void()> &trigger, const Fields &fields, QString *opened = nullptr)
{
    QString refusal = u"no dialog opened"_s;
    QTimer::singleShot(0, [&] {
        auto *d = qobject_cast<ui::CommandDialog *>(QApplication::activeModalWidget());
        if (!d)
            return;
        refusal.clear();
        if (opened)
            *opened = d->spec().name;
        for (const auto &[key, value] : fields)
            test::fill(*d, key, value);
        test::clickOk(*d);
        if (d->isVisible()) {
            refusal = d->refusalText();
            if (refusal.isEmpty())
                refusal = u"(still open)"_s;
            d->done(QDialog::Rejected);
        }
    });
    trigger();
    return refusal;
}
} // namespace

void TestNextStep::theTableSaysWhatMeetsEachPrecondition()
{
    QSet<QString> ids;
    for (const CommandSpec &spec : commandSpecs())
        for (const Precondition &p : spec.preconditions)
            ids.insert(p.id);
    // Every precondition named is one of the table's, every command it names exists.
    for (const QString &id : preconditionsMetByRecording()) {
        QVERIFY2(ids.contains(id), qPrintable(id));
        QVERIFY2(!metBy(id).isEmpty(), qPrintable(id));
        for (const QString &command : metBy(id))
            QVERIFY2(findCommand(command), qPrintable(command));
    }
    // What the main path of a case needs on file is met by recording it (written here from the rules).
    QCOMPARE(metBy(u"verification_concluded"), QStringList{u"record_verification"_s});
    QCOMPARE(metBy(u"liable_party"), QStringList{u"add_party"_s});
    QCOMPARE(metBy(u"appraisal_complete"), (QStringList{u"record_appraisal_result"_s, u"commission_appraisal"_s}));
    QVERIFY(metBy(u"after_conclusion").isEmpty()); // a date typed into file_case: nothing on file meets it
    // Every command of the table belongs to a named part of the case.
    for (const CommandSpec &spec : commandSpecs())
        QVERIFY2(actionGroupOf(spec.name).key != u"other", qPrintable(spec.name));
}

void TestNextStep::blockedFilingOffersTheVerificationConclusion()
{
    test::CaseTestbed bed;
    const QString c = bed.caseAt(Stage::Verification); // started, no conclusion yet
    ui::CaseFileView view(bed.service(), bed.service().resolve(c).value(), today());
    view.show();

    // Filing is blocked (Art. 13: the verification has not concluded); the button before it records
    // the conclusion, and Ctrl+Return's first ready step is that one.
    auto *blocked = view.findChild<QPushButton *>(u"action_file_case"_s);
    QVERIFY(blocked);
    QCOMPARE(blocked->property("ready"), QVariant(false));
    auto *unblock = view.findChild<QPushButton *>(u"action_record_verification"_s);
    QVERIFY2(unblock, "no button offers the verification conclusion");
    QCOMPARE(unblock->property("unblocks").toString(), u"file_case"_s);
    QVERIFY(unblock->text().contains(findCommand(u"file_case")->titleText()));
    QVERIFY(unblock->toolTip().contains(u"Art. 13"_s));
    // Not also in the menu.
    const auto menuActions = view.findChild<QToolButton *>(u"otherActions"_s)->findChildren<QAction *>(u"action_record_verification"_s);
    QVERIFY(menuActions.isEmpty());

    QString opened;
    const QString refusal = runModal([unblock] { QTest::mouseClick(unblock, Qt::LeftButton); },
                                     {{u"concluded_on"_s, QDate(2026, 1, 20)}, {u"damage_found"_s, true},
                                      {u"finding"_s, u"土壤中检出特征污染物。"_s}},
                                     &opened);
    QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
    QCOMPARE(opened, u"record_verification"_s);
    // Executed through the service: the conclusion is on file, the stage unchanged, filing now ready.
    const CaseFile f = bed.service().caseFile(c).value();
    QVERIFY(f.verification && f.verification->concludedOn == QDate(2026, 1, 20));
    QCOMPARE(f.stage, Stage::Verification);
    QTRY_VERIFY(!view.findChild<QPushButton *>(u"action_record_verification"_s)
                || !view.findChild<QPushButton *>(u"action_record_verification"_s)->isVisible());
    auto *ready = view.findChild<QPushButton *>(u"action_file_case"_s);
    QVERIFY(ready);
    QVERIFY(ready->property("ready").isNull());
}

void TestNextStep::blockedAgreementOffersTheNoticeFirst()
{
    test::CaseTestbed bed;
    const QString c = bed.caseAt(Stage::Consultation); // no notice served, no round held
    ui::CaseFileView view(bed.service(), bed.service().resolve(c).value(), today());
    view.show();
    // Signing needs a round (Art. 21); a round needs a notice served (Art. 19): the notice is offered.
    QVERIFY(!view.findChild<QPushButton *>(u"action_hold_consultation_round"_s));
    auto *unblock = view.findChild<QPushButton *>(u"action_serve_consultation_notice"_s);
    QVERIFY2(unblock, "no button offers the consultation notice");
    QCOMPARE(unblock->property("unblocks").toString(), u"sign_agreement"_s);
    // Ctrl+Return runs it (the first step that can be taken).
    QString opened;
    const QString refusal = runModal([&] { view.header()->triggerNextStep(); },
                                     {{u"party"_s, 1}, {u"served_on"_s, QDate(2026, 3, 2)}, {u"service_method"_s, u"direct"_s},
                                      {u"meeting_on"_s, QDate(2026, 3, 16)}, {u"reply_due_on"_s, QDate(2026, 3, 10)}},
                                     &opened);
    QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
    QCOMPARE(opened, u"serve_consultation_notice"_s);
    QCOMPARE(bed.service().caseFile(c).value().notices.size(), 1);
    // Next: the party's reply (Art. 19 ¶2: no reply counts as a refusal), then the round.
    QTRY_VERIFY(view.findChild<QPushButton *>(u"action_record_notice_reply"_s));
    bed.apply(json(R"({"cmd":"record_notice_reply","party":1,"reply":"agreed","replied_on":"2026-03-05"})"), c);
    QTRY_VERIFY(view.findChild<QPushButton *>(u"action_hold_consultation_round"_s));
}

void TestNextStep::otherActionsAreGroupedByPartOfTheCase()
{
    test::CaseTestbed bed;
    const QString c = bed.caseAt(Stage::Investigation);
    ui::CaseFileView view(bed.service(), bed.service().resolve(c).value(), today());
    auto *more = view.findChild<QToolButton *>(u"otherActions"_s);
    QVERIFY(more && more->menu());
    // The menu's entries are parts of the case, each a submenu; no command at the top level.
    QStringList groups;
    for (QAction *a : more->menu()->actions()) {
        QVERIFY2(a->menu(), qPrintable(a->text()));
        groups << a->menu()->objectName();
        for (QAction *command : a->menu()->actions()) {
            const QString name = command->objectName().mid(u"action_"_s.size());
            QCOMPARE(u"group_"_s + actionGroupOf(name).key, a->menu()->objectName());
        }
    }
    QVERIFY(groups.size() >= 5);
    QVERIFY(groups.contains(u"group_investigation"_s));
    QVERIFY(groups.contains(u"group_corrections"_s));
    auto *appraisal = more->menu()->findChild<QMenu *>(u"group_investigation"_s);
    QVERIFY(appraisal->findChild<QAction *>(u"action_commission_appraisal"_s));
    auto *corrections = more->menu()->findChild<QMenu *>(u"group_corrections"_s);
    QVERIFY(corrections->findChild<QAction *>(u"action_update_case"_s));
    // An entry of a group runs its command as before.
    QVERIFY(!more->menu()->findChild<QAction *>(u"action_sign_agreement"_s));
}

QTEST_MAIN(TestNextStep)
#include "tst_nextstep.moc"
