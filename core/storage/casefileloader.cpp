// CaseRepository::load — reads one case file, table by table, into domain::CaseFile. Each query reads
// the rows of one case by an index on case_id and is finished before the next (forward-only).

#include "core/storage/caserepository.h"

#include "core/storage/casefilerows.h"
#include "core/storage/casetablebits.h"
#include "core/storage/sqlquery.h"

#include <QCoreApplication>
#include <QJsonDocument>


using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;
using ecoclaim::storage::casefilerows::eachRow;
using ecoclaim::storage::casefilerows::Row;

namespace ecoclaim::storage {



Result<CaseFile> CaseRepository::load(qint64 caseId, Parts parts) const
{
    CaseFile f;
    if (Status s = read(caseId, f, parts, PartsToRead{}); !s)
        return s.problems();
    return f;
}

Status CaseRepository::reload(CaseFile &file, const QSet<QString> &tables) const
{
    return read(file.id, file, Parts::Whole, PartsToRead{&tables});
}

// Reads the case's parts into `f`: all of them (load), or only those that hold a table in `only`
// (reload) — each such part emptied first, so it holds the rows as they are now and none of the first
// read's. Tables read into one part (an agreement with its instalments and parties, a round with its
// parties, a paper with its services, a joint group with its members) are one part.
Status CaseRepository::read(qint64 caseId, CaseFile &f, Parts parts, PartsToRead only) const
{
    const bool readCase = only.wants({u"cases"});
    bool found = !readCase; // a reload keeps the case row it has when the command did not write it
    // A load reads only the tables the case row says hold rows of the case (casetablebits.h); a
    // reload, the tables written.
    qint64 withRows = -1;
    Status s = readCase ? eachRow(m_db, u"SELECT * FROM cases WHERE id = ?"_s, caseId, [&](const Row &r) {
        found = true;
        withRows = r.i("tables_with_rows");
        f.id = r.i("id");
        f.number = r.s("case_no");
        f.title = r.s("title");
        f.districtCode = r.s("district_code");
        f.unit = r.s("unit");
        stageFromKey(r.s("stage"), &f.stage);
        f.channel = r.s("channel");
        f.receivedOn = r.d("received_on");
        f.discoveredOn = r.d("discovered_on");
        f.site = r.s("site");
        f.description = r.s("description");
        f.reporter = r.s("reporter");
        f.major = r.b("is_major");
        f.majorReason = r.s("major_reason");
        f.leadUnitNote = r.s("lead_unit_note");
        f.cityGround = r.s("city_ground");
        f.earlyRequestOn = r.d("early_request_on");
        f.factsConfirmedOn = r.d("facts_confirmed_on");
        f.claimed = r.m("claimed_fen");
        f.nextDeadlineOn = r.d("next_deadline_on");
        f.nextDeadlineKind = r.s("next_deadline_kind");
        f.createdAt = timestampFrom(r.v("created_at"));
        f.updatedAt = timestampFrom(r.v("updated_at"));
        f.archivedAt = timestampFrom(r.v("archived_at"));
    }) : success();
    if (!s)
        return s;
    if (!found)
        return Problem{u"case"_s, QCoreApplication::translate("ecoclaim::Storage", "There is no case \"%1\".").arg(caseId), {}};
    if (readCase && !only.written)
        only.withRows = withRows;

    QList<Status> steps;
    if (only.wants({u"parties"})) {
        f.parties = {};
        steps << eachRow(m_db, u"SELECT * FROM parties WHERE case_id = ? ORDER BY seq"_s, caseId, [&](const Row &r) {
            Party p;
            p.id = r.i("id");
            p.seq = int(r.i("seq"));
            p.kind = r.s("kind");
            p.name = r.s("name");
            p.creditCode = r.s("credit_code");
            p.idNumber = r.s("id_number");
            p.address = r.s("address");
            p.representative = r.s("representative");
            p.contact = r.s("contact");
            p.inCustody = r.b("in_custody");
            p.custodyContact = r.s("custody_contact");
            p.insurance = r.s("insurance");
            f.parties << p;
        });
    }
    if (only.wants({u"verifications"})) {
        f.verification = {};
        steps << eachRow(m_db, u"SELECT * FROM verifications WHERE case_id = ?"_s, caseId, [&](const Row &r) {
            f.verification = Verification{r.d("started_on"), r.d("concluded_on"), r.tri("damage_found"), r.s("finding"),
                                          r.s("verified_by")};
        });
    }
    if (only.wants({u"decisions"})) {
        f.decisions = {};
        steps << eachRow(m_db, u"SELECT * FROM decisions WHERE case_id = ? ORDER BY id"_s, caseId, [&](const Row &r) {
            f.decisions << Decision{r.i("id"), r.s("kind"), r.s("reason"), r.s("reason_text"), r.s("receiver"), r.d("decided_on")};
        });
    }
    if (only.wants({u"investigations"})) {
        f.investigation = {};
        steps << eachRow(m_db, u"SELECT * FROM investigations WHERE case_id = ?"_s, caseId, [&](const Row &r) {
            f.investigation = Investigation{r.d("filed_on"), r.d("concluded_on"), r.tri("damage_exists"),
                                            r.tri("obligor_identified"), r.s("scope"), r.s("degree"), r.s("causation"),
                                            r.s("proposal")};
        });
    }
    if (only.wants({u"appraisals"})) {
        f.appraisals = {};
        steps << eachRow(m_db, u"SELECT * FROM appraisals WHERE case_id = ? ORDER BY id"_s, caseId, [&](const Row &r) {
            Appraisal a;
            a.id = r.i("id");
            a.mode = r.s("mode");
            a.institution = r.s("institution");
            a.experts = r.s("experts").split(u'\n', Qt::SkipEmptyParts);
            a.commissionedOn = r.d("commissioned_on");
            a.dueOn = r.d("due_on");
            a.completedOn = r.d("completed_on");
            a.items = r.s("items");
            a.status = r.s("status");
            a.stopReason = r.s("stop_reason");
            a.damageDetermination = r.s("damage_determination");
            a.lossScope = r.s("loss_scope");
            a.causation = r.s("causation");
            a.quantification = r.s("quantification");
            a.restorationOutline = r.s("restoration_outline");
            a.amounts = r.amounts();
            f.appraisals << a;
        });
    }
    if (only.wants({u"restoration_plans"})) {
        f.restorationPlans = {};
        steps << eachRow(m_db, u"SELECT * FROM restoration_plans WHERE case_id = ? ORDER BY id"_s, caseId, [&](const Row &r) {
            f.restorationPlans << RestorationPlan{r.i("id"), r.d("drafted_on"), r.s("elements"), r.s("scope"), r.s("targets"),
                                                  r.s("technical_plan"), r.s("schedule"), r.s("alternative_method"), r.s("note")};
        });
    }
    if (only.wants({u"consultation_notices"})) {
        f.notices = {};
        steps << eachRow(m_db, u"SELECT * FROM consultation_notices WHERE case_id = ? ORDER BY id"_s, caseId, [&](const Row &r) {
            ConsultationNotice n;
            n.id = r.i("id");
            n.partyId = r.i("party_id");
            n.servedOn = r.d("served_on");
            n.meetingOn = r.d("meeting_on");
            n.replyDueOn = r.d("reply_due_on");
            n.repliedOn = r.d("replied_on");
            n.serviceMethod = r.s("service_method");
            n.recipient = r.s("recipient");
            n.reply = r.s("reply");
            f.notices << n;
        });
    }
    if (only.wants(RoundParts)) {
        f.rounds = {};
        steps << eachRow(m_db, u"SELECT * FROM consultation_rounds WHERE case_id = ? ORDER BY round_no"_s, caseId, [&](const Row &r) {
            f.rounds << ConsultationRound{r.i("id"), int(r.i("round_no")), r.d("held_on"), r.s("mode"), r.s("host"),
                                          r.s("participants"), r.s("summary"), r.b("all_signed"), r.s("refusal_note"),
                                          r.s("exception_reason"), {}};
        });
    }
    if (only.wants(AgreementParts)) {
        f.agreements = {};
        steps << eachRow(m_db, u"SELECT * FROM agreements WHERE case_id = ? ORDER BY id"_s, caseId, [&](const Row &r) {
            Agreement a;
            a.id = r.i("id");
            a.signedOn = r.d("signed_on");
            a.assumingPartyId = r.i("assuming_party_id");
            a.restorationTerms = r.s("restoration_terms");
            a.confirmationClause = r.b("confirmation_clause");
            a.amounts = r.amounts();
            a.amounts.punitive = r.m("punitive_fen");
            a.moneyOnly = r.b("money_only");
            a.performanceDueOn = r.d("performance_due_on");
            f.agreements << a;
        });
        for (Agreement &a : f.agreements)
            steps << eachRow(m_db, u"SELECT * FROM instalments WHERE agreement_id = ? ORDER BY seq"_s, a.id,
                             [&](const Row &r) {
                                 a.instalments << Instalment{r.i("id"), int(r.i("seq")), r.d("due_on"), r.m("amount_fen")};
                             });
    }
    if (only.wants({u"payments"})) {
        f.payments = {};
        steps << eachRow(m_db, u"SELECT * FROM payments WHERE case_id = ? ORDER BY paid_on, id"_s, caseId, [&](const Row &r) {
            Payment p;
            p.id = r.i("id");
            p.paidOn = r.d("paid_on");
            p.amount = r.m("amount_fen");
            p.payer = r.s("payer");
            p.note = r.s("note");
            p.receiptNo = r.s("receipt_no");
            p.account = r.s("account");
            p.category = r.s("category");
            p.enforcementId = r.i("enforcement_id");
            f.payments << p;
        });
    }
    if (only.wants({u"confirmations"})) {
        f.confirmations = {};
        steps << eachRow(m_db, u"SELECT * FROM confirmations WHERE case_id = ? ORDER BY id"_s, caseId, [&](const Row &r) {
            f.confirmations << Confirmation{r.i("id"), r.d("applied_on"), r.d("accepted_on"), r.d("ruled_on"), r.s("court"),
                                            r.s("ruling_no"), r.tri("confirmed")};
        });
    }
    if (only.wants({u"litigations"})) {
        f.litigations = {};
        steps << eachRow(m_db, u"SELECT * FROM litigations WHERE case_id = ? ORDER BY id"_s, caseId, [&](const Row &r) {
            Litigation l;
            l.id = r.i("id");
            l.filedOn = r.d("filed_on");
            l.judgedOn = r.d("judged_on");
            l.court = r.s("court");
            l.trigger = r.s("trigger");
            l.triggerNote = r.s("trigger_note");
            l.judgmentNo = r.s("judgment_no");
            l.outcome = r.s("outcome");
            l.judgmentSummary = r.s("judgment_summary");
            l.restorationOrdered = r.b("restoration_ordered");
            l.awarded = r.m("awarded_fen");
            l.claimed.interimLoss = r.m("claimed_interim_loss_fen");
            l.claimed.permanentLoss = r.m("claimed_permanent_loss_fen");
            l.claimed.assessmentCosts = r.m("claimed_assessment_costs_fen");
            l.claimed.restorationCosts = r.m("claimed_restoration_costs_fen");
            l.claimed.preventionCosts = r.m("claimed_prevention_costs_fen");
            l.claimed.punitive = r.m("claimed_punitive_fen");
            l.effectiveOn = r.d("effective_on");
            f.litigations << l;
        });
    }
    if (only.wants({u"restorations"})) {
        f.restoration = {};
        steps << eachRow(m_db, u"SELECT * FROM restorations WHERE case_id = ?"_s, caseId, [&](const Row &r) {
            f.restoration = Restoration{r.d("started_on"), r.d("completed_on"), r.s("executor"), r.s("executor_name"),
                                        r.s("completion_report"), r.b("preemptive")};
        });
    }
    if (only.wants({u"milestones"})) {
        f.milestones = {};
        steps << eachRow(m_db, u"SELECT * FROM milestones WHERE case_id = ? ORDER BY id"_s, caseId, [&](const Row &r) {
            f.milestones << Milestone{r.i("id"), r.d("due_on"), r.d("done_on"), r.s("description")};
        });
    }
    if (only.wants({u"evaluations"})) {
        f.evaluations = {};
        steps << eachRow(m_db, u"SELECT * FROM evaluations WHERE case_id = ? ORDER BY id"_s, caseId, [&](const Row &r) {
            f.evaluations << Evaluation{r.i("id"), r.d("evaluated_on"), r.s("method"), r.s("evaluator"), r.b("passed"),
                                        r.s("targets"), r.s("execution"), r.s("achievement"), r.s("effect")};
        });
    }
    if (only.wants({u"proceedings"})) {
        f.proceedings = {};
        steps << eachRow(m_db, u"SELECT * FROM proceedings WHERE case_id = ? ORDER BY id"_s, caseId, [&](const Row &r) {
            f.proceedings << Proceeding{r.i("id"), r.s("kind"), r.s("authority"), r.s("reference"), r.s("note"),
                                        r.d("started_on"), r.d("announcement_ends_on"), r.d("replied_on")};
        });
    }
    if (only.wants({u"deadline_adjustments"})) {
        f.deadlineAdjustments = {};
        steps << eachRow(m_db, u"SELECT * FROM deadline_adjustments WHERE case_id = ? ORDER BY id"_s, caseId, [&](const Row &r) {
            f.deadlineAdjustments << DeadlineAdjustment{r.i("id"), r.s("kind"), r.s("subject"), r.s("action"), r.d("effective_on"),
                                                        int(r.i("days")), r.s("reason")};
        });
    }
    readSecondReadingRecords(caseId, f, steps, only);
    if (parts != Parts::ForDeadlines)
        readRecordsOfTheVolume(caseId, f, parts, steps, only);
    for (const Status &step : steps)
        if (!step)
            return step;
    return success();
}

// The timeline and the volume's files: what the window, the archive and the self-check read, and the
// deadline catalogue does not. A command's rules read the files (papers served, material on file) but
// never the timeline.
void CaseRepository::readRecordsOfTheVolume(qint64 caseId, CaseFile &f, Parts parts, QList<Status> &steps,
                                            PartsToRead only) const
{
    if (parts == Parts::Whole && only.wants({u"timeline"})) {
        f.timeline = {};
        steps << eachRow(m_db, u"SELECT * FROM timeline WHERE case_id = ? ORDER BY id"_s, caseId, [&](const Row &r) {
            f.timeline << TimelineEvent{r.i("id"), r.d("occurred_on"), timestampFrom(r.v("recorded_at")), r.s("command"),
                                        r.s("summary"), r.s("actor"), r.s("stage_from"), r.s("stage_to")};
        });
    }
    if (only.wants({u"evidence"})) {
        f.evidence = {};
        steps << eachRow(m_db, u"SELECT e.*, f.size, f.media_type FROM evidence e JOIN stored_files f ON f.sha256 = e.sha256 "
                               "WHERE e.case_id = ? ORDER BY e.id"_s, caseId, [&](const Row &r) {
            EvidenceItem e;
            e.id = r.i("id");
            e.sha256 = r.s("sha256");
            e.title = r.s("title");
            e.kind = r.s("kind");
            e.datedOn = r.d("dated_on");
            e.source = r.s("source");
            e.originalName = r.s("original_name");
            e.pages = int(r.i("pages"));
            e.addedBy = r.s("added_by");
            e.addedAt = timestampFrom(r.v("added_at"));
            e.size = r.i("size");
            e.mediaType = r.s("media_type");
            f.evidence << e;
        });
    }
    const bool papers = only.wants(PaperParts);
    if (papers) {
        f.papers = {};
        steps << eachRow(m_db, u"SELECT * FROM documents WHERE case_id = ? ORDER BY id"_s, caseId, [&](const Row &r) {
            FiledPaper p;
            p.id = r.i("id");
            p.paperType = r.s("paper_type");
            p.subject = r.s("subject");
            p.docNo = r.s("doc_no");
            p.version = int(r.i("version"));
            p.title = r.s("title");
            p.datedOn = r.d("dated_on");
            p.draft = r.b("is_draft");
            p.pdfSha256 = r.s("pdf_sha256");
            p.odtSha256 = r.s("odt_sha256");
            p.pages = int(r.i("pages"));
            p.createdBy = r.s("created_by");
            p.createdAt = timestampFrom(r.v("created_at"));
            p.contentSha256 = r.s("content_sha256");
            p.frozen = r.s("frozen");
            p.supersededBy = r.i("superseded_by");
            p.supersedeReason = r.s("supersede_reason");
            p.parameters = QJsonDocument::fromJson(r.s("params").toUtf8()).object();
            f.papers << p;
        });
    }
    if (only.wants({u"liability_shares"})) {
        f.shares = {};
        steps << eachRow(m_db, u"SELECT * FROM liability_shares WHERE case_id = ? ORDER BY id"_s, caseId, [&](const Row &r) {
            f.shares << LiabilityShare{r.i("id"), r.i("party_id"), r.s("basis"), int(r.i("percent")), r.m("amount_fen"), r.s("note")};
        });
    }
    if (papers) {
        steps << eachRow(m_db, u"SELECT s.* FROM document_services s JOIN documents d ON d.id = s.document_id "
                               "WHERE d.case_id = ? ORDER BY s.id"_s, caseId, [&](const Row &r) {
            const qint64 documentId = r.i("document_id");
            for (FiledPaper &p : f.papers)
                if (p.id == documentId)
                    p.services << ServiceOfPaper{r.i("id"), r.s("method"), r.s("recipient"), r.s("note"), r.d("served_on"),
                                               r.i("proof_evidence_id")};
        });
    }
}

} // namespace ecoclaim::storage
