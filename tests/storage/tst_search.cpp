// The search oracle (docs/PITFALLS.md §5–6): a few hundred cases are registered through CaseService with
// Chinese text from a fixed-seed generator (plus ASCII of mixed case, FTS syntax characters and a
// character outside the BMP); then for ~300 queries — random substrings of stored text, 1 to 8
// characters, ASCII with flipped case, strings that occur nowhere — the case ids the list finds
// (countCases and fetchCasePage with filter.search) must equal exactly the ids whose title, parties,
// addresses or description contain the query, compared after folding ASCII letters to lower case.
// The expected ids are computed twice: in C++ from the text the test itself registered, and with
// instr() over the four columns of case_fts; the two must agree too.
//
// Then the index must follow changes: after update_case and add_party, old text no longer matches
// and new text does — including the contentless 1/2-character gram table, which can only forget a row
// when told its exact old tokens — and a full rebuild gives the same answers.

#include "core/calendar/workcalendar.h"
#include "core/service/casenotifier.h"
#include "core/service/caseservice.h"
#include "core/storage/caselist.h"
#include "core/storage/database.h"
#include "core/storage/searchindex.h"
#include "core/storage/sqlquery.h"
#include "core/storage/writetransaction.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>

#include "tests/common/testdatabase.h"
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using storage::Database;

namespace {

const QDate Today(2025, 6, 30);

// ASCII A–Z to a–z and nothing else: the folding the search promises (searchindex.h), written out
// here independently of search::normalise.
QString fold(QString s)
{
    for (QChar &c : s)
        if (c.unicode() >= 'A' && c.unicode() <= 'Z')
            c = QChar(c.unicode() + 32);
    return s;
}

QString substringByCodePoints(const QString &s, qsizetype from, qsizetype length)
{
    const QList<uint> cps = s.toUcs4();
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData() + from),
                             std::min(length, cps.size() - from));
}

qsizetype codePoints(const QString &s) { return s.toUcs4().size(); }

struct PartyText
{
    QString name, address;
};

struct CaseText
{
    qint64 id = 0;
    QString number, title, site, description;
    QList<PartyText> parties;

    QStringList fields() const
    {
        QStringList f{title, site, description};
        for (const PartyText &p : parties)
            f << p.name << p.address;
        f.removeAll(QString());
        return f;
    }
};

class TextGenerator
{
public:
    explicit TextGenerator(quint32 seed) : m_random(seed) {}

    QString pick(const QStringList &list) { return list.at(m_random.bounded(int(list.size()))); }
    int bounded(int n) { return m_random.bounded(n); }
    bool chance(int percent) { return m_random.bounded(100) < percent; }

    QString words(int from, int to, bool ascii)
    {
        QString out;
        const int n = from + bounded(to - from + 1);
        for (int i = 0; i < n; ++i) {
            if (ascii && chance(12))
                out += pick(asciiWords());
            else if (chance(6))
                out += pick(oddities());
            else
                out += pick(chineseWords());
        }
        return out.trimmed();
    }
    QString title()
    {
        return pick(districtNames()) + pick(placeWords()) + words(1, 3, true) + pick({u"案"_s, u"损害赔偿案"_s, u"线索"_s});
    }
    QString site()
    {
        return pick(districtNames()) + pick(placeWords()) + pick(roads()) + QString::number(1 + bounded(2000)) + u"号"_s;
    }
    QString description() { return words(4, 14, true) + u"。"_s; }
    QString partyName()
    {
        if (chance(30))
            return pick(surnames()) + pick({u"某"_s, u"某某"_s, u"甲"_s}) + QString::number(bounded(1000));
        return u"上海"_s + words(1, 2, true) + pick({u"有限公司"_s, u"实业有限公司"_s, u"Co., Ltd."_s, u"厂"_s})
            + QString::number(bounded(100000));
    }

