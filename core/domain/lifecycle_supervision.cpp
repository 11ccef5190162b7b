// The lifecycle table: major-case supervision (Art. 39, and the major-case reporting of Art. 36 ¶1). A
// major case is reported to the higher department in time, kept on the ledger (台账) and given a
// timetable (时间表); the supervisor's instructions and the timetable's steps are records on the case,
// each with its due date on the dashboard (deadlinecatalogue_rules.cpp), and `ecoclaim-cli ledger`
// lists every major case with them (service/majorledger.h).

#include "core/domain/lifecycletable.h"

using namespace Qt::StringLiterals;

namespace ecoclaim::domain::detail {

void addSupervisionCommands(QList<CommandSpec> &t)
{
    const QList<Stage> &notFinished = notFinishedStages();
    const Check major = [](const RuleContext &c, Problems &) { return c.file.major; };
    auto majorRule = [&major] {
        return pre(u"major_case"_s,
                   QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Only a major case is supervised: mark the case major, with its reason, first."),
                   art(39), major);
    };

    t << CommandSpec{
        u"report_major_case"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Report the major case to the higher department"), notFinished,
        std::nullopt, art(39),
        {pastDate(u"reported_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Reported on"), true, art(39)),
         text(u"reported_to"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Reported to"), true, art(39)),
         longText(u"content"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "What was reported"), true, art(36, 1))},
        {majorRule()}};

    t << CommandSpec{
        u"record_supervision_instruction"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Record the supervisor's instruction"), notFinished,
        std::nullopt, art(39),
        {pastDate(u"issued_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Issued on")),
         text(u"issued_by"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Issued by"), true, art(39)),
         longText(u"content"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Instruction"), true, art(39)),
         anyDate(u"due_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "To be done by"), false, art(39))},
        {majorRule(),
         pre(u"due_after_issue"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "An instruction cannot be due before it was issued."), {},
             [](const RuleContext &c, Problems &) {
                 return !c.input.has(u"due_on"_s) || c.input.date(u"due_on"_s) >= c.input.date(u"issued_on"_s);
             })}};

    t << CommandSpec{
        u"complete_supervision_instruction"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Record an instruction carried out"), notFinished,
        std::nullopt, art(39),
        {field(u"instruction"_s, FieldType::Integer, QT_TRANSLATE_NOOP("ecoclaim::Field", "Instruction number"), true),
         pastDate(u"done_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Done on")),
         longText(u"response"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "How it was carried out"), true, art(39))},
        {pre(u"instruction_open"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "There is no open instruction with this number."), art(39),
             [](const RuleContext &c, Problems &) {
                 const qint64 n = c.input.id(u"instruction"_s);
                 return n >= 1 && n <= c.file.supervisionInstructions.size()
                     && !c.file.supervisionInstructions.at(n - 1).doneOn.isValid()
                     && c.input.date(u"done_on"_s) >= c.file.supervisionInstructions.at(n - 1).issuedOn;
             })}};

    t << CommandSpec{
        u"add_timetable_step"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Add a step to the major case's timetable"), notFinished,
        std::nullopt, art(39),
        {text(u"step"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Step"), true, art(39)),
         anyDate(u"due_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Due on"), true, art(39)),
         longText(u"note"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Note"))},
        {majorRule()}};

    t << CommandSpec{
        u"complete_timetable_step"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Mark a timetable step done"), notFinished,
        std::nullopt, art(39),
        {field(u"step"_s, FieldType::Integer, QT_TRANSLATE_NOOP("ecoclaim::Field", "Step number"), true),
         pastDate(u"done_on"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Done on"))},
        {pre(u"step_open"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "There is no open timetable step with this number."), art(39),
             [](const RuleContext &c, Problems &) {
                 const qint64 n = c.input.id(u"step"_s);
                 return n >= 1 && n <= c.file.timetable.size() && !c.file.timetable.at(n - 1).doneOn.isValid();
             })}};
}

} // namespace ecoclaim::domain::detail
