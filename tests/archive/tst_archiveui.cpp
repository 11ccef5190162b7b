// The archive's widgets driven like a caseworker would: the evidence list, adding by dialog and by
// dropping a file, the self-check, export with progress, verification.
#include "archivetestkit.h"

#include "ui/archive/archivedialogs.h"
#include "ui/archive/evidencedialog.h"
#include "ui/archive/evidencepanel.h"
#include "ui/archive/selfcheckview.h"
#include "ui/archive/signingkeydialog.h"

#include <QApplication>
#include <QCheckBox>
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
    void signingKeyRotationWithPassphrase();
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
    {
        // Without the unit's signing key there is no export: the dialog says how to make one.
        ui::ArchiveExportDialog unsigned_(bed.service(), c);
        unsigned_.pathEdit()->setText(dir.filePath(u"unsigned.zip"_s));
        QTest::mouseClick(unsigned_.exportButton(), Qt::LeftButton);
        QVERIFY2(unsigned_.resultText().contains(u"key create"_s), qPrintable(unsigned_.resultText()));
        QVERIFY(!QFile::exists(dir.filePath(u"unsigned.zip"_s)));
    }
    // The administrator creates it (File ▸ Signing key…), into the data folder of the test home.
    ui::SigningKeyDialog keys(bed.service());
    QVERIFY(!keys.createButton()->isEnabled());
    keys.holderEdit()->setText(u"上海市金山区生态环境局"_s); // typed: keyClicks knows ASCII only
    QVERIFY(keys.createButton()->isEnabled());
    QTest::mouseClick(keys.createButton(), Qt::LeftButton);
    QVERIFY2(keys.messageText().contains(u"Created"_s) || keys.messageText().contains(u"已创建"_s), qPrintable(keys.messageText()));
    QVERIFY(keys.keysText().contains(u"上海市金山区生态环境局"_s));

    ui::ArchiveExportDialog exporter(bed.service(), c);
    QVERIFY(exporter.passphraseEdit()->isHidden()); // a key without a passphrase asks for none
    exporter.pathEdit()->setText(dir.filePath(u"a.zip"_s));
    QTest::mouseClick(exporter.exportButton(), Qt::LeftButton);
    QCOMPARE(exporter.progress()->value(), 100);
    QVERIFY2(QFile::exists(dir.filePath(u"a.zip"_s)), qPrintable(exporter.resultText()));

    ui::ArchiveVerifyDialog verifier(bed.service(), dir.filePath(u"a.zip"_s));
    QTest::mouseClick(verifier.verifyButton(), Qt::LeftButton);
    QVERIFY2(verifier.passed(), qPrintable(verifier.reportText()));
    verifier.pathEdit()->setText(dir.filePath(u"missing.zip"_s));
    QTest::mouseClick(verifier.verifyButton(), Qt::LeftButton);
    QVERIFY(!verifier.passed());
    QVERIFY(!verifier.reportText().isEmpty());
}

// Rotation through the window: a second key needs the "replace" box ticked and a passphrase typed twice
// alike; the export then asks for that passphrase; the first key stays trusted.
void TestArchiveUi::signingKeyRotationWithPassphrase()
{
    CaseTestbed bed;
    const QString c = bed.caseAt(domain::Stage::Archived);
    QTemporaryDir dir;
    ui::SigningKeyDialog keys(bed.service());
    keys.holderEdit()->setText(u"上海市奉贤区生态环境局"_s);
    QTest::mouseClick(keys.createButton(), Qt::LeftButton);
    ui::ArchiveExportDialog first(bed.service(), c);
    first.pathEdit()->setText(dir.filePath(u"first.zip"_s));
    QTest::mouseClick(first.exportButton(), Qt::LeftButton);
    QVERIFY2(QFile::exists(dir.filePath(u"first.zip"_s)), qPrintable(first.resultText()));

    QVERIFY(keys.replaceBox()->isVisible() || !keys.replaceBox()->isHidden());
    QTest::keyClicks(keys.passphraseEdit(), u"spring river 2026"_s);
    QTest::keyClicks(keys.repeatEdit(), u"spring river 2025"_s);
    QVERIFY(!keys.createButton()->isEnabled()); // the two passphrases differ, and the box is not ticked
    keys.repeatEdit()->clear();
    QTest::keyClicks(keys.repeatEdit(), u"spring river 2026"_s);
    QVERIFY(!keys.createButton()->isEnabled()); // still not ticked
    keys.replaceBox()->setChecked(true);
    QVERIFY(keys.createButton()->isEnabled());
    QTest::mouseClick(keys.createButton(), Qt::LeftButton);
    QVERIFY(keys.keysText().contains(u"still trusted"_s) || keys.keysText().contains(u"仍受信任"_s));

    ui::ArchiveExportDialog second(bed.service(), c);
    QVERIFY(!second.passphraseEdit()->isHidden());
    second.pathEdit()->setText(dir.filePath(u"second.zip"_s));
    QTest::keyClicks(second.passphraseEdit(), u"wrong"_s);
    QTest::mouseClick(second.exportButton(), Qt::LeftButton);
    QVERIFY(!QFile::exists(dir.filePath(u"second.zip"_s)));
    QVERIFY2(second.resultText().contains(u"passphrase"_s) || second.resultText().contains(u"口令"_s), qPrintable(second.resultText()));
    second.passphraseEdit()->clear();
    QTest::keyClicks(second.passphraseEdit(), u"spring river 2026"_s);
    QTest::mouseClick(second.exportButton(), Qt::LeftButton);
    QVERIFY2(QFile::exists(dir.filePath(u"second.zip"_s)), qPrintable(second.resultText()));

    // Both archives verify: the retired key is still trusted.
    for (const QString &zip : {u"first.zip"_s, u"second.zip"_s}) {
        ui::ArchiveVerifyDialog verifier(bed.service(), dir.filePath(zip));
        QTest::mouseClick(verifier.verifyButton(), Qt::LeftButton);
        QVERIFY2(verifier.passed(), qPrintable(verifier.reportText()));
    }
}

QTEST_MAIN(TestArchiveUi)
#include "tst_archiveui.moc"