    static const QStringList &chineseWords()
    {
        static const QStringList w{u"排污"_s, u"暗管"_s, u"偷排"_s, u"废水"_s, u"含铬"_s, u"电镀"_s, u"污泥"_s, u"倾倒"_s,
                                   u"土壤"_s, u"地下水"_s, u"河道"_s, u"鱼类"_s, u"死亡"_s, u"超标"_s, u"总磷"_s, u"氨氮"_s,
                                   u"危险废物"_s, u"填埋"_s, u"非法"_s, u"采砂"_s, u"湿地"_s, u"林地"_s, u"毁坏"_s, u"焚烧"_s,
                                   u"废气"_s, u"噪声"_s, u"化工"_s, u"企业"_s, u"宏达"_s, u"恒通"_s, u"浦江"_s, u"黄浦江"_s,
                                   u"苏州河"_s, u"长江口"_s, u"修复"_s, u"赔偿"_s, u"磋商"_s, u"鉴定"_s, u"评估"_s, u"生态"_s,
                                   u"环境"_s, u"损害"_s, u"调查"_s, u"发现"_s, u"群众"_s, u"举报"_s, u"执法"_s, u"检查"_s,
                                   u"吨"_s, u"约"_s, u"的"_s, u"了"_s, u"和"_s, u"在"_s, u"区"_s, u"镇"_s, u"村"_s,
                                   u"，"_s, u"、"_s, u"；"_s, u"（"_s, u"）"_s, u"“"_s, u"”"_s, u" "_s};
        return w;
    }
    static const QStringList &asciiWords()
    {
        static const QStringList w{u"COD"_s, u"pH"_s, u"NH3-N"_s, u"PM2.5"_s, u"Cr6+"_s, u"ABC"_s, u"Hongda"_s,
                                   u"GB 3838-2002"_s, u"TP"_s, u"BOD5"_s, u"Shanghai"_s, u"mg/L"_s, u"VOCs"_s};
        return w;
    }
    // Characters with a meaning in FTS5 or LIKE syntax, and one outside the BMP (𠮷, U+20BB7).
    static const QStringList &oddities()
    {
        static const QStringList w{u"\""_s, u"'"_s, u"%"_s, u"_"_s, u"*"_s, u"-"_s, u"("_s, u")"_s, u":"_s, u"^"_s,
                                   u"\\"_s, u"𠮷"_s, u"NEAR"_s, u"AND"_s, u"OR"_s, u"x6392"_s};
        return w;
    }
    static const QStringList &districtNames()
    {
        static const QStringList w{u"浦东新区"_s, u"闵行区"_s, u"金山区"_s, u"奉贤区"_s, u"崇明区"_s, u"宝山区"_s, u"嘉定区"_s,
                                   u"松江区"_s, u"青浦区"_s, u"黄浦区"_s};
        return w;
    }
    static const QStringList &placeWords()
    {
        static const QStringList w{u"川沙"_s, u"浦江镇"_s, u"海湾镇"_s, u"东滩"_s, u"罗店"_s, u"安亭"_s, u"泗泾"_s,
                                   u"朱家角"_s, u"外滩"_s, u"漕泾"_s, u"临港"_s};
        return w;
    }
    static const QStringList &roads()
    {
        static const QStringList w{u"联航路"_s, u"明城路"_s, u"川沙路"_s, u"沪青平公路"_s, u"Lane "_s, u"工业区"_s};
        return w;
    }
    static const QStringList &surnames()
    {
        static const QStringList w{u"张"_s, u"王"_s, u"李"_s, u"赵"_s, u"陈"_s, u"𠮷"_s};
        return w;
    }

private:
    QRandomGenerator m_random;
};

QString districtCode(int i)
{
    static const QStringList codes{u"310115"_s, u"310112"_s, u"310116"_s, u"310120"_s, u"310151"_s};
    return codes.at(i % codes.size());
}

struct Mismatch
{
    QString query;
    QList<qint64> expected, found;
};

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void indexHoldsTheRegisteredText();
    void oracle();
    void updatesKeepTheIndexInSync();
    void oracleAfterUpdates();
    void rebuildGivesTheSameAnswers();
    void serverSearchUsesItsIndexes();

