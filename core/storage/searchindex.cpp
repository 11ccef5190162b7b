#include "core/storage/searchindex.h"

#include "core/storage/sqlquery.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ecoclaim::storage::search {

namespace {
QString hexOf(char32_t cp) { return QString::number(quint32(cp), 16); }

QString unigram(char32_t a) { return u'x' + hexOf(a); }
QString bigram(char32_t a, char32_t b) { return u'x' + hexOf(a) + u'x' + hexOf(b); }

void addGrams(const QString &text, QSet<QString> &out)
{
    const QList<uint> cps = text.toUcs4();
    for (qsizetype i = 0; i < cps.size(); ++i) {
        out.insert(unigram(cps.at(i)));
        if (i + 1 < cps.size())
            out.insert(bigram(cps.at(i), cps.at(i + 1)));
    }
}

QString phrase(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}
} // namespace

QString normalise(QString text)
{
    for (QChar &c : text)
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + (u'a' - u'A'));
    return text;
}

QString gramTokens(const SearchDocument &d)
{
    QSet<QString> set;
    for (const QString *column : {&d.title, &d.parties, &d.addresses, &d.description})
        addGrams(*column, set);
    QStringList tokens(set.begin(), set.end());
    std::sort(tokens.begin(), tokens.end());
    return tokens.join(u' ');
}

domain::Result<SearchDocument> documentFor(const QSqlDatabase &db, qint64 caseId)
{
    auto c = exec(db, u"SELECT title, site, description FROM cases WHERE id = ?"_s, {caseId});
    if (!c)
        return c.problems();
    SearchDocument d;
    if (c.value().next()) {
        d.title = c.value().value(0).toString();
        d.addresses = c.value().value(1).toString();
        d.description = c.value().value(2).toString();
    }
    auto p = exec(db, u"SELECT name, credit_code, address FROM parties WHERE case_id = ? ORDER BY seq"_s, {caseId});
    if (!p)
        return p.problems();
    QStringList names, addresses{d.addresses};
    while (p.value().next()) {
        names << p.value().value(0).toString();
        if (!p.value().value(1).toString().isEmpty())
            names << p.value().value(1).toString();
        if (!p.value().value(2).toString().isEmpty())
            addresses << p.value().value(2).toString();
    }
    d.parties = names.join(u'\n');
    d.addresses = addresses.join(u'\n');
    return d;
}

domain::Status indexCase(const QSqlDatabase &db, qint64 caseId, SearchDocument document)
{
    document.title = normalise(document.title);
    document.parties = normalise(document.parties);
    document.addresses = normalise(document.addresses);
    document.description = normalise(document.description);

    // The contentless gram table can only forget a row if told its exact tokens: recompute them from
    // the text case_fts still holds.
    auto old = exec(db, u"SELECT title, parties, addresses, description FROM case_fts WHERE rowid = ?"_s, {caseId});
    if (!old)
        return old.problems();
    if (old.value().next()) {
        const SearchDocument previous{old.value().value(0).toString(), old.value().value(1).toString(),
                                      old.value().value(2).toString(), old.value().value(3).toString()};
        old.value().finish();
        if (auto q = exec(db, u"INSERT INTO case_grams(case_grams, rowid, grams) VALUES('delete', ?, ?)"_s,
                          {caseId, gramTokens(previous)}); !q)
            return q.problems();
        if (auto q = exec(db, u"DELETE FROM case_fts WHERE rowid = ?"_s, {caseId}); !q)
            return q.problems();
    }
    if (auto q = exec(db, u"INSERT INTO case_fts(rowid, title, parties, addresses, description) VALUES(?, ?, ?, ?, ?)"_s,
                      {caseId, document.title, document.parties, document.addresses, document.description}); !q)
        return q.problems();
    if (auto q = exec(db, u"INSERT INTO case_grams(rowid, grams) VALUES(?, ?)"_s, {caseId, gramTokens(document)}); !q)
        return q.problems();
    return domain::success();
}

domain::Status rebuild(const QSqlDatabase &db)
{
    for (const QString &sql : {u"DELETE FROM case_fts"_s, u"INSERT INTO case_grams(case_grams) VALUES('delete-all')"_s})
        if (auto q = exec(db, sql); !q)
            return q.problems();
    auto ids = idList(db, u"SELECT id FROM cases ORDER BY id"_s);
    if (!ids)
        return ids.problems();
    for (qint64 id : ids.value()) {
        auto doc = documentFor(db, id);
        if (!doc)
            return doc.problems();
        if (auto s = indexCase(db, id, doc.value()); !s)
            return s;
    }
    return domain::success();
}

Match match(const QString &query)
{
    const QString q = normalise(query.trimmed());
    if (q.isEmpty())
        return {};
    const QList<uint> cps = q.toUcs4();
    if (cps.size() >= 3)
        return {u"SELECT rowid FROM case_fts WHERE case_fts MATCH ?"_s, {phrase(q)}};
    const QString token = cps.size() == 1 ? unigram(cps.at(0)) : bigram(cps.at(0), cps.at(1));
    return {u"SELECT rowid FROM case_grams WHERE case_grams MATCH ?"_s, {phrase(token)}};
}

} // namespace ecoclaim::storage::search
