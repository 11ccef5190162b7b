#include "core/domain/readiness.h"

using namespace Qt::StringLiterals;

namespace ecoclaim::domain {

QList<const CommandSpec *> mainPathCommands(Stage stage)
{
    // lifecycle.md "Main stages": the way a claim normally goes. An agreement paid in money with no
    // restoration closes straight away (Art. 27 ¶2), hence two entries for agreement and litigation.
    QStringList names;
    switch (stage) {
    case Stage::Clue: names = {u"start_verification"_s}; break;
    case Stage::Verification: names = {u"file_case"_s}; break;
    case Stage::Investigation: names = {u"start_consultation"_s}; break;
    case Stage::Consultation: names = {u"sign_agreement"_s}; break;
    case Stage::Agreement:
    case Stage::Litigation: names = {u"start_restoration"_s, u"close_case"_s}; break;
    case Stage::Restoration: names = {u"complete_restoration"_s}; break;
    case Stage::Evaluation:
    case Stage::Terminated: names = {u"close_case"_s}; break;
    case Stage::Closed: names = {u"archive_case"_s}; break;
    default: break;
    }
    QList<const CommandSpec *> out;
    for (const QString &n : names)
        if (const CommandSpec *spec = findCommand(n))
            out << spec;
    return out;
}

QList<const CommandSpec *> nextSteps(const CaseFile &file, QDate today)
{
    QStringList names;
    if (file.stage == Stage::Consultation && file.consultationFailed(today))
        names << u"file_litigation"_s;
    const bool afterDecision = file.stage == Stage::Agreement || file.stage == Stage::Litigation
        || file.stage == Stage::Restoration || file.stage == Stage::Evaluation;
    if (afterDecision && file.pendingEnforcement())
        names << u"conclude_enforcement"_s;
    else if (afterDecision && !file.enforceableBasis().isEmpty() && file.performanceOverdue(today))
        names << u"apply_enforcement"_s;
    if (file.stage == Stage::Litigation && !(file.currentLitigation() && file.currentLitigation()->judgedOn.isValid()))
        names << u"record_judgment"_s; // the court decides first
    for (const CommandSpec *spec : mainPathCommands(file.stage)) {
        // After the agreement or judgment: restoration if it owes one, closing if not.
        if (file.stage == Stage::Agreement || file.stage == Stage::Litigation) {
            const bool judged = file.stage != Stage::Litigation
                || (file.currentLitigation() && file.currentLitigation()->judgedOn.isValid());
            if (spec->name == u"start_restoration" && judged && !file.restorationOwed())
                continue;
            if (spec->name == u"close_case" && judged && file.restorationOwed())
                continue;
        }
        if (!names.contains(spec->name))
            names << spec->name;
    }
    QList<const CommandSpec *> out;
    for (const QString &n : names)
        if (const CommandSpec *spec = findCommand(n))
            out << spec;
    return out;
}

QList<Requirement> stillRequired(const CommandSpec &spec, const CaseFile &file, QDate today)
{
    QList<Requirement> out;
    const Problems wrongStage = checkStage(spec, file);
    for (const Problem &p : wrongStage.list())
        out << Requirement{u"stage"_s, p};
    if (!out.isEmpty())
        return out;
    CommandInput probe{spec.name, {}, today};
    for (const FieldSpec &f : spec.fields)
        if (f.type == FieldType::Date)
            probe.values.insert(f.key, today);
    // The five-working-day lead (Art. 19) is about the dates still to be typed, not the case file.
    const RuleContext context{file, probe, [](QDate, QDate) { return Result<bool>(true); }};
    // Asked one precondition at a time so each answer keeps its id.
    for (const Precondition &p : spec.preconditions) {
        Problems own;
        if (p.holds(context, own))
            continue;
        if (own.isEmpty())
            out << Requirement{p.id, Problem{{}, p.unmetText(), p.article}};
        for (const Problem &o : own.list())
            out << Requirement{p.id, o};
    }
    return out;
}

} // namespace ecoclaim::domain
