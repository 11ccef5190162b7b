#pragma once
// The case list as pages read by key (keyset paging): each page is one short query that is finished
// before it returns, so no read transaction stays open while a list is on screen (PITFALLS 2) and
// no row cache grows (PITFALLS 4). OFFSET is never used: its cost grows with the position (PITFALLS 2).

#include "core/domain/money.h"
#include "core/domain/result.h"
#include "core/domain/stage.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace ecoclaim::storage {

struct CaseListFilter
{
    std::optional<domain::Stage> stage;
    QString districtCode;
    QString unit;
    bool overdueOnly = false; // next deadline before `today`
    bool majorOnly = false;
    QString search; // any length from 1 character; see searchindex.h
    QDate today = QDate::currentDate();
};

enum class CaseSort { LastChange, CaseNumber, Title, District, Unit, Stage, Party, NextDeadline, Claimed };

struct CaseRow
{
    qint64 id = 0;
    QString number, title, districtCode, unit;
    domain::Stage stage = domain::Stage::Clue;
    QString partyNames;
    QDate nextDeadlineOn;
    QString nextDeadlineKind;
    domain::Money claimed;
    QDateTime updatedAt;
    bool major = false;
    QVariant sortKey; // the value of the sort column, for the next page's key
};

// Where the next page starts: after (sortKey, id) in the list's order.
struct PageKey
{
    QVariant sortKey;
    qint64 id = 0;
};

struct CaseListRequest
{
    CaseListFilter filter;
    CaseSort sort = CaseSort::LastChange;
    bool descending = true;
    std::optional<PageKey> after;
    int limit = 100;
};

domain::Result<QList<CaseRow>> fetchCasePage(const QSqlDatabase &db, const CaseListRequest &request);
domain::Result<qint64> countCases(const QSqlDatabase &db, const CaseListFilter &filter);
// Counts per stage under the filter (its own stage ignored), for the filter bar.
domain::Result<QMap<QString, qint64>> countCasesByStage(const QSqlDatabase &db, CaseListFilter filter);

} // namespace ecoclaim::storage
