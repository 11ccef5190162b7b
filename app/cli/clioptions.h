#pragma once
// What every ecoclaim-cli verb shares: the global options, the exit codes, the open database and the
// service. Verbs print results on stdout and problems on stderr.

#include "core/service/casenotifier.h"
#include "core/service/caseservice.h"
#include "core/storage/database.h"

#include <QStringList>
#include <QTextStream>

#include <memory>

namespace ecoclaim::cli {

enum ExitCode { Done = 0, Refused = 1, Usage = 2 };

struct Options
{
    QString databasePath; // --db, default: the user's data folder
    QString actor;        // --actor, else the operating-system user (set by main, never empty); once someone
                          // signs in, the audit log names their account instead (core/service/accounts.h)
    QString user;         // --user LOGIN: sign in (password from ECOCLAIM_PASSWORD or a prompt)
    QDate today;          // --today (for scripts and tests), default: the real date
    QString language;     // --lang
    QStringList arguments; // the verb and its arguments
};

QTextStream &out();
QTextStream &err();

// Prints every problem, one per line, to stderr.
void printProblems(const domain::Problems &problems);

// Opens the database and the service; prints the problem and returns null on failure. Only `init`,
// `demo` and `generate` create a database: every other verb refuses a path where none exists. The CLI
// has no listener, but the service still tells its notifier of every commit (other processes learn of
// them from the database itself).
// With --user, the person signs in (a desk's file: their password checked; a server: the connection is
// made as their login) and signs out when the session ends; both are in the audit log. A database with
// accounts refuses a session nobody signed in to.
struct Session
{
    Session() = default;
    Session(Session &&) = default;
    Session &operator=(Session &&) = default;
    ~Session(); // signs out
    std::unique_ptr<storage::Database> database;
    std::unique_ptr<service::CaseNotifier> notifier;
    std::unique_ptr<service::CaseService> service;
    bool signedIn = false;
};
std::optional<Session> openSession(const Options &options,
                                   storage::OpenMode mode = storage::OpenMode::MustExist);

// A value given on the command line that is there but wrong — an impossible date, a word where a number
// belongs, an unknown stage — is bad input like any refused value: its message names it and the verb
// exits with Refused (1). Usage (2) is only for a command line that cannot be understood: an unknown
// verb or option, a missing argument or option value. These print the problem and return nullopt.
std::optional<QDate> dateValue(const QString &text);
std::optional<qint64> wholeNumberValue(const QString &text, const QString &what, qint64 min, qint64 max);

// A cell of tab-separated output: backslash, tab, newline and carriage return written as \\ \t \n \r, so
// a title or a summary holding a tab or a line break cannot forge a column or a row.
QString tsvField(QString text);

// A secret: the environment variable if set, else asked on the terminal without echo (empty when there
// is no terminal to ask on).
QString readSecret(const char *environmentVariable, const QString &prompt);

// "--json" and friends: true (and removed from args) when the flag is present.
bool takeFlag(QStringList &args, const QString &flag);
// "--stage S": the value (and both removed), or empty.
QString takeOption(QStringList &args, const QString &option, bool *missingValue = nullptr);

} // namespace ecoclaim::cli
