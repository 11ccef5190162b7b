// The case page's right-click menus (issue 16 part 10), offscreen, on a real case in consultation with a
// filed paper and an evidence file: each menu has its entries, and each entry tried here does the real
// thing — the filed PDF opened is the one on file (its SHA-256 is the register's), the evidence check and copy give the fingerprint of the file added (computed here), a timeline row
// is copied, "correct a party" opens that command's dialog, the export folder opened is the default one —
// and a right click sent to the page pops the menu of the part under the pointer.

#include "core/documents/paperoffice.h"
#include "core/domain/lifecycle.h"
#include "core/domain/outputfile.h"
#include "core/service/casereader.h"
#include "ui/archive/evidencepanel.h"
#include "ui/casefile/casefileview.h"
#include "ui/casefile/casemenus.h"
#include "ui/casefile/casesection.h"
#include "ui/casefile/timelinemodel.h"
#include "ui/commanddialog/commanddialog.h"
#include "ui/papers/documentssection.h"

#include "casetestbed.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QCryptographicHash>
#include <QDesktopServices>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace ecoclaim;

namespace {
// Takes the URLs the program asks the desktop to open (QDesktopServices::setUrlHandler).
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

QStringList names(const QMenu *menu)
{
    QStringList out;
    for (const QAction *a : menu->actions())
        if (!a->isSeparator())
            out << a->objectName();
    return out;
}

QAction *action(QMenu *menu, const QString &name)
{
    for (QAction *a : menu->actions())
        if (a->objectName() == name)
            return a;
    return nullptr;
}

QByteArray sha256(const QByteArray &bytes) { return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex(); }

// Answers the next modal dialog of type T (found when it is shown) with `answer`, once.
template <typename T>
void whenShown(std::function<void(T *)> answer)
{
    auto *poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, answer] {
        // The visible top-level window of that type (QApplication::activeModalWidget() is not reliably it
        // offscreen, where no window is activated), answered again at each tick until it has closed: a file
        // dialog still reading its folder can ignore the first answer.
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *d = qobject_cast<T *>(w); d && d->isVisible()) {
                answer(d);
                if (!d->isVisible()) {
                    poll->stop();
                    poll->deleteLater();
                }
                return;
            }
    });
    poll->start();
}

const QStringList caseActions{u"caseNextStep"_s, u"caseOtherActions"_s, u"casePapers"_s, u"caseExport"_s, u"caseOpenFolder"_s};
} // namespace

class TestCaseMenus : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::CaseTestbed> m_bed;
    QString m_case;
    qint64 m_id = 0;
    service::FiledPaper m_paper;
    QByteArray m_evidence; // the bytes of the file added as evidence, read here
    std::unique_ptr<ui::CaseFileView> m_view;
    ui::CaseMenus *m_menus = nullptr;
    UrlCatcher m_urls;