private:
    QList<qint64> expectedIds(const QString &query) const;
    QList<qint64> instrIds(const QString &query) const;
    QList<qint64> searchIds(const QString &query, qint64 *counted) const;
    QStringList randomQueries(int substrings, int asciiQueries, int absent);
    QString checkQueries(const QStringList &queries, int *withMatches = nullptr);
    domain::Status execute(const QJsonObject &command);

    // The indexed text of a case as (title, parties, addresses, description), on either engine.
    QStringList indexedText(qint64 caseId) const;
    bool postgres() const { return m_db->engine() == storage::Engine::PostgreSQL; }

    std::unique_ptr<test::TestDatabase> m_dir;
    std::unique_ptr<Database> m_db;
    service::CaseNotifier m_notifier;
    std::unique_ptr<service::CaseService> m_service;
    QMap<qint64, CaseText> m_cases;
    TextGenerator m_text{20250630};
};

domain::Status TestSearch::execute(const QJsonObject &command)
{
    auto o = m_service->execute(command, u"tester"_s, Today);
    if (!o)
        return o.problems();
    return domain::success();
}

void TestSearch::initTestCase()
{
    m_dir = std::make_unique<test::TestDatabase>(u"search.db"_s);
    auto opened = Database::open(m_dir->location());
    QVERIFY2(opened, qPrintable(opened.errorString()));
    m_db = std::move(opened).value();
    m_service = std::make_unique<service::CaseService>(*m_db, calendar::WorkCalendar::builtIn(), m_notifier);

    QElapsedTimer timer;
    timer.start();
    constexpr int Cases = 320;
    for (int i = 0; i < Cases; ++i) {
        CaseText c;
        c.title = m_text.title();
        c.site = m_text.chance(85) ? m_text.site() : QString();
        c.description = m_text.chance(90) ? m_text.description() : QString();
        QJsonObject clue{{u"cmd"_s, u"register_clue"_s}, {u"title"_s, c.title}, {u"district"_s, districtCode(i)},
                         {u"unit"_s, u"district_ecology"_s}, {u"channel"_s, u"complaint"_s},
                         {u"received_on"_s, u"2025-03-01"_s}};
        if (!c.site.isEmpty())
            clue.insert(u"site"_s, c.site);
        if (!c.description.isEmpty())
            clue.insert(u"description"_s, c.description);
        auto o = m_service->execute(clue, u"tester"_s, Today);
        QVERIFY2(o, qPrintable(o.errorString()));
        c.id = o->caseId;
        c.number = o->caseNumber;
        const int parties = m_text.bounded(3);
        for (int p = 0; p < parties; ++p) {
            PartyText party{m_text.partyName(), m_text.chance(50) ? m_text.site() : QString()};
            for (const PartyText &other : std::as_const(c.parties))
                if (other.name == party.name)
                    party.name += u"二"_s; // the same party twice on a case is refused (add_party not_twice)
            QJsonObject add{{u"cmd"_s, u"add_party"_s}, {u"case"_s, c.number}, {u"kind"_s, u"company"_s}, {u"name"_s, party.name}};
            if (!party.address.isEmpty())
                add.insert(u"address"_s, party.address);
            auto s = execute(add);
            QVERIFY2(s, qPrintable(s.errorString()));
            c.parties << party;
        }
        m_cases.insert(c.id, c);
    }
    qInfo("registered %d cases in %lld ms", Cases, timer.elapsed());
}

void TestSearch::cleanupTestCase()
{
    m_service.reset();
    m_db.reset();
    m_dir.reset();
}

QStringList TestSearch::indexedText(qint64 caseId) const
{
    if (postgres()) {
        const QString body = storage::scalar(m_db->connection(), u"SELECT body FROM case_search WHERE case_id = ?"_s, {caseId})
                                 .value()
                                 .toString();
        return body.split(QChar(0x1f));
    }
    auto q = storage::exec(m_db->connection(), u"SELECT title, parties, addresses, description FROM case_fts WHERE rowid = ?"_s, {caseId});
    if (!q || !q.value().next())
        return {};
    return {q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toString(), q.value().value(3).toString()};
}

