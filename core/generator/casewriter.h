#pragma once
// Writes planned cases into the real schema, fast: one prepared statement per table, prepared once and
// bound for every row (QSQLITE re-prepares on every QSqlQuery::prepare — docs/PITFALLS.md §3), inside the
// generator's big transactions. The case's deadline rows come from the real deadline catalogue
// (service/deadlinecatalogue.h) and its audit entries are chained exactly as storage/auditlog.cpp
// chains them, so `audit verify` and the dashboard see a database the service could have written.
//
// Each step that produces a paper adds it to the papers register (`documents`, schema 3) with the ids
// of documents/papertypes.h — about five per case — numbered in the yearly series of its type and
// unit as the paper register numbers them. Their bytes are not generated: the rows carry no stored file.
//
// The search index is not written here: the generator rebuilds it once after loading (docs/PITFALLS.md §7).

#include "core/calendar/workcalendar.h"
#include "core/domain/result.h"
#include "core/generator/caseplan.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <map>
#include <tuple>
#include <memory>

namespace ecoclaim::generator {

struct WriteCounts
{
    qint64 cases = 0, rows = 0, timeline = 0, audit = 0, deadlines = 0, documents = 0;
};

class CaseWriter
{
public:
    CaseWriter(QSqlDatabase db, calendar::WorkCalendar calendar);
    ~CaseWriter();
    Q_DISABLE_COPY_MOVE(CaseWriter)

    // Writes the case with all its rows, timeline, audit entries and deadlines.
    domain::Status write(const PlannedCase &plan);
    // The gap-free yearly case-number series, as allocateCaseNumber would have left them, and the
    // papers' number series.
    domain::Status writeNumberSeries(const QMap<QPair<QString, int>, int> &lastSerials);

    const WriteCounts &counts() const { return m_counts; }

private:
    // Binds `values` to the table's INSERT (prepared on first use) and runs it.
    domain::Status insert(const char *table, const QVariantList &values);

    QSqlDatabase m_db;
    calendar::WorkCalendar m_calendar;
    std::map<const char *, std::unique_ptr<QSqlQuery>> m_inserts;
    qint64 m_auditId = 0;
    QString m_auditHead;
    WriteCounts m_counts;
    std::map<std::tuple<QString, QString, int>, int> m_paperSerials; // (paper type, unit, year) → last number
};

} // namespace ecoclaim::generator
