#pragma once
// What the benchmarks share: interleaved timing of EcoClaim's operation and its raw anchor in one
// process (the machine is shared, so only ratios measured side by side mean something), medians,
// the printed table, and a bare SQLite C-API connection for the "L" anchors.

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QString>
#include <QTextStream>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace ecoclaim::bench {

inline double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2;
}

inline double timeMs(const std::function<void()> &f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

struct Result
{
    QString id, what;
    QString ecoLabel, rawLabel;
    double eco = 0, raw = 0; // medians, ms (or MB for memory rows)
    QString unit = QStringLiteral("ms");
    double goal = 0;         // the ratio eco/raw must stay under; 0: no goal on this line
    int reps = 0;
    double ratio() const { return raw > 0 ? eco / raw : 0; }
};

inline QList<Result> &results()
{
    static QList<Result> all;
    return all;
}

inline void print(const Result &r)
{
    const QString verdict = r.goal <= 0 ? QStringLiteral("—") : r.ratio() <= r.goal ? QStringLiteral("met") : QStringLiteral("MISSED");
    const QString line = QStringLiteral("| %1 | %2 | %3 %4 | %5: %6 %4 | %7× | %8 | %9 | %10 |")
                             .arg(r.id, r.what, QString::number(r.eco, 'f', r.eco < 10 ? 3 : 1), r.unit, r.rawLabel,
                                  QString::number(r.raw, 'f', r.raw < 10 ? 3 : 1), QString::number(r.ratio(), 'f', 2),
                                  r.goal > 0 ? QStringLiteral("≤ %1×").arg(r.goal) : QStringLiteral("—"), verdict)
                             .arg(r.reps);
    std::fprintf(stdout, "%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

// Runs eco and raw alternately `reps` times (the order flipped every round, after one warm-up
// round of each that is not counted) and records the medians.
inline Result compare(const QString &id, const QString &what, const QString &rawLabel, int reps, double goal,
                      const std::function<void(int)> &eco, const std::function<void(int)> &raw, bool warmUp = true)
{
    QList<double> e, r;
    if (warmUp) {
        eco(-1);
        raw(-1);
    }
    for (int i = 0; i < reps; ++i) {
        if (i % 2 == 0) {
            e << timeMs([&] { eco(i); });
            r << timeMs([&] { raw(i); });
        } else {
            r << timeMs([&] { raw(i); });
            e << timeMs([&] { eco(i); });
        }
    }
    Result res{id, what, QStringLiteral("EcoClaim"), rawLabel, median(e), median(r)};
    res.goal = goal;
    res.reps = reps;
    results() << res;
    print(res);
    return res;
}

inline void record(const Result &r)
{
    results() << r;
    print(r);
}

inline void printHeader()
{
    std::fprintf(stdout, "| id | operation | EcoClaim (median) | anchor (median) | ratio | goal | verdict | runs |\n"
                         "|---|---|---|---|---|---|---|---|\n");
    std::fflush(stdout);
}

// A bare SQLite connection: the "L" side of a row. Statements are prepared once per SQL text and
// reused, and every column of every row is read, as a program doing the same work would.
class Raw
{
public:
    explicit Raw(const QString &path, bool readOnly = true)
    {
        sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db,
                        readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE, nullptr);
        exec("PRAGMA busy_timeout = 5000");
    }
    ~Raw()
    {
        for (auto &[sql, stmt] : m_statements)
            sqlite3_finalize(stmt);
        sqlite3_close(m_db);
    }
    Q_DISABLE_COPY_MOVE(Raw)

    sqlite3 *handle() const { return m_db; }

    // Binds (int64 or text), steps through every row reading every column; returns the row count.
    template<typename... Args>
    qint64 rows(const char *sql, const Args &...args)
    {
        sqlite3_stmt *s = statement(sql);
        int i = 0;
        (bind(s, ++i, args), ...);
        qint64 n = 0;
        qint64 sink = 0;
        while (sqlite3_step(s) == SQLITE_ROW) {
            ++n;
            for (int c = 0, cols = sqlite3_column_count(s); c < cols; ++c)
                sink += sqlite3_column_bytes(s, c) + (sqlite3_column_text(s, c) ? 1 : 0);
        }
        m_sink = m_sink + sink; // keeps the reads from being optimised away
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
        return n;
    }

    template<typename... Args>
    QByteArray value(const char *sql, const Args &...args)
    {
        sqlite3_stmt *s = statement(sql);
        int i = 0;
        (bind(s, ++i, args), ...);
        QByteArray v;
        if (sqlite3_step(s) == SQLITE_ROW)
            v = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
        return v;
    }

    void exec(const char *sql) { sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr); }

private:
    sqlite3_stmt *statement(const char *sql)
    {
        for (auto &[text, stmt] : m_statements)
            if (text == sql)
                return stmt;
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK)
            qFatal("prepare failed: %s: %s", sql, sqlite3_errmsg(m_db));
        m_statements.push_back({sql, stmt});
        return stmt;
    }
    static void bind(sqlite3_stmt *s, int i, qint64 v) { sqlite3_bind_int64(s, i, v); }
    static void bind(sqlite3_stmt *s, int i, int v) { sqlite3_bind_int64(s, i, v); }
    static void bind(sqlite3_stmt *s, int i, const QByteArray &v) { sqlite3_bind_text(s, i, v.constData(), int(v.size()), SQLITE_TRANSIENT); }

    sqlite3 *m_db = nullptr;
    volatile qint64 m_sink = 0;
    std::vector<std::pair<const char *, sqlite3_stmt *>> m_statements;
};

// Resident memory of this process, MB (VmRSS).
inline double residentMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

} // namespace ecoclaim::bench