void TestSearch::indexHoldsTheRegisteredText()
{
    // What the oracle relies on: the index holds, per case, exactly the (folded) text registered.
    QCOMPARE(storage::scalar(m_db->connection(), postgres() ? u"SELECT count(*) FROM case_search"_s : u"SELECT count(*) FROM case_fts"_s)
                 .value()
                 .toLongLong(),
             m_cases.size());
    for (const CaseText &c : std::as_const(m_cases)) {
        const QStringList text = indexedText(c.id);
        QCOMPARE(text.size(), 4);
        QCOMPARE(text.at(0), fold(c.title));
        QCOMPARE(text.at(3), fold(c.description));
        const QString parties = text.at(1), addresses = text.at(2);
        for (const PartyText &p : c.parties) {
            QVERIFY(parties.contains(fold(p.name)));
            QVERIFY(addresses.contains(fold(p.address)));
        }
        QVERIFY(addresses.contains(fold(c.site)));
    }
}

QList<qint64> TestSearch::expectedIds(const QString &query) const
{
    const QString q = fold(query.trimmed());
    QList<qint64> ids;
    for (const CaseText &c : m_cases)
        for (const QString &f : c.fields())
            if (fold(f).contains(q)) {
                ids << c.id;
                break;
            }
    return ids; // QMap order: ascending ids
}

QList<qint64> TestSearch::instrIds(const QString &query) const
{
    // The engine's own substring function over the indexed text: instr() per column, or strpos() over
    // PostgreSQL's one text (its U+001F separators are in no query).
    auto q = postgres() ? storage::exec(m_db->connection(), u"SELECT case_id FROM case_search WHERE strpos(body, ?) > 0 ORDER BY case_id"_s,
                                        {fold(query.trimmed())})
                        : storage::exec(m_db->connection(),
                                        u"SELECT rowid FROM case_fts WHERE instr(title, ?) > 0 OR instr(parties, ?) > 0 "
                                        "OR instr(addresses, ?) > 0 OR instr(description, ?) > 0 ORDER BY rowid"_s,
                                        QVariantList(4, fold(query.trimmed())));
    QList<qint64> ids;
    if (q)
        while (q.value().next())
            ids << q.value().value(0).toLongLong();
    return ids;
}

QList<qint64> TestSearch::searchIds(const QString &query, qint64 *counted) const
{
    storage::CaseListRequest request;
    request.filter.search = query;
    request.sort = storage::CaseSort::CaseNumber;
    request.descending = false;
    request.limit = 100000;
    auto page = storage::fetchCasePage(m_db->connection(), request);
    auto n = storage::countCases(m_db->connection(), request.filter);
    *counted = n ? n.value() : -1;
    QList<qint64> ids;
    if (page)
        for (const storage::CaseRow &r : page.value())
            ids << r.id;
    else
        ids << -1;
    std::sort(ids.begin(), ids.end());
    return ids;
}

