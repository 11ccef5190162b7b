// The search oracle at scale (issue 7): on a generated register of 3,000 cases (~200-character
// Chinese descriptions, parties, addresses), a few hundred random substrings of 1 to 8 characters
// taken from the stored text, plus queries that occur nowhere. For each, the ids EcoClaim's list
// finds (countCases and the pages of fetchCasePage with filter.search) must equal exactly the ids
// instr() finds over the same four columns — plus, for digits and dashes, the case numbers that
// contain them (caselist.cpp). One and two characters go through the gram index, three and more
// through the trigram index (docs/PITFALLS.md §5–6), so both are checked on realistic text where the short
// Chinese queries (排放, 浦东) match thousands of rows.
//
// The indexed text is also checked against the case tables it was built from (search::documentFor),
// so the oracle over case_fts is an oracle over what the caseworker typed. On PostgreSQL the register
// is generated into an SQLite file and moved to the server with migrate-to (the generator writes
// SQLite only), and the oracle is strpos() over case_search.

#include "core/generator/generator.h"
#include "core/storage/caselist.h"
#include "core/storage/database.h"
#include "core/storage/movetoserver.h"
#include "core/storage/searchindex.h"
#include "core/storage/sqlquery.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "tests/common/testdatabase.h"

#include <set>

using namespace Qt::StringLiterals;
using namespace ecoclaim;

namespace {
constexpr int Cases = 3000;
constexpr int Queries = 300;

struct Indexed
{
    qint64 id = 0;
    QStringList columns; // title, parties, addresses, description — as indexed (normalised)
    QString caseNo;
};
} // namespace

