#include "core/storage/serverfilestore.h"

#include "core/storage/sqlquery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ecoclaim::storage::serverstore {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::FileStore)
};

domain::Problem storeProblem(const QString &message) { return domain::Problem{{}, message, {}}; }

// Reads a stored content piece by piece: at most one piece (1 MiB) in memory, whatever the file's size.
class PieceReader : public QIODevice
{
public:
    PieceReader(QSqlDatabase db, QString sha256, qint64 pieces, qint64 size)
        : m_db(std::move(db)), m_sha256(std::move(sha256)), m_pieces(pieces), m_size(size)
    {
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_size - m_delivered + QIODevice::bytesAvailable(); }
    qint64 size() const override { return m_size; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        qint64 done = 0;
        while (done < maxSize) {
            if (m_offset == m_piece.size()) {
                if (m_next == m_pieces)
                    break;
                auto piece = scalar(m_db, u"SELECT bytes FROM stored_file_chunks WHERE sha256 = ? AND seq = ?"_s,
                                    {m_sha256, m_next});
                if (!piece || piece.value().isNull()) {
                    setErrorString(Tr::tr("Piece %1 of the stored file %2 is missing on the server.").arg(m_next).arg(m_sha256));
                    return done > 0 ? done : -1;
                }
                m_piece = piece.value().toByteArray();
                m_offset = 0;
                ++m_next;
            }
            const qint64 n = qMin(maxSize - done, qint64(m_piece.size()) - m_offset);
            memcpy(data + done, m_piece.constData() + m_offset, size_t(n));
            m_offset += n;
            done += n;
        }
        m_delivered += done;
        return done;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QSqlDatabase m_db;
    QString m_sha256;
    qint64 m_pieces, m_size, m_next = 0, m_delivered = 0, m_offset = 0;
    QByteArray m_piece;
};
} // namespace

domain::Result<ContentDigest> put(const QSqlDatabase &db, QIODevice &source, const ContentDigest &digest)
{
    auto whole = scalar(db, u"SELECT count(*) FROM stored_file_contents WHERE sha256 = ?"_s, {digest.sha256});
    if (!whole)
        return whole.problems();
    if (whole.value().toInt() > 0)
        return digest; // same bytes already stored
    // Pieces an interrupted put left behind are replaced.
    if (auto q = exec(db, u"DELETE FROM stored_file_chunks WHERE sha256 = ?"_s, {digest.sha256}); !q)
        return q.problems();
    source.seek(0);
    const QString startedAt = nowTimestamp();
    qint64 seq = 0, size = 0;
    for (;;) {
        const QByteArray piece = source.read(pieceSize);
        if (piece.isEmpty() && seq > 0)
            break;
        if (auto q = execWrite(db, u"INSERT INTO stored_file_chunks(sha256, seq, bytes, stored_at) VALUES(?, ?, ?, ?)"_s,
                               {digest.sha256, seq, piece, startedAt});
            !q)
            return q.problems();
        size += piece.size();
        ++seq;
        if (piece.size() < pieceSize)
            break;
    }
    if (size != digest.size)
        return storeProblem(Tr::tr("The file being stored changed while it was read (%1 bytes instead of %2).").arg(size).arg(digest.size));
    if (auto q = exec(db, u"INSERT INTO stored_file_contents(sha256, size, chunks, stored_at) VALUES(?, ?, ?, ?) "
                          "ON CONFLICT (sha256) DO NOTHING"_s,
                      {digest.sha256, size, seq, nowTimestamp()});
        !q)
        return q.problems();
    return digest;
}

domain::Result<std::unique_ptr<QIODevice>> open(const QSqlDatabase &db, const QString &sha256)
{
    auto q = exec(db, u"SELECT chunks, size FROM stored_file_contents WHERE sha256 = ?"_s, {sha256});
    if (!q)
        return q.problems();
    if (!q.value().next())
        return storeProblem(Tr::tr("The stored file %1 is missing from %2.").arg(sha256, Tr::tr("the server database")));
    auto device = std::make_unique<PieceReader>(db, sha256, q.value().value(0).toLongLong(), q.value().value(1).toLongLong());
    device->open(QIODevice::ReadOnly);
    return std::unique_ptr<QIODevice>(std::move(device));
}

domain::Result<StoreCheck> check(const QSqlDatabase &db, bool full)
{
    StoreCheck result;
    auto rows = exec(db, u"SELECT f.sha256, c.sha256 IS NOT NULL FROM stored_files f "
                         "LEFT JOIN stored_file_contents c ON c.sha256 = f.sha256 ORDER BY f.sha256"_s);
    if (!rows)
        return rows.problems();
    QStringList present;
    while (rows.value().next()) {
        ++result.checkedFiles;
        if (rows.value().value(1).toBool())
            present << rows.value().value(0).toString();
        else
            result.missing << rows.value().value(0).toString();
    }
    rows.value().finish();
    if (full)
        for (const QString &sha : std::as_const(present)) {
            auto device = open(db, sha);
            if (!device) {
                result.missing << sha;
                continue;
            }
            ContentHasher hasher;
            QByteArray block(1 << 20, Qt::Uninitialized);
            qint64 n;
            while ((n = device.value()->read(block.data(), block.size())) > 0)
                hasher.addData(block.constData(), n);
            if (n < 0 || hasher.finish().sha256 != sha)
                result.altered << sha;
        }
    // Orphans: contents no row names and pieces without contents, older than an hour (another desk
    // may be between put and commit).
    const QString cutoff = QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODateWithMs);
    auto orphans = exec(db, u"SELECT sha256 FROM stored_file_contents c WHERE stored_at < ? "
                            "AND NOT EXISTS (SELECT 1 FROM stored_files f WHERE f.sha256 = c.sha256)"_s,
                        {cutoff});
    if (!orphans)
        return orphans.problems();
    while (orphans.value().next())
        result.removedOrphans << orphans.value().value(0).toString();
    orphans.value().finish();
    for (const QString &sha : std::as_const(result.removedOrphans)) {
        if (auto q = exec(db, u"DELETE FROM stored_file_contents WHERE sha256 = ?"_s, {sha}); !q)
            return q.problems();
        if (auto q = exec(db, u"DELETE FROM stored_file_chunks WHERE sha256 = ?"_s, {sha}); !q)
            return q.problems();
    }
    // Pieces of a put that never finished (no contents row), old enough not to be another desk's put.
    if (auto q = exec(db, u"DELETE FROM stored_file_chunks k WHERE stored_at < ? "
                          "AND NOT EXISTS (SELECT 1 FROM stored_file_contents c WHERE c.sha256 = k.sha256)"_s,
                      {cutoff});
        !q)
        return q.problems();
    std::sort(result.missing.begin(), result.missing.end());
    std::sort(result.altered.begin(), result.altered.end());
    return result;
}

} // namespace ecoclaim::storage::serverstore
