#include "core/domain/article.h"
#include "core/domain/articlefromchinese.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ecoclaim::domain {

QString chineseNumeral(int n)
{
    static const QString digits = u"零一二三四五六七八九"_s;
    if (n < 0 || n > 999)
        return QString::number(n);
    if (n < 10)
        return QString(digits.at(n));
    if (n >= 100) {
        // 第一百一十条, 第二百零三条, 第二百五十条: after 百 a ten is 一十 and an empty tens place is 零.
        const int rest = n % 100;
        QString s = QString(digits.at(n / 100)) + u'百';
        if (rest == 0)
            return s;
        if (rest < 10)
            return s + u'零' + digits.at(rest);
        return s + (rest < 20 ? u"一"_s : QString()) + chineseNumeral(rest);
    }
    const int tens = n / 10, ones = n % 10;
    QString s = tens == 1 ? QString() : QString(digits.at(tens));
    s += u'十';
    if (ones)
        s += digits.at(ones);
    return s;
}

namespace {
// 十八 → 18, 二百零三 → 203 (the numerals chineseNumeral writes); -1 when it is not one.
int numeralValue(QStringView s)
{
    static const QString digits = u"零一二三四五六七八九"_s;
    int total = 0, digit = -1;
    for (const QChar c : s) {
        if (const qsizetype d = digits.indexOf(c); d >= 0) {
            digit = int(d);
        } else if (c == u'十' || c == u'百') {
            total += (digit < 0 ? 1 : digit) * (c == u'十' ? 10 : 100);
            digit = -1;
        } else {
            return -1;
        }
    }
    return s.isEmpty() ? -1 : total + std::max(digit, 0);
}
} // namespace

ArticleRef articleFromChinese(const QString &text)
{
    static const QRegularExpression form(u"^(.*?)第([零一二三四五六七八九十百]+)条(?:第([零一二三四五六七八九十百]+)款)?(?:第([零一二三四五六七八九十百]+)项)?$"_s);
    const auto m = form.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    ArticleRef r{numeralValue(m.captured(2)), m.hasCaptured(3) ? numeralValue(m.captured(3)) : 0,
                 m.hasCaptured(4) ? numeralValue(m.captured(4)) : 0, m.captured(1)};
    if (r.article <= 0 || r.paragraph < 0 || r.item < 0)
        return {};
    return r;
}

QString ArticleRef::toChinese() const
{
    if (isNull())
        return {};
    QString s = source;
    s += u"第"_s + chineseNumeral(article) + u"条"_s;
    if (paragraph)
        s += u"第"_s + chineseNumeral(paragraph) + u"款"_s;
    if (item)
        s += u"第"_s + chineseNumeral(item) + u"项"_s;
    return s;
}

QString ArticleRef::toString() const
{
    if (isNull())
        return {};
    // The Chinese form is the legal citation; the English form is a reading aid only.
    const QString english = QCoreApplication::translate("ecoclaim::ArticleRef", "Art. %1").arg(article)
        + (paragraph ? QCoreApplication::translate("ecoclaim::ArticleRef", " ¶%1").arg(paragraph) : QString())
        + (item ? u"(%1)"_s.arg(item) : QString());
    // The zh_CN translation of this marker is "zh"; any other language gets the English form.
    if (QCoreApplication::translate("ecoclaim::ArticleRef", "citation-style: en") == u"zh"_s)
        return toChinese();
    return source.isEmpty() ? english : source + u' ' + english;
}

} // namespace ecoclaim::domain
