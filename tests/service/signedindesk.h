#pragma once
// One person's desk in a test of accounts (issue 17): their own connection to the test's database (on a
// server, made as their own login with their password) and their own service, signed in. Logins are server
// roles shared by every database of a PostgreSQL cluster, so each test process names its own (loginOf).

#include "core/service/accounts.h"

#include "tests/service/casetestbed.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QUrl>

namespace ecoclaim::test {

inline const QString password = QStringLiteral("Shanghai-2026!");

// Logins are server roles, shared by every database of a PostgreSQL cluster: each test process names its own.
inline QString loginOf(const char *who)
{
    return onPostgres() ? QStringLiteral("t%1_%2").arg(QCoreApplication::applicationPid()).arg(QLatin1String(who)) : QString::fromLatin1(who);
}

// One person's desk: their own connection (on a server, made as their login with their password) and
// service, signed in.
struct Desk
{
    std::unique_ptr<storage::Database> db;
    service::CaseNotifier notifier;
    std::unique_ptr<service::CaseService> service;
    domain::Problems problems;

    Desk(const QString &location, const QString &login, const QString &pw)
    {
        QString where = location;
        if (onPostgres()) {
            QUrl url(location);
            url.setUserName(login);
            where = url.toString();
        }
        auto opened = storage::Database::open(where, onPostgres() ? pw : QString());
        if (!opened) {
            problems = opened.problems();
            return;
        }
        db = std::move(opened).value();
        service = std::make_unique<service::CaseService>(*db, calendar::WorkCalendar::builtIn(), notifier);
        auto signedIn = service::Accounts(*service).signIn(login, pw);
        if (!signedIn)
            problems = signedIn.problems();
    }
    bool ok() const { return problems.isEmpty() && service; }
    QStringList caseNumbers(const domain::CaseListFilter &filter = {}) const
    {
        domain::CaseListRequest r;
        r.filter = filter;
        r.filter.today = test::CaseTestbed::today();
        r.limit = 100;
        QStringList numbers;
        if (auto rows = service->reader().casePage(r))
            for (const domain::CaseRow &row : rows.value())
                numbers << row.number;
        numbers.sort();
        return numbers;
    }
};

// An account of 金山区's ecology bureau (the administrator: of no unit), with the test password.
inline service::NewAccount jinshanAccount(const char *who, const QString &name, domain::Role role)
{
    service::NewAccount n;
    n.login = loginOf(who);
    n.name = name;
    n.role = role;
    n.unit = role == domain::Role::Admin ? QString() : QStringLiteral("district_ecology");
    n.districtCode = role == domain::Role::Admin ? QString() : QStringLiteral("310116");
    n.password = password;
    return n;
}

// On a server, the logins `whos` and the database's staff role made for them go with the test's database.
inline void dropServerLogins(CaseTestbed *bed, std::initializer_list<const char *> whos)
{
    if (!onPostgres() || !bed)
        return;
    QSqlQuery q(bed->database().connection());
    q.exec(QStringLiteral("SELECT current_database()"));
    q.next();
    const QString staff = QString(QStringLiteral("ecoclaim_staff_") + q.value(0).toString()).left(63);
    q.exec(QStringLiteral("DROP OWNED BY \"%1\"").arg(staff));
    for (const char *who : whos)
        TestDatabase::adminExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(loginOf(who)));
    TestDatabase::adminExec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(staff));
}

// A clue of 金山区 taken to a verified finding of damage, as `desk`; its number (empty if a step was refused).
inline QString verifiedJinshanClue(service::CaseService &desk, const char *title, const char *finding)
{
    QString caseNo;
    auto run = [&](QJsonObject c) {
        if (!caseNo.isEmpty())
            c.insert(QStringLiteral("case"), caseNo);
        auto r = desk.execute(c, {}, CaseTestbed::today());
        if (!r)
            qWarning().noquote() << c.value(QStringLiteral("cmd")).toString() << r.errorString();
        return r ? r->caseNumber : QString();
    };
    QJsonObject clue = json(R"({"cmd":"register_clue","unit":"district_ecology","channel":"routine_supervision",
        "received_on":"2026-01-05","district":"金山区","site":"金山区某路1号","description":"巡查发现土壤受到渗漏污染。"})");
    clue.insert(QStringLiteral("title"), QString::fromUtf8(title));
    caseNo = run(clue);
    if (caseNo.isEmpty())
        return {};
    run(json(R"({"cmd":"start_verification","started_on":"2026-01-06","verified_by":"王芳"})"));
    QJsonObject concluded = json(R"({"cmd":"record_verification","concluded_on":"2026-01-20","damage_found":true})");
    concluded.insert(QStringLiteral("finding"), QString::fromUtf8(finding));
    run(concluded);
    return caseNo;
}

} // namespace ecoclaim::test
