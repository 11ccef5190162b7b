#pragma once
// The full text of the Shanghai rules (《上海市生态环境损害赔偿工作实施细则》, 沪环规〔2024〕5号), article by
// article, for the Help window and for every refusal or requirement that cites one (ArticleRef). The text
// is resources/rules/shanghai-eco-damage-compensation-rules-2024.txt (a public regulation, as published),
// compiled in; the layout of the published PDF (line breaks inside sentences, page numbers, spaces between
// characters) is undone here, the enumerated items （一）（二）… start lines of their own.

#include <QList>
#include <QString>

namespace ecoclaim::domain {

struct RulesArticle
{
    int number = 0;  // 第N条
    QString chapter; // "第五章 磋商与诉讼"
    QString heading; // "磋商告知" (the bracketed title)
    QString text;    // the article's text, items on lines of their own
};

// The 47 articles in order (parsed once).
const QList<RulesArticle> &rulesArticles();
// Article N, or nullptr.
const RulesArticle *rulesArticle(int number);
// Where the text is compiled from (the resource path), for messages and tests.
QString rulesResourcePath();

} // namespace ecoclaim::domain
