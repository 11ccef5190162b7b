// CaseRepository::load, second part: the records migration 0004 added (issue 14) — enforcement, the
// dishonest list, consultation failures, batches, emergency actions and advanced costs, the grounds of
// the simplified routes and punitive damages, jurisdiction, supervision, answers to reporters. Plain
// prepared reads kept per connection (forEachCachedRow), standard SQL on both engines.

#include "core/storage/caserepository.h"

#include "core/storage/sqlquery.h"

#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::storage {

namespace {
struct Cells
{
    const QSqlQuery &q;
    QVariant v(const char *column) const { return q.value(QString::fromLatin1(column)); }
    QString s(const char *column) const { return v(column).toString(); }
    QDate d(const char *column) const { return dateFrom(v(column)); }
    qint64 i(const char *column) const { return v(column).toLongLong(); }
    Money m(const char *column) const { return Money::fromFen(i(column)); }
};

template <typename F>
Status rows(const QSqlDatabase &db, const QString &sql, qint64 caseId, F read)
{
    return forEachCachedRow(db, sql, {caseId}, [&](const QSqlQuery &q) { read(Cells{q}); });
}
} // namespace

void CaseRepository::readSecondReadingRecords(qint64 caseId, CaseFile &f, QList<Status> &steps) const
{
    steps << rows(m_db, u"SELECT * FROM enforcements WHERE case_id = ? ORDER BY id"_s, caseId, [&](const Cells &c) {
        Enforcement e;
        e.id = c.i("id");
        e.basis = c.s("basis");
        e.appliedOn = c.d("applied_on");
        e.court = c.s("court");
        e.enforcementNo = c.s("enforcement_no");
        e.acceptedOn = c.d("accepted_on");
        e.sought = c.s("sought");
        e.amountSought = c.m("amount_sought_fen");
        e.result = c.s("result");
        e.concludedOn = c.d("concluded_on");
        e.resultNote = c.s("result_note");
        f.enforcements << e;
    });
    steps << rows(m_db, u"SELECT * FROM enforcement_events WHERE case_id = ? ORDER BY id"_s, caseId, [&](const Cells &c) {
        f.enforcementEvents << EnforcementEvent{c.i("id"), c.i("enforcement_id"), c.d("occurred_on"), c.s("kind"), c.s("note")};
    });
    steps << rows(m_db, u"SELECT * FROM dishonest_listings WHERE case_id = ? ORDER BY id"_s, caseId, [&](const Cells &c) {
        f.dishonestListings << DishonestListing{c.i("id"),  c.i("party_id"), c.d("listed_on"),        c.d("removed_on"),
                                                c.s("court"), c.s("reference"), c.s("removal_reason")};
    });
    steps << rows(m_db, u"SELECT * FROM consultation_failures WHERE case_id = ? ORDER BY id"_s, caseId, [&](const Cells &c) {
        f.consultationFailures << ConsultationFailure{c.i("id"), c.i("party_id"), c.s("ground"), c.s("note"), c.d("occurred_on")};
    });
    steps << rows(m_db, u"SELECT * FROM emergency_actions WHERE case_id = ? ORDER BY id"_s, caseId, [&](const Cells &c) {
        f.emergencyActions << EmergencyAction{c.i("id"),       c.d("acted_on"), c.s("actor_kind"), c.s("actor_name"),
                                              c.s("measures"), c.s("ground"),   c.s("note")};
    });
    steps << rows(m_db, u"SELECT * FROM advanced_costs WHERE case_id = ? ORDER BY id"_s, caseId, [&](const Cells &c) {
        f.advancedCosts << AdvancedCost{c.i("id"),      c.d("incurred_on"), c.s("purpose"), c.s("category"),
                                        c.m("amount_fen"), c.s("paid_by"),  c.s("voucher"), c.s("note"),
                                        c.i("emergency_action_id")};
    });
    steps << rows(m_db, u"SELECT * FROM agreement_parties WHERE case_id = ? ORDER BY id"_s, caseId, [&](const Cells &c) {
        for (Agreement &a : f.agreements)
            if (a.id == c.i("agreement_id"))
                a.partyIds << c.i("party_id");
    });
    steps << rows(m_db, u"SELECT * FROM round_parties WHERE case_id = ? ORDER BY id"_s, caseId, [&](const Cells &c) {
        for (ConsultationRound &r : f.rounds)
            if (r.id == c.i("round_id"))
                r.partyIds << c.i("party_id");
    });
    steps << rows(m_db, u"SELECT * FROM simple_case_grounds WHERE case_id = ?"_s, caseId, [&](const Cells &c) {
        f.simpleCase = SimpleCaseGround{c.d("recorded_on"), c.s("facts"), c.s("liability"), c.s("note"),
                                        c.m("damage_estimate_fen")};
    });
    steps << rows(m_db, u"SELECT * FROM punitive_grounds WHERE case_id = ?"_s, caseId, [&](const Cells &c) {
        f.punitiveGround = PunitiveGround{c.d("recorded_on"), c.s("intent"), c.s("consequences"), c.s("evidence")};
    });
    steps << rows(m_db, u"SELECT * FROM joint_groups WHERE case_id = ?"_s, caseId, [&](const Cells &c) {
        f.jointGroup = JointGroup{c.s("lead_unit"), c.s("decided_by"), c.s("note"), c.d("formed_on"), {}};
    });
    steps << rows(m_db, u"SELECT * FROM joint_group_members WHERE case_id = ? ORDER BY id"_s, caseId, [&](const Cells &c) {
        if (f.jointGroup)
            f.jointGroup->members << JointMember{c.s("unit"), c.s("role")};
    });
    steps << rows(m_db, u"SELECT * FROM cross_regions WHERE case_id = ? ORDER BY id"_s, caseId, [&](const Cells &c) {
        f.crossRegions << CrossRegion{c.i("id"), c.d("recorded_on"), c.s("region"), c.s("department"), c.s("contact"), c.s("note")};
    });
    steps << rows(m_db, u"SELECT * FROM supervision_reports WHERE case_id = ? ORDER BY id"_s, caseId, [&](const Cells &c) {
        f.supervisionReports << SupervisionReport{c.i("id"), c.d("reported_on"), c.s("reported_to"), c.s("content")};
    });
    steps << rows(m_db, u"SELECT * FROM supervision_instructions WHERE case_id = ? ORDER BY id"_s, caseId, [&](const Cells &c) {
        f.supervisionInstructions << SupervisionInstruction{c.i("id"),        c.d("issued_on"), c.d("due_on"),  c.d("done_on"),
                                                            c.s("issued_by"), c.s("content"),   c.s("response")};
    });
    steps << rows(m_db, u"SELECT * FROM timetable_items WHERE case_id = ? ORDER BY id"_s, caseId, [&](const Cells &c) {
        f.timetable << TimetableItem{c.i("id"), c.d("due_on"), c.d("done_on"), c.s("step"), c.s("note")};
    });
    steps << rows(m_db, u"SELECT * FROM reporter_replies WHERE case_id = ? ORDER BY id"_s, caseId, [&](const Cells &c) {
        f.reporterReplies << ReporterReply{c.i("id"), c.d("replied_on"), c.s("method"), c.s("content")};
    });
    // The first agreement is "the agreement" most rules and papers speak of.
    if (!f.agreements.isEmpty())
        f.agreement = f.agreements.first();
}

} // namespace ecoclaim::storage
