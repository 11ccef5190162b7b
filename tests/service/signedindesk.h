#pragma once
// One person's desk in a test of accounts (issue 17): their own connection to the test's database (on a
// server, made as their own login with their password) and their own service, signed in. Logins are server
// roles shared by every database of a PostgreSQL cluster, so each test process names its own (loginOf).

#include "core/service/accounts.h"

#include "tests/service/casetestbed.h"

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

} // namespace ecoclaim::test
