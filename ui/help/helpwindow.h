#pragma once
// Help (F1, Help menu): the guide to the procedure stage by stage, the rules' full text article by article
// (core/domain/rulestext.h) — every article a page, reached from the contents, from the guide, and from
// every refusal or requirement that cites it (rule:N links, ui/help/articlelinks.h) — the keyboard
// shortcuts, and About. One window for the program; over a modal dialog it opens as the dialog's child,
// so it can be read and scrolled while the dialog waits.

#include <QWidget>

class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace ecoclaim::ui {

class HelpWindow : public QWidget
{
    Q_OBJECT
public:
    // The program's help window, shown and raised (created at the first call). `from`: the widget asking.
    static HelpWindow *open(QWidget *from = nullptr);

    void showGuide();
    void showArticle(int number);
    void showShortcuts();
    void showAbout();
    // The article shown, 0 when another page is.
    int shownArticle() const { return m_article; }
    QTextBrowser *browser() const { return m_text; }

private:
    explicit HelpWindow(QWidget *parent);
    void followLink(const QUrl &url);
    void select(const QString &page);
    QTreeWidgetItem *m_rulesItem = nullptr;
    QTreeWidget *m_contents;
    QTextBrowser *m_text;
    int m_article = 0;
};

} // namespace ecoclaim::ui