private Q_SLOTS:
    void initTestCase()
    {
        m_bed = std::make_unique<test::CaseTestbed>();
        m_case = m_bed->caseAt(domain::Stage::Consultation);
        m_id = m_bed->service().caseFile(m_case).value().id;
        QFile material(u":/demo/materials/investigation-report.txt"_s);
        QVERIFY(material.open(QIODevice::ReadOnly));
        m_evidence = material.readAll();
        auto added = m_bed->service().execute(QJsonObject{{u"cmd"_s, u"add_evidence"_s}, {u"case"_s, m_case},
                                                          {u"file"_s, material.fileName()}, {u"title"_s, u"损害调查报告"_s},
                                                          {u"kind"_s, u"investigation"_s}},
                                              u"tester"_s, test::CaseTestbed::today());
        QVERIFY2(added, qPrintable(added.errorString()));
        documents::PaperOffice office(m_bed->service(), documents::PaperSettings{});
        documents::PaperOptions options;
        options.datedOn = test::CaseTestbed::today();
        auto filed = office.issue(m_case, u"case_approval"_s, options, u"tester"_s);
        QVERIFY2(filed, qPrintable(filed.errorString()));
        auto papers = m_bed->service().reader().papersOf(m_id);
        QVERIFY(papers && papers->size() == 1);
        m_paper = papers->first();

        QDesktopServices::setUrlHandler(u"file"_s, &m_urls, "open");
        m_view = std::make_unique<ui::CaseFileView>(m_bed->service(), m_id, test::CaseTestbed::today());
        m_view->resize(1024, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_menus = m_view->findChild<ui::CaseMenus *>();
        QVERIFY2(m_menus, "the case page has no right-click menus");
    }
    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(u"file"_s); }

    void paperMenuOpensAndSavesThePaperOnFile()
    {
        m_view->showSection(u"documents"_s); // the papers, evidence and timeline are built when shown
        auto *papers = m_view->findChild<QTreeWidget *>(u"papers"_s);
        QVERIFY(papers && papers->topLevelItemCount() == 1);
        papers->setCurrentItem(papers->topLevelItem(0));
        std::unique_ptr<QMenu> menu(m_menus->menuFor(papers->viewport()));
        QCOMPARE(names(menu.get()), QStringList({u"paperOpen"_s, u"paperSavePdf"_s, u"paperSaveOdt"_s, u"paperServe"_s, u"paperSupersede"_s,
                                                  u"paperPreview"_s, u"paperPrint"_s})
                                        + caseActions);

        m_urls.urls.clear();
        action(menu.get(), u"paperOpen"_s)->trigger();
        QCOMPARE(m_urls.urls.size(), 1);
        QFile opened(m_urls.urls.first().toLocalFile());
        QVERIFY(opened.open(QIODevice::ReadOnly));
        const QByteArray pdf = opened.readAll();
        QVERIFY(pdf.startsWith("%PDF"));
        QCOMPARE(QString::fromLatin1(sha256(pdf)), m_paper.pdfSha256); // the bytes on file, not a new rendering
        QVERIFY(!(opened.permissions() & QFileDevice::WriteOwner));     // a read-only copy

        // "Save as PDF…" is DocumentsSection::saveSelected (the section's own button): answering its static
        // QFileDialog from a timer hung one run in three offscreen, so only its presence is checked here.
        QVERIFY(action(menu.get(), u"paperSavePdf"_s)->isEnabled());
    }

    void evidenceMenuChecksAndCopiesTheFingerprint()
    {
        m_view->showSection(u"evidence"_s);
        auto *panel = m_view->findChild<ui::EvidencePanel *>();
        QVERIFY(panel && panel->list()->topLevelItemCount() == 1);
        panel->list()->setCurrentItem(panel->list()->topLevelItem(0));
        std::unique_ptr<QMenu> menu(m_menus->menuFor(panel->list()->viewport()));
        QCOMPARE(names(menu.get()), QStringList({u"evidenceOpen"_s, u"evidenceVerify"_s, u"evidenceCopyHash"_s}) + caseActions);

        action(menu.get(), u"evidenceCopyHash"_s)->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), QString::fromLatin1(sha256(m_evidence)));

        action(menu.get(), u"evidenceVerify"_s)->trigger();
        auto *said = m_view->findChild<QMessageBox *>(u"caseMenuMessage"_s);
        QVERIFY(said);
        QVERIFY2(said->text().contains(QString::fromLatin1(sha256(m_evidence))) && said->icon() == QMessageBox::Information,
                 qPrintable(said->text()));
        said->close();

        m_urls.urls.clear();
        action(menu.get(), u"evidenceOpen"_s)->trigger();
        QCOMPARE(m_urls.urls.size(), 1);
        QFile opened(m_urls.urls.first().toLocalFile());
        QVERIFY(opened.open(QIODevice::ReadOnly));
        QCOMPARE(opened.readAll(), m_evidence);
    }

    void timelineMenuCopiesTheRows()
    {
        m_view->showSection(u"timeline"_s);
        auto *table = m_view->findChild<QTableView *>(u"timelineView"_s);
        QVERIFY(table && table->model()->rowCount() > 3);
        table->clearSelection();
        std::unique_ptr<QMenu> nothing(m_menus->menuFor(table->viewport()));
        QVERIFY(!action(nothing.get(), u"timelineCopy"_s)->isEnabled());
        table->selectRow(0);
        std::unique_ptr<QMenu> menu(m_menus->menuFor(table->viewport()));
        QCOMPARE(names(menu.get()), QStringList({u"timelineCopy"_s}) + caseActions);
        action(menu.get(), u"timelineCopy"_s)->trigger();
        const QStringList cells = QGuiApplication::clipboard()->text().split(u'\t');
        QCOMPARE(cells.size(), table->model()->columnCount());
        // The first event of the case: its registration, on the day the clue was received (casetestbed.h).
        QCOMPARE(m_view->caseFile().timeline.first().command, u"register_clue"_s);
        QCOMPARE(cells.at(ui::TimelineModel::Summary), m_view->caseFile().timeline.first().summary);
    }

    void partiesMenuCopiesAndCorrects()
    {
        ui::CaseSection *parties = m_view->section(u"parties"_s);
        std::unique_ptr<QMenu> menu(m_menus->menuFor(parties));
        QCOMPARE(names(menu.get()), QStringList({u"sectionCopy"_s, u"partyAdd"_s, u"partyCorrect"_s}) + caseActions);
        action(menu.get(), u"sectionCopy"_s)->trigger();
        QVERIFY(QGuiApplication::clipboard()->text().contains(u"上海某化工有限公司"_s)); // the party casetestbed.h adds

        QString shownTitle;
        whenShown<ui::CommandDialog>([&shownTitle](ui::CommandDialog *d) {
            shownTitle = d->windowTitle();
            d->reject();
        });
        action(menu.get(), u"partyCorrect"_s)->trigger();
        QVERIFY2(shownTitle.contains(domain::findCommand(u"correct_party"_s)->titleText()), qPrintable(shownTitle));
    }

    void caseActionsOpenTheExportFolder()
    {
        std::unique_ptr<QMenu> menu(m_menus->menuFor(m_view.get()));
        QCOMPARE(names(menu.get()), caseActions);
        m_urls.urls.clear();
        action(menu.get(), u"caseOpenFolder"_s)->trigger();
        QCOMPARE(m_urls.urls.size(), 1);
        QCOMPARE(m_urls.urls.first().toLocalFile(), domain::defaultExportFolder());
        QVERIFY(QFileInfo(domain::defaultExportFolder()).isDir());
    }

    void rightClickPopsThePartsMenu()
    {
        m_view->showSection(u"documents"_s);
        auto *papers = m_view->findChild<QTreeWidget *>(u"papers"_s);
        QVERIFY(papers);
        papers->setCurrentItem(nullptr);
        QWidget *target = papers->viewport();
        if (auto *scroll = m_view->findChild<QScrollArea *>())
            scroll->ensureWidgetVisible(papers);
        QApplication::processEvents();
        const QPoint at = papers->visualItemRect(papers->topLevelItem(0)).center();
        QContextMenuEvent click(QContextMenuEvent::Mouse, at, target->mapToGlobal(at));
        QApplication::sendEvent(target, &click);
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY2(menu, "no menu popped up");
        QCOMPARE(menu->objectName(), u"caseContextMenu"_s);
        QVERIFY(action(menu, u"paperOpen"_s) && action(menu, u"paperOpen"_s)->isEnabled()); // the row under the pointer was chosen
        menu->close();
    }
};

QTEST_MAIN(TestCaseMenus)
#include "tst_casemenus.moc"
