#include "core/storage/database.h"

#include "core/storage/migrations.h"
#include "core/storage/sqlquery.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace ecoclaim::storage {

namespace {
// Translations of this file live in the context ecoclaim::Storage (lupdate reads the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Storage)
};

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"ecoclaim-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

// What can be judged from the file system before SQLite touches anything (SQLite would create a
// missing file, treat an empty one as a new database, and fail later with "unable to open database
// file" in a read-only folder).
// Its messages name their context spelled out: lupdate cannot tell a free function whose return type is
// namespace-qualified (domain::Problems f(…)) from a member definition, and files Tr::tr calls inside it
// under a context "Tr" the program never asks (tst_translationcontexts catches that).
domain::Problems refuseBeforeOpening(const QFileInfo &info, OpenMode mode)
{
    domain::Problems refused;
    const QString path = info.filePath();
    if (!info.exists()) {
        if (mode == OpenMode::MustExist)
            refused.add(u"db"_s, QCoreApplication::translate("ecoclaim::Storage", "There is no database at %1; nothing was created. Check the path, or create a "
                                        "new database with: ecoclaim-cli --db %1 init").arg(path));
        return refused;
    }
    // A file of zero bytes is no SQLite database (an initialised one has at least its header page);
    // opening it would silently make it one.
    if (info.size() == 0 && QFileInfo(path + u"-wal"_s).size() == 0 && mode != OpenMode::StartOver) {
        // Most often a first start stopped while the file was being created: it holds nothing, so the way
        // out is to start over in it (`init` does, the window offers to) — said in the message itself.
        refused.add(u"db"_s, QCoreApplication::translate("ecoclaim::Storage", "%1 is an empty file (0 bytes), not an EcoClaim database; it was not changed. An "
                                    "empty file holds no cases — usually a first start was stopped while the database "
                                    "was being created. To start over, create the database in it: ecoclaim-cli --db %1 "
                                    "init (or start the window on it, which offers to), or delete the file.").arg(path));
        return refused;
    }
    // SQLite in WAL mode writes path-wal and path-shm beside the file, even to read.
    if (!QFileInfo(info.absolutePath()).isWritable())
        refused.add(u"db"_s, QCoreApplication::translate("ecoclaim::Storage", "The folder %1 is not writable: EcoClaim keeps the database's journal (%2-wal) "
                                    "beside it and cannot open the database there. Copy the file to a folder you may "
                                    "write, or ask for write access.").arg(info.absolutePath(), info.fileName()));
    else if (!info.isWritable())
        refused.add(u"db"_s, QCoreApplication::translate("ecoclaim::Storage", "The database file %1 is read-only: EcoClaim cannot open it.").arg(path));
    return refused;
}

// The URI as shown and kept: everything but a password.
QString withoutPassword(QUrl url)
{
    url.setPassword({});
    return url.toString();
}
} // namespace

Database::Database(QString path, QString connectionName, Engine engine)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_engine(engine)
{
}

Database::~Database()
{
    dropCachedStatements(m_connectionName);
    {
        QSqlDatabase db = connection();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(u"ecoclaim.db"_s);
}

bool Database::isServerLocation(const QString &location)
{
    return location.startsWith(u"postgresql://"_s) || location.startsWith(u"postgres://"_s);
}

domain::Result<std::unique_ptr<Database>> Database::open(const QString &location, const QString &password)
{
    return open(location, OpenMode::CreateIfMissing, password);
}

domain::Result<std::unique_ptr<Database>> Database::open(const QString &location, OpenMode mode, const QString &password)
{
    return isServerLocation(location) ? openServer(location, password) : openFile(location, mode);
}

domain::Result<std::unique_ptr<Database>> Database::openFile(const QString &path, OpenMode mode)
{
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return domain::Problem{{}, Tr::tr("%1 is a folder, not a database file.").arg(path), {}};
    if (auto refused = refuseBeforeOpening(info, mode); !refused.isEmpty())
        return refused;
    if (!info.exists() && !QDir().mkpath(info.absolutePath()))
        return domain::Problem{{}, Tr::tr("The folder %1 could not be created.").arg(info.absolutePath()), {}};
    if (!info.exists() && !QFileInfo(info.absolutePath()).isWritable())
        return domain::Problem{{}, Tr::tr("The folder %1 is not writable: no database can be created there.").arg(info.absolutePath()), {}};

    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), name, Engine::SQLite));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(database->m_path);
    if (!db.open())
        return domain::Problem{{}, Tr::tr("The database %1 could not be opened: %2").arg(path, db.lastError().text()), {}};
    if (auto s = database->checkVersionAndMigrate(); !s)
        return s.problems();
    return database;
}

