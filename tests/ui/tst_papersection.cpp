// The Documents section of a case and the batch dialog, driven through their controls offscreen.
#include "casetestbed.h"

#include "core/documents/papersettings.h"
#include "ui/papers/documentssection.h"
#include "ui/papers/paperbatchdialog.h"

#include <QCheckBox>
#include <QTimer>
#include <QJsonObject>
#include <QDialog>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using namespace ecoclaim::test;

class TestPaperSection : public QObject
{
    Q_OBJECT

    // Outgoing papers carry the unit's contact (issue 11); the bureau's settings live in its database.
    static void giveTheUnitAContact(CaseTestbed &bed)
    {
        auto loaded = documents::PaperSettings::load(bed.service());
        QVERIFY2(loaded, qPrintable(loaded.errorString()));
        documents::PaperSettings settings = loaded.value();
        documents::UnitPaperSettings unit = documents::PaperSettings::defaultsFor(u"310116"_s, u"district_ecology"_s);
        unit.contactPerson = u"李敏"_s;
        unit.contactPhone = u"021-57921234"_s;
        settings.setUnit(u"310116"_s, u"district_ecology"_s, unit);
        QVERIFY(settings.save(bed.service(), u"管理员"_s));
    }

private Q_SLOTS:
    void generateVersionsAndServe()
    {
        CaseTestbed bed;
        const QString c = bed.caseAt(domain::Stage::Consultation);
        const qint64 id = bed.service().resolve(c).value();
        giveTheUnitAContact(bed);
        ui::DocumentsSection section(bed.service(), id);
        auto *type = section.findChild<QComboBox *>(u"paperType"_s);
        QVERIFY(type);
        // Papers that make sense in consultation come first.
        QVERIFY(type->findData(u"consultation_notice"_s) < type->findData(u"evaluation_opinion"_s));
        type->setCurrentIndex(type->findData(u"consultation_notice"_s));
        QVERIFY(section.findChild<QLineEdit *>(u"meetingPlace"_s)->isVisibleTo(&section));
        QVERIFY(!section.findChild<QLineEdit *>(u"court"_s)->isVisibleTo(&section));
        section.findChild<QDateEdit *>(u"datedOn"_s)->setDate(QDate(2026, 3, 1));
        section.findChild<QDateEdit *>(u"meetingOn"_s)->setDate(QDate(2026, 3, 16));
        section.findChild<QDateEdit *>(u"replyDueOn"_s)->setDate(QDate(2026, 3, 10));
        // Without a place: what is missing is said, nothing is filed.
        auto *generate = section.findChild<QPushButton *>(u"generate"_s);
        QTest::mouseClick(generate, Qt::LeftButton);
        QVERIFY(section.findChild<QLabel *>(u"message"_s)->text().contains(u"磋商地点"_s));
        auto *papers = section.findChild<QTreeWidget *>(u"papers"_s);
        QCOMPARE(papers->topLevelItemCount(), 0);
        section.findChild<QLineEdit *>(u"meetingPlace"_s)->setText(u"金山区生态环境局会议室"_s); // keyClicks is ASCII-only
        section.findChild<QLineEdit *>(u"meetingTime"_s)->setText(u"上午9时30分"_s);
        QTest::mouseClick(generate, Qt::LeftButton);
        QTest::mouseClick(generate, Qt::LeftButton);
        QCOMPARE(papers->topLevelItemCount(), 2); // the notice and its 送达回证 (第十九条)
        QTreeWidgetItem *paper = papers->topLevelItem(0)->text(1).isEmpty() ? papers->topLevelItem(1) : papers->topLevelItem(0);
        QCOMPARE(paper->childCount(), 2);
        QCOMPARE(paper->text(1), u"沪金环损磋告〔2026〕1号"_s);
        QCOMPARE(paper->text(2), u"2"_s);
        QCOMPARE(paper->text(5).size(), 16);
        // Serving it (through the lifecycle command) shows on the entry.
        papers->setCurrentItem(paper->child(0));
        QVERIFY(section.selectedDocument() > 0);
        QVERIFY(section.recordService(service::PaperService{0, section.selectedDocument(), u"direct"_s, QDate(2026, 3, 2),
                                                            u"张经理"_s, 0, {}, {}, {}}));
        QTreeWidgetItem *served = papers->topLevelItem(0)->text(1).isEmpty() ? papers->topLevelItem(1) : papers->topLevelItem(0);
        QVERIFY2(served->text(4).contains(u"2 Mar 2026"_s), qPrintable(served->text(4))); // the English date form (untranslated test)
        QCOMPARE(bed.service().caseFile(c)->notices.size(), 1);
        // A picture of the section for a reviewer to look at: ECOCLAIM_SHOTS=folder.
        if (const QString shots = qEnvironmentVariable("ECOCLAIM_SHOTS"); !shots.isEmpty()) {
            section.resize(900, 640);
            papers->expandAll();
            section.grab().save(QDir(shots).filePath(u"documents-section.png"_s));
        }
        // Reprint bytes of version 1 are there for Save PDF/ODT.
        QVERIFY(section.office().reprint(section.selectedDocument(), u"odt"_s));
    }

