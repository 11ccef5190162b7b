#include "core/storage/searchindex.h"

#include "core/storage/sqlquery.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace ecoclaim::storage::search {

namespace {
QString hexOf(char32_t cp) { return QString::number(quint32(cp), 16); }

QString unigram(char32_t a) { return u'x' + hexOf(a); }
QString bigram(char32_t a, char32_t b) { return u'x' + hexOf(a) + u'x' + hexOf(b); }

// A gram as one number: the first code point above, the second (or 0 for a unigram) below. Code
// points are < 0x110000, so 0 is never a real second one.
quint64 gramKey(char32_t a, char32_t b) { return (quint64(a) << 32) | b; }

void addGrams(const QString &text, std::vector<quint64> &out)
{
    const QList<uint> cps = text.toUcs4();
    for (qsizetype i = 0; i < cps.size(); ++i) {
        out.push_back(gramKey(cps.at(i), 0));
        if (i + 1 < cps.size())
            out.push_back(gramKey(cps.at(i), cps.at(i + 1)));
    }
}

void appendHex(QString &out, quint32 cp)
{
    static const char16_t digits[] = u"0123456789abcdef";
    char16_t buffer[8];
    int n = 0;
    do {
        buffer[n++] = digits[cp & 0xf];
        cp >>= 4;
    } while (cp);
    out += u'x';
    while (n)
        out += QChar(buffer[--n]);
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
    // Numbers, not strings, are collected and sorted: hashing a QString per character was most of the
    // cost of rebuilding 100,000 cases. The order (by code point) is fixed, which is all a contentless
    // FTS5 'delete' needs — with detail=none it matches tokens, not positions.
    std::vector<quint64> keys;
    keys.reserve(size_t(2 * (d.title.size() + d.parties.size() + d.addresses.size() + d.description.size())));
    for (const QString *column : {&d.title, &d.parties, &d.addresses, &d.description})
        addGrams(*column, keys);
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    QString tokens;
    tokens.reserve(qsizetype(keys.size()) * 12);
    for (quint64 key : keys) {
        if (!tokens.isEmpty())
            tokens += u' ';
        appendHex(tokens, quint32(key >> 32));
        if (const quint32 second = quint32(key & 0xffffffffU))
            appendHex(tokens, second);
    }
    return tokens;
}

SearchDocument documentFrom(const QString &title, const QString &site, const QString &description,
                            const QList<PartyText> &parties)
{
    SearchDocument d;
    d.title = title;
    d.description = description;
    QStringList names, addresses{site};
    for (const PartyText &p : parties) {
        names << p.name;
        if (!p.creditCode.isEmpty())
            names << p.creditCode;
        if (!p.address.isEmpty())
            addresses << p.address;
    }
    d.parties = names.join(u'\n');
    d.addresses = addresses.join(u'\n');
    return d;
}

domain::Result<SearchDocument> documentFor(const QSqlDatabase &db, qint64 caseId)
{
    auto c = exec(db, u"SELECT title, site, description FROM cases WHERE id = ?"_s, {caseId});
    if (!c)
        return c.problems();
    QString title, site, description;
    if (c.value().next()) {
        title = c.value().value(0).toString();
        site = c.value().value(1).toString();
        description = c.value().value(2).toString();
    } else if (auto s = readEnded(c.value()); !s) {
        return s.problems();
    }
    auto p = exec(db, u"SELECT name, credit_code, address FROM parties WHERE case_id = ? ORDER BY seq"_s, {caseId});
    if (!p)
        return p.problems();
    QList<PartyText> parties;
    while (p.value().next())
        parties << PartyText{p.value().value(0).toString(), p.value().value(1).toString(), p.value().value(2).toString()};
    if (auto s = readEnded(p.value()); !s)
        return s.problems();
    return documentFrom(title, site, description, parties);
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
    const bool indexed = old.value().next();
    if (auto s = readEnded(old.value()); !s)
        return s;
    if (indexed) {
        const SearchDocument previous{old.value().value(0).toString(), old.value().value(1).toString(),
                                      old.value().value(2).toString(), old.value().value(3).toString()};
        old.value().finish();
        if (auto q = execWrite(db, u"INSERT INTO case_grams(case_grams, rowid, grams) VALUES('delete', ?, ?)"_s,
                          {caseId, gramTokens(previous)}); !q)
            return q.problems();
        if (auto q = execWrite(db, u"DELETE FROM case_fts WHERE rowid = ?"_s, {caseId}); !q)
            return q.problems();
    }
    if (auto q = execWrite(db, u"INSERT INTO case_fts(rowid, title, parties, addresses, description) VALUES(?, ?, ?, ?, ?)"_s,
                      {caseId, document.title, document.parties, document.addresses, document.description}); !q)
        return q.problems();
    if (auto q = execWrite(db, u"INSERT INTO case_grams(rowid, grams) VALUES(?, ?)"_s, {caseId, gramTokens(document)}); !q)
        return q.problems();
    return domain::success();
}

domain::Status rebuild(const QSqlDatabase &db, const std::function<void(qint64, qint64)> &progress)
{
    for (const QString &sql : {u"DELETE FROM case_fts"_s, u"INSERT INTO case_grams(case_grams) VALUES('delete-all')"_s})
        if (auto q = exec(db, sql); !q)
            return q.problems();
    auto total = scalar(db, u"SELECT count(*) FROM cases"_s);
    if (!total)
        return total.problems();
    // Two cursors in case order, merged: every case's parties follow it (a join would repeat the
    // 200-character description once per party).
    auto cases = exec(db, u"SELECT id, title, site, description FROM cases ORDER BY id"_s);
    if (!cases)
        return cases.problems();
    auto parties = exec(db, u"SELECT case_id, name, credit_code, address FROM parties ORDER BY case_id, seq"_s);
    if (!parties)
        return parties.problems();
    QSqlQuery &c = cases.value();
    QSqlQuery &p = parties.value();
    bool partyRow = p.next();

    QSqlQuery text(db), grams(db);
    if (!text.prepare(u"INSERT INTO case_fts(rowid, title, parties, addresses, description) VALUES(?, ?, ?, ?, ?)"_s)
        || !grams.prepare(u"INSERT INTO case_grams(rowid, grams) VALUES(?, ?)"_s))
        return storageProblem(QCoreApplication::translate("ecoclaim::Storage", "prepare a statement"),
                              text.lastError().text() + grams.lastError().text());
    qint64 done = 0;
    while (c.next()) {
        const qint64 id = c.value(0).toLongLong();
        QList<PartyText> caseParties;
        while (partyRow && p.value(0).toLongLong() < id)
            partyRow = p.next(); // a party of a case that does not exist: nothing to index
        while (partyRow && p.value(0).toLongLong() == id) {
            caseParties << PartyText{p.value(1).toString(), p.value(2).toString(), p.value(3).toString()};
            partyRow = p.next();
        }
        SearchDocument d = documentFrom(c.value(1).toString(), c.value(2).toString(), c.value(3).toString(), caseParties);
        d.title = normalise(d.title);
        d.parties = normalise(d.parties);
        d.addresses = normalise(d.addresses);
        d.description = normalise(d.description);
        text.bindValue(0, id);
        text.bindValue(1, d.title);
        text.bindValue(2, d.parties);
        text.bindValue(3, d.addresses);
        text.bindValue(4, d.description);
        grams.bindValue(0, id);
        grams.bindValue(1, gramTokens(d));
        if (!text.exec() || !grams.exec())
            return storageProblem(QCoreApplication::translate("ecoclaim::Storage", "run a statement"),
                                  text.lastError().text() + grams.lastError().text());
        if (progress)
            progress(++done, total.value().toLongLong());
    }
    // Either cursor stopping on an error would leave cases out of the index.
    for (const QSqlQuery *q : {&c, &p})
        if (auto s = readEnded(*q); !s)
            return s;
    c.finish();
    p.finish();
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
