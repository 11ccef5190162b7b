// ecoclaim-cli user add LOGIN --name NAME --role ROLE [--unit UNIT] [--district CODE] | list [--json] |
// disable LOGIN | set-role LOGIN ROLE | measure-hash: the accounts of a database (core/service/accounts.h).
// The first account must be an administrator and is added without signing in; after it, an administrator
// signs in (--user) to add or change accounts. A new account's first password comes from
// ECOCLAIM_NEW_PASSWORD or is asked twice.

#include "app/cli/caseverbs.h"

#include "core/service/accounts.h"
#include "core/service/passwordhash.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Cli)
};

int userUsage()
{
    err() << Tr::tr("usage: ecoclaim-cli user add LOGIN --name NAME --role caseworker|unit_head|supervisor|archivist|admin "
                    "[--unit UNIT] [--district CODE]\n"
                    "       ecoclaim-cli user list [--json]\n"
                    "       ecoclaim-cli user disable LOGIN\n"
                    "       ecoclaim-cli user set-role LOGIN ROLE\n"
                    "       ecoclaim-cli user measure-hash   (time and memory of one password hash on this machine)")
          << Qt::endl;
    return Usage;
}

bool parseRole(const QString &key, Role *role)
{
    if (roleFromKey(key, role))
        return true;
    err() << Tr::tr("\"%1\" is not a role: caseworker, unit_head, supervisor, archivist or admin.").arg(key) << Qt::endl;
    return false;
}

int add(const Options &options, QStringList args)
{
    bool missing = false;
    service::NewAccount n;
    n.name = takeOption(args, u"--name"_s, &missing);
    const QString role = takeOption(args, u"--role"_s, &missing);
    n.unit = takeOption(args, u"--unit"_s, &missing);
    n.districtCode = takeOption(args, u"--district"_s, &missing);
    if (missing || args.size() != 1 || role.isEmpty())
        return userUsage();
    n.login = args.first();
    if (!parseRole(role, &n.role))
        return Usage;
    auto session = openSession(options);
    if (!session)
        return Refused;
    n.password = readSecret("ECOCLAIM_NEW_PASSWORD", Tr::tr("First password for %1: ").arg(n.login));
    if (!qEnvironmentVariableIsSet("ECOCLAIM_NEW_PASSWORD") && !n.password.isEmpty()
        && readSecret("ECOCLAIM_NEW_PASSWORD", Tr::tr("The same password again: ")) != n.password) {
        err() << Tr::tr("The two passwords differ; nothing was added.") << Qt::endl;
        return Refused;
    }
    auto added = service::Accounts(*session->service).add(n, options.actor);
    if (!added) {
        printProblems(added.problems());
        return Refused;
    }
    out() << Tr::tr("Account %1 (%2, %3) added.").arg(added->login, added->name, roleDisplayName(added->role)) << Qt::endl;
    return Done;
}

int list(const Options &options, bool json)
{
    auto session = openSession(options);
    if (!session)
        return Refused;
    auto accounts = service::Accounts(*session->service).list();
    if (!accounts) {
        printProblems(accounts.problems());
        return Refused;
    }
    QJsonArray all;
    for (const Account &a : accounts.value()) {
        if (json) {
            all.append(QJsonObject{{u"login"_s, a.login}, {u"name"_s, a.name}, {u"role"_s, roleKey(a.role)},
                                   {u"unit"_s, a.unit}, {u"district_code"_s, a.districtCode}, {u"disabled"_s, a.disabled},
                                   {u"created_at"_s, a.createdAt}, {u"changed_at"_s, a.changedAt}});
            continue;
        }
        out() << a.login << u'\t' << a.name << u'\t' << roleDisplayName(a.role) << u'\t' << a.unit << u'\t'
              << (a.districtCode.isEmpty() ? Tr::tr("(city)") : a.districtCode) << u'\t'
              << (a.disabled ? Tr::tr("disabled") : Tr::tr("active")) << Qt::endl;
    }
    if (json)
        out() << QJsonDocument(all).toJson(QJsonDocument::Indented);
    return Done;
}

// One Argon2id hash with the parameters accounts use: wall time, and the growth of the process's peak
// resident memory (the hash's memory is what it fills).
int measureHash()
{
    rusage before{};
    getrusage(RUSAGE_SELF, &before);
    QElapsedTimer timer;
    timer.start();
    const QString h = service::password::hash(u"correct horse battery staple"_s);
    const qint64 hashMs = timer.elapsed();
    timer.restart();
    const bool ok = service::password::matches(h, u"correct horse battery staple"_s);
    const qint64 verifyMs = timer.elapsed();
    rusage after{};
    getrusage(RUSAGE_SELF, &after);
    out() << Tr::tr("Argon2id (libsodium), %1 passes, %2 MiB: hash %3 ms, verify %4 ms, peak memory grew by %5 MiB; %6")
                 .arg(service::password::opsLimit())
                 .arg(service::password::memLimit() / (1024 * 1024))
                 .arg(hashMs)
                 .arg(verifyMs)
                 .arg((after.ru_maxrss - before.ru_maxrss) / 1024)
                 .arg(h.section(u'$', 1, 3))
          << Qt::endl;
    return ok ? Done : Refused;
}
} // namespace

int runUser(const Options &options, QStringList args)
{
    if (args.isEmpty())
        return userUsage();
    const QString sub = args.takeFirst();
    if (sub == u"add"_s)
        return add(options, args);
    if (sub == u"list"_s) {
        const bool json = takeFlag(args, u"--json"_s);
        return args.isEmpty() ? list(options, json) : userUsage();
    }
    if (sub == u"measure-hash"_s && args.isEmpty())
        return measureHash();
    if (sub == u"disable"_s && args.size() == 1) {
        auto session = openSession(options);
        if (!session)
            return Refused;
        if (auto s = service::Accounts(*session->service).disable(args.first(), options.actor); !s) {
            printProblems(s.problems());
            return Refused;
        }
        out() << Tr::tr("Account %1 disabled.").arg(args.first()) << Qt::endl;
        return Done;
    }
    if (sub == u"set-role"_s && args.size() == 2) {
        Role role;
        if (!parseRole(args.at(1), &role))
            return Usage;
        auto session = openSession(options);
        if (!session)
            return Refused;
        if (auto s = service::Accounts(*session->service).setRole(args.first(), role, options.actor); !s) {
            printProblems(s.problems());
            return Refused;
        }
        out() << Tr::tr("Account %1 is now %2.").arg(args.first(), roleDisplayName(role)) << Qt::endl;
        return Done;
    }
    return userUsage();
}

} // namespace ecoclaim::cli
