#pragma once
// The raw anchor of the PostgreSQL benchmarks (bench_server): a bare libpq connection doing the same SQL
// as EcoClaim, as a program written straight against libpq would — PQexecParams with text parameters
// (one round trip: parse, bind, execute), every cell of every row read. Nothing of EcoClaim's storage
// layer is used, so the ratio EcoClaim / raw is what Qt's QPSQL driver and EcoClaim's own work cost.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <libpq-fe.h>

#include <cstdio>
#include <cstdlib>
#include <vector>

namespace ecoclaim::bench {

class PgRaw
{
public:
    // `location`: postgresql://USER@HOST:PORT/DB (EcoClaim's --db form); the password from PGPASSWORD
    // or ~/.pgpass, as EcoClaim takes it.
    explicit PgRaw(const QString &location)
    {
        const QUrl url(location);
        const QByteArray info = QStringLiteral("host=%1 port=%2 user=%3 dbname=%4 application_name=bench_raw")
                                    .arg(url.host())
                                    .arg(url.port(5432))
                                    .arg(url.userName(), url.path().mid(1))
                                    .toUtf8();
        m_conn = PQconnectdb(info.constData());
        if (PQstatus(m_conn) != CONNECTION_OK) {
            std::fprintf(stderr, "libpq: %s\n", PQerrorMessage(m_conn));
            std::exit(2);
        }
        exec("SET client_min_messages = warning");
        exec("SET lock_timeout = '15s'"); // as EcoClaim's connections (storage/database.cpp)
    }
    ~PgRaw() { PQfinish(m_conn); }
    PgRaw(const PgRaw &) = delete;
    PgRaw &operator=(const PgRaw &) = delete;

    PGconn *handle() const { return m_conn; }

    // Runs `sql` with text parameters, reads every cell; returns the row count (-1 on an error, whose
    // SQLSTATE is then in lastState()).
    qint64 rows(const char *sql, const QList<QByteArray> &params = {}) { return run(sql, params, nullptr); }

    // The first cell of the first row (empty if none).
    QByteArray value(const char *sql, const QList<QByteArray> &params = {})
    {
        QByteArray v;
        run(sql, params, &v);
        return v;
    }

    // Every row, every cell as text (setting up a run: which cases to write to).
    QList<QList<QByteArray>> table(const char *sql, const QList<QByteArray> &params = {})
    {
        QList<QList<QByteArray>> out;
        std::vector<const char *> values;
        for (const QByteArray &p : params)
            values.push_back(p.constData());
        PGresult *r = PQexecParams(m_conn, sql, int(values.size()), nullptr, values.data(), nullptr, nullptr, 0);
        if (PQresultStatus(r) != PGRES_TUPLES_OK)
            remember(r);
        for (int row = 0; row < PQntuples(r); ++row) {
            QList<QByteArray> cells;
            for (int c = 0; c < PQnfields(r); ++c)
                cells << QByteArray(PQgetvalue(r, row, c), PQgetlength(r, row, c));
            out << cells;
        }
        PQclear(r);
        return out;
    }

    // A statement without parameters (BEGIN, COMMIT, SET…); false on an error.
    bool exec(const char *sql)
    {
        PGresult *r = PQexec(m_conn, sql);
        const ExecStatusType s = PQresultStatus(r);
        const bool ok = s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK;
        if (!ok)
            remember(r);
        PQclear(r);
        return ok;
    }

    QByteArray lastState() const { return m_state; }
    QByteArray lastError() const { return m_error; }

private:
    qint64 run(const char *sql, const QList<QByteArray> &params, QByteArray *first)
    {
        std::vector<const char *> values;
        values.reserve(size_t(params.size()));
        for (const QByteArray &p : params)
            values.push_back(p.isNull() ? nullptr : p.constData());
        PGresult *r = PQexecParams(m_conn, sql, int(values.size()), nullptr, values.data(), nullptr, nullptr, 0);
        const ExecStatusType s = PQresultStatus(r);
        if (s != PGRES_TUPLES_OK && s != PGRES_COMMAND_OK) {
            remember(r);
            PQclear(r);
            return -1;
        }
        const int n = PQntuples(r), cols = PQnfields(r);
        qint64 sink = 0;
        for (int row = 0; row < n; ++row)
            for (int c = 0; c < cols; ++c)
                sink += PQgetlength(r, row, c) + (PQgetisnull(r, row, c) ? 0 : *PQgetvalue(r, row, c));
        m_sink = m_sink + sink; // keeps the reads from being optimised away
        if (first && n > 0 && cols > 0)
            *first = QByteArray(PQgetvalue(r, 0, 0), PQgetlength(r, 0, 0));
        PQclear(r);
        return n;
    }
    void remember(PGresult *r)
    {
        const char *state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
        m_state = state ? QByteArray(state) : QByteArray();
        m_error = QByteArray(PQresultErrorMessage(r)).trimmed();
    }

    PGconn *m_conn = nullptr;
    QByteArray m_state, m_error;
    volatile qint64 m_sink = 0;
};

} // namespace ecoclaim::bench
