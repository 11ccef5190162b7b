// Help (issue 16 part 9), offscreen: F1 in a dialog that refused a step opens the article the refusal
// cites, showing its text (taken here from resources/rules/ itself); the link in the refusal does the same;
// a requirement's link in the case page, clicked, too; F1 with nothing cited opens the guide; the Help menu
// has the guide, the rules (47 articles in the contents), the shortcuts and About.

#include "core/domain/rulestext.h"
#include "ui/casefile/casefileview.h"
#include "ui/casefile/richtextblock.h"
#include "ui/commanddialog/commanddialog.h"
#include "ui/help/helpkey.h"
#include "ui/help/helpwindow.h"
#include "ui/mainwindow.h"

#include "casetestbed.h"
#include "dialogdriver.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QTableView>
#include <QToolBar>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using namespace ecoclaim::domain;

namespace {
// Article N's text as the file has it, spaces and page numbers taken out (read here, not by the program).
QString articleInFile(int n)
{
    QFile file(QStringLiteral(ECOCLAIM_SOURCE_DIR) + u"/resources/rules/shanghai-eco-damage-compensation-rules-2024.txt"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the rules text is missing from resources/rules");
    QString all = QString::fromUtf8(file.readAll());
    all.remove(QRegularExpression(u"—\\s*\\d+\\s*—"_s));
    all.remove(QRegularExpression(u"\\s+"_s));
    const int start = all.indexOf(u"第"_s + chineseNumeral(n) + u"条【"_s);
    const int end = all.indexOf(u"第"_s + chineseNumeral(n + 1) + u"条【"_s, start + 1);
    return start < 0 ? QString() : all.mid(start, end - start);
}

QString shownText(ui::HelpWindow *help) { return help->browser()->toPlainText().remove(QRegularExpression(u"\\s+"_s)); }

ui::HelpWindow *helpWindow()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *h = qobject_cast<ui::HelpWindow *>(w); h && h->isVisible())
            return h;
    for (QWidget *w : QApplication::allWidgets())
        if (auto *h = qobject_cast<ui::HelpWindow *>(w); h && h->isVisible())
            return h;
    return nullptr;
}

void closeHelp()
{
    if (auto *h = helpWindow())
        h->close();
    QApplication::processEvents();
}

// The refused record_verification of tst_commanddialog: concluded before verification started (Art. 13).
struct RefusedDialog
{
    test::CaseTestbed bed;
    CaseFile file;
    std::unique_ptr<ui::CommandDialog> dialog;
    RefusedDialog()
    {
        file = bed.service().caseFile(bed.caseAt(Stage::Verification)).value();
        dialog = std::make_unique<ui::CommandDialog>(bed.service(), *findCommand(u"record_verification"), &file,
                                                     test::CaseTestbed::today());
        dialog->show();
        test::typeDate(*dialog, u"concluded_on"_s, QDate(2026, 1, 2));
        test::choose(*dialog, u"damage_found"_s, true);
        test::clickOk(*dialog);
    }
};
} // namespace