QStringList TestSearch::randomQueries(int substrings, int asciiQueries, int absent)
{
    QStringList queries;
    const QList<qint64> ids = m_cases.keys();
    while (queries.size() < substrings) {
        const CaseText &c = m_cases.value(ids.at(m_text.bounded(int(ids.size()))));
        const QStringList fields = c.fields();
        const QString field = m_text.pick(fields);
        const qsizetype n = codePoints(field);
        // Short queries are the interesting ones (grams): half of them 1–2 characters.
        const int length = m_text.chance(50) ? 1 + m_text.bounded(2) : 3 + m_text.bounded(6);
        const QString q = substringByCodePoints(field, m_text.bounded(int(n)), length).trimmed();
        if (!q.isEmpty())
            queries << q;
    }
    for (int i = 0; i < asciiQueries; ++i) {
        QString q = TextGenerator::asciiWords().at(i % TextGenerator::asciiWords().size());
        const int from = m_text.bounded(int(q.size()));
        q = q.mid(from, 1 + m_text.bounded(int(q.size()) - from)).trimmed();
        for (QChar &ch : q)
            if (ch.isLetter() && m_text.chance(50))
                ch = ch.isUpper() ? ch.toLower() : ch.toUpper();
        if (!q.isEmpty())
            queries << q;
    }
    // Text that occurs nowhere, FTS and LIKE syntax, a character outside the BMP (two UTF-16 units, one
    // character), full-width letters (not folded). Whether each occurs is for the oracle to say.
    const QStringList fixed{u"鼹"_s, u"鼹鼠"_s, u"龘"_s, u"xyzzy"_s, u"𠮷野家"_s, u"浦东新区浦东新区浦"_s,
                            u"\"\""_s, u"\" OR \""_s, u"排污 NEAR 废水"_s, u"%排%"_s, u"cod*"_s, u"河道鱼类死亡了吗"_s,
                            u"x6392x6c61"_s, u"ＣＯＤ"_s, u"𠮷"_s, u"张𠮷"_s, u"\""_s, u"'"_s, u"%"_s, u"_"_s, u"*"_s,
                            u"\\"_s, u"Q"_s, u"cOd"_s, u"Ltd"_s, u"Co., Ltd"_s, u"gb 3838"_s, u"nH3-n"_s, u"MG/l"_s, u"Cr6+"_s};
    for (int i = 0; i < absent; ++i)
        queries << (i < fixed.size() ? fixed.at(i)
                                       : m_text.pick(TextGenerator::chineseWords()) + m_text.pick(TextGenerator::chineseWords())
                                             + m_text.pick(TextGenerator::chineseWords()));
    return queries;
}

// Runs every query; returns a description of every mismatch ("" when all agree).
QString TestSearch::checkQueries(const QStringList &queries, int *withMatches)
{
    QStringList problems;
    int matched = 0;
    for (const QString &query : queries) {
        const QList<qint64> expected = expectedIds(query);
        const QList<qint64> byInstr = instrIds(query);
        qint64 counted = 0;
        const QList<qint64> found = searchIds(query, &counted);
        matched += !expected.isEmpty();
        auto describe = [&](const QList<qint64> &got, const QString &what) {
            const QSet<qint64> e(expected.begin(), expected.end()), g(got.begin(), got.end());
            QStringList missing, extra;
            for (qint64 id : e - g)
                missing << QString::number(id);
            for (qint64 id : g - e)
                extra << QString::number(id);
            problems << u"«%1» (%2 chars) %3: expected %4 cases, got %5; missing [%6] extra [%7]"_s.arg(query)
                            .arg(codePoints(query))
                            .arg(what)
                            .arg(expected.size())
                            .arg(got.size())
                            .arg(missing.mid(0, 8).join(u','), extra.mid(0, 8).join(u','));
        };
        if (byInstr != expected)
            describe(byInstr, u"instr() over case_fts"_s);
        if (found != expected)
            describe(found, u"fetchCasePage"_s);
        if (counted != expected.size())
            problems << u"«%1»: countCases %2, expected %3"_s.arg(query).arg(counted).arg(expected.size());
    }
    if (withMatches)
        *withMatches = matched;
    if (problems.size() > 30)
        problems = problems.mid(0, 30) << u"… and more"_s;
    return problems.join(u'\n');
}

void TestSearch::oracle()
{
    const QStringList queries = randomQueries(240, 40, 30);
    QVERIFY(queries.size() >= 300);
    // The mix covers what matters: 1- and 2-character queries (gram index), 3+ (trigram), ASCII case.
    int byLength[9] = {};
    for (const QString &q : queries)
        ++byLength[std::min<qsizetype>(codePoints(q), 8)];
    QVERIFY2(byLength[1] >= 40 && byLength[2] >= 40, "too few short queries");
    QVERIFY2(byLength[3] + byLength[4] + byLength[5] + byLength[6] + byLength[7] + byLength[8] >= 80, "too few long queries");

    int withMatches = 0;
    const QString problems = checkQueries(queries, &withMatches);
    QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems));
    QVERIFY2(withMatches >= 240, qPrintable(u"only %1 queries match anything"_s.arg(withMatches)));
    QVERIFY2(queries.size() - withMatches >= 8, "too few queries that match nothing");

    // A few fixed points the generator guarantees: a blank query is no filter; absent text finds none.
    qint64 counted = 0;
    QCOMPARE(searchIds(u"   "_s, &counted).size(), m_cases.size());
    QCOMPARE(searchIds(u"龘"_s, &counted), QList<qint64>());
}

