#include "core/domain/rulestext.h"

#include "core/domain/article.h"

#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ecoclaim::domain {

namespace {
// 一 … 四十七 → 1 … 47 (the articles' and chapters' numerals).
int numberOf(const QString &numeral)
{
    for (int n = 1; n < 100; ++n)
        if (chineseNumeral(n) == numeral)
            return n;
    return 0;
}

// The PDF's layout undone: page numbers and every space and line break go (the text is Chinese);
// an enumerated item （一）（二）… starts a line.
QString flowed(QString text)
{
    static const QRegularExpression pageNumber(u"—\\s*\\d+\\s*—"_s);
    static const QRegularExpression space(u"\\s+"_s);
    static const QRegularExpression item(u"（[一二三四五六七八九十]+）"_s);
    text.remove(pageNumber);
    text.remove(space);
    QString out;
    qsizetype from = 0;
    for (auto it = item.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(text).mid(from, m.capturedStart() - from);
        if (m.capturedStart() > 0)
            out += u'\n';
        from = m.capturedStart();
    }
    out += QStringView(text).mid(from);
    return out;
}

QList<RulesArticle> parse()
{
    QFile file(rulesResourcePath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString all = QString::fromUtf8(file.readAll());
    static const QRegularExpression chapterLine(u"^\\s*(第[一二三四五六七八九十]+章)\\s+(.+?)\\s*$"_s);
    static const QRegularExpression articleLine(u"^\\s*第([一二三四五六七八九十]+)条【([^】]+)】(.*)$"_s);
    QList<RulesArticle> articles;
    QString chapter;
    QString body;
    bool open = false; // the last article still takes lines (a chapter heading ends it)
    const auto finish = [&] {
        if (open)
            articles.last().text = flowed(body);
        open = false;
        body.clear();
    };
    for (const QString &line : all.split(u'\n')) {
        if (line.contains(u"信息公开属性"_s)) // the notice's back matter after the last article
            break;
        if (const auto c = chapterLine.match(line); c.hasMatch()) {
            finish();
            chapter = c.captured(1) + u' ' + QString(c.captured(2)).remove(u' ');
            continue;
        }
        if (const auto a = articleLine.match(line); a.hasMatch()) {
            finish();
            articles.append(RulesArticle{numberOf(a.captured(1)), chapter, a.captured(2), {}});
            body = a.captured(3);
            open = true;
            continue;
        }
        if (open)
            body += line;
    }
    finish();
    return articles;
}
} // namespace

QString rulesResourcePath() { return u":/rules/shanghai-eco-damage-compensation-rules-2024.txt"_s; }

const QList<RulesArticle> &rulesArticles()
{
    static const QList<RulesArticle> articles = parse();
    return articles;
}

const RulesArticle *rulesArticle(int number)
{
    for (const RulesArticle &a : rulesArticles())
        if (a.number == number)
            return &a;
    return nullptr;
}

} // namespace ecoclaim::domain
