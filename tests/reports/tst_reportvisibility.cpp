// Reports go through the same visibility as the case list (issue 17 ¶3, "a count must not reveal a case that
// the list hides"), on both engines: caseworkers of 金山区 and 浦东新区 and a city supervisor share one
// database; the annual report and the screening results (every figure and the cases behind it), the
// supervision ledger, the case list's spreadsheet and the disclosure text each hold exactly the cases the
// person may see. On a server the row-level security says the same; on a desk's SQLite file only the
// service's scope does — before this change a caseworker there got the city's figures.

#include "core/reports/annualreport.h"
#include "core/reports/disclosure.h"
#include "core/reports/listexports.h"
#include "core/reports/supervisionledger.h"

#include "tests/service/casetestbed.h"
#include "tests/service/signedindesk.h"

#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using namespace ecoclaim::domain;
using namespace ecoclaim::test;

namespace {
// Every case number behind any figure of the report.
QStringList casesBehind(const reports::Report &report)
{
    QSet<QString> all;
    for (const reports::ReportTable &t : report.tables)
        for (const reports::ReportRow &r : t.rows)
            for (const reports::Figure &f : r.cells)
                for (const QString &c : f.cases)
                    all.insert(c);
    QStringList list(all.begin(), all.end());
    list.sort();
    return list;
}
} // namespace

class TestReportVisibility : public QObject
{
    Q_OBJECT

    std::unique_ptr<CaseTestbed> bed;

    QString registerClue(const char *district, const char *title, bool major)
    {
        QJsonObject c = json(R"({"cmd":"register_clue","unit":"district_ecology","channel":"routine_supervision",
            "received_on":"2026-01-05","site":"某路1号","description":"巡查发现土壤受到渗漏污染。"})");
        c.insert(u"district"_s, QString::fromUtf8(district));
        c.insert(u"title"_s, QString::fromUtf8(title));
        if (major) {
            c.insert(u"major"_s, true);
            c.insert(u"major_reason"_s, u"跨区影响"_s);
        }
        return bed->apply(c);
    }

    service::NewAccount account(const char *who, Role role, const char *district = "")
    {
        service::NewAccount n;
        n.login = loginOf(who);
        n.name = QString::fromLatin1(who).toUpper();
        n.role = role;
        n.unit = role == Role::Caseworker ? u"district_ecology"_s : QString();
        n.districtCode = QString::fromLatin1(district);
        n.password = password;
        return n;
    }

    void dropServerLogins()
    {
        if (!onPostgres() || !bed)
            return;
        QSqlQuery q(bed->database().connection());
        q.exec(u"SELECT current_database()"_s);
        q.next();
        const QString staff = QString(u"ecoclaim_staff_"_s + q.value(0).toString()).left(63);
        q.exec(u"DROP OWNED BY \"%1\""_s.arg(staff));
        for (const char *who : {"admin", "cw_js", "cw_pd", "sup"})
            TestDatabase::adminExec(u"DROP ROLE IF EXISTS %1"_s.arg(loginOf(who)));
        TestDatabase::adminExec(u"DROP ROLE IF EXISTS \"%1\""_s.arg(staff));
    }