class TestSearchScale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = storage::Database::open(m_dir.filePath(u"scale.db"_s));
        QVERIFY(db);
        m_db = std::move(db).value();
        generator::GeneratorOptions options;
        options.cases = Cases;
        options.seed = 2026;
        options.today = QDate(2026, 11, 28);
        auto report = generator::generate(*m_db, calendar::WorkCalendar::builtIn(), options);
        QVERIFY2(report, qPrintable(report.errorString()));
        if (test::onPostgres()) {
            auto server = storage::Database::open(m_server.location());
            QVERIFY2(server, qPrintable(server.errorString()));
            auto moved = storage::moveToServer(*m_db, *server.value());
            QVERIFY2(moved, qPrintable(moved.errorString()));
            m_db = std::move(server).value();
            auto q = storage::exec(m_db->connection(), u"SELECT f.case_id, f.body, c.case_no FROM case_search f "
                                                        "JOIN cases c ON c.id = f.case_id ORDER BY f.case_id"_s);
            QVERIFY(q);
            while (q.value().next())
                m_indexed << Indexed{q.value().value(0).toLongLong(), q.value().value(1).toString().split(QChar(0x1f)),
                                     q.value().value(2).toString()};
        } else {
            auto q = storage::exec(m_db->connection(), u"SELECT f.rowid, f.title, f.parties, f.addresses, f.description, c.case_no "
                                                        "FROM case_fts f JOIN cases c ON c.id = f.rowid ORDER BY f.rowid"_s);
            QVERIFY(q);
            while (q.value().next())
                m_indexed << Indexed{q.value().value(0).toLongLong(),
                                     {q.value().value(1).toString(), q.value().value(2).toString(), q.value().value(3).toString(),
                                      q.value().value(4).toString()},
                                     q.value().value(5).toString()};
        }
        QCOMPARE(m_indexed.size(), Cases);
    }

    void indexHoldsTheCaseText()
    {
        for (qint64 id : {qint64(1), qint64(Cases / 2), qint64(Cases)}) {
            auto doc = storage::search::documentFor(m_db->connection(), id);
            QVERIFY(doc);
            const Indexed &row = m_indexed.at(id - 1);
            QCOMPARE(row.id, id);
            QCOMPARE(row.columns, (QStringList{storage::search::normalise(doc->title), storage::search::normalise(doc->parties),
                                               storage::search::normalise(doc->addresses),
                                               storage::search::normalise(doc->description)}));
        }
    }

    void searchEqualsInstr()
    {
        QElapsedTimer clock;
        clock.start();
        QList<QString> queries;
        quint64 state = 7;
        auto next = [&state](int n) { // a fixed sequence: the same queries on every run
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            return int((state >> 33) % quint64(n));
        };
        while (queries.size() < Queries) {
            const Indexed &row = m_indexed.at(next(int(m_indexed.size())));
            const QList<uint> cps = row.columns.at(next(4)).toUcs4();
            if (cps.isEmpty())
                continue;
            // Mostly short queries: 1–2 characters are where the trigram index cannot answer.
            const int length = std::min<int>(int(cps.size()), queries.size() % 3 == 0 ? 1 + next(8) : 1 + next(3));
            const int from = next(int(cps.size()) - length + 1);
            const QString q = QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData() + from), length);
            if (q.trimmed() != q || q.contains(u'\n'))
                continue; // the search trims its query; a line break only joins two party names
            queries << q;
        }
        queries << u"不存在的词"_s << u"龘"_s << u"xyz"_s << u"排污口暗管"_s;

        int shortQueries = 0, busiest = 0;
        for (const QString &query : std::as_const(queries)) {
            std::set<qint64> expected;
            for (const Indexed &row : std::as_const(m_indexed))
                for (const QString &column : row.columns)
                    if (column.contains(query)) {
                        expected.insert(row.id);
                        break;
                    }
            auto instr = test::onPostgres()
                ? storage::idList(m_db->connection(), u"SELECT case_id FROM case_search WHERE strpos(body, ?) > 0 ORDER BY case_id"_s, {query})
                : storage::idList(m_db->connection(),
                                  u"SELECT rowid FROM case_fts WHERE instr(title, ?) OR instr(parties, ?) OR instr(addresses, ?) "
                                  "OR instr(description, ?) ORDER BY rowid"_s,
                                  {query, query, query, query});
            QVERIFY(instr);
            QCOMPARE(std::set<qint64>(instr->begin(), instr->end()), expected);
            // Digits and dashes (4 or more) also find case numbers that contain them (caselist.cpp).
            static const QRegularExpression caseNumberPart(u"^[0-9][0-9-]{3,}$"_s);
            if (caseNumberPart.match(query).hasMatch())
                for (const Indexed &row : std::as_const(m_indexed))
                    if (row.caseNo.contains(query))
                        expected.insert(row.id);

            storage::CaseListFilter filter;
            filter.search = query;
            auto n = storage::countCases(m_db->connection(), filter);
            QVERIFY(n);
            QVERIFY2(n.value() == qint64(expected.size()),
                     qPrintable(u"\"%1\": %2 found, instr() %3"_s.arg(query).arg(n.value()).arg(expected.size())));
            // Every page of the list, by key, gives the same ids.
            std::set<qint64> listed;
            storage::CaseListRequest request;
            request.filter = filter;
            request.limit = 1000;
            for (;;) {
                auto page = storage::fetchCasePage(m_db->connection(), request);
                QVERIFY(page);
                for (const storage::CaseRow &row : page.value())
                    QVERIFY2(listed.insert(row.id).second, "a row listed twice");
                if (page->size() < request.limit)
                    break;
                request.after = storage::PageKey{page->last().sortKey, page->last().id};
            }
            QVERIFY2(listed == expected, qPrintable(query));
            shortQueries += query.toUcs4().size() < 3;
            busiest = std::max(busiest, int(expected.size()));
        }
        QVERIFY(shortQueries > Queries / 3);
        QVERIFY(busiest > Cases / 2); // a district name or a common character: most of the register
        qInfo("%d queries (%d of 1-2 characters, largest answer %d cases) in %lld ms", int(queries.size()), shortQueries,
              busiest, clock.elapsed());
    }

private:
    QTemporaryDir m_dir;
    test::TestDatabase m_server{u"unused.db"_s};
    std::unique_ptr<storage::Database> m_db;
    QList<Indexed> m_indexed;
};

QTEST_GUILESS_MAIN(TestSearchScale)
#include "tst_searchscale.moc"
