#pragma once
// What the parts of bench_server share (the PostgreSQL rows of issue 12, docs/BENCHMARKS.md): the run's
// settings, the one realistic command both sides apply (a restoration milestone, Art. 29) and the load
// average printed beside every figure.

#include "pgraw.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace ecoclaim::bench {

struct ServerRun
{
    QString location;   // postgresql://USER@HOST:PORT/DB holding the generated register
    QString program;    // this executable (the writers are processes of it)
    QDate asOf;
    int reps = 15;
    QStringList only;   // PG1…PG7; empty: all
    int writers = 8, commandsPerWriter = 40, rounds = 3;
    int fileMb = 20;
    QString work;       // a folder for the file-store rows (SQLite side and the 20 MB files)
    bool wants(const char *id) const { return only.isEmpty() || only.contains(QString::fromLatin1(id)); }
};

// Restoration cases no earlier run wrote to (no timeline event by the actor "bench"), so a run never
// finds a case file grown by the runs before it: "ORDER BY id" or "ORDER BY id DESC", then LIMIT $1.
constexpr const char *freshCases = "SELECT id, case_no FROM cases c WHERE stage = 'restoration' AND NOT EXISTS "
                                   "(SELECT 1 FROM timeline t WHERE t.case_id = c.id AND t.actor = 'bench') ORDER BY id";

// "0.52 0.61 0.70" — printed with each section: the machine is shared.
QByteArray loadAverage();

// The writes of add_milestone as a program would do them straight through libpq, in one transaction
// with the same locks EcoClaim takes on a server (bureau lock shared, the case row FOR UPDATE, the audit
// chain's lock) and the same rows: the milestone, the case's list columns, its deadline and the
// deadline log, a timeline event and a chained audit entry (hashed as storage/auditlog.cpp does, so
// `audit verify` still passes after a run). Returns false with the SQLSTATE in raw.lastState() when the
// server refused (a lock timeout or deadlock: the caller may run it again).
bool rawAddMilestone(PgRaw &raw, qint64 caseId, QDate asOf, const QString &due);

// PG6: `writers` processes at once applying commands to cases of their own and to two cases they all
// share, EcoClaim's CaseService against rawAddMilestone, rounds interleaved.
void concurrentWriters(const ServerRun &run, PgRaw &raw);
// The writer process: `bench_server --writer eco|raw LOCATION AS_OF CASES` (CASES: comma-separated,
// case numbers for eco, ids for raw, in the order to apply); waits for "go" on stdin.
int writerProcess(const QStringList &args);

// PG7: the evidence file store on the server (storage/serverfilestore) against the SQLite disk store.
void fileStores(const ServerRun &run, PgRaw &raw);

} // namespace ecoclaim::bench
