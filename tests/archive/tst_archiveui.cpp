// The archive's widgets driven like a caseworker would: the evidence list, adding by dialog and by
// dropping a file, the self-check, export with progress, verification.
#include "archivetestkit.h"

#include "ui/archive/archivedialogs.h"
#include "ui/archive/evidencedialog.h"
#include "ui/archive/evidencepanel.h"
#include "ui/archive/selfcheckview.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using test::CaseTestbed;
using test::json;

class TestArchiveUi : public QObject
{
    Q_OBJECT
private slots:
    void evidencePanelAddsByDialogAndDrop();
    void selfCheckListsWhatIsMissing();
    void exportAndVerifyDialogs();
};

void TestArchiveUi::evidencePanelAddsByDialogAndDrop()
{
    CaseTestbed bed;
    const QString c = bed.caseAt(domain::Stage::Investigation);
    bed.apply(json(R"({"cmd":"add_evidence","file":":/demo/materials/judgment.txt","title":"判决书","kind":"judgment"})"), c);
    ui::EvidencePanel panel(bed.service(), c);
    QCOMPARE(panel.list()->topLevelItemCount(), 1);
    QCOMPARE(panel.list()->topLevelItem(0)->text(0), u"判决书"_s);

    // The dialog refuses a missing title in place, then adds the file.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"监测报告.pdf"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(test::makePdf(2, u"监测报告"_s));
    f.close();
    {
        ui::EvidenceDialog dialog(bed.service(), c, path);
        QCOMPARE(dialog.titleEdit()->text(), u"监测报告"_s);
        dialog.titleEdit()->clear();
        dialog.accept();
        QVERIFY(!dialog.problemText().isEmpty());
        QVERIFY(dialog.isVisible() || dialog.result() != QDialog::Accepted);
    }

    // Dropping the file opens the dialog with it; accepting adds it to the list.
    QTimer::singleShot(0, [] {}); // let the queued open run inside the test's event loop
    bool seen = false;
    QTimer poll;
    connect(&poll, &QTimer::timeout, [&] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *d = qobject_cast<ui::EvidenceDialog *>(w); d && d->isVisible()) {
                seen = d->fileEdit()->text() == path;
                d->kindBox()->setCurrentIndex(d->kindBox()->findData(u"investigation"_s));
                d->accept();
                if (!d->problemText().isEmpty())
                    qWarning() << d->problemText();
            }
    });
    poll.start(20);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&panel, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&panel, &drop);
    QTRY_COMPARE(panel.list()->topLevelItemCount(), 2);
    QVERIFY(seen);
    QCOMPARE(panel.list()->topLevelItem(1)->text(3), u"2"_s); // pages counted
}

void TestArchiveUi::selfCheckListsWhatIsMissing()
{
    CaseTestbed bed;
    const QString c = bed.caseAt(domain::Stage::Closed);
    ui::SelfCheckView view(bed.service(), c);
    QCOMPARE(view.list()->count(), 5);
    QVERIFY(view.list()->item(0)->text().contains(u"42"_s) || view.list()->item(0)->text().contains(u"四十二"_s));
    bed.addArchiveMaterials(c);
    view.refresh();
    QCOMPARE(view.list()->count(), 0);
}

void TestArchiveUi::exportAndVerifyDialogs()
{
    CaseTestbed bed;
    const QString c = bed.caseAt(domain::Stage::Archived);
    QTemporaryDir dir;
    ui::ArchiveExportDialog exporter(bed.service(), c);
    exporter.pathEdit()->setText(dir.filePath(u"a.zip"_s));
    QTest::mouseClick(exporter.exportButton(), Qt::LeftButton);
    QCOMPARE(exporter.progress()->value(), 100);
    QVERIFY2(QFile::exists(dir.filePath(u"a.zip"_s)), qPrintable(exporter.resultText()));

    ui::ArchiveVerifyDialog verifier(dir.filePath(u"a.zip"_s));
    QTest::mouseClick(verifier.verifyButton(), Qt::LeftButton);
    QVERIFY2(verifier.passed(), qPrintable(verifier.reportText()));
    verifier.pathEdit()->setText(dir.filePath(u"missing.zip"_s));
    QTest::mouseClick(verifier.verifyButton(), Qt::LeftButton);
    QVERIFY(!verifier.passed());
    QVERIFY(!verifier.reportText().isEmpty());
}

QTEST_MAIN(TestArchiveUi)
#include "tst_archiveui.moc"
