#include "core/storage/serverbackup.h"

#include "core/storage/migrations.h"
#include "core/storage/sqlquery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace ecoclaim::storage {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Backup)
};

// The connection's own parameters for pg_dump and pg_restore; the password (if the connection was
// given one) goes through the environment, never the command line.
QProcessEnvironment clientEnvironment(const QSqlDatabase &db)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!db.hostName().isEmpty())
        env.insert(u"PGHOST"_s, db.hostName());
    if (db.port() > 0)
        env.insert(u"PGPORT"_s, QString::number(db.port()));
    if (!db.userName().isEmpty())
        env.insert(u"PGUSER"_s, db.userName());
    if (!db.password().isEmpty())
        env.insert(u"PGPASSWORD"_s, db.password());
    env.insert(u"PGDATABASE"_s, db.databaseName());
    return env;
}

// Runs a PostgreSQL client program; its standard output, or a problem naming the program.
domain::Result<QByteArray> run(const QString &program, const QStringList &arguments, const QProcessEnvironment &env)
{
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty())
        return domain::Problem{{}, Tr::tr("%1 is not installed (Debian package postgresql-client); a server database is backed up with it.").arg(program), {}};
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(path, arguments);
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return domain::Problem{{}, Tr::tr("%1 failed: %2").arg(program, QString::fromLocal8Bit(p.readAllStandardError()).trimmed()), {}};
    return p.readAllStandardOutput();
}

// The data lines of one table in a custom-format dump ("COPY … FROM stdin;" up to "\.").
QList<QByteArray> tableRows(const QByteArray &sql)
{
    QList<QByteArray> rows;
    bool inCopy = false;
    for (const QByteArray &line : sql.split('\n')) {
        if (!inCopy && line.startsWith("COPY "))
            inCopy = true;
        else if (inCopy && line == "\\.")
            inCopy = false;
        else if (inCopy)
            rows << line;
    }
    return rows;
}
} // namespace

domain::Result<BackupReport> backupServer(const QSqlDatabase &db, const QString &target)
{
    BackupReport report;
    report.path = target;
    auto version = schemaVersion(db);
    auto cases = scalar(db, u"SELECT count(*) FROM cases"_s);
    if (!version || !cases)
        return version ? cases.problems() : version.problems();
    report.schemaVersion = version.value();
    report.cases = cases.value().toLongLong();
    const QProcessEnvironment env = clientEnvironment(db);

    QElapsedTimer clock;
    clock.start();
    // One snapshot of the whole database (pg_dump's own transaction); desks keep working meanwhile.
    if (auto dumped = run(u"pg_dump"_s, {u"--format=custom"_s, u"--no-owner"_s, u"--file"_s, target}, env); !dumped) {
        QFile::remove(target);
        return dumped.problems();
    }
    report.copySeconds = clock.nsecsElapsed() / 1e9;
    clock.restart();

    const auto fail = [&report](const QString &why) -> domain::Result<BackupReport> {
        QFile::remove(report.path);
        return domain::Problem{u"out"_s, Tr::tr("The backup %1 failed its check and was removed: %2").arg(report.path, why), {}};
    };
    auto contents = run(u"pg_restore"_s, {u"--list"_s, target}, env);
    if (!contents)
        return fail(contents.errorString());
    for (const char *table : {" TABLE DATA public cases ", " TABLE DATA public audit_log ", " TABLE DATA public ecoclaim_schema "})
        if (!contents.value().contains(table))
            return fail(Tr::tr("the copy has no %1").arg(QString::fromLatin1(table).trimmed()));
    auto caseRows = run(u"pg_restore"_s, {u"--data-only"_s, u"--table=cases"_s, u"--file=-"_s, target}, env);
    auto versionRows = run(u"pg_restore"_s, {u"--data-only"_s, u"--table=ecoclaim_schema"_s, u"--file=-"_s, target}, env);
    if (!caseRows || !versionRows)
        return fail(caseRows ? versionRows.errorString() : caseRows.errorString());
    const qint64 copiedCases = tableRows(caseRows.value()).size();
    const QList<QByteArray> copiedVersion = tableRows(versionRows.value());
    if (copiedCases != report.cases || copiedVersion.value(0).trimmed().toInt() != report.schemaVersion)
        return fail(Tr::tr("the copy holds schema %1 and %2 cases, the database schema %3 and %4 cases")
                        .arg(QString::fromLatin1(copiedVersion.value(0)))
                        .arg(copiedCases)
                        .arg(report.schemaVersion)
                        .arg(report.cases));
    report.checkSeconds = clock.nsecsElapsed() / 1e9;
    report.bytes = QFileInfo(target).size();
    report.checkedWith = u"pg_restore"_s;
    return report;
}

} // namespace ecoclaim::storage
