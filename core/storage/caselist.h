#pragma once
// The case list as pages read by key (keyset paging): each page is one short query that is finished
// before it returns, so no read transaction stays open while a list is on screen (docs/PITFALLS.md §2) and
// no row cache grows (docs/PITFALLS.md §4). OFFSET is never used: its cost grows with the position (docs/PITFALLS.md §2).

#include "core/domain/caselistpage.h"
#include "core/domain/result.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

namespace ecoclaim::storage {

// The list's values live in core/domain (the window holds them; ui/ never sees core/storage).
using domain::CaseListFilter;
using domain::CaseListRequest;
using domain::CaseRow;
using domain::CaseSort;
using domain::PageKey;

domain::Result<QList<CaseRow>> fetchCasePage(const QSqlDatabase &db, const CaseListRequest &request);
domain::Result<qint64> countCases(const QSqlDatabase &db, const CaseListFilter &filter);
// Counts per stage under the filter (its own stage ignored), for the filter bar.
domain::Result<QMap<QString, qint64>> countCasesByStage(const QSqlDatabase &db, CaseListFilter filter);
// The filter as one SQL condition on the cases table aliased `c` ("1 = 1" when it filters nothing), its
// values appended to `binds`: what other reads of cases (the reports, the statistics page) use to see
// exactly the list's cases.
QString caseCondition(const QSqlDatabase &db, const CaseListFilter &filter, QVariantList &binds);

} // namespace ecoclaim::storage
