#pragma once
// Which of a case's tables hold rows of it: cases.tables_with_rows, one bit per table, kept exact by the
// triggers of migration 0015 (a row added sets its table's bit, the case's last row removed clears it).
// Reading a case file asks the case row for them instead of each table in turn (issue 15 item 11, P10:
// 34 index seeks per command, each often a page the WAL connection had to read again).
//
// Bit N is the table at index N of tablesWithBits. The order is stored in every database: it never
// changes, and a table that gets a bit later takes the next one (with its triggers, in a migration).

#include <QSet>
#include <QString>

#include <array>

namespace ecoclaim::storage {

inline constexpr std::array<const char16_t *, 38> tablesWithBits{
    u"parties", u"verifications", u"decisions", u"investigations", u"appraisals", u"restoration_plans",
    u"consultation_notices", u"consultation_rounds", u"round_parties", u"agreements", u"agreement_parties",
    u"payments", u"confirmations", u"litigations", u"restorations", u"milestones", u"evaluations", u"proceedings",
    u"deadline_adjustments", u"timeline", u"evidence", u"documents", u"liability_shares", u"enforcements",
    u"enforcement_events", u"dishonest_listings", u"consultation_failures", u"emergency_actions", u"advanced_costs",
    u"simple_case_grounds", u"punitive_grounds", u"joint_groups", u"joint_group_members", u"cross_regions",
    u"supervision_reports", u"supervision_instructions", u"timetable_items", u"reporter_replies"};

// The tables with a bit that hold no row of the case, by its tables_with_rows — and the tables read
// only through them: instalments through agreements, a paper's services through documents (they have
// no case_id and no bit).
QSet<QString> tablesWithoutRows(qint64 tablesWithRows);

} // namespace ecoclaim::storage
