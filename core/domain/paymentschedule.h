#pragma once
// What is due, paid and owed, line by line: each instalment of the agreements in force (Art. 8 ¶3), an
// agreement that names no instalments as one line, each judgment that awards money (Art. 25). The
// payments received are applied to the lines in the order they fall due — the earliest first — as the
// deadline catalogue reads an instalment as met (core/service/deadlinecatalogue.cpp). The lines add up
// to CaseFile::amountDue(); what is paid beyond them (never, since Art. 34 refuses it) is not shown.
// The payment dialog shows it (issue 16 ¶5); the window's status bar says which line a payment went to.

#include "core/domain/casefile.h"

#include <QCoreApplication>

namespace ecoclaim::domain {

struct ScheduleLine
{
    enum class Source { Instalment, Agreement, Judgment };
    Source source = Source::Instalment;
    int agreementNo = 0; // 1-based among the agreements; 0 for a judgment
    int seq = 0;         // the instalment's number; 0 otherwise
    QString reference;   // a judgment's number
    QDate dueOn;         // may be invalid: an agreement or judgment that names no day
    Money due, paid;
    Money owed() const { return Money::fromFen(due.fen() - paid.fen()); }
    QString label() const; // "Instalment 2", "Instalment 1 of agreement 2", "Agreement of 2026-03-20", "Judgment (2026)沪…"
};

// The lines of `file` with `file.amountPaid()` applied to them.
QList<ScheduleLine> paymentSchedule(const CaseFile &file);
// The index of the first line whose paid amount differs between two schedules of the same case (a
// payment just recorded: the line it went to), or -1.
int lineThatChanged(const QList<ScheduleLine> &before, const QList<ScheduleLine> &after);

} // namespace ecoclaim::domain
