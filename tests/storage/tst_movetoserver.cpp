// migrate-to: the demo set on an SQLite desk moved to an empty PostgreSQL database — every case file,
// timeline, audit entry, stored file and search answer equal afterwards; a server database that already
// holds a register is refused and left exactly as it was. PostgreSQL only (tst_movetoserver.postgresql).

#include "core/calendar/workcalendar.h"
#include "core/service/casenotifier.h"
#include "core/service/caseservice.h"
#include "core/service/demoset.h"
#include "core/storage/auditlog.h"
#include "core/storage/caselist.h"
#include "core/storage/database.h"
#include "core/storage/filestore.h"
#include "core/storage/movetoserver.h"
#include "core/storage/sqlquery.h"
#include "tests/common/fingerprint.h"
#include "tests/common/tablebits.h"
#include "tests/common/testdatabase.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecoclaim;

class TestMoveToServer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_desk;
    service::CaseNotifier m_deskNotifier;
    std::unique_ptr<service::CaseService> m_deskService;

private slots:
    void initTestCase()
    {
        if (!test::onPostgres())
            QSKIP("PostgreSQL only (ECOCLAIM_TEST_ENGINE=postgresql)");
        auto desk = storage::Database::open(m_dir.filePath(u"desk.db"_s));
        QVERIFY(desk);
        m_desk = std::move(desk).value();
        m_deskService = std::make_unique<service::CaseService>(*m_desk, calendar::WorkCalendar::builtIn(), m_deskNotifier);
        auto loaded = service::loadDemoSet(*m_deskService, QDate(2026, 11, 28));
        QVERIFY2(loaded, qPrintable(loaded.errorString()));
    }

    void everythingArrivesEqual()
    {
        test::TestDatabase target;
        auto server = storage::Database::open(target.location());
        QVERIFY2(server, qPrintable(server.errorString()));
        auto report = storage::moveToServer(*m_desk, *server.value());
        QVERIFY2(report, qPrintable(report.errorString()));
        QVERIFY(report->rows > 1000);
        QVERIFY(report->files >= 5); // the demo's Art. 42 materials
        QCOMPARE(report->searchesCompared, 60);

        // Independently of the move's own proof: the content of every table, the chain, the case files.
        auto deskTables = test::contentFingerprint(m_desk->connection());
        auto serverTables = test::contentFingerprint(server.value()->connection());
        for (auto it = deskTables.begin(); it != deskTables.end(); ++it)
            QVERIFY2(serverTables.value(it.key()) == it.value(), qPrintable(it.key()));
        QCOMPARE(storage::audit::verify(server.value()->connection())->head, storage::audit::verify(m_desk->connection())->head);
        // The server's triggers agree with the rows moved (migration 0015: the loader reads only what they name).
        const QStringList wrongBits = test::tableBitsDisagreeing(server.value()->connection());
        QVERIFY2(wrongBits.isEmpty(), qPrintable(wrongBits.join(u"; "_s)));

        service::CaseNotifier notifier1;
        service::CaseService serverService(*server.value(), calendar::WorkCalendar::builtIn(), notifier1);
        auto ids = storage::exec(m_desk->connection(), u"SELECT case_no FROM cases ORDER BY id"_s);
        QStringList numbers;
        while (ids.value().next())
            numbers << ids.value().value(0).toString();
        QVERIFY(numbers.size() >= 30);
        for (const QString &number : std::as_const(numbers)) {
            auto a = m_deskService->caseFile(number), b = serverService.caseFile(number);
            QVERIFY(a && b);
            QCOMPARE(QJsonDocument(b->toJson()).toJson(), QJsonDocument(a->toJson()).toJson());
        }
        // Searches of every length, written here, give the same cases.
        for (const QString &q : {u"区"_s, u"排放"_s, u"有限公司"_s, u"生态环境损害赔偿案"_s, u"金山"_s, u"310115"_s})  {
            storage::CaseListFilter f;
            f.search = q;
            QCOMPARE(storage::countCases(server.value()->connection(), f).value(), storage::countCases(m_desk->connection(), f).value());
        }
        // The stored files read back byte for byte.
        storage::FileStore deskStore(*m_desk), serverStore(*server.value());
        auto shas = storage::exec(m_desk->connection(), u"SELECT sha256 FROM stored_files"_s);
        while (shas.value().next()) {
            const QString sha = shas.value().value(0).toString();
            QCOMPARE(serverStore.read(sha).value(), deskStore.read(sha).value());
        }
        // And the server carries on: the next case gets the next number of its series.
        auto next = serverService.execute(QJsonDocument::fromJson(R"({"cmd":"register_clue","title":"迁移后第一条线索",
            "district":"310115","unit":"district_ecology","channel":"complaint","received_on":"2026-11-20"})").object(),
                                          u"tester"_s, QDate(2026, 11, 28));
        QVERIFY2(next, qPrintable(next.errorString()));
        QVERIFY(next->caseNumber.startsWith(u"2026-310115-"_s));
        QVERIFY(storage::audit::verify(server.value()->connection())->intact());
    }

    void aServerThatHoldsARegisterIsRefusedUntouched()
    {
        test::TestDatabase target;
        auto server = storage::Database::open(target.location());
        QVERIFY(server);
        service::CaseNotifier notifier2;
        service::CaseService serverService(*server.value(), calendar::WorkCalendar::builtIn(), notifier2);
        QVERIFY(serverService.execute(QJsonDocument::fromJson(R"({"cmd":"register_clue","title":"服务器上已有的线索",
            "district":"310112","unit":"district_ecology","channel":"complaint","received_on":"2026-11-20"})").object(),
                                      u"tester"_s, QDate(2026, 11, 28)));
        const auto before = test::contentFingerprint(server.value()->connection(), test::Derived::Include);
        auto refused = storage::moveToServer(*m_desk, *server.value());
        QVERIFY(!refused);
        QVERIFY2(refused.errorString().contains(u"not empty"_s), qPrintable(refused.errorString()));
        QCOMPARE(test::contentFingerprint(server.value()->connection(), test::Derived::Include), before);
    }
};

QTEST_GUILESS_MAIN(TestMoveToServer)
#include "tst_movetoserver.moc"
