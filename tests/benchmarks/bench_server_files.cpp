// bench_server PG7: where evidence lives on a server. A 20 MB file (random bytes: photographs do not
// compress) put into the case file store and read back (FileStore::put / FileStore::read, which hash
// the bytes — SHA-256 and SM3 on the way in, SHA-256 checked on the way out) on the server
// (storage/serverfilestore: 1 MiB pieces in stored_file_chunks, each piece its own commit, as a put before
// a command's transaction does) and on a desk's SQLite database (storage/filestore: a file beside the
// database, fsynced, renamed). Raw anchors for each: the same 20 pieces INSERTed and SELECTed through
// libpq with binary parameters (no hashing), and the file written with fsync + rename and read with QFile.
// The four operations of a round run in an order that turns every round; medians; MB = 10^6 bytes.

#include "bench_server.h"
#include "benchcommon.h"

#include "core/storage/database.h"
#include "core/storage/filestore.h"

#include <QDir>
#include <QRandomGenerator>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ecoclaim::bench {

namespace {
QByteArray randomBytes(qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator random(20);
    random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

// Each round stores a content of its own (the store keeps a content once): the first bytes say which.
QString writeSource(const QString &folder, QByteArray &bytes, const QByteArray &tag)
{
    memcpy(bytes.data(), tag.constData(), size_t(tag.size()));
    const QString path = folder + u"/source-"_s + QString::fromLatin1(tag);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

bool rawPut(PgRaw &raw, const QByteArray &bytes, const QByteArray &name)
{
    constexpr qint64 piece = 1 << 20;
    for (qint64 seq = 0, at = 0; at < bytes.size(); ++seq, at += piece) {
        const QByteArray s = QByteArray::number(seq);
        const char *values[] = {name.constData(), s.constData(), bytes.constData() + at, "bench"};
        const int lengths[] = {0, 0, int(qMin(piece, bytes.size() - at)), 0};
        const int formats[] = {0, 0, 1, 0};
        PGresult *r = PQexecParams(raw.handle(), "INSERT INTO stored_file_chunks(sha256, seq, bytes, stored_at) VALUES($1, $2, $3, $4)",
                                   4, nullptr, values, lengths, formats, 0);
        const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
        PQclear(r);
        if (!ok)
            return false;
    }
    return true;
}

qint64 rawRead(PgRaw &raw, const QByteArray &name, qint64 pieces)
{
    qint64 total = 0;
    for (qint64 seq = 0; seq < pieces; ++seq) {
        const QByteArray s = QByteArray::number(seq);
        const char *values[] = {name.constData(), s.constData()};
        PGresult *r = PQexecParams(raw.handle(), "SELECT bytes FROM stored_file_chunks WHERE sha256 = $1 AND seq = $2", 2, nullptr,
                                   values, nullptr, nullptr, 1);
        if (PQntuples(r) == 1)
            total += PQgetlength(r, 0, 0);
        PQclear(r);
    }
    return total;
}
} // namespace

void fileStores(const ServerRun &run, PgRaw &raw)
{
    QDir(run.work).removeRecursively();
    QDir().mkpath(run.work);
    auto server = storage::Database::open(run.location);
    auto desk = storage::Database::open(run.work + u"/desk.db"_s);
    if (!server || !desk)
        qFatal("cannot open the stores");
    auto serverStore = std::make_unique<storage::FileStore>(*server.value());
    auto deskStore = std::make_unique<storage::FileStore>(*desk.value());
    const qint64 size = qint64(run.fileMb) * 1000 * 1000;
    QByteArray bytes = randomBytes(size);
    const qint64 pieces = (size + (1 << 20) - 1) >> 20;
    const int reps = std::max(3, run.reps / 2);

    enum Op { ServerPut, DeskPut, RawServerPut, RawFilePut, count };
    QList<double> put[count], get[count];
    QStringList serverShas;
    QList<QByteArray> rawNames;
    for (int i = -1; i < reps; ++i) { // round -1: warm-up, not counted
        QString sha[count];
        QString paths[count];
        for (int op = 0; op < count; ++op)
            paths[op] = writeSource(run.work, bytes, "r" + QByteArray::number(i + 1) + "o" + QByteArray::number(op) + "-");
        const QByteArray rawName = "bench-raw-" + QByteArray::number(i + 1) + '-' + QByteArray::number(QRandomGenerator::global()->generate());
        rawNames << rawName;
        const QString rawFile = run.work + u"/raw-"_s + QString::number(i + 1);
        ::sync(); // the sources' dirty pages flushed before anything is timed
        const auto doPut = [&](int op) {
            return timeMs([&] {
                switch (op) {
                case ServerPut:
                case DeskPut: {
                    auto d = (op == ServerPut ? *serverStore : *deskStore).put(paths[op]);
                    if (!d)
                        qFatal("put failed: %s", qPrintable(d.errorString()));
                    sha[op] = d->sha256;
                    break;
                }
                case RawServerPut: {
                    QFile f(paths[op]);
                    f.open(QIODevice::ReadOnly);
                    if (!rawPut(raw, f.readAll(), rawName))
                        qFatal("raw put failed: %s", PQerrorMessage(raw.handle()));
                    break;
                }
                case RawFilePut: {
                    QFile in(paths[op]), out(rawFile + u".tmp"_s);
                    in.open(QIODevice::ReadOnly);
                    out.open(QIODevice::WriteOnly);
                    out.write(in.readAll());
                    out.flush();
                    ::fsync(out.handle());
                    out.close();
                    QFile::rename(rawFile + u".tmp"_s, rawFile);
                    break;
                }
                }
            });
        };
        const auto doGet = [&](int op) {
            return timeMs([&] {
                qint64 n = 0;
                switch (op) {
                case ServerPut:
                case DeskPut: {
                    auto b = (op == ServerPut ? *serverStore : *deskStore).read(sha[op]);
                    if (!b)
                        qFatal("read failed: %s", qPrintable(b.errorString()));
                    n = b->size();
                    break;
                }
                case RawServerPut: n = rawRead(raw, rawName, pieces); break;
                case RawFilePut: {
                    QFile in(rawFile);
                    in.open(QIODevice::ReadOnly);
                    n = in.readAll().size();
                    break;
                }
                }
                if (n != size)
                    qFatal("read back %lld bytes of %lld", qlonglong(n), qlonglong(size));
            });
        };
        for (int k = 0; k < count; ++k) {
            const int op = (k + i + 1) % count;
            const double t = doPut(op);
            if (i >= 0)
                put[op] << t;
        }
        for (int k = 0; k < count; ++k) {
            const int op = (k + i + 1) % count;
            const double t = doGet(op);
            if (i >= 0)
                get[op] << t;
        }
        serverShas << sha[ServerPut];
        for (const QString &p : paths)
            QFile::remove(p);
        QFile::remove(rawFile);
    }
    const auto mbps = [size](double ms) { return double(size) / 1e6 / (ms / 1000); };
    const auto row = [&](const QString &what, const QString &rawLabel, double eco, double anchor) {
        Result r{u"PG7"_s, u"%1: %2 MB/s vs %3 MB/s"_s.arg(what).arg(mbps(eco), 0, 'f', 0).arg(mbps(anchor), 0, 'f', 0),
                 u"EcoClaim"_s, rawLabel, eco, anchor};
        r.reps = reps;
        record(r);
    };
    const QString mb = QString::number(run.fileMb);
    row(u"put a %1 MB file, server store (PostgreSQL, 1 MiB pieces) vs SQLite disk store"_s.arg(mb), u"disk store"_s,
        median(put[ServerPut]), median(put[DeskPut]));
    row(u"read it back, server store vs SQLite disk store"_s, u"disk store"_s, median(get[ServerPut]), median(get[DeskPut]));
    row(u"put, server store vs raw libpq (the same 1 MiB INSERTs, binary, no hashing)"_s, u"raw libpq"_s, median(put[ServerPut]),
        median(put[RawServerPut]));
    row(u"read back, server store vs raw libpq (the same SELECTs, binary)"_s, u"raw libpq"_s, median(get[ServerPut]),
        median(get[RawServerPut]));
    row(u"put, SQLite disk store vs raw file write + fsync + rename"_s, u"raw file"_s, median(put[DeskPut]), median(put[RawFilePut]));
    row(u"read back, SQLite disk store vs raw file read"_s, u"raw file"_s, median(get[DeskPut]), median(get[RawFilePut]));

    // What the rounds left on the server: contents no row names (check() would remove them after an hour).
    for (const QString &s : std::as_const(serverShas)) {
        raw.rows("DELETE FROM stored_file_chunks WHERE sha256 = $1", {s.toUtf8()});
        raw.rows("DELETE FROM stored_file_contents WHERE sha256 = $1", {s.toUtf8()});
    }
    for (const QByteArray &n : std::as_const(rawNames))
        raw.rows("DELETE FROM stored_file_chunks WHERE sha256 = $1", {n});
    serverStore.reset();
    deskStore.reset(); // before its database closes
    desk.value().reset();
    QDir(run.work).removeRecursively();
}

} // namespace ecoclaim::bench
