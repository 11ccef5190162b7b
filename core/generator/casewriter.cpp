#include "core/generator/casewriter.h"

#include "core/documents/papersettings.h"
#include "core/documents/papertypes.h"
#include "core/service/deadlinecatalogue.h"
#include "core/storage/auditlog.h"
#include "core/storage/sqlquery.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>

#include <cstring>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::generator {

namespace {
struct TableColumns
{
    const char *table;
    const char *columns;
};

// Column lists in the order write() binds them; the schema is resources/migrations.
const TableColumns tables[] = {
    {"cases", "id, case_no, title, district_code, unit, stage, channel, received_on, discovered_on, site, description, "
              "reporter, is_major, major_reason, lead_unit_note, early_request_on, facts_confirmed_on, claimed_fen, "
              "party_names, next_deadline_on, next_deadline_kind, created_at, updated_at, archived_at"},
    {"parties", "id, case_id, seq, kind, name, credit_code, id_number, address, representative, contact, in_custody, "
                "custody_contact, insurance"},
    {"verifications", "case_id, started_on, concluded_on, damage_found, finding, verified_by"},
    {"decisions", "id, case_id, kind, reason, reason_text, receiver, decided_on"},
    {"investigations", "case_id, filed_on, concluded_on, damage_exists, scope, degree, obligor_identified, causation, proposal"},
    {"appraisals", "id, case_id, mode, institution, experts, commissioned_on, due_on, items, status, completed_on, stop_reason, "
                   "damage_determination, loss_scope, causation, quantification, restoration_outline, interim_loss_fen, "
                   "permanent_loss_fen, assessment_costs_fen, restoration_costs_fen, prevention_costs_fen"},
    {"restoration_plans", "id, case_id, drafted_on, elements, scope, targets, technical_plan, schedule, alternative_method, note"},
    {"consultation_notices", "id, case_id, party_id, served_on, service_method, recipient, meeting_on, reply_due_on, reply, replied_on"},
    {"consultation_rounds", "id, case_id, round_no, held_on, mode, host, participants, summary, all_signed, refusal_note, exception_reason"},
    {"agreements", "id, case_id, signed_on, assuming_party_id, restoration_terms, confirmation_clause, interim_loss_fen, "
                   "permanent_loss_fen, assessment_costs_fen, restoration_costs_fen, prevention_costs_fen, punitive_fen"},
    {"instalments", "id, agreement_id, seq, due_on, amount_fen"},
    {"payments", "id, case_id, paid_on, amount_fen, payer, note"},
    {"confirmations", "id, case_id, applied_on, court, accepted_on, ruled_on, confirmed, ruling_no"},
    {"litigations", "id, case_id, filed_on, court, trigger, trigger_note, judged_on, judgment_no, outcome, judgment_summary, "
                    "restoration_ordered, awarded_fen"},
    {"restorations", "case_id, started_on, executor, executor_name, preemptive, completed_on, completion_report"},
    {"milestones", "id, case_id, due_on, description, done_on"},
    {"evaluations", "id, case_id, evaluated_on, method, evaluator, passed, targets, execution, achievement, effect"},
    {"proceedings", "id, case_id, kind, authority, reference, started_on, announcement_ends_on, replied_on, note"},
    {"timeline", "case_id, occurred_on, recorded_at, command, summary, stage_from, stage_to, actor"},
    {"audit_log", "id, at, actor, case_id, command, payload, changes, prev_hash, hash"},
    {"deadlines", "case_id, kind, subject, trigger_on, due_on, article, explanation, state, calendar_note, case_no, title, unit, is_major"},
    {"deadline_log", "case_id, kind, subject, old_due_on, new_due_on, command, changed_at, changed_on, actor"},
    {"case_number_series", "district_code, year, last_serial"},
    {"documents", "case_id, paper_type, subject, doc_no, version, title, dated_on, is_draft, pages, created_by, created_at"},
    {"paper_number_series", "paper_type, unit, year, last_number"},
};

// The papers a command produces in the case file, by the ids of documents/papertypes.h; numbered ones
// take the unit's default prefix (documents/papersettings.h) and the series of paperregister.cpp.
struct PaperOf
{
    const char *command, *paperType;
};
const PaperOf papers[] = {
    {"transfer_clue", "clue_transfer"},
    {"decide_not_to_initiate", "non_initiation"},
    {"file_case", "case_approval"},
    {"commission_appraisal", "appraisal_commission"},
    {"serve_consultation_notice", "consultation_notice"},
    {"serve_consultation_notice", "service_receipt"},
    {"hold_consultation_round", "consultation_record"},
    {"sign_agreement", "compensation_agreement"},
    {"apply_judicial_confirmation", "confirmation_application"},
    {"record_effect_evaluation", "evaluation_opinion"},
    {"terminate_claim", "termination"},
};

QVariant date(QDate d) { return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString)); }
QVariant stamp(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : QVariant(QMetaType(QMetaType::QString));
}
QVariant tri(const std::optional<bool> &b) { return b ? QVariant(*b ? 1 : 0) : QVariant(QMetaType(QMetaType::Int)); }
QVariant flag(bool b) { return b ? 1 : 0; }
QVariant text(const QString &s) { return s.isNull() ? QString::fromLatin1("") : s; } // NOT NULL DEFAULT ''
QVariant id(qint64 v) { return v ? QVariant(v) : QVariant(QMetaType(QMetaType::LongLong)); }