void TestSearch::updatesKeepTheIndexInSync()
{
    const QSqlDatabase db = m_db->connection();
    CaseText &c = m_cases[m_cases.firstKey() + 7];
    const QString oldTitle = u"关于鼋鼍蛟螭的线索 OldMarker"_s, newTitle = u"关于麒麟獬豸的线索 NewMarker"_s;
    const QStringList oldQueries{u"鼋"_s, u"鼋鼍"_s, u"鼋鼍蛟"_s, u"鼋鼍蛟螭"_s, u"oldmarker"_s, u"OLDM"_s};
    const QStringList newQueries{u"麒"_s, u"麒麟"_s, u"麒麟獬"_s, u"麒麟獬豸"_s, u"newmarker"_s, u"NEWm"_s};
    const QList<qint64> justC{c.id};
    qint64 counted = 0;

    QVERIFY(execute({{u"cmd"_s, u"update_case"_s}, {u"case"_s, c.number}, {u"title"_s, oldTitle}}));
    c.title = oldTitle;
    for (const QString &q : oldQueries)
        QCOMPARE(searchIds(q, &counted), justC);
    for (const QString &q : newQueries)
        QCOMPARE(searchIds(q, &counted), QList<qint64>());

    QVERIFY(execute({{u"cmd"_s, u"update_case"_s}, {u"case"_s, c.number}, {u"title"_s, newTitle}}));
    c.title = newTitle;
    for (const QString &q : oldQueries)
        QVERIFY2(searchIds(q, &counted).isEmpty(), qPrintable(u"old title still found by «%1»"_s.arg(q)));
    for (const QString &q : newQueries)
        QCOMPARE(searchIds(q, &counted), justC);
    // The gram table itself forgot the old grams (鼋 = U+9F0B) and knows the new ones (麒 = U+9E92).
    if (postgres()) {
        QCOMPARE(storage::scalar(db, u"SELECT count(*) FROM case_grams WHERE grams @> ARRAY['鼋']"_s).value().toInt(), 0);
        QCOMPARE(storage::scalar(db, u"SELECT count(*) FROM case_grams WHERE grams @> ARRAY['鼋鼍']"_s).value().toInt(), 0);
        QCOMPARE(storage::scalar(db, u"SELECT case_id FROM case_grams WHERE grams @> ARRAY['麒']"_s).value().toLongLong(), c.id);
    } else {
        QCOMPARE(storage::scalar(db, u"SELECT count(*) FROM case_grams WHERE case_grams MATCH '\"x9f0b\"'"_s).value().toInt(), 0);
        QCOMPARE(storage::scalar(db, u"SELECT count(*) FROM case_grams WHERE case_grams MATCH '\"x9f0bx9f0d\"'"_s).value().toInt(), 0);
        QCOMPARE(storage::scalar(db, u"SELECT rowid FROM case_grams WHERE case_grams MATCH '\"x9e92\"'"_s).value().toLongLong(), c.id);
    }

    // A party added later is found by its name; a description replaced loses its old words.
    const QString partyName = u"獬豸环保科技有限公司"_s;
    QVERIFY(execute({{u"cmd"_s, u"add_party"_s}, {u"case"_s, c.number}, {u"kind"_s, u"company"_s}, {u"name"_s, partyName},
                     {u"address"_s, u"临港新片区鼋鼍路9号"_s}}));
    c.parties << PartyText{partyName, u"临港新片区鼋鼍路9号"_s};
    QCOMPARE(searchIds(u"环保科技"_s, &counted).contains(c.id), true);
    QCOMPARE(searchIds(u"鼋鼍"_s, &counted), justC); // now in the party's address
    QCOMPARE(searchIds(u"獬豸"_s, &counted), justC); // title and party name, one case once

    const QString newDescription = u"更正后的描述：无"_s;
    QVERIFY(execute({{u"cmd"_s, u"update_case"_s}, {u"case"_s, c.number}, {u"description"_s, newDescription}}));
    const QString oldDescription = c.description;
    c.description = newDescription;
    QCOMPARE(searchIds(u"更正后"_s, &counted), justC);
    QCOMPARE(searchIds(u"述："_s, &counted), justC);
    if (!oldDescription.isEmpty()) {
        const QString probe = substringByCodePoints(oldDescription, 0, 3);
        QCOMPARE(searchIds(probe, &counted), expectedIds(probe));
    }
    QCOMPARE(storage::scalar(db, postgres() ? u"SELECT count(*) FROM case_search"_s : u"SELECT count(*) FROM case_fts"_s).value().toLongLong(),
             m_cases.size());
}

