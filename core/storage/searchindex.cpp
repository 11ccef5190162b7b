#include "core/storage/searchindex.h"

#include "core/storage/dialect.h"
#include "core/storage/sqlquery.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
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

domain::Result<Coverage> coverage(const QSqlDatabase &db)
{
    const bool postgres = engineOf(db) == Engine::PostgreSQL;
    Coverage c;
    auto read = forEachCachedRow(db, postgres ? u"SELECT (SELECT count(*) FROM cases), (SELECT count(*) FROM case_search), "
                                                "(SELECT count(*) FROM case_grams)"_s
                                              : u"SELECT (SELECT count(*) FROM cases), (SELECT count(*) FROM case_fts), "
                                                "(SELECT count(*) FROM case_grams)"_s,
                                 {}, [&](const QSqlQuery &q) {
                                     c.cases = q.value(0).toLongLong();
                                     c.text = q.value(1).toLongLong();
                                     c.grams = q.value(2).toLongLong();
                                 });
    if (!read)
        return read.problems();
    return c;
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

namespace {
void normaliseDocument(SearchDocument &d)
{
    d.title = normalise(d.title);
    d.parties = normalise(d.parties);
    d.addresses = normalise(d.addresses);
    d.description = normalise(d.description);
}

// PostgreSQL keeps one text per case, its four parts joined by U+001F (which no stored text holds and
// a query holding it matches nothing), and its grams as an array of 1- and 2-character strings.
const QChar partSeparator(0x1f);

QString bodyOf(const SearchDocument &d)
{
    return QStringList{d.title, d.parties, d.addresses, d.description}.join(partSeparator);
}

// The distinct 1- and 2-character grams of the document, as one string separated by U+001F
// (string_to_array(?, chr(31)) turns it into the TEXT[] column: QPSQL binds no arrays).
QString gramArrayText(const SearchDocument &d)
{
    std::vector<quint64> keys;
    keys.reserve(size_t(2 * (d.title.size() + d.parties.size() + d.addresses.size() + d.description.size())));
    for (const QString *column : {&d.title, &d.parties, &d.addresses, &d.description})
        addGrams(*column, keys);
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    QString out;
    out.reserve(qsizetype(keys.size()) * 4);
    for (quint64 key : keys) {
        if (!out.isEmpty())
            out += partSeparator;
        const char32_t gram[2] = {char32_t(key >> 32), char32_t(key & 0xffffffffU)};
        out += QString::fromUcs4(gram, gram[1] ? 2 : 1);
    }
    return out;
}

const QString postgresText = u"INSERT INTO case_search(case_id, body) VALUES(?, ?) "
                             "ON CONFLICT(case_id) DO UPDATE SET body = excluded.body"_s;
const QString postgresGrams = u"INSERT INTO case_grams(case_id, grams) VALUES(?, string_to_array(?, chr(31))) "
                              "ON CONFLICT(case_id) DO UPDATE SET grams = excluded.grams"_s;

domain::Status indexCaseSqlite(const QSqlDatabase &db, qint64 caseId, const SearchDocument &document)
{
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
} // namespace

domain::Status indexCase(const QSqlDatabase &db, qint64 caseId, SearchDocument document)
{
    normaliseDocument(document);
    if (engineOf(db) == Engine::SQLite)
        return indexCaseSqlite(db, caseId, document);
    if (auto q = execWrite(db, postgresText, {caseId, bodyOf(document)}); !q)
        return q.problems();
    if (auto q = execWrite(db, postgresGrams, {caseId, gramArrayText(document)}); !q)
        return q.problems();
    return domain::success();
}

domain::Status rebuild(const QSqlDatabase &db, const std::function<void(qint64, qint64)> &progress)
{
    const bool postgres = engineOf(db) == Engine::PostgreSQL;
    const QStringList clear = postgres ? QStringList{u"DELETE FROM case_grams"_s, u"DELETE FROM case_search"_s}
                                       : QStringList{u"DELETE FROM case_fts"_s, u"INSERT INTO case_grams(case_grams) VALUES('delete-all')"_s};
    for (const QString &sql : clear)
        if (auto q = exec(db, sql); !q)
            return q.problems();
    auto total = scalar(db, u"SELECT count(*) FROM cases"_s);
    if (!total)
        return total.problems();
    QSqlQuery text(db), grams(db);
    const bool prepared = postgres ? text.prepare(postgresText) && grams.prepare(postgresGrams)
                                   : text.prepare(u"INSERT INTO case_fts(rowid, title, parties, addresses, description) VALUES(?, ?, ?, ?, ?)"_s)
                                         && grams.prepare(u"INSERT INTO case_grams(rowid, grams) VALUES(?, ?)"_s);
    if (!prepared)
        return storageProblem(QCoreApplication::translate("ecoclaim::Storage", "prepare a statement"),
                              text.lastError().text() + grams.lastError().text());
    // Cases in batches by id, each batch's parties read with it: memory stays flat at 100,000 cases, no
    // two cursors are open at once (PostgreSQL cannot keep two on one connection), and a join would
    // repeat the 200-character description once per party.
    struct CaseText
    {
        qint64 id;
        QString title, site, description;
    };
    qint64 done = 0, after = 0;
    for (;;) {
        QList<CaseText> cases;
        auto c = exec(db, u"SELECT id, title, site, description FROM cases WHERE id > ? ORDER BY id LIMIT 2000"_s, {after});
        if (!c)
            return c.problems();
        while (c.value().next())
            cases << CaseText{c.value().value(0).toLongLong(), c.value().value(1).toString(), c.value().value(2).toString(),
                              c.value().value(3).toString()};
        if (auto s = readEnded(c.value()); !s) // a read error would leave cases out of the index
            return s;
        c.value().finish();
        if (cases.isEmpty())
            break;
        after = cases.last().id;
        QHash<qint64, QList<PartyText>> partiesOf;
        auto p = exec(db, u"SELECT case_id, name, credit_code, address FROM parties WHERE case_id BETWEEN ? AND ? "
                          "ORDER BY case_id, seq"_s,
                      {cases.first().id, cases.last().id});
        if (!p)
            return p.problems();
        while (p.value().next())
            partiesOf[p.value().value(0).toLongLong()] << PartyText{p.value().value(1).toString(), p.value().value(2).toString(),
                                                                   p.value().value(3).toString()};
        if (auto s = readEnded(p.value()); !s)
            return s;
        p.value().finish();
        for (const CaseText &k : std::as_const(cases)) {
            SearchDocument d = documentFrom(k.title, k.site, k.description, partiesOf.value(k.id));
            normaliseDocument(d);
            text.bindValue(0, k.id);
            grams.bindValue(0, k.id);
            if (postgres) {
                text.bindValue(1, bodyOf(d));
                grams.bindValue(1, gramArrayText(d));
            } else {
                text.bindValue(1, d.title);
                text.bindValue(2, d.parties);
                text.bindValue(3, d.addresses);
                text.bindValue(4, d.description);
                grams.bindValue(1, gramTokens(d));
            }
            if (!text.exec() || !grams.exec())
                return storageProblem(QCoreApplication::translate("ecoclaim::Storage", "run a statement"),
                                      text.lastError().text() + grams.lastError().text());
            if (progress)
                progress(++done, total.value().toLongLong());
        }
    }
    return domain::success();
}

Match match(Engine engine, const QString &query)
{
    const QString q = normalise(query.trimmed());
    if (q.isEmpty())
        return {};
    const QList<uint> cps = q.toUcs4();
    if (engine == Engine::PostgreSQL) {
        if (q.contains(partSeparator))
            return {u"SELECT case_id FROM case_search WHERE 1 = 0"_s, {}}; // no stored text holds it
        if (cps.size() >= 3) // pg_trgm answers LIKE '%…%' from its GIN index, then rechecks: exact
            return {u"SELECT case_id FROM case_search WHERE body LIKE ? ESCAPE '\\'"_s, {QString(u'%' + escapeLikePattern(q) + u'%')}};
        return {u"SELECT case_id FROM case_grams WHERE grams @> ARRAY[CAST(? AS TEXT)]"_s, {q}};
    }
    if (cps.size() >= 3)
        return {u"SELECT rowid FROM case_fts WHERE case_fts MATCH ?"_s, {phrase(q)}};
    const QString token = cps.size() == 1 ? unigram(cps.at(0)) : bigram(cps.at(0), cps.at(1));
    return {u"SELECT rowid FROM case_grams WHERE case_grams MATCH ?"_s, {phrase(token)}};
}

} // namespace ecoclaim::storage::search