// What the list shows as the amount claimed, the way CaseRepository::refreshDerived computes it.
qint64 claimedFen(const CaseFile &f)
{
    if (f.agreement)
        return f.agreement->amounts.total().fen();
    for (qsizetype i = f.litigations.size() - 1; i >= 0; --i)
        if (f.litigations.at(i).judgedOn.isValid())
            return f.litigations.at(i).awarded.fen();
    for (qsizetype i = f.appraisals.size() - 1; i >= 0; --i)
        if (f.appraisals.at(i).status == u"completed")
            return f.appraisals.at(i).amounts.total().fen();
    return 0;
}
} // namespace

CaseWriter::CaseWriter(QSqlDatabase db, calendar::WorkCalendar calendar) : m_db(std::move(db)), m_calendar(std::move(calendar))
{
}

CaseWriter::~CaseWriter() = default;

Status CaseWriter::insert(const char *table, const QVariantList &values)
{
    auto it = m_inserts.find(table);
    if (it == m_inserts.end()) {
        const TableColumns *spec = nullptr;
        for (const TableColumns &t : tables)
            if (std::strcmp(t.table, table) == 0)
                spec = &t;
        Q_ASSERT(spec);
        const QString columns = QString::fromLatin1(spec->columns);
        const QString marks = QStringList(columns.count(u',') + 1, u"?"_s).join(u", "_s);
        auto q = std::make_unique<QSqlQuery>(m_db);
        if (!q->prepare(u"INSERT INTO %1(%2) VALUES(%3)"_s.arg(QString::fromLatin1(table), columns, marks)))
            return storage::storageProblem(QCoreApplication::translate("ecoclaim::Storage", "prepare a statement"),
                                           q->lastError().text());
        it = m_inserts.emplace(table, std::move(q)).first;
    }
    QSqlQuery &q = *it->second;
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, storage::toStored(values.at(i))); // a null QString in a NOT NULL DEFAULT '' column: ''
    if (!q.exec()) {
        qCWarning(lcStorage) << "generator insert failed:" << table << q.lastError().text();
        return storage::storageProblem(QCoreApplication::translate("ecoclaim::Storage", "run a statement"), q.lastError().text());
    }
    ++m_counts.rows;
    return success();
}

#define ECOCLAIM_TRY(expr)                                                                                                   \
    if (Status s_ = (expr); !s_)                                                                                             \
        return s_;

