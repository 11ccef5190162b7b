#include "core/generator/casewriter.h"

#include "core/domain/catalogue.h"
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

// The paper a command produces in the case file (reference.md §2), with the abbreviation of its
// number where it carries one (沪环损磋告〔2025〕3号). Keys are the generator's; the papers work names
// its own catalogue, which these should follow once it lands.
struct PaperOf
{
    const char *command, *paperType, *name, *numberCode;
};
const PaperOf papers[] = {
    {"record_verification", "verification_report", "初步核查情况报告", nullptr},
    {"transfer_clue", "transfer_letter", "线索移送函", "移"},
    {"declare_not_applicable", "not_applicable_decision", "不适用情形认定书", "不适"},
    {"close_without_damage", "no_damage_decision", "未造成生态环境损害认定书", "无损"},
    {"decide_not_to_initiate", "non_initiation_decision", "不启动索赔程序决定书", "不启"},
    {"file_case", "filing_approval", "立案审批表", nullptr},
    {"commission_appraisal", "appraisal_commission", "鉴定评估委托书", "委"},
    {"conclude_investigation", "investigation_conclusion", "生态环境损害调查结论", nullptr},
    {"draft_restoration_plan", "restoration_plan", "生态环境修复方案", nullptr},
    {"serve_consultation_notice", "consultation_notice", "生态环境损害赔偿磋商告知书", "磋告"},
    {"hold_consultation_round", "consultation_record", "磋商会议记录", nullptr},
    {"sign_agreement", "agreement", "生态环境损害赔偿协议", "协"},
    {"apply_judicial_confirmation", "confirmation_application", "司法确认申请书", nullptr},
    {"file_litigation", "complaint", "民事起诉状", nullptr},
    {"record_effect_evaluation", "effect_evaluation", "修复效果评估意见", nullptr},
    {"terminate_claim", "termination_decision", "终止索赔程序决定书", "终"},
    {"close_case", "closing_report", "结案报告", nullptr},
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

    // The papers register (卷内文件): the paper each step produced, numbered in its yearly series.
    QHash<QString, int> subjects;
    for (const PlannedStep &step : plan.steps) {
        const PaperOf *paper = nullptr;
        for (const PaperOf &p : papers)
            if (step.command == QLatin1StringView(p.command))
                paper = &p;
        if (!paper)
            continue;
        const QString type = QString::fromLatin1(paper->paperType);
        const int n = ++subjects[type];
        const QString subject = n == 1 && type != u"consultation_notice" && type != u"consultation_record"
            ? QString()
            : u"%1:%2"_s.arg(type == u"consultation_record" ? u"round"_s : u"notice"_s).arg(n);
        QString number;
        if (paper->numberCode) {
            const int serial = ++m_paperSerials[{type, f.unit, step.occurredOn.year()}];
            // 沪 + the district's first character (none at city level), as in 沪浦环损磋告〔2025〕3号.
            const domain::District *district = domain::findDistrict(f.districtCode);
            const QString place = district && f.districtCode != u"310000" ? district->chinese.left(1) : QString();
            // The department's character: 环 ecology, 水 water, 绿 landscaping (each unit its own series).
            const QString department = f.unit.contains(u"water"_s) ? u"水"_s : f.unit.contains(u"greening"_s) ? u"绿"_s : u"环"_s;
            number = u"沪%1%2损%3〔%4〕%5号"_s.arg(place, department, QString::fromUtf8(paper->numberCode))
                         .arg(step.occurredOn.year())
                         .arg(serial);
        }
        const QString title = QString::fromUtf8(paper->name) + u"（"_s + f.number + u"）"_s;
        ECOCLAIM_TRY(insert("documents", {f.id, type, subject, number, 1, title,
                                          date(step.occurredOn), 0, 1 + int(qHash(f.number + type) % 6), plan.actor,
                                          stamp(step.recordedAt)}));
        ++m_counts.documents;
    }

    // Deadlines as the service stores them, each logged as entered on the case's last day.
    const QString changedOn = last.recordedAt.toLocalTime().date().toString(Qt::ISODate);
    for (const service::OpenDeadline &d : open) {
        const storage::DeadlineRow row = service::toRow(d);
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