private Q_SLOTS:
    void init() { bed = std::make_unique<CaseTestbed>(); }
    void cleanup()
    {
        dropServerLogins();
        bed.reset();
    }

    void eachReportCountsOnlyWhatOneMaySee()
    {
        const QString jsMajor = registerClue("金山区", "金山区某化工企业渗漏污染土壤案", true);
        const QString jsOther = registerClue("金山区", "金山区某养殖场废水直排案", false);
        const QString pdMajor = registerClue("浦东新区", "浦东新区某码头油污泄漏案", true);
        QVERIFY(!jsMajor.isEmpty() && !jsOther.isEmpty() && !pdMajor.isEmpty());
        service::Accounts accounts(bed->service());
        QVERIFY(accounts.add(account("admin", Role::Admin), u"setup"_s));
        if (!onPostgres())
            QVERIFY(accounts.signIn(loginOf("admin"), password));
        for (auto n : {account("cw_js", Role::Caseworker, "310116"), account("cw_pd", Role::Caseworker, "310115"),
                       account("sup", Role::Supervisor)})
            QVERIFY(accounts.add(n, u"setup"_s));
        Desk js(bed->path(), loginOf("cw_js"), password);
        Desk pd(bed->path(), loginOf("cw_pd"), password);
        Desk sup(bed->path(), loginOf("sup"), password);
        QVERIFY2(js.ok() && pd.ok() && sup.ok(), qPrintable(js.problems.toString() + pd.problems.toString()));

        QStringList jsCases{jsMajor, jsOther};
        jsCases.sort();
        QStringList all{jsMajor, jsOther, pdMajor};
        all.sort();
        struct Expect
        {
            Desk *desk;
            QStringList cases, majors;
        };
        const QList<Expect> expectations{{&js, jsCases, {jsMajor}}, {&pd, {pdMajor}, {pdMajor}},
                                         {&sup, all, QStringList{jsMajor, pdMajor}}};
        for (const Expect &e : expectations) {
            service::CaseService &service = *e.desk->service;
            const QString who = service.access().account()->login;
            QCOMPARE(e.desk->caseNumbers(), e.cases); // the list itself

            // The annual report and the screening results: every case behind a figure, and the clue count.
            auto annual = reports::annualReport(service, {}, 2026, true);
            QVERIFY2(annual, qPrintable(annual.errorString()));
            QCOMPARE(casesBehind(annual.value()), e.cases);
            QCOMPARE(annual->table(u"clues"_s)->value(u"routine_supervision"_s, u"received"_s), qint64(e.cases.size()));
            auto screening = reports::screeningReport(service, {}, QDate(2026, 1, 1), QDate(2026, 1, 31), true);
            QVERIFY2(screening, qPrintable(screening.errorString()));
            QCOMPARE(casesBehind(screening.value()), e.cases);
            QCOMPARE(screening->table(u"clues"_s)->value(u"routine_supervision"_s, u"received"_s), qint64(e.cases.size()));
            // The same report without the case lists (the figures alone, as the CLI prints them).
            auto figures = reports::annualReport(service, {}, 2026, false);
            QVERIFY(figures);
            QCOMPARE(figures->table(u"clues"_s)->value(u"routine_supervision"_s, u"received"_s), qint64(e.cases.size()));

            // The supervision ledger of major cases.
            auto ledger = reports::supervisionLedger(service.reader(), {});
            QVERIFY2(ledger, qPrintable(ledger.errorString()));
            QStringList majors;
            for (const service::MajorCaseEntry &m : ledger.value())
                majors << m.file.number;
            majors.sort();
            QStringList expectedMajors = e.majors;
            expectedMajors.sort();
            QCOMPARE(majors, expectedMajors);

            // The case list as a spreadsheet (CSV read back).
            const QString csv = bed->folder() + u"/list-"_s + who + u".csv"_s;
            auto rows = reports::exportCaseList(service.reader(), {}, CaseSort::CaseNumber, false, {}, csv);
            QVERIFY2(rows, qPrintable(rows.errorString()));
            QCOMPARE(rows.value(), qint64(e.cases.size()));
            QFile file(csv);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            for (const QString &c : all)
                QCOMPARE(text.contains(c), e.cases.contains(c));

            // The disclosure text of a case one may not see: refused, nothing of it.
            for (const QString &c : all) {
                auto disclosure = reports::composeDisclosure(service.reader(), c);
                QCOMPARE(bool(disclosure), e.cases.contains(c));
                if (!disclosure)
                    QVERIFY(!disclosure.errorString().contains(u"码头"_s) && !disclosure.errorString().contains(u"养殖场"_s));
            }
        }
    }
};

QTEST_MAIN(TestReportVisibility)
#include "tst_reportvisibility.moc"
