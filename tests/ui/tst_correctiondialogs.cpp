// The correction dialogs (issue 16, part 1), offscreen over a real database: "correct the case details"
// opens with the case's current values filled in, sends only what was changed (left as it was, it is
// refused with "nothing to change" and changes nothing), and a payment's correction fills in the chosen
// payment and records old → new on the timeline.

#include "casetestbed.h"
#include "dialogdriver.h"

#include "ui/commanddialog/commanddialog.h"
#include "ui/commanddialog/fieldeditor.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTranslator>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using namespace ecoclaim::domain;
using ecoclaim::test::json;

class TestCorrectionDialogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QSettings().clear(); }
    void caseDetailsOpenWithTheCurrentValues();
    void paymentCorrectionFillsTheChosenPayment();
    void screenshots();
};

void TestCorrectionDialogs::caseDetailsOpenWithTheCurrentValues()
{
    test::CaseTestbed bed;
    const QString c = bed.apply(json(R"({"cmd":"register_clue","title":"浦东新区某码头排污案","district":"310115","unit":"district_ecology",
        "channel":"complaint","received_on":"2026-11-20","site":"浦东新区某码头","major":true,"major_reason":"涉及饮用水源"})"));
    const CaseFile file = bed.service().caseFile(c).value();
    ui::CommandDialog dialog(bed.service(), *findCommand(u"update_case"), &file, test::CaseTestbed::today());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.findChild<QLineEdit *>(u"title"_s)->text(), u"浦东新区某码头排污案"_s);
    QCOMPARE(dialog.findChild<QLineEdit *>(u"site"_s)->text(), u"浦东新区某码头"_s);
    QCOMPARE(dialog.findChild<QComboBox *>(u"district"_s)->currentData().toString(), u"310115"_s);
    QCOMPARE(dialog.findChild<QComboBox *>(u"unit"_s)->currentData().toString(), u"district_ecology"_s);
    QCOMPARE(dialog.findChild<QComboBox *>(u"major"_s)->currentData().toBool(), true);
    QCOMPARE(dialog.findChild<QDateEdit *>(u"received_on"_s)->date(), QDate(2026, 11, 20));
    QCOMPARE(dialog.findChild<QLineEdit *>(u"major_reason"_s)->text(), u"涉及饮用水源"_s);
    // Nothing changed: nothing is sent, and the service says there is nothing to change.
    QCOMPARE(dialog.command(), (QJsonObject{{u"cmd"_s, u"update_case"_s}, {u"case"_s, c}}));
    const auto before = bed.snapshot();
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY2(dialog.refusalText().contains(u"Nothing to change"_s), qPrintable(dialog.refusalText()));
    QCOMPARE(bed.snapshot(), before);
    // One field changed: only it is sent and written.
    auto *title = dialog.findChild<QLineEdit *>(u"title"_s);
    title->selectAll();
    test::typeInto(title, u"浦东新区某码头船舶排污案"_s);
    QCOMPARE(dialog.command(), (QJsonObject{{u"cmd"_s, u"update_case"_s}, {u"case"_s, c}, {u"title"_s, u"浦东新区某码头船舶排污案"_s}}));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const CaseFile after = bed.service().caseFile(c).value();
    QCOMPARE(after.title, u"浦东新区某码头船舶排污案"_s);
    QCOMPARE(after.site, u"浦东新区某码头"_s);
    QVERIFY(after.major);
}

void TestCorrectionDialogs::paymentCorrectionFillsTheChosenPayment()
{
    test::CaseTestbed bed;
    const QString c = bed.caseAt(Stage::Agreement);
    bed.apply(json(R"({"cmd":"record_payment","paid_on":"2026-04-10","amount":"100000.00","payer":"上海某化工有限公司"})"), c);
    const CaseFile file = bed.service().caseFile(c).value();
    ui::CommandDialog dialog(bed.service(), *findCommand(u"correct_payment"), &file, test::CaseTestbed::today());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *amount = dialog.findChild<QLineEdit *>(u"amount"_s);
    QVERIFY(amount->text().isEmpty()); // no payment chosen yet
    test::typeInto(dialog.findChild<QLineEdit *>(u"payment"_s), u"1"_s);
    QCOMPARE(amount->text(), u"100,000.00"_s);
    QCOMPARE(dialog.findChild<QLineEdit *>(u"payer"_s)->text(), u"上海某化工有限公司"_s);
    QCOMPARE(dialog.findChild<QDateEdit *>(u"paid_on"_s)->date(), QDate(2026, 4, 10));
    // The reason is required: refused, nothing written.
    amount->selectAll();
    test::typeInto(amount, u"90000"_s);
    const auto before = bed.snapshot();
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY2(dialog.refusalText().contains(u"Reason for the correction"_s), qPrintable(dialog.refusalText()));
    QCOMPARE(bed.snapshot(), before);
    test::typeInto(dialog.findChild<QPlainTextEdit *>(u"reason"_s), u"缴款书金额为90000元"_s);
    QCOMPARE(dialog.command().value(u"amount"_s).toString(), u"90000"_s);
    QVERIFY(!dialog.command().contains(u"payer"_s)); // unchanged: not sent
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const CaseFile after = bed.service().caseFile(c).value();
    QCOMPARE(after.payments.first().amount.fen(), 9000000);
    QCOMPARE(after.timeline.last().summary,
             u"Correction of payment 1: Amount: 100,000.00 yuan → 90,000.00 yuan. Reason: 缴款书金额为90000元"_s);
}

// With ECOCLAIM_SHOT_DIR set (run on a real display), the two dialogs are saved in Chinese for looking at.
void TestCorrectionDialogs::screenshots()
{
    const QString dir = qEnvironmentVariable("ECOCLAIM_SHOT_DIR");
    if (dir.isEmpty())
        QSKIP("ECOCLAIM_SHOT_DIR not set");
    QTranslator chinese;
    QVERIFY(chinese.load(u":/i18n/ecoclaim_zh_CN.qm"_s));
    QCoreApplication::installTranslator(&chinese);
    test::CaseTestbed bed;
    const QString c = bed.caseAt(Stage::Agreement);
    bed.apply(json(R"({"cmd":"record_payment","paid_on":"2026-04-10","amount":"100000.00","payer":"上海某化工有限公司"})"), c);
    const CaseFile file = bed.service().caseFile(c).value();
    for (const QString &command : {u"update_case"_s, u"correct_payment"_s}) {
        ui::CommandDialog dialog(bed.service(), *findCommand(command), &file, test::CaseTestbed::today());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        if (command == u"correct_payment"_s) {
            test::typeInto(dialog.findChild<QLineEdit *>(u"payment"_s), u"1"_s);
            dialog.accept(); // no reason: the refusal shows
        }
        QTest::qWait(200);
        QVERIFY(dialog.grab().save(dir + u"/dialog-"_s + command + u".png"_s));
    }
    QCoreApplication::removeTranslator(&chinese);
}

QTEST_MAIN(TestCorrectionDialogs)
#include "tst_correctiondialogs.moc"
