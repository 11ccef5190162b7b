// The command dialogs driven as a caseworker drives them — keys typed into the real widgets, OK
// clicked — taking a new clue through verification and filing to the appraisal, with a refused step
// that names its article and keeps what was typed. Offscreen, on a real database.

#include "casetestbed.h"
#include "dialogdriver.h"

#include "ui/commanddialog/commanddialog.h"
#include "ui/commanddialog/fieldeditor.h"
#include "ui/commanddialog/newcluedialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using namespace ecoclaim::domain;
using ecoclaim::test::json;

class TestCommandDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void clueToAppraisalByKeysAndClicks();
    void refusalKeepsTypedDataAndNamesTheArticle();
    void fieldsAreCheckedAsTyped();
    void newClueWarnsAboutTheSameSite();
    void irreversibleCommandsAskFirst();
    void escapeWithTypedTextAsksBeforeDiscarding();
};

namespace {
QDate today() { return test::CaseTestbed::today(); }

template <typename W>
W *field(ui::CommandDialog &d, const char *key)
{
    return d.findChild<W *>(QString::fromLatin1(key));
}
void type(ui::CommandDialog &d, const char *key, const QString &text) { test::fill(d, QString::fromLatin1(key), text); }
void typeDate(ui::CommandDialog &d, const char *key, QDate date) { test::typeDate(d, QString::fromLatin1(key), date); }
void choose(ui::CommandDialog &d, const char *key, const QVariant &data) { test::choose(d, QString::fromLatin1(key), data); }
using test::answerNextMessageBox;
using test::clickOk;
using test::typeInto;

CaseFile fileOf(test::CaseTestbed &bed, const QString &number) { return bed.service().caseFile(number).value(); }
} // namespace

void TestCommandDialog::clueToAppraisalByKeysAndClicks()
{
    test::CaseTestbed bed;
    QString number;
    {
        ui::NewClueDialog d(bed.service(), today());
        d.show();
        type(d, "title", u"宝山区某钢铁企业废水外溢案"_s);
        choose(d, "district", u"310113"_s);
        choose(d, "unit", u"district_ecology"_s);
        choose(d, "channel", u"complaint"_s);
        typeDate(d, "received_on", QDate(2026, 10, 12));
        type(d, "site", u"宝山区月浦镇某路88号"_s);
        clickOk(d);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        number = d.outcome().caseNumber;
    }
    QVERIFY(number.startsWith(u"2026-310113-"_s));
    QCOMPARE(bed.stageOf(number), Stage::Clue);

    CaseFile f = fileOf(bed, number);
    {
        ui::CommandDialog d(bed.service(), *findCommand(u"start_verification"), &f, today());
        d.show();
        typeDate(d, "started_on", QDate(2026, 10, 13));
        type(d, "verified_by", u"李明"_s);
        clickOk(d);
        QCOMPARE(d.result(), int(QDialog::Accepted));
    }
    QCOMPARE(bed.stageOf(number), Stage::Verification);

    f = fileOf(bed, number);
    {
        ui::CommandDialog d(bed.service(), *findCommand(u"record_verification"), &f, today());
        d.show();
        typeDate(d, "concluded_on", QDate(2026, 10, 20));
        choose(d, "damage_found", true);
        type(d, "finding", u"外溢废水进入河道，水体受损。"_s);
        clickOk(d);
        QCOMPARE(d.result(), int(QDialog::Accepted));
    }
    f = fileOf(bed, number);
    {
        ui::CommandDialog d(bed.service(), *findCommand(u"file_case"), &f, today());
        d.show();
        typeDate(d, "filed_on", QDate(2026, 10, 21));
        clickOk(d);
        QCOMPARE(d.result(), int(QDialog::Accepted));
    }
    QCOMPARE(bed.stageOf(number), Stage::Investigation);

    f = fileOf(bed, number);
    {
        ui::CommandDialog d(bed.service(), *findCommand(u"add_party"), &f, today());
        d.show();
        choose(d, "kind", u"company"_s);
        type(d, "name", u"上海某钢铁有限公司"_s);
        type(d, "credit_code", u"91310000132200821h"_s); // lower case: normalised before the check
        QVERIFY(d.editor(u"credit_code"_s)->typingProblem().isEmpty());
        clickOk(d);
        QCOMPARE(d.result(), int(QDialog::Accepted));
    }
    f = fileOf(bed, number);
    QCOMPARE(f.parties.size(), 1);
    QCOMPARE(f.parties.first().creditCode, u"91310000132200821H"_s);

    {
        ui::CommandDialog d(bed.service(), *findCommand(u"commission_appraisal"), &f, today());
        d.show();
        choose(d, "mode", u"institution"_s);
        type(d, "institution", u"上海市环境科学研究院司法鉴定所"_s);
        typeDate(d, "commissioned_on", QDate(2026, 10, 25));
        typeDate(d, "due_on", QDate(2026, 12, 25));
        type(d, "items", u"损害确认、损害量化"_s);
        clickOk(d);
        QCOMPARE(d.result(), int(QDialog::Accepted));
    }
    f = fileOf(bed, number);
    {
        ui::CommandDialog d(bed.service(), *findCommand(u"record_appraisal_result"), &f, today());
        d.show();
        typeDate(d, "completed_on", QDate(2026, 11, 20));
        type(d, "damage_determination", u"河道水体受到污染"_s);
        type(d, "restoration_costs", u"1,680.32"_s);
        // The 大写 is shown beside the amount as it is typed.
        auto *upper = d.findChild<QLabel *>(u"restoration_costs_uppercase"_s);
        QVERIFY(upper);
        QCOMPARE(upper->text(), u"人民币壹仟陆佰捌拾元零叁角贰分"_s);
        clickOk(d); // the causation analysis is missing: said under its field, the rest kept
        QVERIFY(d.isVisible());
        QVERIFY(d.findChild<QLabel *>(u"causation_message"_s)->isVisible());
        QCOMPARE(field<QLineEdit>(d, "restoration_costs")->text(), u"1,680.32"_s);
        type(d, "causation", u"企业废水外溢所致"_s);
        // The five contents of an appraisal (Art. 17).
        type(d, "loss_scope", u"排口下游约300米河段"_s);
        type(d, "quantification", u"清污修复费用1680.32元"_s);
        type(d, "restoration_outline", u"清污并跟踪监测"_s);
        clickOk(d);
        QCOMPARE(d.result(), int(QDialog::Accepted));
    }
    f = fileOf(bed, number);
    QVERIFY(f.completedAppraisal());
    QCOMPARE(f.completedAppraisal()->amounts.restorationCosts.fen(), 168032);
}