void TestSearch::oracleAfterUpdates()
{
    // Rewrite the text of 40 cases (title, site, description), then ask about old and new text alike.
    QStringList queries;
    QList<qint64> ids = m_cases.keys();
    for (int i = 0; i < 40; ++i) {
        CaseText &c = m_cases[ids.at((i * 7919) % ids.size())];
        for (const QString &old : {c.title, c.description})
            if (codePoints(old) >= 4)
                queries << substringByCodePoints(old, m_text.bounded(int(codePoints(old)) - 3), 1 + m_text.bounded(4)).trimmed();
        c.title = m_text.title();
        c.site = m_text.site();
        c.description = m_text.description();
        auto s = execute({{u"cmd"_s, u"update_case"_s}, {u"case"_s, c.number}, {u"title"_s, c.title}, {u"site"_s, c.site},
                          {u"description"_s, c.description}});
        QVERIFY2(s, qPrintable(s.errorString()));
    }
    queries << randomQueries(150, 20, 10);
    queries.removeAll(QString());
    const QString problems = checkQueries(queries);
    QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems));
}

void TestSearch::rebuildGivesTheSameAnswers()
{
    {
        storage::WriteTransaction txn(m_db->connection());
        QVERIFY(txn.begin());
        auto s = storage::search::rebuild(m_db->connection());
        QVERIFY2(s, qPrintable(s.errorString()));
        QVERIFY(txn.commit());
    }
    if (!postgres())
        for (const QString &table : {u"case_fts"_s, u"case_grams"_s}) {
            auto check = storage::exec(m_db->connection(), u"INSERT INTO %1(%1) VALUES('integrity-check')"_s.arg(table));
            QVERIFY2(check, qPrintable(check.errorString()));
        }
    const QString problems = checkQueries(randomQueries(120, 20, 10));
    QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems));
}

void TestSearch::serverSearchUsesItsIndexes()
{
    if (!postgres())
        QSKIP("PostgreSQL only: SQLite answers from its FTS5 tables, which have no other way");
    // With scans made dear, the planner must be able to answer each kind of query from an index: if
    // the trigrams of Chinese text were empty (a database with locale C) or the gram array had no GIN
    // index, it could not, and every search would read the whole table.
    const QSqlDatabase db = m_db->connection();
    QVERIFY(storage::exec(db, u"SET enable_seqscan = off"_s));
    auto plan = [&](const QString &query) {
        const storage::search::Match m = storage::search::match(storage::Engine::PostgreSQL, query);
        auto q = storage::exec(db, u"EXPLAIN "_s + m.sql, m.binds);
        QString text;
        while (q && q.value().next())
            text += q.value().value(0).toString() + u'\n';
        return text;
    };
    const QString three = plan(u"排污口"_s), two = plan(u"排污"_s), one = plan(u"排"_s);
    QVERIFY2(three.contains(u"case_search_trigrams"_s), qPrintable(three));
    QVERIFY2(two.contains(u"case_grams_by_gram"_s), qPrintable(two));
    QVERIFY2(one.contains(u"case_grams_by_gram"_s), qPrintable(one));
    QVERIFY(storage::exec(db, u"RESET enable_seqscan"_s));
    // And the reason the database must have a UTF-8 character locale: Chinese text has trigrams here.
    QVERIFY(storage::scalar(db, u"SELECT array_length(show_trgm('宏达化工排污口'), 1)"_s).value().toInt() > 0);
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
