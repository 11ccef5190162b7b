// The Documents section of a case and the batch dialog, driven through their controls offscreen.
#include "casetestbed.h"

#include "ui/papers/documentssection.h"
#include "ui/papers/paperbatchdialog.h"

#include <QCheckBox>
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

private Q_SLOTS:
    void generateVersionsAndServe()
    {
        CaseTestbed bed;
        const QString c = bed.caseAt(domain::Stage::Consultation);
        const qint64 id = bed.service().resolve(c).value();
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
        QTest::mouseClick(generate, Qt::LeftButton);
        QTest::mouseClick(generate, Qt::LeftButton);
        QCOMPARE(papers->topLevelItemCount(), 1);
        QTreeWidgetItem *paper = papers->topLevelItem(0);
        QCOMPARE(paper->childCount(), 2);
        QCOMPARE(paper->text(1), u"沪金环损磋告〔2026〕1号"_s);
        QCOMPARE(paper->text(2), u"2"_s);
        QCOMPARE(paper->text(5).size(), 16);
        // Serving it (through the lifecycle command) shows on the entry.
        papers->setCurrentItem(paper->child(0));
        QVERIFY(section.selectedDocument() > 0);
        QVERIFY(section.recordService(service::PaperService{0, section.selectedDocument(), u"direct"_s, QDate(2026, 3, 2),
                                                            u"张经理"_s, 0, {}, {}, {}}));
        QVERIFY(papers->topLevelItem(0)->text(4).contains(u"2026-03-02"_s));
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
        QTemporaryDir out;
        ui::PaperBatchDialog dialog(bed.service(), ids);
        dialog.setPaperType(u"consultation_notice"_s);
        dialog.setOutputFolder(out.path());
        dialog.setParameters({{u"meeting_place"_s, u"金山区生态环境局会议室"_s}, {u"meeting_on"_s, u"2026-12-21"_s},
                              {u"reply_due_on"_s, u"2026-12-14"_s}});
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