class TestHelp : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { closeHelp(); }

    void theFileHasArticle13()
    {
        QVERIFY(articleInFile(13).startsWith(u"第十三条【线索核查及移送】"_s));
        QVERIFY(articleInFile(13).size() > 100);
    }

    void f1InARefusedDialogOpensTheArticleCited()
    {
        ui::HelpKey::install(); // MainWindow installs it; here the dialog stands alone
        RefusedDialog r;
        QVERIFY(r.dialog->isVisible());
        QVERIFY2(r.dialog->refusalText().contains(u"href=\"rule:13\""_s), qPrintable(r.dialog->refusalText()));
        QVERIFY(!helpWindow());
        QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : r.dialog.get();
        QTest::keyClick(focus, Qt::Key_F1);
        ui::HelpWindow *help = helpWindow();
        QVERIFY(help);
        QCOMPARE(help->shownArticle(), 13);
        const QString text = shownText(help);
        const QString expected = articleInFile(13).section(u'】', 1); // the text after the heading
        QVERIFY2(text.contains(expected), qPrintable(text));
        QVERIFY(text.contains(u"第十三条【线索核查及移送】"_s));
        QVERIFY(r.dialog->isVisible()); // the dialog still waits, with what was typed
    }

    void theLinkInTheRefusalOpensTheArticle()
    {
        RefusedDialog r;
        auto *label = r.dialog->findChild<QLabel *>(u"refusal"_s);
        QVERIFY(label && label->isVisible());
        QVERIFY(label->textInteractionFlags() & Qt::LinksAccessibleByMouse);
        QVERIFY(!helpWindow());
        QVERIFY(QMetaObject::invokeMethod(label, "linkActivated", Q_ARG(QString, u"rule:13"_s)));
        ui::HelpWindow *help = helpWindow();
        QVERIFY(help);
        QCOMPARE(help->shownArticle(), 13);
        QVERIFY(shownText(help).contains(articleInFile(13).section(u'】', 1)));
    }

    void aRequirementsLinkInTheCaseOpensItsArticle()
    {
        test::CaseTestbed bed;
        const QString number = bed.caseAt(Stage::Verification);
        ui::MainWindow window(bed.service());
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const qint64 id = bed.service().caseFile(number).value().id;
        ui::CaseFileView *view = window.openCase(id);
        QApplication::processEvents();
        // Find a requirement block in sight and the first link in it, then click there.
        ui::RichTextBlock *block = nullptr;
        QPoint at;
        for (auto *b : view->findChildren<ui::RichTextBlock *>(u"requirements"_s)) {
            if (!b->isVisible())
                continue;
            for (int y = 0; y < b->height() && at.isNull(); y += 3)
                for (int x = 0; x < b->width(); x += 4)
                    if (b->linkAt({x, y}).startsWith(u"rule:"_s)) {
                        at = {x, y};
                        block = b;
                        break;
                    }
            if (block)
                break;
        }
        QVERIFY2(block, "no requirement with an article link in the case page");
        const int article = block->linkAt(at).mid(5).toInt();
        QVERIFY(article > 0);
        QTest::mouseClick(block, Qt::LeftButton, {}, at);
        ui::HelpWindow *help = helpWindow();
        QVERIFY(help);
        QCOMPARE(help->shownArticle(), article);
        QVERIFY(shownText(help).contains(articleInFile(article).section(u'】', 1).left(40)));
    }

    void f1WithNothingCitedOpensTheGuide()
    {
        test::CaseTestbed bed;
        ui::MainWindow window(bed.service());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QAction *context = window.findChild<QAction *>(u"helpContext"_s);
        QVERIFY(context);
        QCOMPARE(context->shortcut(), QKeySequence(Qt::Key_F1));
        context->trigger(); // what F1 does in the main window (its shortcut)
        ui::HelpWindow *help = helpWindow();
        QVERIFY(help);
        QCOMPARE(help->shownArticle(), 0);
        const QString text = help->browser()->toPlainText();
        QVERIFY2(text.contains(u"Guide to the procedure"_s), qPrintable(text));
        for (Stage s : {Stage::Clue, Stage::Verification, Stage::Consultation, Stage::Archived})
            QVERIFY2(text.contains(stageDisplayName(s)), qPrintable(stageDisplayName(s)));
        // The guide links the articles it names — each link an article of the rules, Art. 19 among them.
        const QString html = help->browser()->toHtml();
        QVERIFY(html.contains(u"\"rule:19\""_s));
        int links = 0;
        for (auto it = QRegularExpression(u"href=\"rule:(-?\\d+)\""_s).globalMatch(html); it.hasNext(); ++links) {
            const int n = it.next().captured(1).toInt();
            QVERIFY2(n >= 1 && n <= 47, qPrintable(QString::number(n)));
        }
        QVERIFY(links >= 12);
    }

    // Part 10 (as far as done): the toolbar and the list's context menu are the menus' own actions, with icons.
    void toolbarAndListMenu()
    {
        test::CaseTestbed bed;
        ui::MainWindow window(bed.service());
        window.show();
        auto *bar = window.findChild<QToolBar *>(u"mainToolBar"_s);
        QVERIFY(bar);
        QStringList onBar;
        for (QAction *a : bar->actions())
            if (!a->isSeparator()) {
                onBar << a->objectName();
                QVERIFY2(!a->icon().isNull(), qPrintable(a->objectName()));
            }
        QCOMPARE(onBar, (QStringList{u"newClue"_s, u"openCase"_s, u"papers"_s, u"exportArchive"_s, u"refresh"_s, u"helpContext"_s}));
        QCOMPARE(window.listView()->contextMenuPolicy(), Qt::ActionsContextMenu);
        QStringList onList;
        for (QAction *a : window.listView()->actions())
            onList << a->objectName();
        QCOMPARE(onList, (QStringList{u"openCase"_s, u"papers"_s, u"exportArchive"_s}));
        // The toolbar's help button is F1's action: it opens help.
        bar->widgetForAction(window.findChild<QAction *>(u"helpContext"_s));
        window.findChild<QAction *>(u"helpContext"_s)->trigger();
        QVERIFY(helpWindow());
    }

    void menuPages()
    {
        test::CaseTestbed bed;
        ui::MainWindow window(bed.service());
        window.show();
        for (const char *name : {"helpGuide", "helpRules", "helpShortcuts", "helpAbout"})
            QVERIFY2(window.findChild<QAction *>(QString::fromLatin1(name)), name);
        window.findChild<QAction *>(u"helpRules"_s)->trigger();
        ui::HelpWindow *help = helpWindow();
        QVERIFY(help);
        QCOMPARE(help->shownArticle(), 1);
        int articles = 0;
        auto *tree = help->findChild<QTreeWidget *>(u"helpContents"_s);
        for (QTreeWidgetItemIterator it(tree); *it; ++it)
            if ((*it)->childCount() == 0 && (*it)->text(0).contains(u"条 "_s))
                ++articles;
        QCOMPARE(articles, 47);
        window.findChild<QAction *>(u"helpShortcuts"_s)->trigger();
        QVERIFY(help->browser()->toPlainText().contains(u"Ctrl+N"_s));
        QVERIFY(help->browser()->toPlainText().contains(u"F1"_s));
        window.findChild<QAction *>(u"helpAbout"_s)->trigger();
        QVERIFY(help->browser()->toPlainText().contains(u"沪环规〔2024〕5号"_s));
        // A link in a page leads on: the next article from article 19.
        help->showArticle(19);
        QVERIFY(shownText(help).contains(articleInFile(19).section(u'】', 1)));
        emit help->browser()->anchorClicked(QUrl(u"rule:20"_s));
        QCOMPARE(help->shownArticle(), 20);
    }
};

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