Status CaseWriter::write(const PlannedCase &plan)
{
    const CaseFile &f = plan.file;
    const QList<service::OpenDeadline> open = service::openDeadlines(f, m_calendar);
    const auto next = service::nextDeadline(open);
    QStringList names;
    for (const Party &p : f.parties)
        names << p.name;
    const PlannedStep &first = plan.steps.first(), &last = plan.steps.last();

    ECOCLAIM_TRY(insert("cases", {f.id, f.number, f.title, f.districtCode, f.unit, stageKey(f.stage), f.channel,
                                  date(f.receivedOn), date(f.discoveredOn), text(f.site), text(f.description), text(f.reporter),
                                  flag(f.major), text(f.majorReason), text(f.leadUnitNote), date(f.earlyRequestOn),
                                  date(f.factsConfirmedOn), claimedFen(f), names.join(u'、'),
                                  next ? date(next->due) : date({}), next ? QVariant(next->kind) : QVariant(QMetaType(QMetaType::QString)),
                                  stamp(first.recordedAt), stamp(last.recordedAt), stamp(f.archivedAt)}));
    for (const Party &p : f.parties)
        ECOCLAIM_TRY(insert("parties", {p.id, f.id, p.seq, p.kind, p.name, text(p.creditCode), text(p.idNumber), text(p.address),
                                        text(p.representative), text(p.contact), flag(p.inCustody), text(p.custodyContact),
                                        text(p.insurance)}));
    if (const auto &v = f.verification)
        ECOCLAIM_TRY(insert("verifications", {f.id, date(v->startedOn), date(v->concludedOn), tri(v->damageFound), text(v->finding),
                                              text(v->verifiedBy)}));
    for (const Decision &d : f.decisions)
        ECOCLAIM_TRY(insert("decisions", {d.id, f.id, d.kind, text(d.reason), text(d.reasonText), text(d.receiver), date(d.decidedOn)}));
    if (const auto &i = f.investigation)
        ECOCLAIM_TRY(insert("investigations", {f.id, date(i->filedOn), date(i->concludedOn), tri(i->damageExists), text(i->scope),
                                               text(i->degree), tri(i->obligorIdentified), text(i->causation), text(i->proposal)}));
    for (const Appraisal &a : f.appraisals)
        ECOCLAIM_TRY(insert("appraisals",
                            {a.id, f.id, a.mode, text(a.institution), a.experts.join(u'\n'), date(a.commissionedOn), date(a.dueOn),
                             text(a.items), a.status, date(a.completedOn), text(a.stopReason), text(a.damageDetermination),
                             text(a.lossScope), text(a.causation), text(a.quantification), text(a.restorationOutline),
                             a.amounts.interimLoss.fen(), a.amounts.permanentLoss.fen(), a.amounts.assessmentCosts.fen(),
                             a.amounts.restorationCosts.fen(), a.amounts.preventionCosts.fen()}));
    for (const RestorationPlan &r : f.restorationPlans)
        ECOCLAIM_TRY(insert("restoration_plans", {r.id, f.id, date(r.draftedOn), text(r.elements), text(r.scope), text(r.targets),
                                                  text(r.technicalPlan), text(r.schedule), text(r.alternativeMethod), text(r.note)}));
    for (const ConsultationNotice &n : f.notices)
        ECOCLAIM_TRY(insert("consultation_notices", {n.id, f.id, n.partyId, date(n.servedOn), n.serviceMethod, text(n.recipient),
                                                     date(n.meetingOn), date(n.replyDueOn), text(n.reply), date(n.repliedOn)}));
    for (const ConsultationRound &r : f.rounds)
        ECOCLAIM_TRY(insert("consultation_rounds", {r.id, f.id, r.number, date(r.heldOn), r.mode, text(r.host), text(r.participants),
                                                    text(r.summary), flag(r.allSigned), text(r.refusalNote), text(r.exceptionReason)}));
    if (const auto &a = f.agreement) {
        ECOCLAIM_TRY(insert("agreements", {a->id, f.id, date(a->signedOn), id(a->assumingPartyId), text(a->restorationTerms),
                                           flag(a->confirmationClause), a->amounts.interimLoss.fen(), a->amounts.permanentLoss.fen(),
                                           a->amounts.assessmentCosts.fen(), a->amounts.restorationCosts.fen(),
                                           a->amounts.preventionCosts.fen(), a->amounts.punitive.fen()}));
        for (const Instalment &in : a->instalments)
            ECOCLAIM_TRY(insert("instalments", {in.id, a->id, in.seq, date(in.dueOn), in.amount.fen()}));
    }
    for (const Payment &p : f.payments)
        ECOCLAIM_TRY(insert("payments", {p.id, f.id, date(p.paidOn), p.amount.fen(), text(p.payer), text(p.note)}));
    for (const Confirmation &c : f.confirmations)
        ECOCLAIM_TRY(insert("confirmations", {c.id, f.id, date(c.appliedOn), c.court, date(c.acceptedOn), date(c.ruledOn),
                                              tri(c.confirmed), text(c.rulingNo)}));
    for (const Litigation &l : f.litigations)
        ECOCLAIM_TRY(insert("litigations", {l.id, f.id, date(l.filedOn), l.court, l.trigger, text(l.triggerNote), date(l.judgedOn),
                                            text(l.judgmentNo), text(l.outcome), text(l.judgmentSummary), flag(l.restorationOrdered),
                                            l.awarded.fen()}));
    if (const auto &r = f.restoration)
        ECOCLAIM_TRY(insert("restorations", {f.id, date(r->startedOn), r->executor, text(r->executorName), flag(r->preemptive),
                                             date(r->completedOn), text(r->completionReport)}));
    for (const Milestone &m : f.milestones)
        ECOCLAIM_TRY(insert("milestones", {m.id, f.id, date(m.dueOn), text(m.description), date(m.doneOn)}));
    for (const Evaluation &e : f.evaluations)
        ECOCLAIM_TRY(insert("evaluations", {e.id, f.id, date(e.evaluatedOn), e.method, text(e.evaluator), flag(e.passed),
                                            text(e.targets), text(e.execution), text(e.achievement), text(e.effect)}));
    for (const Proceeding &p : f.proceedings)
        ECOCLAIM_TRY(insert("proceedings", {p.id, f.id, p.kind, text(p.authority), text(p.reference), date(p.startedOn),
                                            date(p.announcementEndsOn), date(p.repliedOn), text(p.note)}));

    // Timeline and the audit chain (storage/auditlog.cpp: hash = SHA-256(prev ‖ entry)).
    for (const PlannedStep &step : plan.steps) {
        ECOCLAIM_TRY(insert("timeline", {f.id, date(step.occurredOn), stamp(step.recordedAt), step.command, step.summary,
                                         text(step.stageFrom), step.stageTo, plan.actor}));
        ++m_counts.timeline;
        storage::AuditEntry e;
        e.id = ++m_auditId;
        e.at = step.recordedAt.toString(Qt::ISODateWithMs);
        e.actor = plan.actor;
        e.caseId = f.id;
        e.command = step.command;
        e.payload = QString::fromUtf8(QJsonDocument(step.payload).toJson(QJsonDocument::Compact));
        e.changes = QString::fromUtf8(QJsonDocument(step.changes).toJson(QJsonDocument::Compact));
        e.prevHash = m_auditHead;
        e.hash = storage::audit::hashOf(e);
        ECOCLAIM_TRY(insert("audit_log", {e.id, e.at, e.actor, e.caseId, e.command, e.payload, e.changes, text(e.prevHash), e.hash}));
        m_auditHead = e.hash;
        ++m_counts.audit;
    }

    // The papers register (卷内文件): the papers each step produced, numbered in the yearly series of
    // their type and unit as PaperRegister numbers them.
    QHash<QString, int> appraisals, rounds;
    int noticeIndex = 0;
    const documents::UnitPaperSettings unit = documents::PaperSettings::defaultsFor(f.districtCode, f.unit);
    for (const PlannedStep &step : plan.steps) {
        for (const PaperOf &paper : papers) {
            if (step.command != QLatin1StringView(paper.command))
                continue;
            const documents::PaperType *type = documents::findPaperType(QString::fromLatin1(paper.paperType));
            Q_ASSERT(type);
            int number = 0;
            switch (type->subject) {
            case documents::PaperSubject::Party: {
                const qsizetype n = paper.paperType == std::string_view("consultation_notice") ? noticeIndex++ : noticeIndex - 1;
                const ConsultationNotice &notice = f.notices.at(n);
                for (const Party &party : f.parties)
                    if (party.id == notice.partyId)
                        number = party.seq;
                break;
            }
            case documents::PaperSubject::Round: number = ++rounds[type->id]; break;
            case documents::PaperSubject::Appraisal: number = ++appraisals[type->id]; break;
            case documents::PaperSubject::Case: break;
            }
            QString docNo;
            if (type->isNumbered()) {
                const int year = step.occurredOn.year();
                const int serial = ++m_paperSerials[{type->id, f.districtCode + u':' + f.unit, year}];
                docNo = unit.numberPrefix + type->numberCode + u"〔"_s + QString::number(year) + u"〕"_s + QString::number(serial) + u"号"_s;
            }
            const QString subject = documents::subjectKey(type->subject, number);
            const int pages = 1 + int(qHash(f.number + type->id + subject) % 6); // qHash with seed 0: the same every run
            // The papers negotiated over are often printed as a draft first (no number), then issued.
            int version = 1;
            const bool drafted = (type->id == u"compensation_agreement" || type->id == u"consultation_notice"
                                  || type->id == u"appraisal_commission")
                && qHash(f.number + subject) % 10 < 6;
            if (drafted) {
                ECOCLAIM_TRY(insert("documents", {f.id, type->id, subject, QString(), version++, type->chinese, date(step.occurredOn),
                                                  1, pages, plan.actor, stamp(step.recordedAt.addSecs(-3600))}));
                ++m_counts.documents;
            }
            ECOCLAIM_TRY(insert("documents", {f.id, type->id, subject, docNo, version, type->chinese, date(step.occurredOn), 0, pages,
                                              plan.actor, stamp(step.recordedAt)}));
            ++m_counts.documents;
        }
    }

    // Deadlines as the service stores them, each logged as entered on the case's last day.
    const QString changedOn = last.recordedAt.toLocalTime().date().toString(Qt::ISODate);
    for (const service::OpenDeadline &d : open) {
        const domain::DeadlineRow row = service::toRow(d);
        ECOCLAIM_TRY(insert("deadlines", {f.id, row.kind, row.subject, date(row.trigger), date(row.due), row.article,
                                          row.explanation, row.suspended ? u"suspended"_s : u"open"_s, text(row.calendarNote),
                                          f.number, f.title, f.unit, flag(f.major)}));
        ECOCLAIM_TRY(insert("deadline_log", {f.id, row.kind, row.subject, date({}), date(row.due), last.command,
                                             stamp(last.recordedAt), changedOn, plan.actor}));
        ++m_counts.deadlines;
    }
    ++m_counts.cases;
    return success();
}

Status CaseWriter::writeNumberSeries(const QMap<QPair<QString, int>, int> &lastSerials)
{
    for (auto it = lastSerials.begin(); it != lastSerials.end(); ++it)
        ECOCLAIM_TRY(insert("case_number_series", {it.key().first, it.key().second, it.value()}));
    for (const auto &[key, last] : m_paperSerials) {
        const auto &[type, unit, year] = key;
        ECOCLAIM_TRY(insert("paper_number_series", QVariantList{type, unit, year, last}));
    }
    return success();
}

#undef ECOCLAIM_TRY

} // namespace ecoclaim::generator
