#include "ui/help/articlelinks.h"

#include "core/domain/rulestext.h"
#include "ui/help/helpwindow.h"

#include <QUrl>
#include <QVariant>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace ecoclaim::ui {

QString articleLink(int article) { return u"rule:%1"_s.arg(article); }

int articleOfLink(const QString &href)
{
    const QUrl url(href);
    if (url.scheme() != u"rule"_s)
        return 0;
    bool ok = false;
    const int n = url.path().toInt(&ok);
    return ok && domain::rulesArticle(n) ? n : 0;
}

QString problemHtml(const domain::Problem &problem)
{
    const domain::ArticleRef &a = problem.article;
    if (a.isNull() || !a.source.isEmpty() || !domain::rulesArticle(a.article))
        return problem.toString().toHtmlEscaped();
    const QString cite = a.toString();
    const QString link = u"<a href=\"%1\">%2</a>"_s.arg(articleLink(a.article), cite.toHtmlEscaped());
    if (cite.contains(u'第'))
        return problem.message.toHtmlEscaped() + u"（"_s + link + u"）"_s;
    return problem.message.toHtmlEscaped() + u" ("_s + link + u')';
}

void citeOnWidget(QWidget *widget, const domain::Problems &problems)
{
    int first = 0;
    for (const domain::Problem &p : problems.list())
        if (!p.article.isNull() && p.article.source.isEmpty() && domain::rulesArticle(p.article.article)) {
            first = p.article.article;
            break;
        }
    widget->setProperty("ecoclaimArticle", first > 0 ? QVariant(first) : QVariant());
}

bool openArticleLink(const QString &href, QWidget *from)
{
    const int n = articleOfLink(href);
    if (n <= 0)
        return false;
    HelpWindow::open(from)->showArticle(n);
    return true;
}

} // namespace ecoclaim::ui
