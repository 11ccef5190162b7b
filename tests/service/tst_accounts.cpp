// Accounts, signing in and who sees what (issue 17), on both engines: two districts' caseworkers, a city
// supervisor, an archivist and an administrator share one database; each sees exactly the cases they
// should in the list, its counts, search, the dashboard, the major-case ledger and a case file (another
// district's case is refused with the same words as a case that does not exist, nothing of it in them);
// changes are refused outside one's unit and district; the audit log names the signed-in person. On a
// desk's file: Argon2id passwords, five wrong passwords lock, a wrong password never tells whether the
// login exists. On a server (PostgreSQL only): every person is a login of their own, and what the
// service refuses the server refuses too, to a hand-made SQL client.

#include "core/service/accounts.h"
#include "core/storage/auditlog.h"
#include "core/storage/sqlquery.h"

#include "tests/service/casetestbed.h"
#include "tests/service/signedindesk.h"
#include "tests/common/tablebits.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QFile>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace ecoclaim;
using namespace ecoclaim::domain;
using ecoclaim::test::json;
using ecoclaim::test::onPostgres;

using ecoclaim::test::Desk;
using ecoclaim::test::loginOf;
using ecoclaim::test::password;

class TestAccounts : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::CaseTestbed> bed;
    QString jinshanA, jinshanB, pudong, closedCase;

    QString registerClue(const char *district, const char *title, bool major = false)
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
        n.unit = role == Role::Caseworker || role == Role::UnitHead ? u"district_ecology"_s : QString();
        n.districtCode = QString::fromLatin1(district);
        n.password = password;
        return n;
    }

    // The register and its people: cases first (nobody signed in yet), then the administrator (the first
    // account), who adds the others.
    void populate()
    {
        jinshanA = registerClue("金山区", "金山区某化工企业渗漏污染土壤案", true);
        jinshanB = registerClue("金山区", "金山区某养殖场废水直排案");
        pudong = registerClue("浦东新区", "浦东新区某码头油污泄漏案", true);
        closedCase = bed->caseAt(Stage::Closed); // 金山区
        QVERIFY(!jinshanA.isEmpty() && !pudong.isEmpty() && !closedCase.isEmpty());
        // Art. 39: each district reports its major case upward (rows of migration 0008's tables).
        for (const QString &c : {jinshanA, pudong})
            QVERIFY(!bed->apply(json(R"({"cmd":"report_major_case","reported_on":"2026-01-06","reported_to":"上海市生态环境局",
                "content":"案情重大，已立案调查。"})"), c).isEmpty());
        service::Accounts accounts(bed->service());
        auto admin = accounts.add(account("admin", Role::Admin), u"setup"_s);
        QVERIFY2(admin, qPrintable(admin.errorString()));
        if (!onPostgres()) { // a desk's file now wants a sign-in; the server's owner stays unrestricted
            QCOMPARE(bed->service().access().mode(), service::Access::Mode::SignInRequired);
            QVERIFY(accounts.signIn(loginOf("admin"), password));
        }
        for (auto n : {account("cw_js", Role::Caseworker, "310116"), account("cw_pd", Role::Caseworker, "310115"),
                       account("sup", Role::Supervisor), account("arch", Role::Archivist),
                       account("head_js", Role::UnitHead, "310116")}) {
            auto added = accounts.add(n, u"setup"_s);
            QVERIFY2(added, qPrintable(added.errorString()));
        }
    }

    void dropServerLogins()
    {
        if (!onPostgres() || !bed)
            return;
        // The staff role's grants live in this database: taken away here, then the roles dropped.
        {
            QSqlQuery q(bed->database().connection());
            q.exec(u"SELECT current_database()"_s);
            q.next();
            const QString staff = QString(u"ecoclaim_staff_"_s + q.value(0).toString()).left(63);
            q.exec(u"DROP OWNED BY \"%1\""_s.arg(staff));
            for (const char *who : {"admin", "cw_js", "cw_pd", "sup", "arch", "cw_x", "head_js", "water_pd", "water_js",
                                    "water_city", "head_water"})
                test::TestDatabase::adminExec(u"DROP ROLE IF EXISTS %1"_s.arg(loginOf(who)));
            test::TestDatabase::adminExec(u"DROP ROLE IF EXISTS \"%1\""_s.arg(staff));
        }
    }

private Q_SLOTS:
    void init() { bed = std::make_unique<test::CaseTestbed>(); }
    void cleanup()
    {
        dropServerLogins();
        bed.reset();
    }

    void firstAccountMustBeAnAdministrator()
    {
        const auto before = test::contentFingerprint(bed->database().connection());
        service::Accounts accounts(bed->service());
        auto refused = accounts.add(account("cw_x", Role::Caseworker, "310116"), u"setup"_s);
        QVERIFY(!refused);
        QVERIFY2(refused.errorString().contains(u"administrator"_s), qPrintable(refused.errorString()));
        auto shortPassword = account("admin", Role::Admin);
        shortPassword.password = u"short"_s;
        QVERIFY(!accounts.add(shortPassword, u"setup"_s));
        auto badLogin = account("admin", Role::Admin);
        badLogin.login = u"Robert'); DROP TABLE cases;--"_s;
        QVERIFY(!accounts.add(badLogin, u"setup"_s));
        QCOMPARE(test::contentFingerprint(bed->database().connection()), before);
        QCOMPARE(bed->service().access().mode(), service::Access::Mode::Open); // no accounts: as before
    }

    void accountChangesAreAudited()
    {
        populate();
        service::Accounts accounts(bed->service());
        QVERIFY(accounts.setRole(loginOf("cw_pd"), Role::UnitHead, u"setup"_s));
        QVERIFY(accounts.disable(loginOf("arch"), u"setup"_s));
        QVERIFY(!accounts.disable(loginOf("arch"), u"setup"_s)); // already
        QVERIFY(!accounts.setRole(loginOf("nobody"), Role::Admin, u"setup"_s));
        auto list = accounts.list();
        QVERIFY(list);
        QCOMPARE(list->size(), 6);
        QSqlQuery q(bed->database().connection());
        QVERIFY(q.exec(u"SELECT command, actor, payload FROM audit_log WHERE command IN "
                       "('add_account', 'set_account_role', 'disable_account') ORDER BY id"_s));
        QStringList seen;
        while (q.next()) {
            seen << q.value(0).toString();
            QVERIFY2(!q.value(2).toString().contains(password), "a password in the audit log");
            // The first account is added by whoever set the database up; the rest by the administrator
            // signed in (on a server: the owner's connection, which adds logins).
            if (seen.size() > 1 && !onPostgres())
                QCOMPARE(q.value(1).toString(), loginOf("admin"));
        }
        QCOMPARE(seen, (QStringList{u"add_account"_s, u"add_account"_s, u"add_account"_s, u"add_account"_s,
                                    u"add_account"_s, u"add_account"_s, u"set_account_role"_s, u"disable_account"_s}));
        // A disabled account cannot sign in, even with the right password.
        Desk arch(bed->path(), loginOf("arch"), password);
        QVERIFY(!arch.ok());
    }

    void eachSeesTheirOwn()
    {
        populate();
        Desk js(bed->path(), loginOf("cw_js"), password);
        Desk pd(bed->path(), loginOf("cw_pd"), password);
        Desk sup(bed->path(), loginOf("sup"), password);
        Desk arch(bed->path(), loginOf("arch"), password);
        QVERIFY2(js.ok(), qPrintable(js.problems.toString()));
        QVERIFY2(pd.ok(), qPrintable(pd.problems.toString()));
        QVERIFY2(sup.ok(), qPrintable(sup.problems.toString()));
        QVERIFY2(arch.ok(), qPrintable(arch.problems.toString()));

        QStringList jinshan{jinshanA, jinshanB, closedCase};
        jinshan.sort();
        QStringList all = jinshan + QStringList{pudong};
        all.sort();
        QCOMPARE(js.caseNumbers(), jinshan);
        QCOMPARE(pd.caseNumbers(), QStringList{pudong});
        QCOMPARE(sup.caseNumbers(), all);
        QCOMPARE(arch.caseNumbers(), QStringList{closedCase});

        // Counts agree with the lists, also when asked for the other district (no count reveals a case).
        QCOMPARE(js.service->reader().caseCount().value(), 3);
        QCOMPARE(pd.service->reader().caseCount().value(), 1);
        QCOMPARE(sup.service->reader().caseCount().value(), 4);
        QCOMPARE(arch.service->reader().caseCount().value(), 1);
        CaseListFilter other;
        other.districtCode = u"310115"_s;
        QCOMPARE(js.service->reader().caseCount(other).value(), 0);
        QCOMPARE(js.caseNumbers(other), QStringList{});
        const auto byStage = pd.service->reader().caseCountsByStage({}).value();
        QCOMPARE(byStage.value(u"clue"_s), 1);
        QCOMPARE(byStage.value(u"closed"_s), 0);

        // Search: 浦东's words find nothing for 金山's caseworker, the case for 浦东's and the supervisor.
        CaseListFilter search;
        search.search = u"码头油污"_s;
        QCOMPARE(js.caseNumbers(search), QStringList{});
        QCOMPARE(pd.caseNumbers(search), QStringList{pudong});
        QCOMPARE(sup.caseNumbers(search), QStringList{pudong});
        QCOMPARE(js.service->reader().similarCases({u"码头油污"_s}).value().size(), 0);

        // The major-case ledger (Art. 39) and the dashboard.
        auto ledgerCases = [](Desk &d) {
            QSet<qint64> ids;
            for (const DeadlineRow &r : d.service->reader().majorCaseTimetable().value())
                ids << r.caseId;
            return ids;
        };
        const qint64 jinshanAId = bed->service().resolve(jinshanA).value();
        const qint64 pudongId = bed->service().resolve(pudong).value();
        QCOMPARE(ledgerCases(js), QSet<qint64>{jinshanAId});
        QCOMPARE(ledgerCases(pd), QSet<qint64>{pudongId});
        QCOMPARE(ledgerCases(sup), (QSet<qint64>{jinshanAId, pudongId}));
        service::DashboardQuery due;
        due.asOf = test::CaseTestbed::today();
        due.withinDays = 3650;
        for (const service::DueItem &i : pd.service->reader().dueItems(due).value())
            QVERIFY2(i.row.caseId == 0 || i.row.caseId == pudongId, "the dashboard shows another district's case");
        bool sawPudong = false;
        for (const service::DueItem &i : sup.service->reader().dueItems(due).value())
            sawPudong = sawPudong || i.row.caseId == pudongId;
        QVERIFY(sawPudong);

        // A case file of another district: refused as if it did not exist, nothing of it in the words.
        auto refused = js.service->reader().caseFile(pudong);
        QVERIFY(!refused);
        auto missing = js.service->reader().caseFile(u"2026-310116-9999"_s);
        QVERIFY(!missing);
        QCOMPARE(refused.errorString(), missing.errorString().replace(u"2026-310116-9999"_s, pudong));
        QVERIFY(!refused.errorString().contains(u"码头"_s));
        QVERIFY(!js.service->reader().caseFile(pudongId));
        QVERIFY(!js.service->reader().auditTrail(pudongId));
        QVERIFY(js.service->reader().caseFile(jinshanA));
        QVERIFY(sup.service->reader().caseFile(pudong));
        QVERIFY(!arch.service->reader().caseFile(jinshanA));
    }

    void changesStayInOnesUnit()
    {
        populate();
        Desk js(bed->path(), loginOf("cw_js"), password);
        Desk sup(bed->path(), loginOf("sup"), password);
        QVERIFY2(js.ok() && sup.ok(), qPrintable(js.problems.toString() + sup.problems.toString()));
        const auto before = test::contentFingerprint(bed->database().connection());
        const QJsonObject verify = json(R"({"cmd":"start_verification","started_on":"2026-01-06","verified_by":"王芳"})");
        QJsonObject onPudong = verify;
        onPudong.insert(u"case"_s, pudong);
        auto r = js.service->execute(onPudong, u"forged"_s, test::CaseTestbed::today());
        QVERIFY(!r);
        QVERIFY(!r.errorString().contains(u"码头"_s));
        QJsonObject bySupervisor = verify;
        bySupervisor.insert(u"case"_s, jinshanB);
        QVERIFY(!sup.service->execute(bySupervisor, {}, test::CaseTestbed::today()));
        // A new case in another district is refused too.
        QJsonObject clue = json(R"({"cmd":"register_clue","unit":"district_ecology","channel":"routine_supervision",
            "received_on":"2026-01-05","district":"浦东新区","title":"浦东新区某厂废气案"})");
        QVERIFY(!js.service->execute(clue, {}, test::CaseTestbed::today()));
        QCOMPARE(test::contentFingerprint(bed->database().connection()), before);

        // One's own case: done, and the audit log names the person signed in — not the --actor given.
        QJsonObject own = verify;
        own.insert(u"case"_s, jinshanB);
        auto done = js.service->execute(own, u"forged"_s, test::CaseTestbed::today());
        QVERIFY2(done, qPrintable(done.errorString()));
        QSqlQuery q(bed->database().connection());
        QVERIFY(q.exec(u"SELECT actor FROM audit_log WHERE command = 'start_verification' ORDER BY id DESC LIMIT 1"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), loginOf("cw_js"));
        QVERIFY(q.exec(u"SELECT actor FROM timeline WHERE command = 'start_verification' ORDER BY id DESC LIMIT 1"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), loginOf("cw_js"));
        QVERIFY(q.exec(u"SELECT count(*) FROM audit_log WHERE command = 'sign_in' AND actor = '%1'"_s.arg(loginOf("cw_js"))));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(bed->service().reader().auditChain()->firstBrokenId == 0);
    }

    // Issue 17 ¶4: the caseworker proposes filing the case, the unit head approves (the command then runs as
    // the unit head) or refuses with a reason; the unit head files directly.
    void decisionsWaitForTheUnitHead()
    {
        populate();
        Desk js(bed->path(), loginOf("cw_js"), password);
        Desk head(bed->path(), loginOf("head_js"), password);
        Desk pd(bed->path(), loginOf("cw_pd"), password);
        Desk sup(bed->path(), loginOf("sup"), password);
        QVERIFY2(js.ok() && head.ok() && pd.ok() && sup.ok(), qPrintable(js.problems.toString() + head.problems.toString()));
        auto run = [](Desk &d, QJsonObject c, const QString &caseNo = {}) {
            if (!caseNo.isEmpty())
                c.insert(u"case"_s, caseNo);
            return d.service->execute(c, {}, test::CaseTestbed::today());
        };
        auto toVerified = [&] {
            auto clue = run(js, json(R"({"cmd":"register_clue","unit":"district_ecology","channel":"routine_supervision",
                "received_on":"2026-01-05","district":"金山区","title":"金山区某厂土壤污染案","description":"渗漏。"})"));
            if (!clue)
                return QString();
            run(js, json(R"({"cmd":"start_verification","started_on":"2026-01-06","verified_by":"王芳"})"), clue->caseNumber);
            run(js, json(R"({"cmd":"record_verification","concluded_on":"2026-01-20","damage_found":true,"finding":"检出。"})"),
                clue->caseNumber);
            return clue->caseNumber;
        };
        const QString first = toVerified(), second = toVerified(), third = toVerified();
        QCOMPARE(js.service->caseFile(first)->stage, Stage::Verification);

        // A proposal with a bad field is refused like the command itself, and nothing is stored.
        QVERIFY(!run(js, json(R"({"cmd":"file_case","filed_on":"2026-02-30"})"), first));
        QCOMPARE(head.service->reader().proposals()->size(), 0);
        auto proposed = run(js, json(R"({"cmd":"file_case","filed_on":"2026-01-21"})"), first);
        QVERIFY2(proposed, qPrintable(proposed.errorString()));
        QVERIFY(proposed->proposalId > 0);
        QCOMPARE(js.service->caseFile(first)->stage, Stage::Verification); // waits
        auto proposedToo = run(js, json(R"({"cmd":"file_case","filed_on":"2026-01-21"})"), second);
        QVERIFY(proposedToo && proposedToo->proposalId > 0);

        // Who sees them: the unit head and the caseworker of 金山区, not 浦东新区's caseworker.
        QCOMPARE(head.service->reader().proposals()->size(), 2);
        QCOMPARE(pd.service->reader().proposals()->size(), 0);
        QCOMPARE(head.service->reader().proposals()->first().proposedBy, loginOf("cw_js"));
        // The unit head's dashboard lists them, due today; the caseworker's does not.
        auto approvalsDue = [](Desk &d) {
            service::DashboardQuery due;
            due.asOf = test::CaseTestbed::today();
            QStringList cases;
            for (const service::DueItem &i : d.service->reader().dueItems(due).value())
                if (i.row.kind == u"approval")
                    cases << i.row.caseNo;
            cases.sort();
            return cases;
        };
        QStringList waiting{first, second};
        waiting.sort();
        QCOMPARE(approvalsDue(head), waiting);
        QCOMPARE(approvalsDue(js), QStringList{});
        // Only the unit head decides.
        QVERIFY(!js.service->approve(proposed->proposalId, {}, test::CaseTestbed::today()));
        QVERIFY(!sup.service->approve(proposed->proposalId, {}, test::CaseTestbed::today()));
        QVERIFY(!pd.service->approve(proposed->proposalId, {}, test::CaseTestbed::today()));
        QCOMPARE(js.service->caseFile(first)->stage, Stage::Verification);

        auto approved = head.service->approve(proposed->proposalId, {}, test::CaseTestbed::today());
        QVERIFY2(approved, qPrintable(approved.errorString()));
        QCOMPARE(approved->after, Stage::Investigation);
        QCOMPARE(js.service->caseFile(first)->stage, Stage::Investigation);
        QVERIFY(!head.service->approve(proposed->proposalId, {}, test::CaseTestbed::today())); // once

        QVERIFY(!head.service->refuseProposal(proposedToo->proposalId, u"  "_s, {})); // a reason is required
        QVERIFY(head.service->refuseProposal(proposedToo->proposalId, u"调查材料不全，补充现场勘查笔录后再报。"_s, {}));
        QCOMPARE(js.service->caseFile(second)->stage, Stage::Verification);
        const QList<Proposal> all = head.service->reader().proposals(false).value();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).state, u"approved"_s);
        QCOMPARE(all.at(0).decidedBy, loginOf("head_js"));
        QCOMPARE(all.at(1).state, u"refused"_s);
        QCOMPARE(all.at(1).reason, u"调查材料不全，补充现场勘查笔录后再报。"_s);
        QCOMPARE(head.service->reader().proposals()->size(), 0);
        QCOMPARE(approvalsDue(head), QStringList{});

        // The unit head takes the decision directly.
        auto direct = run(head, json(R"({"cmd":"file_case","filed_on":"2026-01-21"})"), third);
        QVERIFY2(direct && direct->proposalId == 0, qPrintable(direct.errorString()));
        QCOMPARE(direct->after, Stage::Investigation);

        // The audit log: who proposed, who approved and who filed.
        QSqlQuery q(bed->database().connection());
        QVERIFY(q.exec(u"SELECT l.command, l.actor FROM audit_log l JOIN cases c ON c.id = l.case_id WHERE c.case_no = '%1' "
                       "AND l.command IN ('propose_decision', 'file_case', 'approve_decision') ORDER BY l.id"_s.arg(first)));
        QStringList trail;
        while (q.next())
            trail << q.value(0).toString() + u'/' + q.value(1).toString();
        QCOMPARE(trail, (QStringList{u"propose_decision/"_s + loginOf("cw_js"), u"file_case/"_s + loginOf("head_js"),
                                     u"approve_decision/"_s + loginOf("head_js")}));
        QVERIFY(bed->service().reader().auditChain()->firstBrokenId == 0);
    }

    // Applying to the court for enforcement (Art. 24 ¶2) is the right holder's decision toward the court, as a
    // suit is: a caseworker's application waits for the unit head. The case is walked by the unit head along
    // tests/data/rules-01-enforcement.jsonl (a confirmed agreement left unpaid), in 金山区.
    void enforcementWaitsForTheUnitHead()
    {
        populate();
        Desk js(bed->path(), loginOf("cw_js"), password);
        Desk head(bed->path(), loginOf("head_js"), password);
        QVERIFY2(js.ok() && head.ok(), qPrintable(js.problems.toString() + head.problems.toString()));
        QFile scenario(QStringLiteral(ECOCLAIM_SOURCE_DIR "/tests/data/rules-01-enforcement.jsonl"));
        QVERIFY(scenario.open(QIODevice::ReadOnly));
        QString caseNo;
        QJsonObject application;
        for (const QByteArray &line : scenario.readAll().split('\n')) {
            QJsonObject c = QJsonDocument::fromJson(line).object();
            if (c.isEmpty() || c.contains(u"expect"_s) || c.contains(u"expect_refused"_s))
                continue;
            if (c.value(u"cmd"_s).toString() == u"apply_enforcement") {
                application = c;
                break;
            }
            c.remove(u"ref"_s);
            if (c.value(u"cmd"_s).toString() == u"register_clue")
                c.insert(u"district"_s, u"金山区"_s);
            else
                c.insert(u"case"_s, caseNo);
            auto done = head.service->execute(c, {}, test::CaseTestbed::today());
            QVERIFY2(done, qPrintable(c.value(u"cmd"_s).toString() + u": "_s + done.errorString()));
            caseNo = done->caseNumber;
        }
        QVERIFY(!application.isEmpty());
        application.insert(u"case"_s, caseNo);
        auto proposed = js.service->execute(application, {}, test::CaseTestbed::today());
        QVERIFY2(proposed && proposed->proposalId > 0, qPrintable(proposed.errorString()));
        QCOMPARE(js.service->caseFile(caseNo)->enforcements.size(), 0); // waits
        auto approved = head.service->approve(proposed->proposalId, {}, test::CaseTestbed::today());
        QVERIFY2(approved, qPrintable(approved.errorString()));
        QCOMPARE(js.service->caseFile(caseNo)->enforcements.size(), 1);
        QCOMPARE(js.service->caseFile(caseNo)->enforcements.first().court, u"上海市第三中级人民法院"_s);
    }

    // Art. 9 ¶3: the member departments of a joint case group handle the case with its lead unit. 浦东新区's
    // water authority sees and changes 浦东新区's case once its unit is a member of the case's group; 金山区's
    // water authority never; the city's water authority (a municipal department) once it is added.
    void jointCaseGroupMembersSeeTheCase()
    {
        populate();
        service::Accounts accounts(bed->service());
        auto member = [&](const char *who, const char *unit, const char *district, Role role = Role::Caseworker) {
            service::NewAccount n = account(who, role, district);
            n.unit = QString::fromLatin1(unit);
            auto added = accounts.add(n, u"setup"_s);
            QVERIFY2(added, qPrintable(added.errorString()));
        };
        member("water_pd", "district_water", "310115");
        member("water_js", "district_water", "310116");
        member("water_city", "water", "310000");
        member("head_water", "district_water", "310115", Role::UnitHead);
        Desk pd(bed->path(), loginOf("cw_pd"), password);
        Desk waterPd(bed->path(), loginOf("water_pd"), password);
        Desk waterJs(bed->path(), loginOf("water_js"), password);
        Desk waterCity(bed->path(), loginOf("water_city"), password);
        QVERIFY2(pd.ok() && waterPd.ok() && waterJs.ok() && waterCity.ok(),
                 qPrintable(pd.problems.toString() + waterPd.problems.toString() + waterCity.problems.toString()));
        const qint64 pudongId = bed->service().resolve(pudong).value();

        // No group yet: another unit of the same district sees nothing.
        QCOMPARE(waterPd.caseNumbers(), QStringList{});
        QCOMPARE(waterPd.service->reader().caseCount().value(), 0);
        QVERIFY(!waterPd.service->reader().caseFile(pudong));

        // 浦东新区's caseworker forms the group with the district's water authority as a member.
        auto formed = pd.service->execute(json(uR"({"cmd":"form_joint_group","case":"%1","lead_unit":"district_ecology",
            "members":["district_water"],"decided_by":"浦东新区人民政府","formed_on":"2026-01-06"})"_s.arg(pudong).toUtf8().constData()),
                                          {}, test::CaseTestbed::today());
        QVERIFY2(formed, qPrintable(formed.errorString()));

        QCOMPARE(waterPd.caseNumbers(), QStringList{pudong});
        QCOMPARE(waterPd.service->reader().caseCount().value(), 1);
        QCOMPARE(waterPd.service->reader().caseCountsByStage({}).value().value(u"clue"_s), 1);
        CaseListFilter search;
        search.search = u"码头油污"_s;
        QCOMPARE(waterPd.caseNumbers(search), QStringList{pudong});
        QVERIFY(waterPd.service->reader().caseFile(pudong));
        QVERIFY(waterPd.service->reader().auditTrail(pudongId));
        QSet<qint64> ledger;
        for (const service::MajorCaseEntry &e : waterPd.service->reader().majorCaseLedger().value())
            ledger << e.file.id;
        QCOMPARE(ledger, QSet<qint64>{pudongId});
        // … and works on it: the audit log names the member's login.
        auto verified = waterPd.service->execute(json(uR"({"cmd":"start_verification","case":"%1","started_on":"2026-01-07",
            "verified_by":"李强"})"_s.arg(pudong).toUtf8().constData()), {}, test::CaseTestbed::today());
        QVERIFY2(verified, qPrintable(verified.errorString()));
        QSqlQuery q(bed->database().connection());
        QVERIFY(q.exec(u"SELECT actor FROM audit_log WHERE command = 'start_verification' AND case_id = %1"_s.arg(pudongId)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), loginOf("water_pd"));

        // The same unit of another district, and the city's water authority (not a member), see nothing.
        QCOMPARE(waterJs.caseNumbers(), QStringList{});
        QCOMPARE(waterJs.service->reader().caseCount().value(), 0);
        QCOMPARE(waterCity.caseNumbers(), QStringList{});
        const auto before = test::contentFingerprint(bed->database().connection());
        QVERIFY(!waterJs.service->execute(json(uR"({"cmd":"record_verification","case":"%1","concluded_on":"2026-01-20",
            "damage_found":true,"finding":"检出。"})"_s.arg(pudong).toUtf8().constData()), {}, test::CaseTestbed::today()));
        QCOMPARE(test::contentFingerprint(bed->database().connection()), before);

        // A municipal department added to the district's group reaches it.
        auto added = pd.service->execute(json(uR"({"cmd":"add_joint_group_member","case":"%1","unit":"water"})"_s.arg(pudong).toUtf8().constData()),
                                         {}, test::CaseTestbed::today());
        QVERIFY2(added, qPrintable(added.errorString()));
        QCOMPARE(waterCity.caseNumbers(), QStringList{pudong});
        QCOMPARE(waterJs.caseNumbers(), QStringList{});

        // A member unit's head does not approve the lead unit's decisions (the case's own unit head does).
        Desk headWater(bed->path(), loginOf("head_water"), password);
        QVERIFY(headWater.ok());
        auto done = waterPd.service->execute(json(uR"({"cmd":"record_verification","case":"%1","concluded_on":"2026-01-20",
            "damage_found":true,"finding":"检出石油类。"})"_s.arg(pudong).toUtf8().constData()), {}, test::CaseTestbed::today());
        QVERIFY2(done, qPrintable(done.errorString()));
        auto proposed = waterPd.service->execute(json(uR"({"cmd":"file_case","case":"%1","filed_on":"2026-01-21"})"_s.arg(pudong).toUtf8().constData()),
                                                 {}, test::CaseTestbed::today());
        QVERIFY2(proposed && proposed->proposalId > 0, qPrintable(proposed.errorString()));
        QVERIFY(!headWater.service->approve(proposed->proposalId, {}, test::CaseTestbed::today()));
        QVERIFY(!headWater.service->refuseProposal(proposed->proposalId, u"不同意。"_s, {}));
        service::DashboardQuery due;
        due.asOf = test::CaseTestbed::today();
        for (const service::DueItem &i : headWater.service->reader().dueItems(due).value())
            QVERIFY2(i.row.kind != u"approval", "a member unit's head is asked to approve the lead unit's decision");

        if (onPostgres()) { // the server's own policies, to a hand-made client
            auto countAs = [&](const char *who, const QString &sql) {
                QUrl url(bed->path());
                url.setUserName(loginOf(who));
                auto opened = storage::Database::open(url.toString(), password);
                if (!opened)
                    return -1;
                QSqlQuery c(opened.value()->connection());
                return c.exec(sql) && c.next() ? c.value(0).toInt() : -2;
            };
            QCOMPARE(countAs("water_pd", u"SELECT count(*) FROM cases"_s), 1);
            QCOMPARE(countAs("water_pd", u"SELECT count(*) FROM parties WHERE case_id = %1"_s.arg(pudongId)),
                     [&] { QSqlQuery a(bed->database().connection()); a.exec(u"SELECT count(*) FROM parties WHERE case_id = %1"_s.arg(pudongId)); a.next(); return a.value(0).toInt(); }());
            QCOMPARE(countAs("water_js", u"SELECT count(*) FROM cases"_s), 0);
            QCOMPARE(countAs("water_js", u"SELECT count(*) FROM joint_group_members"_s), 0);
            QCOMPARE(countAs("water_city", u"SELECT count(*) FROM cases"_s), 1);
        }
    }

    // Art. 39: a city supervisor reads every case and, on a major case, records instructions and timetable
    // steps — and nothing else.
    void supervisorOnlySupervises()
    {
        populate();
        Desk sup(bed->path(), loginOf("sup"), password);
        QVERIFY2(sup.ok(), qPrintable(sup.problems.toString()));
        auto run = [&](const QString &command) {
            return sup.service->execute(json(command.toUtf8().constData()), {}, test::CaseTestbed::today());
        };
        auto instruction = run(uR"({"cmd":"record_supervision_instruction","case":"%1","issued_on":"2026-01-08",
            "issued_by":"市生态环境局督办处","content":"十五个工作日内完成损害调查。","due_on":"2026-01-29"})"_s.arg(pudong));
        QVERIFY2(instruction, qPrintable(instruction.errorString()));
        auto step = run(uR"({"cmd":"add_timetable_step","case":"%1","step":"完成鉴定评估委托","due_on":"2026-02-15"})"_s.arg(jinshanA));
        QVERIFY2(step, qPrintable(step.errorString()));
        // The rows a supervisor adds set their tables' bits on the case row (migration 0015), which the
        // supervisor may not otherwise change.
        const QStringList wrongBits = test::tableBitsDisagreeing(bed->database().connection());
        QVERIFY2(wrongBits.isEmpty(), qPrintable(wrongBits.join(u"; "_s)));
        const auto before = test::contentFingerprint(bed->database().connection());
        QVERIFY(!run(uR"({"cmd":"start_verification","case":"%1","started_on":"2026-01-06","verified_by":"王芳"})"_s.arg(pudong)));
        QVERIFY(!run(uR"({"cmd":"complete_timetable_step","case":"%1","step":1,"done_on":"2026-01-09"})"_s.arg(jinshanA)));
        QVERIFY(!run(uR"({"cmd":"add_timetable_step","case":"%1","step":"x","due_on":"2026-02-15"})"_s.arg(jinshanB))); // not major
        QCOMPARE(test::contentFingerprint(bed->database().connection()), before);
        QSqlQuery q(bed->database().connection());
        QVERIFY(q.exec(u"SELECT actor FROM audit_log WHERE command IN ('record_supervision_instruction', 'add_timetable_step') "
                       "ORDER BY id"_s));
        QStringList actors;
        while (q.next())
            actors << q.value(0).toString();
        QCOMPARE(actors, (QStringList{loginOf("sup"), loginOf("sup")}));
        const auto ledger = sup.service->reader().majorCaseLedger().value();
        QCOMPARE(ledger.size(), 2);

        if (onPostgres()) { // by hand: only what the supervision commands write, and only on a major case
            QUrl url(bed->path());
            url.setUserName(loginOf("sup"));
            auto opened = storage::Database::open(url.toString(), password);
            QVERIFY2(opened, qPrintable(opened.errorString()));
            QSqlQuery h(opened.value()->connection());
            QVERIFY(!h.exec(u"UPDATE cases SET title = 'x' WHERE case_no = '%1'"_s.arg(pudong)));  // a major case's field
            QVERIFY(!h.exec(u"UPDATE cases SET tables_with_rows = 0 WHERE case_no = '%1'"_s.arg(pudong))); // kept by triggers (0015)
            QVERIFY(h.exec(u"UPDATE cases SET title = 'x' WHERE case_no = '%1'"_s.arg(jinshanB))); // not major: no row
            QCOMPARE(h.numRowsAffected(), 0);
            QVERIFY(h.exec(u"DELETE FROM parties"_s));
            QCOMPARE(h.numRowsAffected(), 0);
            QVERIFY(!h.exec(u"INSERT INTO supervision_instructions(case_id, issued_on, issued_by, content) "
                            "SELECT id, '2026-01-08', 'x', 'x' FROM cases WHERE case_no = '%1'"_s.arg(jinshanB)));
            QVERIFY(!h.exec(u"INSERT INTO supervision_reports(case_id, reported_on, reported_to, content) "
                            "SELECT id, '2026-01-08', 'x', 'x' FROM cases WHERE case_no = '%1'"_s.arg(pudong)));
            QCOMPARE(test::contentFingerprint(bed->database().connection()), before);
        }
    }

    void wrongPasswordsLockAndTellNothing()
    {
        ECOCLAIM_SQLITE_ONLY("a desk's passwords; on a server the server checks them");
        populate();
        const QString login = loginOf("cw_js");
        auto attempt = [&](const QString &who, const QString &pw, const QDateTime &at) {
            test::CaseTestbed *b = bed.get();
            auto db = storage::Database::open(b->path()).value();
            service::CaseNotifier n;
            service::CaseService s(*db, calendar::WorkCalendar::builtIn(), n);
            auto r = service::Accounts(s).signIn(who, pw, at);
            return r ? QString() : r.errorString();
        };
        const QDateTime t0(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
        const QString unknown = attempt(u"nobody"_s, password, t0);
        QVERIFY(!unknown.isEmpty());
        for (int i = 0; i < service::Accounts::attemptsBeforeLock; ++i)
            QCOMPARE(attempt(login, u"wrong password"_s, t0.addSecs(i)), unknown); // the same words
        // Locked: the right password is refused for 15 minutes, a wrong one still says nothing more.
        const QString locked = attempt(login, password, t0.addSecs(60));
        QVERIFY2(locked.contains(u"locked"_s), qPrintable(locked));
        QCOMPARE(attempt(login, u"wrong password"_s, t0.addSecs(61)), unknown);
        QCOMPARE(attempt(login, password, t0.addSecs(16 * 60)), QString());
        QSqlQuery q(bed->database().connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM audit_log WHERE command = 'sign_in_failed'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1 + service::Accounts::attemptsBeforeLock + 2);
        QVERIFY(q.exec(u"SELECT password_hash FROM accounts WHERE login = 'cw_js'"_s));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toString().startsWith(u"$argon2id$v=19$m=65536,t=2,p=1$"_s), qPrintable(q.value(0).toString()));
    }

    void serverRefusesHandMadeSql()
    {
        if (!onPostgres())
            QSKIP("PostgreSQL only: the server's row-level security");
        populate();
        QUrl url(bed->path());
        url.setUserName(loginOf("cw_js"));
        auto opened = storage::Database::open(url.toString(), password);
        QVERIFY2(opened, qPrintable(opened.errorString()));
        QSqlDatabase db = opened.value()->connection();
        QSqlQuery q(db);
        auto count = [&](const QString &sql) {
            QSqlQuery c(db);
            return c.exec(sql) && c.next() ? c.value(0).toInt() : -1;
        };
        // Who this login is: no superuser, no BYPASSRLS, not the tables' owner.
        QCOMPARE(count(u"SELECT count(*) FROM pg_roles WHERE rolname = session_user AND NOT rolsuper AND NOT rolbypassrls"_s), 1);
        QCOMPARE(count(u"SELECT count(*) FROM pg_class WHERE relname = 'cases' AND relowner = (SELECT oid FROM pg_roles WHERE rolname = session_user)"_s), 0);
        QCOMPARE(count(u"SELECT count(*) FROM cases"_s), 3);
        // Session variables change nothing: the policies read session_user.
        QVERIFY(q.exec(u"SET ecoclaim.district = '310115'"_s));
        QVERIFY(q.exec(u"SET application_name = 'supervisor'"_s));
        QCOMPARE(count(u"SELECT count(*) FROM cases"_s), 3);
        QVERIFY(!q.exec(u"SET ROLE %1"_s.arg(loginOf("sup"))));
        QVERIFY(!q.exec(u"SET SESSION AUTHORIZATION %1"_s.arg(loginOf("sup"))));
        QVERIFY(!q.exec(u"SET session_replication_role = replica"_s));
        QCOMPARE(count(u"SELECT count(*) FROM cases WHERE district_code = '310115'"_s), 0);
        QCOMPARE(count(u"SELECT count(*) FROM parties p JOIN cases c ON c.id = p.case_id"_s),
                 count(u"SELECT count(*) FROM parties"_s));
        QCOMPARE(count(u"SELECT count(*) FROM case_search"_s), 3);
        // A case into another district, or moved there: refused by the server.
        QVERIFY(!q.exec(u"INSERT INTO cases(case_no, title, district_code, unit, stage, channel, received_on, created_at, updated_at) "
                        "VALUES ('2026-310115-0999', 'x', '310115', 'district_ecology', 'clue', 'routine_supervision', "
                        "'2026-01-05', '2026-01-05', '2026-01-05')"_s));
        QVERIFY(!q.exec(u"UPDATE cases SET district_code = '310115' WHERE case_no = '%1'"_s.arg(jinshanB)));
        QVERIFY(q.exec(u"UPDATE cases SET title = 'x' WHERE case_no = '%1'"_s.arg(pudong))); // touches no row
        QCOMPARE(q.numRowsAffected(), 0);
        // The audit log: only the entries of its cases and its own; appending in another's name refused.
        const int all = [&] {
            QSqlQuery a(bed->database().connection());
            a.exec(u"SELECT count(*) FROM audit_log"_s);
            a.next();
            return a.value(0).toInt();
        }();
        const int visible = count(u"SELECT count(*) FROM audit_log"_s);
        QVERIFY2(visible > 0 && visible < all, qPrintable(u"%1 of %2"_s.arg(visible).arg(all)));
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE case_id = (SELECT id FROM cases WHERE case_no = '%1')"_s.arg(pudong)), 0);
        QVERIFY(!q.exec(u"INSERT INTO audit_log(id, at, actor, case_id, command, payload, changes, prev_hash, hash) "
                        "VALUES (100000, 'now', 'someone_else', NULL, 'x', '{}', '[]', '', '')"_s));
        QVERIFY(!q.exec(u"UPDATE accounts SET role = 'supervisor' WHERE login = session_user"_s) || q.numRowsAffected() == 0);
        QVERIFY(!q.exec(u"UPDATE ecoclaim_schema SET version = 1"_s));
        QCOMPARE(count(u"SELECT count(*) FROM accounts"_s), 1); // its own

        // Every table has FORCE ROW LEVEL SECURITY, but the schema's version (the staff may only read it).
        {
            QSqlQuery o(bed->database().connection());
            QVERIFY(o.exec(u"SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                           "WHERE n.nspname = 'public' AND c.relkind = 'r' AND NOT (c.relrowsecurity AND c.relforcerowsecurity) "
                           "ORDER BY 1"_s));
            QStringList open;
            while (o.next())
                open << o.value(0).toString();
            QCOMPARE(open, QStringList{u"ecoclaim_schema"_s});
        }
        // The tables of migration 0008 (enforcement, supervision, joint groups): another district's rows are
        // out of reach. Each district has a supervision report (populate); an enforcement is put on each
        // district's case here by the owner (a case takes many commands to get there).
        const qint64 pudongId = bed->service().resolve(pudong).value(), jinshanId = bed->service().resolve(jinshanA).value();
        for (qint64 id : {pudongId, jinshanId}) {
            QSqlQuery o(bed->database().connection());
            QVERIFY2(o.exec(u"INSERT INTO enforcements(case_id, basis, applied_on, court, sought) VALUES (%1, 'judgment', "
                            "'2026-06-01', '上海市第三中级人民法院', '支付赔偿金')"_s.arg(id)), qPrintable(o.lastError().text()));
        }
        QCOMPARE(count(u"SELECT count(*) FROM enforcements"_s), 1);
        QCOMPARE(count(u"SELECT count(*) FROM enforcements WHERE case_id = %1"_s.arg(pudongId)), 0);
        QCOMPARE(count(u"SELECT count(*) FROM supervision_reports"_s), 1);
        QCOMPARE(count(u"SELECT count(*) FROM supervision_reports WHERE case_id = %1"_s.arg(pudongId)), 0);
        QVERIFY(q.exec(u"UPDATE enforcements SET court = 'x' WHERE case_id = %1"_s.arg(pudongId)));
        QCOMPARE(q.numRowsAffected(), 0);
        QVERIFY(!q.exec(u"INSERT INTO supervision_reports(case_id, reported_on, reported_to, content) VALUES (%1, '2026-01-07', "
                        "'x', 'x')"_s.arg(pudongId)));
        // Joining another district's joint case group by hand: refused.
        QVERIFY(!q.exec(u"INSERT INTO joint_group_members(case_id, unit, role) VALUES (%1, 'district_ecology', 'member')"_s.arg(pudongId)));
        // The counters of another district, and its commands' ids: neither read nor advanced.
        QCOMPARE(count(u"SELECT count(*) FROM case_number_series WHERE district_code = '310115'"_s), 0);
        QVERIFY(q.exec(u"UPDATE case_number_series SET last_serial = 0 WHERE district_code = '310115'"_s));
        QCOMPARE(q.numRowsAffected(), 0);
        QVERIFY(!q.exec(u"INSERT INTO case_number_series(district_code, year, last_serial) VALUES ('310115', 2031, 1)"_s));
        QVERIFY(!q.exec(u"INSERT INTO paper_number_series(paper_type, unit, year, last_number) VALUES "
                        "('consultation_notice', '310115:district_ecology', 2031, 1)"_s));
        QVERIFY(!q.exec(u"INSERT INTO signing_keys(fingerprint, algorithm, public_key, holder, added_at, added_by) VALUES "
                        "('ab', 'SM2', 'x', 'x', 'now', '%1')"_s.arg(loginOf("cw_js"))));
        // The bytes of another district's evidence: their digest is known (what is stored is not secret),
        // the bytes are not.
        QTemporaryDir dir;
        const QString photo = dir.filePath(u"现场说明.txt"_s);
        {
            QFile f(photo);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("浦东新区某码头油污泄漏现场勘查说明：岸线约两百米可见油膜。\n");
        }
        QJsonObject evidence{{u"cmd"_s, u"add_evidence"_s}, {u"file"_s, photo}, {u"title"_s, u"现场勘查说明"_s},
                             {u"kind"_s, u"investigation"_s}};
        QVERIFY(!bed->apply(evidence, pudong).isEmpty());
        QSqlQuery o(bed->database().connection());
        QVERIFY(o.exec(u"SELECT sha256 FROM evidence WHERE case_id = %1"_s.arg(pudongId)) && o.next());
        const QString sha = o.value(0).toString();
        QVERIFY(o.exec(u"SELECT count(*) FROM stored_file_chunks WHERE sha256 = '%1'"_s.arg(sha)) && o.next());
        QVERIFY(o.value(0).toInt() > 0);
        QCOMPARE(count(u"SELECT count(*) FROM stored_file_contents WHERE sha256 = '%1'"_s.arg(sha)), 1);
        QCOMPARE(count(u"SELECT count(*) FROM stored_file_chunks WHERE sha256 = '%1'"_s.arg(sha)), 0);
        QVERIFY(q.exec(u"DELETE FROM stored_file_chunks WHERE sha256 = '%1'"_s.arg(sha)));
        QCOMPARE(q.numRowsAffected(), 0);
        QVERIFY(q.exec(u"DELETE FROM stored_file_contents WHERE sha256 = '%1'"_s.arg(sha)));
        QCOMPARE(q.numRowsAffected(), 0);
        // Its own district's evidence it reads.
        QVERIFY(!bed->apply(QJsonObject{{u"cmd"_s, u"add_evidence"_s}, {u"file"_s, photo}, {u"title"_s, u"同一说明"_s},
                                        {u"kind"_s, u"investigation"_s}}, jinshanB).isEmpty());
        QVERIFY(count(u"SELECT count(*) FROM stored_file_chunks WHERE sha256 = '%1'"_s.arg(sha)) > 0);
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
