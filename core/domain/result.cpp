#include "core/domain/result.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace ecoclaim::domain {

QString Problem::toString() const
{
    if (article.isNull())
        return message;
    const QString cite = article.toString();
    // Chinese citations go in full-width brackets, as in official papers.
    if (cite.startsWith(u'第') || cite.contains(u"第"_s))
        return message + u"（"_s + cite + u"）"_s;
    return message + u" ("_s + cite + u')';
}

QString Problems::toString() const
{
    QStringList lines;
    for (const Problem &p : m_list)
        lines << p.toString();
    return lines.join(u'\n');
}

} // namespace ecoclaim::domain
