#pragma once
// Which of a case's tables hold rows of it: cases.tables_with_rows, one bit per table, kept exact by the
// triggers of migration 0015 (a row added sets its table's bit, the case's last row removed clears it).
// Reading a case file asks the case row for them instead of each table in turn (issue 15 item 11, P10:
// 34 index seeks per command, each often a page the WAL connection had to read again).
//
// Bit N is the table at index N of tablesWithBits. The order is stored in every database: it never
// changes, and a table that gets a bit later takes the next one (with its triggers, in a migration).

#include <QStringView>

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

// The bit that says whether `table` may hold rows of the case: its own, or for a table read only through
// another — instalments through agreements, a paper's services through documents (no case_id, no bit of
// their own) — that one's; -1 for a table without a bit (always read).
int bitOfTable(QStringView table);

} // namespace ecoclaim::storage
