// Handlers from the clue to the start of consultation: intake, verification, the decisions that end a
// clue, investigation, appraisal and the restoration plan.

#include "core/service/handlers.h"

#include "core/storage/importbatches.h"
#include "core/storage/sqlquery.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::service {

namespace {
// Translations of this file live in the context ecoclaim::Timeline (lupdate reads the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Timeline)
};

Status addDecision(HandlerContext &c, const QString &kind, const QString &reason, const QString &reasonText,
                   const QString &receiver, const QDate &on)
{
    auto id = c.repository.insert(u"decisions"_s,
                                  {{u"case_id"_s, c.caseId}, {u"kind"_s, kind}, {u"reason"_s, reason},
                                   {u"reason_text"_s, reasonText}, {u"receiver"_s, receiver}, {u"decided_on"_s, on}},
                                  &c.changes);
    return id ? success() : Status(id.problems());
}

QString choiceName(const QList<Choice> &list, const QString &key)
{
    const Choice *ch = findChoice(list, key);
    return ch ? ch->chinese : key;
}

Status registerClue(HandlerContext &c)
{
    const CommandInput &in = c.input;
    // A case from a legacy ledger keeps the number it was given there (domain/casenumber.h).
    auto number = in.has(u"case_no"_s) ? domain::Result<QString>(in.text(u"case_no"_s))
                                       : c.repository.allocateCaseNumber(in.text(u"district"_s), in.date(u"received_on"_s).year());
    if (!number)
        return number.problems();
    if (in.has(u"case_no"_s))
        if (auto s = c.repository.adoptCaseNumber(number.value()); !s)
            return s;
    QVariantMap row = columnsFrom(in, {{"title", "title"}, {"district", "district_code"}, {"unit", "unit"},
                                       {"channel", "channel"}, {"received_on", "received_on"},
                                       {"discovered_on", "discovered_on"}, {"site", "site"},
                                       {"description", "description"}, {"reporter", "reporter"},
                                       {"major", "is_major"}, {"major_reason", "major_reason"},
                                       {"city_ground", "city_ground"}});
    const QString now = storage::nowTimestamp();
    row.insert(u"case_no"_s, number.value());
    row.insert(u"stage"_s, stageKey(Stage::Clue));
    row.insert(u"created_at"_s, now);
    row.insert(u"updated_at"_s, now);
    // Never the id of a case an undone import removed (storage/importbatches.h): its audit entries name it.
    auto unused = storage::unusedCaseId(c.repository.database());
    if (!unused)
        return unused.problems();
    if (unused.value() > 0)
        row.insert(u"id"_s, unused.value());
    auto id = c.repository.insert(u"cases"_s, row, &c.changes);
    if (!id)
        return id.problems();
    c.changes.removeIf([](const storage::Change &change) { return change.field == u"id"; }); // the case's id is no field of it
    c.caseId = id.value();
    c.summary = Tr::tr("Clue registered as %1 (%2)").arg(number.value(), choiceName(clueChannels(), in.text(u"channel"_s)));
    c.searchTextChanged = true;
    return success();
}

Status addParty(HandlerContext &c)
{
    int seq = 1;
    for (const Party &p : c.file.parties)
        seq = std::max(seq, p.seq + 1);
    QVariantMap row = columnsFrom(c.input, {{"kind", "kind"}, {"name", "name"}, {"credit_code", "credit_code"},
                                            {"id_number", "id_number"}, {"address", "address"},
                                            {"representative", "representative"}, {"contact", "contact"},
                                            {"in_custody", "in_custody"}, {"custody_contact", "custody_contact"},
                                            {"insurance", "insurance"}});
    row.insert(u"case_id"_s, c.caseId);
    row.insert(u"seq"_s, seq);
    auto id = c.repository.insert(u"parties"_s, row, &c.changes);
    if (!id)
        return id.problems();
    c.summary = Tr::tr("Liable party %1 added: %2").arg(seq).arg(c.input.text(u"name"_s));
    c.searchTextChanged = true;
    return success();
}

Status updateCase(HandlerContext &c)
{
    const QVariantMap row = columnsFrom(c.input, {{"title", "title"}, {"received_on", "received_on"},
                                                  {"discovered_on", "discovered_on"}, {"district", "district_code"}, {"unit", "unit"},
                                                  {"site", "site"}, {"description", "description"},
                                                  {"reporter", "reporter"}, {"major", "is_major"},
                                                  {"major_reason", "major_reason"}, {"lead_unit_note", "lead_unit_note"},
                                                  {"city_ground", "city_ground"}});
    c.summary = Tr::tr("Case details corrected");
    c.searchTextChanged = true;
    return c.repository.update(u"cases"_s, u"id"_s, c.caseId, row, &c.changes);
}

