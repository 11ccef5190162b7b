#pragma once
// Internal to auditwording*.cpp: how a column's value reads, and the tables of labels
// (auditwording_labels.cpp) the lookup in auditwording.cpp goes through.

#include "core/domain/catalogue.h"

namespace ecoclaim::domain::detail {

enum class ValueKind {
    Auto,        // as the command field of the same name says (money, yes/no, a choice…), else text
    Text,
    Number,
    Money,       // fen → "1,234.56 元"
    Bool,        // 0/1 → 是/否
    Date,
    Timestamp,   // ISO UTC → local "yyyy-MM-dd HH:mm"
    Case,        // a case id → its number
    Party,       // a liable party's id → its name
    Evidence,    // an evidence item's id → its title
    Paper,       // a filed paper's id → its number (or title)
    Agreement,   // an agreement's id → "the agreement signed on …"
    Enforcement, // an enforcement's id → its court number
    Round,       // a consultation round's id → "round N"
    Emergency,   // an emergency action's id → "the emergency action of …"
    Stage,
    District,
    Department,
    Choice,      // a key of `choices`
    AnyChoice,   // a key of the list some command's field of the same name chooses from
};

struct TableWording
{
    const char *table;
    const char *label; // QT_TRANSLATE_NOOP("ecoclaim::AuditWording", …)
};

struct ColumnWording
{
    const char *table;  // nullptr: this column in any table that has no entry of its own
    const char *column;
    const char *label;  // QT_TRANSLATE_NOOP("ecoclaim::AuditWording", …); nullptr: the command field's label
    ValueKind kind = ValueKind::Auto;
    const QList<Choice> &(*choices)() = nullptr;
};

const QList<TableWording> &tableWordings();
const QList<ColumnWording> &columnWordings();

} // namespace ecoclaim::domain::detail
