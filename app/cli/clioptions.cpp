#include "app/cli/clioptions.h"

#include "core/documents/papercomposer.h"

#include "core/service/accounts.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QGuiApplication>
#include <QUrl>

#include <termios.h>
#include <unistd.h>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace ecoclaim::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Cli)
};
} // namespace

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

void printProblems(const domain::Problems &problems)
{
    for (const domain::Problem &p : problems.list())
        err() << p.toString() << Qt::endl;
}

QString readSecret(const char *environmentVariable, const QString &prompt)
{
    if (qEnvironmentVariableIsSet(environmentVariable))
        return qEnvironmentVariable(environmentVariable);
    if (!isatty(STDIN_FILENO))
        return {};
    err() << prompt << Qt::flush;
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    char line[1024] = {};
    const bool read = std::fgets(line, sizeof line, stdin) != nullptr;
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    err() << Qt::endl;
    return read ? QString::fromLocal8Bit(line).chopped(QByteArrayView(line).endsWith('\n') ? 1 : 0) : QString();
}

Session::~Session()
{
    if (service && signedIn)
        service::Accounts(*service).signOut();
}

std::optional<Session> openSession(const Options &options, storage::OpenMode mode)
{
    QString path = options.databasePath.isEmpty() ? storage::Database::defaultPath() : options.databasePath;
    QString password;
    const bool server = storage::Database::isServerLocation(path);
    if (!options.user.isEmpty()) {
        password = readSecret("ECOCLAIM_PASSWORD", Tr::tr("Password for %1: ").arg(options.user));
        if (server) { // the server checks the password: connect as the person's own login
            QUrl url(path);
            url.setUserName(options.user);
            path = url.toString();
        }
    }
    auto db = storage::Database::open(path, mode, server ? password : QString());
    if (!db) {
        printProblems(db.problems());
        return std::nullopt;
    }
    Session s;
    s.database = std::move(db).value();
    s.notifier = std::make_unique<service::CaseNotifier>();
    auto service = service::CaseService::open(*s.database, *s.notifier);
    if (!service) {
        printProblems(service.problems());
        return std::nullopt;
    }
    s.service = std::move(service).value();
    for (const QString &note : s.service->notes())
        err() << note << Qt::endl;
    if (!options.user.isEmpty()) {
        auto account = service::Accounts(*s.service).signIn(options.user, password);
        if (!account) {
            printProblems(account.problems());
            return std::nullopt;
        }
        s.signedIn = true;
    } else if (s.service->access().account()) { // a server login with an account: signed in by connecting
        auto account = service::Accounts(*s.service).signIn(s.service->access().account()->login, {});
        if (!account) {
            printProblems(account.problems());
            return std::nullopt;
        }
        s.signedIn = true;
    } else if (s.service->access().mode() == service::Access::Mode::SignInRequired) {
        err() << Tr::tr("This database has accounts: sign in with --user LOGIN (the password from ECOCLAIM_PASSWORD or "
                        "asked).") << Qt::endl;
        return std::nullopt;
    }
    // Paper commands (issue_paper, supersede_paper) render through the papers module, also in `apply` —
    // where fonts can be had (a QGuiApplication: main starts one for scripts that issue papers).
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        s.service->setPaperComposer(std::make_unique<documents::OfficeComposer>(*s.service)); // the bureau's unit settings
    return s;
}

std::optional<QDate> dateValue(const QString &text)
{
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!shape.match(text).hasMatch() || !d.isValid()) {
        err() << QCoreApplication::translate("ecoclaim::Cli", "\"%1\" is not a real date (write YYYY-MM-DD).").arg(text)
              << Qt::endl;
        return std::nullopt;
    }
    return d;
}

std::optional<qint64> wholeNumberValue(const QString &text, const QString &what, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok || n < min || n > max) {
        err() << QCoreApplication::translate("ecoclaim::Cli", "%1: \"%2\" is not a whole number from %3 to %4.")
                     .arg(what, text).arg(min).arg(max)
              << Qt::endl;
        return std::nullopt;
    }
    return n;
}

QString tsvField(QString text)
{
    if (!text.contains(u'\\') && !text.contains(u'\t') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    text.replace(u"\\"_s, u"\\\\"_s);
    text.replace(u"\t"_s, u"\\t"_s);
    text.replace(u"\n"_s, u"\\n"_s);
    text.replace(u"\r"_s, u"\\r"_s);
    return text;
}

bool takeFlag(QStringList &args, const QString &flag)
{
    return args.removeAll(flag) > 0;
}

QString takeOption(QStringList &args, const QString &option, bool *missingValue)
{
    const qsizetype i = args.indexOf(option);
    if (i < 0)
        return {};
    if (i + 1 >= args.size()) {
        if (missingValue)
            *missingValue = true;
        args.removeAt(i);
        return {};
    }
    const QString value = args.at(i + 1);
    args.remove(i, 2);
    return value;
}

} // namespace ecoclaim::cli
