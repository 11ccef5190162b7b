#include "ui/help/helpwindow.h"

#include "core/domain/article.h"
#include "core/domain/rulestext.h"
#include "ui/help/articlelinks.h"
#include "ui/help/helppages.h"

#include <QApplication>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPointer>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace ecoclaim::ui {

namespace {
QPointer<HelpWindow> theWindow;
constexpr int kPageRole = Qt::UserRole + 1;
} // namespace

HelpWindow *HelpWindow::open(QWidget *from)
{
    // A modal dialog blocks every window but its own children: help opens as the dialog's child then.
    QWidget *owner = QApplication::activeModalWidget();
    if (!owner && from)
        owner = from->window();
    if (!theWindow)
        theWindow = new HelpWindow(owner);
    else if (owner && theWindow->parentWidget() != owner && !theWindow->isAncestorOf(owner)) {
        const QRect geometry = theWindow->geometry();
        theWindow->setParent(owner, Qt::Window);
        theWindow->setGeometry(geometry);
    }
    theWindow->show();
    theWindow->raise();
    theWindow->activateWindow();
    return theWindow;
}

HelpWindow::HelpWindow(QWidget *parent)
    : QWidget(parent, Qt::Window), m_contents(new QTreeWidget(this)), m_text(new QTextBrowser(this))
{
    setObjectName(u"helpWindow"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("EcoClaim Help"));
    m_contents->setObjectName(u"helpContents"_s);
    m_text->setObjectName(u"helpText"_s);
    m_text->setOpenLinks(false);
    m_contents->setHeaderHidden(true);

    const auto page = [this](QTreeWidgetItem *parent, const QString &title, const QString &key) {
        auto *item = parent ? new QTreeWidgetItem(parent, {title}) : new QTreeWidgetItem(m_contents, {title});
        item->setData(0, kPageRole, key);
        return item;
    };
    page(nullptr, tr("Guide to the procedure"), u"guide"_s);
    m_rulesItem = page(nullptr, tr("The rules (沪环规〔2024〕5号)"), u"rule:1"_s);
    QTreeWidgetItem *chapter = nullptr;
    QString chapterName;
    for (const domain::RulesArticle &a : domain::rulesArticles()) {
        if (a.chapter != chapterName || !chapter) {
            chapterName = a.chapter;
            chapter = page(m_rulesItem, a.chapter, articleLink(a.number));
        }
        page(chapter, u"第%1条 %2"_s.arg(domain::chineseNumeral(a.number), a.heading), articleLink(a.number));
    }
    page(nullptr, tr("Keyboard shortcuts"), u"shortcuts"_s);
    page(nullptr, tr("About EcoClaim"), u"about"_s);

    connect(m_contents, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        followLink(QUrl(item->data(0, kPageRole).toString()));
    });
    connect(m_contents, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        followLink(QUrl(item->data(0, kPageRole).toString()));
    });
    connect(m_text, &QTextBrowser::anchorClicked, this, &HelpWindow::followLink);

    auto *split = new QSplitter(this);
    split->addWidget(m_contents);
    split->addWidget(m_text);
    split->setStretchFactor(1, 1);
    split->setSizes({260, 640});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    resize(960, 640);
    showGuide();
}

void HelpWindow::followLink(const QUrl &url)
{
    const QString s = url.toString();
    if (const int n = articleOfLink(s))
        showArticle(n);
    else if (s == u"guide"_s)
        showGuide();
    else if (s == u"shortcuts"_s)
        showShortcuts();
    else if (s == u"about"_s)
        showAbout();
    else if (url.scheme() == u"https"_s || url.scheme() == u"http"_s)
        QDesktopServices::openUrl(url);
}

void HelpWindow::select(const QString &key)
{
    QTreeWidgetItemIterator it(m_contents);
    for (; *it; ++it)
        if ((*it)->data(0, kPageRole).toString() == key && (*it)->childCount() == 0) {
            m_contents->setCurrentItem(*it);
            m_contents->scrollToItem(*it);
            return;
        }
    if (key == articleLink(1))
        m_contents->setCurrentItem(m_rulesItem);
}

void HelpWindow::showGuide()
{
    m_article = 0;
    m_text->setHtml(help::guideHtml());
    select(u"guide"_s);
}

void HelpWindow::showArticle(int number)
{
    const QString html = help::articleHtml(number);
    if (html.isEmpty())
        return;
    m_article = number;
    m_text->setHtml(html);
    select(articleLink(number));
}

void HelpWindow::showShortcuts()
{
    m_article = 0;
    m_text->setHtml(help::shortcutsHtml());
    select(u"shortcuts"_s);
}

void HelpWindow::showAbout()
{
    m_article = 0;
    m_text->setHtml(help::aboutHtml());
    select(u"about"_s);
}

} // namespace ecoclaim::ui