void TestCommandDialog::refusalKeepsTypedDataAndNamesTheArticle()
{
    test::CaseTestbed bed;
    const QString number = bed.caseAt(Stage::Verification); // started 2026-01-06
    const CaseFile f = fileOf(bed, number);
    const auto before = bed.snapshot();
    ui::CommandDialog d(bed.service(), *findCommand(u"record_verification"), &f, today());
    d.show();
    typeDate(d, "concluded_on", QDate(2026, 1, 2)); // before verification started: Art. 13 refuses
    choose(d, "damage_found", true);
    type(d, "finding", u"土壤中检出特征污染物。"_s);
    clickOk(d);

    QVERIFY(d.isVisible()); // the dialog stays open
    QCOMPARE(d.result(), int(QDialog::Rejected));
    QVERIFY2(d.refusalText().contains(u"Art. 13"_s), qPrintable(d.refusalText()));
    QVERIFY(d.refusalText().contains(u"verification started"_s));
    QVERIFY(!d.refusalText().contains(u"SQL"_s, Qt::CaseInsensitive));
    QCOMPARE(field<QPlainTextEdit>(d, "finding")->toPlainText(), u"土壤中检出特征污染物。"_s);
    QCOMPARE(field<QComboBox>(d, "damage_found")->currentData().toBool(), true);
    QCOMPARE(bed.snapshot(), before); // nothing changed

    // Put the date right: the same dialog now executes.
    typeDate(d, "concluded_on", QDate(2026, 1, 20));
    clickOk(d);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QCOMPARE(fileOf(bed, number).verification->finding, u"土壤中检出特征污染物。"_s);
}