Status startVerification(HandlerContext &c)
{
    QVariantMap row = columnsFrom(c.input, {{"started_on", "started_on"}, {"verified_by", "verified_by"}});
    row.insert(u"case_id"_s, c.caseId);
    auto id = c.repository.insert(u"verifications"_s, row, &c.changes);
    return id ? success() : Status(id.problems());
}

Status recordVerification(HandlerContext &c)
{
    const QVariantMap row = columnsFrom(c.input, {{"concluded_on", "concluded_on"}, {"damage_found", "damage_found"},
                                                  {"finding", "finding"}});
    c.summary = c.input.flag(u"damage_found"_s) ? Tr::tr("Verification concluded: damage was caused")
                                                 : Tr::tr("Verification concluded: no damage was caused");
    return c.repository.update(u"verifications"_s, u"case_id"_s, c.caseId, row, &c.changes);
}

Status fileCase(HandlerContext &c)
{
    auto id = c.repository.insert(u"investigations"_s, {{u"case_id"_s, c.caseId}, {u"filed_on"_s, c.input.date(u"filed_on"_s)}},
                                  &c.changes);
    c.summary = Tr::tr("Case filed; the claim procedure starts with the damage investigation");
    return id ? success() : Status(id.problems());
}

Status transferClue(HandlerContext &c)
{
    c.summary = Tr::tr("Clue transferred to %1").arg(c.input.text(u"receiver"_s));
    return addDecision(c, u"transfer"_s, {}, c.input.text(u"reason"_s), c.input.text(u"receiver"_s),
                       c.input.date(u"transferred_on"_s));
}

Status declareNotApplicable(HandlerContext &c)
{
    c.summary = Tr::tr("The rules do not apply: %1").arg(choiceName(exclusions(), c.input.text(u"exclusion"_s)));
    return addDecision(c, u"not_applicable"_s, c.input.text(u"exclusion"_s), c.input.text(u"note"_s), {},
                       c.input.date(u"decided_on"_s));
}

Status closeWithoutDamage(HandlerContext &c)
{
    return addDecision(c, u"no_damage"_s, {}, {}, {}, c.input.date(u"decided_on"_s));
}

Status decideNotToInitiate(HandlerContext &c)
{
    c.summary = Tr::tr("Claim not started: %1").arg(choiceName(nonInitiationReasons(), c.input.text(u"reason"_s)));
    return addDecision(c, u"not_initiated"_s, c.input.text(u"reason"_s), c.input.text(u"reason_text"_s), {},
                       c.input.date(u"decided_on"_s));
}

Status commissionAppraisal(HandlerContext &c)
{
    QVariantMap row = columnsFrom(c.input, {{"mode", "mode"}, {"institution", "institution"},
                                            {"commissioned_on", "commissioned_on"}, {"due_on", "due_on"}, {"items", "items"}});
    row.insert(u"case_id"_s, c.caseId);
    row.insert(u"experts"_s, c.input.list(u"experts"_s).join(u'\n'));
    row.insert(u"status"_s, u"commissioned"_s);
    auto id = c.repository.insert(u"appraisals"_s, row, &c.changes);
    c.summary = Tr::tr("Appraisal commissioned: %1").arg(choiceName(appraisalModes(), c.input.text(u"mode"_s)));
    return id ? success() : Status(id.problems());
}

Status stopSimplifiedAppraisal(HandlerContext &c)
{
    c.summary = Tr::tr("Simplified appraisal stopped as unsuitable; an institution must be commissioned");
    return c.repository.update(u"appraisals"_s, u"id"_s, c.file.openAppraisal()->id,
                               {{u"status"_s, u"stopped"_s}, {u"completed_on"_s, c.input.date(u"stopped_on"_s)},
                                {u"stop_reason"_s, c.input.text(u"reason"_s)}},
                               &c.changes);
}

Status recordAppraisalResult(HandlerContext &c)
{
    QVariantMap row = columnsFrom(c.input, {{"completed_on", "completed_on"}, {"damage_determination", "damage_determination"},
                                            {"loss_scope", "loss_scope"}, {"causation", "causation"},
                                            {"quantification", "quantification"}, {"restoration_outline", "restoration_outline"},
                                            {"interim_loss", "interim_loss_fen"}, {"permanent_loss", "permanent_loss_fen"},
                                            {"assessment_costs", "assessment_costs_fen"},
                                            {"restoration_costs", "restoration_costs_fen"},
                                            {"prevention_costs", "prevention_costs_fen"}});
    row.insert(u"status"_s, u"completed"_s);
    c.summary = Tr::tr("Appraisal result recorded");
    return c.repository.update(u"appraisals"_s, u"id"_s, c.file.openAppraisal()->id, row, &c.changes);
}

