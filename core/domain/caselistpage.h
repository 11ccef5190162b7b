#pragma once
// The case list as the register reads it: the filter, the sort, one row per case and the key where
// the next page starts (keyset paging, core/storage/caselist.h). Plain values here (not in storage)
// because the window's list model holds them: ui/ may see core/domain but never core/storage.

#include "core/domain/money.h"
#include "core/domain/stage.h"

#include <QDate>
#include <QDateTime>
#include <QVariant>

#include <optional>

namespace ecoclaim::domain {

struct CaseListFilter
{
    std::optional<Stage> stage;
    QString districtCode;
    QString unit;
    QList<Stage> stagesIn; // when not empty, only cases in these stages (who may see what: service/access.h)
    // When set, only the cases a unit handles (service/access.h): its own cases in its district, and the
    // cases whose joint case group it is a member of (Art. 9 ¶3; account.h, jointMemberReaches).
    struct UnitScope
    {
        QString districtCode, unit;
        bool anyDistrict = false; // a municipal department: member of groups in every district
    };
    std::optional<UnitScope> unitScope;
    bool overdueOnly = false; // next deadline before `today`
    bool majorOnly = false;
    QString search; // any length from 1 character; see storage/searchindex.h
    QDate today = QDate::currentDate();
};

enum class CaseSort { LastChange, CaseNumber, Title, District, Unit, Stage, Party, NextDeadline, Claimed };

struct CaseRow
{
    qint64 id = 0;
    QString number, title, districtCode, unit;
    Stage stage = Stage::Clue;
    QString partyNames;
    QDate nextDeadlineOn;
    QString nextDeadlineKind;
    Money claimed;
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

} // namespace ecoclaim::domain
