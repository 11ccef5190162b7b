#pragma once
// Every refusal and requirement that cites an article of the rules links to it: "…（<a>第十九条</a>）"
// opens the Help window at that article (rule:N links). A widget showing a refusal also names its first
// article in the property "ecoclaimArticle", which F1 opens (ui/help/helpkey.h).

#include "core/domain/result.h"

#include <QString>

class QWidget;

namespace ecoclaim::ui {

// The problem as toString() words it, HTML-escaped, the citation a link when it is an article of the
// Shanghai rules (another instrument's citation stays text).
QString problemHtml(const domain::Problem &problem);
// rule:19 → 19; 0 for any other link.
int articleOfLink(const QString &href);
// The link for article N.
QString articleLink(int article);
// Remembers the first article the problems cite on `widget` (for F1); clears it when none.
void citeOnWidget(QWidget *widget, const domain::Problems &problems);
// Opens the Help window at the article a rule: link names (other links: nothing). True when it did.
bool openArticleLink(const QString &href, QWidget *from = nullptr);

} // namespace ecoclaim::ui