domain::Result<std::unique_ptr<Database>> Database::openServer(const QString &location, const QString &password)
{
    const QUrl url(location, QUrl::StrictMode);
    const QString shown = withoutPassword(url);
    const QString dbName = url.path().mid(1);
    if (!url.isValid() || dbName.isEmpty() || dbName.contains(u'/'))
        return domain::Problem{{}, Tr::tr("\"%1\" is not a server database address: write postgresql://USER@HOST:PORT/DATABASE.").arg(shown), {}};

    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(shown, name, Engine::PostgreSQL));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    if (!db.isValid())
        return domain::Problem{{}, Tr::tr("This computer has no PostgreSQL driver for Qt (Debian package libqt6sql6-psql)."), {}};
    // Only what the address names is set; libpq takes the rest from PGHOST, PGPORT, PGUSER, PGPASSWORD
    // and ~/.pgpass as it always does.
    if (!url.host().isEmpty())
        db.setHostName(url.host());
    if (url.port() > 0)
        db.setPort(url.port());
    if (!url.userName().isEmpty())
        db.setUserName(url.userName());
    db.setDatabaseName(dbName);
    const QString pass = !password.isEmpty() ? password : url.password();
    if (!pass.isEmpty())
        db.setPassword(pass);
    QStringList options{u"application_name=EcoClaim"_s, u"connect_timeout=10"_s};
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        if (key == u"sslmode" || key == u"host" || key == u"sslrootcert")
            options << key + u'=' + value;
    db.setConnectOptions(options.join(u';'));
    if (!db.open()) {
        const QString why = db.lastError().text().trimmed();
        // libpq's words when the server wants a password it was not given or refused: the field names
        // it, so the window asks for one (a password is never kept by EcoClaim).
        const bool password = why.contains(u"password"_s, Qt::CaseInsensitive);
        return domain::Problem{password ? u"password"_s : QString(),
                               Tr::tr("The server database %1 could not be opened: %2").arg(shown, why), {}};
    }

    // Chinese text searches through trigrams only with a UTF-8 character locale; with locale C every
    // search would silently scan the whole table (docs/ARCHITECTURE.md, Two engines).
    auto locale = exec(db, u"SELECT pg_encoding_to_char(encoding), datctype FROM pg_database WHERE datname = current_database()"_s);
    if (!locale)
        return locale.problems();
    QString encoding, ctype;
    if (locale.value().next()) {
        encoding = locale.value().value(0).toString();
        ctype = locale.value().value(1).toString();
    }
    locale.value().finish();
    const QString folded = ctype.toLower().remove(u'-');
    if (encoding != u"UTF8" || !folded.contains(u"utf8"_s))
        return domain::Problem{{},
                               Tr::tr("The server database %1 has the encoding %2 and the character locale %3; EcoClaim needs UTF8 "
                                      "and a UTF-8 locale (create it with ENCODING 'UTF8' LC_CTYPE 'C.UTF-8'), or searching "
                                      "Chinese text cannot use its index. It was not changed.")
                                   .arg(shown, encoding, ctype),
                               {}};
    // A command waits this long for a case another desk is changing, then says so instead of hanging.
    for (const QString &setting : {u"SET lock_timeout = '15s'"_s, u"SET client_min_messages = warning"_s})
        if (auto q = exec(db, setting); !q)
            return q.problems();
    if (auto s = database->checkVersionAndMigrate(); !s)
        return s.problems();
    return database;
}

domain::Status Database::checkVersionAndMigrate()
{
    const QSqlDatabase db = connection();
    // Read the version before writing anything: a newer or foreign database must stay untouched.
    auto version = schemaVersion(db);
    if (!version)
        return domain::Problem{{}, Tr::tr("%1 is not an EcoClaim database (or it is damaged): %2")
                                       .arg(m_path, version.problems().first().message), {}};
    if (version.value() > latestSchemaVersion())
        return migrate(db); // produces the "newer program" message without writing
    if (version.value() == 0) {
        // An existing database with tables but no version is someone else's.
        auto tables = scalar(db, m_engine == Engine::PostgreSQL
                                     ? u"SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                       "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'v', 'm', 'p')"_s
                                     : u"SELECT count(*) FROM sqlite_schema"_s);
        if (!tables)
            return tables.problems();
        if (tables.value().toInt() > 0)
            return domain::Problem{{}, m_engine == Engine::PostgreSQL
                                           ? Tr::tr("The server database %1 holds tables that are not EcoClaim's; it was not changed.").arg(m_path)
                                           : Tr::tr("%1 is an SQLite database, but not one of EcoClaim's; it was not changed.").arg(m_path),
                                   {}};
    }
    m_versionAtOpen = version.value();
    if (m_engine == Engine::SQLite) {
        const QStringList pragmas{u"PRAGMA busy_timeout = 5000"_s, u"PRAGMA journal_mode = WAL"_s,
                                  u"PRAGMA synchronous = FULL"_s, u"PRAGMA foreign_keys = ON"_s};
        for (const QString &p : pragmas)
            if (auto q = exec(db, p); !q)
                return q.problems();
    }
    return migrate(db);
}

domain::Result<qint64> Database::dataVersion() const
{
    if (m_engine != Engine::SQLite)
        return 0;
    auto v = scalar(connection(), u"PRAGMA data_version"_s);
    if (!v)
        return v.problems();
    return v.value().toLongLong();
}

} // namespace ecoclaim::storage