void TestCommandDialog::fieldsAreCheckedAsTyped()
{
    test::CaseTestbed bed;
    const QString number = bed.caseAt(Stage::Investigation);
    const CaseFile f = fileOf(bed, number);
    ui::CommandDialog d(bed.service(), *findCommand(u"add_party"), &f, today());
    d.show();
    choose(d, "kind", u"company"_s);
    type(d, "name", u"上海某化工二厂"_s);
    type(d, "credit_code", u"91310000132200821A"_s); // wrong check character
    auto *message = d.findChild<QLabel *>(u"credit_code_message"_s);
    QVERIFY(message && message->isVisible());
    QVERIFY2(message->text().contains(u"H"_s), qPrintable(message->text()));
    const auto before = bed.snapshot();
    clickOk(d); // not sent: the field is wrong as typed
    QVERIFY(d.isVisible());
    QCOMPARE(bed.snapshot(), before);
    QCOMPARE(d.focusWidget(), d.editor(u"credit_code"_s)->input());
    // Backspace and the right character: the message goes away.
    QTest::keyClick(d.editor(u"credit_code"_s)->input(), Qt::Key_Backspace);
    QTest::keyClicks(d.editor(u"credit_code"_s)->input(), u"H"_s);
    QVERIFY(!message->isVisible());

    // A money field refuses three decimals as typed; a future date is flagged.
    ui::CommandDialog pay(bed.service(), *findCommand(u"record_appraisal_result"), &f, today());
    pay.show();
    type(pay, "assessment_costs", u"12.345"_s);
    QVERIFY(!pay.editor(u"assessment_costs"_s)->typingProblem().isEmpty());
    typeDate(pay, "completed_on", today().addDays(3));
    QVERIFY(pay.editor(u"completed_on"_s)->typingProblem().contains(u"future"_s));

    // Missing required fields come back from the service, each under its field.
    ui::CommandDialog empty(bed.service(), *findCommand(u"add_party"), &f, today());
    empty.show();
    clickOk(empty);
    QVERIFY(empty.isVisible());
    QVERIFY(empty.findChild<QLabel *>(u"name_message"_s)->isVisible());
}

void TestCommandDialog::newClueWarnsAboutTheSameSite()
{
    test::CaseTestbed bed;
    bed.caseAt(Stage::Consultation); // site 金山区漕泾镇某路1号, party 上海某化工有限公司
    ui::NewClueDialog d(bed.service(), today());
    d.show();
    type(d, "site", u"漕泾镇某路1号"_s);
    d.checkForSimilarCases();
    QVERIFY2(d.similarCasesWarning().contains(u"金山区某化工企业渗漏污染土壤案"_s), qPrintable(d.similarCasesWarning()));

    ui::NewClueDialog byParty(bed.service(), today());
    byParty.show();
    typeInto(byParty.findChild<QLineEdit *>(u"partyProbe"_s), u"某化工有限公司"_s);
    byParty.checkForSimilarCases();
    QVERIFY(!byParty.similarCasesWarning().isEmpty());

    ui::NewClueDialog unrelated(bed.service(), today());
    unrelated.show();
    type(unrelated, "site", u"崇明区陈家镇"_s);
    unrelated.checkForSimilarCases();
    QVERIFY(unrelated.similarCasesWarning().isEmpty());
}

void TestCommandDialog::irreversibleCommandsAskFirst()
{
    QVERIFY(ui::CommandDialog::isIrreversible(*findCommand(u"terminate_claim")));
    QVERIFY(ui::CommandDialog::isIrreversible(*findCommand(u"archive_case")));
    QVERIFY(ui::CommandDialog::isIrreversible(*findCommand(u"close_case")));
    QVERIFY(ui::CommandDialog::isIrreversible(*findCommand(u"decide_not_to_initiate")));
    QVERIFY(!ui::CommandDialog::isIrreversible(*findCommand(u"file_case")));

    test::CaseTestbed bed;
    const QString number = bed.caseAt(Stage::Investigation);
    const CaseFile f = fileOf(bed, number);
    ui::CommandDialog d(bed.service(), *findCommand(u"terminate_claim"), &f, today());
    d.show();
    choose(d, "reason", u"obligor_extinct"_s);
    typeDate(d, "decided_on", QDate(2026, 2, 1));
    answerNextMessageBox(QMessageBox::No);
    clickOk(d);
    QVERIFY(d.isVisible());
    QCOMPARE(bed.stageOf(number), Stage::Investigation);
    answerNextMessageBox(QMessageBox::Yes);
    clickOk(d);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QCOMPARE(bed.stageOf(number), Stage::Terminated);
}

void TestCommandDialog::escapeWithTypedTextAsksBeforeDiscarding()
{
    test::CaseTestbed bed;
    {
        ui::NewClueDialog d(bed.service(), today());
        d.show();
        QTest::keyClick(&d, Qt::Key_Escape); // nothing typed: closes at once
        QVERIFY(!d.isVisible());
    }
    ui::NewClueDialog d(bed.service(), today());
    d.show();
    type(d, "title", u"某案"_s);
    answerNextMessageBox(QMessageBox::Cancel);
    QTest::keyClick(field<QLineEdit>(d, "title"), Qt::Key_Escape);
    QVERIFY(d.isVisible());
    QCOMPARE(field<QLineEdit>(d, "title")->text(), u"某案"_s);
    answerNextMessageBox(QMessageBox::Discard);
    QTest::keyClick(field<QLineEdit>(d, "title"), Qt::Key_Escape);
    QVERIFY(!d.isVisible());
}

QTEST_MAIN(TestCommandDialog)
#include "tst_commanddialog.moc"