Status concludeInvestigation(HandlerContext &c)
{
    const QVariantMap row = columnsFrom(c.input, {{"concluded_on", "concluded_on"}, {"damage_exists", "damage_exists"},
                                                  {"scope", "scope"}, {"degree", "degree"},
                                                  {"obligor_identified", "obligor_identified"}, {"causation", "causation"},
                                                  {"proposal", "proposal"}});
    c.summary = c.input.text(u"proposal"_s) == u"consultation" ? Tr::tr("Investigation concluded: consultation proposed")
                                                                : Tr::tr("Investigation concluded: termination proposed");
    return c.repository.update(u"investigations"_s, u"case_id"_s, c.caseId, row, &c.changes);
}

Status draftRestorationPlan(HandlerContext &c)
{
    QVariantMap row = columnsFrom(c.input, {{"drafted_on", "drafted_on"}, {"elements", "elements"}, {"scope", "scope"},
                                            {"targets", "targets"}, {"technical_plan", "technical_plan"},
                                            {"schedule", "schedule"}, {"alternative_method", "alternative_method"},
                                            {"note", "note"}});
    row.insert(u"case_id"_s, c.caseId);
    auto id = c.repository.insert(u"restoration_plans"_s, row, &c.changes);
    c.summary = c.file.restorationPlans.isEmpty() ? Tr::tr("Restoration plan drafted") : Tr::tr("Restoration plan revised");
    return id ? success() : Status(id.problems());
}

Status requestEarlyConsultation(HandlerContext &c)
{
    const Party *p = c.file.findParty(c.input.id(u"party"_s));
    c.summary = Tr::tr("%1 asked to consult before the investigation ends").arg(p ? p->name : QString());
    return c.repository.update(u"cases"_s, u"id"_s, c.caseId, {{u"early_request_on"_s, c.input.date(u"requested_on"_s)}},
                               &c.changes);
}

Status startConsultation(HandlerContext &c)
{
    c.summary = c.file.earlyRequestOn.isValid() ? Tr::tr("Consultation started at the liable party's request")
                                                : Tr::tr("Consultation started");
    return success();
}
} // namespace

void registerIntakeHandlers(QHash<QString, Handler> &map)
{
    map.insert(u"register_clue"_s, registerClue);
    map.insert(u"add_party"_s, addParty);
    map.insert(u"update_case"_s, updateCase);
    map.insert(u"start_verification"_s, startVerification);
    map.insert(u"record_verification"_s, recordVerification);
    map.insert(u"file_case"_s, fileCase);
    map.insert(u"transfer_clue"_s, transferClue);
    map.insert(u"declare_not_applicable"_s, declareNotApplicable);
    map.insert(u"close_without_damage"_s, closeWithoutDamage);
    map.insert(u"decide_not_to_initiate"_s, decideNotToInitiate);
    map.insert(u"commission_appraisal"_s, commissionAppraisal);
    map.insert(u"stop_simplified_appraisal"_s, stopSimplifiedAppraisal);
    map.insert(u"record_appraisal_result"_s, recordAppraisalResult);
    map.insert(u"conclude_investigation"_s, concludeInvestigation);
    map.insert(u"draft_restoration_plan"_s, draftRestorationPlan);
    map.insert(u"request_early_consultation"_s, requestEarlyConsultation);
    map.insert(u"start_consultation"_s, startConsultation);
}

QVariantMap columnsFrom(const CommandInput &input, std::initializer_list<std::pair<const char *, const char *>> fieldToColumn)
{
    QVariantMap row;
    for (const auto &[field, column] : fieldToColumn) {
        const QString key = QString::fromLatin1(field);
        if (input.has(key))
            row.insert(QString::fromLatin1(column), input.values.value(key));
    }
    return row;
}

const QHash<QString, Handler> &handlers()
{
    static const QHash<QString, Handler> map = [] {
        QHash<QString, Handler> m;
        registerIntakeHandlers(m);
        registerClaimHandlers(m);
        registerEnforcementHandlers(m);
        registerRecordHandlers(m);
        registerPaperHandlers(m);
        registerCorrectionHandlers(m);
        registerTakeBackHandler(m);
        return m;
    }();
    return map;
}

} // namespace ecoclaim::service