    // The service dialog offers the case's evidence as proof, a scanned 送达回证 first, and records it.
    void serviceDialogTakesTheReceiptAsProof()
    {
        CaseTestbed bed;
        const QString c = bed.caseAt(domain::Stage::Consultation);
        const qint64 id = bed.service().resolve(c).value();
        for (const auto &[title, kind] : {std::pair{u"现场照片"_s, u"photo"_s}, std::pair{u"送达回证（扫描件）"_s, u"service_proof"_s}}) {
            auto r = bed.service().execute(QJsonObject{{u"cmd"_s, u"add_evidence"_s}, {u"case"_s, c},
                                                       {u"file"_s, u":/demo/materials/consultation-record.txt"_s},
                                                       {u"title"_s, title}, {u"kind"_s, kind}},
                                           u"tester"_s, CaseTestbed::today());
            QVERIFY2(r.ok(), qPrintable(r.errorString()));
        }
        const QList<domain::EvidenceItem> evidence = bed.service().caseFile(c)->evidence;
        QCOMPARE(evidence.size(), 2);
        const qint64 receipt = evidence.at(1).kind == u"service_proof" ? evidence.at(1).id : evidence.at(0).id;

        ui::DocumentsSection section(bed.service(), id);
        auto *type = section.findChild<QComboBox *>(u"paperType"_s);
        // A paper served on its own (the notice's service is the lifecycle command instead).
        type->setCurrentIndex(type->findData(u"compensation_agreement"_s));
        section.findChild<QDateEdit *>(u"datedOn"_s)->setDate(QDate(2026, 3, 1));
        QVERIFY2(section.generate(), qPrintable(section.findChild<QLabel *>(u"message"_s)->text()));
        auto *papers = section.findChild<QTreeWidget *>(u"papers"_s);
        papers->setCurrentItem(papers->topLevelItem(0)->child(0));

        qint64 offered = -1;
        QTimer::singleShot(0, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto *proof = dialog->findChild<QComboBox *>(u"proof"_s);
            offered = proof ? proof->currentData().toLongLong() : -1;
            dialog->findChild<QDateEdit *>()->setDate(QDate(2026, 3, 2));
            dialog->findChild<QLineEdit *>()->setText(u"张经理"_s); // received by
            dialog->accept();
        });
        QTest::mouseClick(section.findChild<QPushButton *>(u"serve"_s), Qt::LeftButton);
        QCOMPARE(offered, receipt);
        const QList<domain::FiledPaper> filed = bed.service().caseFile(c)->papers;
        QCOMPARE(filed.size(), 1);
        QVERIFY2(filed.first().services.size() == 1, qPrintable(section.findChild<QLabel *>(u"message"_s)->text()));
        QCOMPARE(filed.first().services.first().proofEvidenceId, receipt);
    }

    void archivedCaseOnlyReprints()
    {
        CaseTestbed bed;
        const QString c = bed.caseAt(domain::Stage::Archived);
        ui::DocumentsSection section(bed.service(), bed.service().resolve(c).value());
        QVERIFY(!section.findChild<QPushButton *>(u"generate"_s)->isEnabled());
        QVERIFY(section.findChild<QLabel *>(u"message"_s)->text().contains(u"42"_s));
    }

    void batchWithProgress()
    {
        CaseTestbed bed;
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i)
            ids << bed.service().resolve(bed.caseAt(domain::Stage::Consultation)).value();
        ids << bed.service().resolve(bed.caseAt(domain::Stage::Clue)).value(); // no party: refused, listed
        giveTheUnitAContact(bed);
        QTemporaryDir out;
        ui::PaperBatchDialog dialog(bed.service(), ids);
        dialog.setPaperType(u"consultation_notice"_s);
        dialog.setOutputFolder(out.path());
        dialog.setParameters({{u"meeting_place"_s, u"金山区生态环境局会议室"_s}, {u"meeting_on"_s, u"2026-12-21"_s},
                              {u"meeting_time"_s, u"上午9时30分"_s}, {u"reply_due_on"_s, u"2026-12-14"_s}});
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"start"_s), Qt::LeftButton);
        QCOMPARE(dialog.generated(), 3);
        QCOMPARE(dialog.refused(), 1);
        QCOMPARE(dialog.findChild<QProgressBar *>(u"progress"_s)->value(), 4);
        QCOMPARE(QDir(out.path()).entryList({u"*.pdf"_s}).size(), 3);
        QVERIFY(dialog.findChild<QPlainTextEdit *>(u"log"_s)->toPlainText().contains(u"沪金环损磋告"_s));
    }
};

QTEST_MAIN(TestPaperSection)
#include "tst_papersection.moc"
