// The records a caseworker may correct, and the checks of a correction (recordcorrection.h).

#include "core/domain/recordcorrection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>

using namespace Qt::StringLiterals;

namespace ecoclaim::domain {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Lifecycle)
};

using Dates = QHash<QString, QDate>;

// One kind of record: where it is stored, the commands that recorded its correctable fields, how many
// the case holds, and its dates (for the order they must keep).
struct RecordKind
{
    QString key;
    const char *label; // ecoclaim::Catalogue
    QString chinese;
    QString table;
    bool oncePerCase;
    QList<std::pair<QString, QStringList>> sources; // recording command → its fields that may be corrected
    QHash<QString, QString> columns;                // field → column, where the column is named otherwise
    std::function<int(const CaseFile &)> count;
    std::function<qint64(const CaseFile &, int)> rowId; // the row's id (the case's id for a record held once)
    std::function<Dates(const CaseFile &, int)> dates;
    QList<std::pair<QString, QString>> order; // (earlier, later): both set → earlier ≤ later
};

template <typename T>
int once(const std::optional<T> &record)
{
    return record ? 1 : 0;
}

const QList<RecordKind> &kinds()
{
    static const QList<RecordKind> list{
        {u"verification"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Preliminary verification"), u"初步核查"_s, u"verifications"_s, true,
         {{u"start_verification"_s, {u"started_on"_s, u"verified_by"_s}}, {u"record_verification"_s, {u"concluded_on"_s, u"finding"_s}}},
         {},
         [](const CaseFile &f) { return once(f.verification); },
         [](const CaseFile &f, int) { return f.id; },
         [](const CaseFile &f, int) { return Dates{{u"started_on"_s, f.verification->startedOn}, {u"concluded_on"_s, f.verification->concludedOn}}; },
         {{u"started_on"_s, u"concluded_on"_s}}},
        {u"investigation"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Damage investigation"), u"损害调查"_s, u"investigations"_s, true,
         {{u"file_case"_s, {u"filed_on"_s}}, {u"conclude_investigation"_s, {u"concluded_on"_s, u"scope"_s, u"degree"_s, u"causation"_s}}},
         {},
         [](const CaseFile &f) { return once(f.investigation); },
         [](const CaseFile &f, int) { return f.id; },
         [](const CaseFile &f, int) { return Dates{{u"filed_on"_s, f.investigation->filedOn}, {u"concluded_on"_s, f.investigation->concludedOn}}; },
         {{u"filed_on"_s, u"concluded_on"_s}}},
        {u"appraisal"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Appraisal"), u"鉴定评估"_s, u"appraisals"_s, false,
         {{u"commission_appraisal"_s, {u"institution"_s, u"commissioned_on"_s, u"due_on"_s, u"items"_s}},
          {u"record_appraisal_result"_s,
           {u"completed_on"_s, u"damage_determination"_s, u"loss_scope"_s, u"causation"_s, u"quantification"_s, u"restoration_outline"_s}}},
         {},
         [](const CaseFile &f) { return int(f.appraisals.size()); },
         [](const CaseFile &f, int i) { return f.appraisals.at(i).id; },
         [](const CaseFile &f, int i) {
             const Appraisal &a = f.appraisals.at(i);
             return Dates{{u"commissioned_on"_s, a.commissionedOn}, {u"due_on"_s, a.dueOn}, {u"completed_on"_s, a.completedOn}};
         },
         {{u"commissioned_on"_s, u"due_on"_s}, {u"commissioned_on"_s, u"completed_on"_s}}},
        {u"consultation_round"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Consultation round"), u"磋商"_s, u"consultation_rounds"_s, false,
         {{u"hold_consultation_round"_s, {u"held_on"_s, u"mode"_s, u"host"_s, u"participants"_s, u"summary"_s, u"refusal_note"_s}}},
         {},
         [](const CaseFile &f) { return int(f.rounds.size()); },
         [](const CaseFile &f, int i) { return f.rounds.at(i).id; },
         [](const CaseFile &f, int i) { return Dates{{u"held_on"_s, f.rounds.at(i).heldOn}}; },
         {}},
        {u"agreement"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Compensation agreement"), u"赔偿协议"_s, u"agreements"_s, false,
         {{u"sign_agreement"_s, {u"signed_on"_s, u"restoration_terms"_s, u"performance_due_on"_s}}},
         {},
         [](const CaseFile &f) { return int(f.agreements.size()); },
         [](const CaseFile &f, int i) { return f.agreements.at(i).id; },
         [](const CaseFile &f, int i) {
             return Dates{{u"signed_on"_s, f.agreements.at(i).signedOn}, {u"performance_due_on"_s, f.agreements.at(i).performanceDueOn}};
         },
         {{u"signed_on"_s, u"performance_due_on"_s}}},
        {u"confirmation"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Judicial confirmation"), u"司法确认"_s, u"confirmations"_s, false,
         {{u"apply_judicial_confirmation"_s, {u"applied_on"_s, u"court"_s, u"accepted_on"_s}},
          {u"record_confirmation_ruling"_s, {u"ruled_on"_s, u"ruling_no"_s}}},
         {},
         [](const CaseFile &f) { return int(f.confirmations.size()); },
         [](const CaseFile &f, int i) { return f.confirmations.at(i).id; },
         [](const CaseFile &f, int i) {
             const Confirmation &c = f.confirmations.at(i);
             return Dates{{u"applied_on"_s, c.appliedOn}, {u"accepted_on"_s, c.acceptedOn}, {u"ruled_on"_s, c.ruledOn}};
         },
         {{u"applied_on"_s, u"accepted_on"_s}, {u"applied_on"_s, u"ruled_on"_s}, {u"accepted_on"_s, u"ruled_on"_s}}},
        {u"litigation"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Litigation"), u"诉讼"_s, u"litigations"_s, false,
         {{u"file_litigation"_s, {u"filed_on"_s, u"court"_s, u"trigger_note"_s}},
          {u"record_judgment"_s, {u"judged_on"_s, u"judgment_no"_s, u"summary"_s, u"effective_on"_s}}},
         {{u"summary"_s, u"judgment_summary"_s}},
         [](const CaseFile &f) { return int(f.litigations.size()); },
         [](const CaseFile &f, int i) { return f.litigations.at(i).id; },
         [](const CaseFile &f, int i) {
             const Litigation &l = f.litigations.at(i);
             return Dates{{u"filed_on"_s, l.filedOn}, {u"judged_on"_s, l.judgedOn}, {u"effective_on"_s, l.effectiveOn}};
         },
         {{u"filed_on"_s, u"judged_on"_s}, {u"judged_on"_s, u"effective_on"_s}, {u"filed_on"_s, u"effective_on"_s}}},
        {u"restoration"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Restoration"), u"生态修复"_s, u"restorations"_s, true,
         {{u"start_restoration"_s, {u"started_on"_s, u"executor_name"_s}},
          {u"complete_restoration"_s, {u"completed_on"_s, u"completion_report"_s}}},
         {},
         [](const CaseFile &f) { return once(f.restoration); },
         [](const CaseFile &f, int) { return f.id; },
         [](const CaseFile &f, int) { return Dates{{u"started_on"_s, f.restoration->startedOn}, {u"completed_on"_s, f.restoration->completedOn}}; },
         {{u"started_on"_s, u"completed_on"_s}}},
        {u"milestone"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Restoration milestone"), u"修复节点"_s, u"milestones"_s, false,
         {{u"add_milestone"_s, {u"due_on"_s, u"description"_s}}, {u"complete_milestone"_s, {u"done_on"_s}}},
         {},
         [](const CaseFile &f) { return int(f.milestones.size()); },
         [](const CaseFile &f, int i) { return f.milestones.at(i).id; },
         [](const CaseFile &f, int i) { return Dates{{u"due_on"_s, f.milestones.at(i).dueOn}, {u"done_on"_s, f.milestones.at(i).doneOn}}; },
         {}},
        {u"evaluation"_s, QT_TRANSLATE_NOOP("ecoclaim::Catalogue", "Restoration-effect evaluation"), u"修复效果评估"_s, u"evaluations"_s, false,
         {{u"record_effect_evaluation"_s,
           {u"evaluated_on"_s, u"evaluator"_s, u"targets"_s, u"execution"_s, u"achievement"_s, u"effect"_s}}},
         {},
         [](const CaseFile &f) { return int(f.evaluations.size()); },
         [](const CaseFile &f, int i) { return f.evaluations.at(i).id; },
         [](const CaseFile &f, int i) { return Dates{{u"evaluated_on"_s, f.evaluations.at(i).evaluatedOn}}; },
         {}},
    };
    return list;
}

const RecordKind *kindNamed(const QString &key)
{
    for (const RecordKind &k : kinds())
        if (k.key == key)
            return &k;
    return nullptr;
}

// The recording command's own description of the field (type, choices, length, not in the future).
const FieldSpec *recordedAs(const RecordKind &kind, const QString &field)
{
    for (const auto &[command, fields] : kind.sources)
        if (fields.contains(field))
            if (const CommandSpec *spec = findCommand(command))
                return spec->field(field);
    return nullptr;
}

QStringList fieldsOf(const RecordKind &kind)
{
    QStringList all;
    for (const auto &source : kind.sources)
        all << source.second;
    return all;
}

// The value as typed (the window's text box, or the JSON string) in the JSON the recording command
// reads, so the same reader checks it.
std::optional<QJsonValue> asRecorded(const FieldSpec &spec, const QString &text)
{
    switch (spec.type) {
    case FieldType::Bool: {
        const QString t = text.trimmed().toLower();
        if (t == u"true" || t == u"1" || t == u"yes" || t == u"是")
            return QJsonValue(true);
        if (t == u"false" || t == u"0" || t == u"no" || t == u"否")
            return QJsonValue(false);
        return std::nullopt;
    }
    case FieldType::Integer: {
        bool ok = false;
        const qint64 n = text.trimmed().toLongLong(&ok);
        return ok ? std::optional<QJsonValue>(QJsonValue(n)) : std::nullopt;
    }
    case FieldType::TextList:
        return QJsonValue(QJsonArray::fromStringList(text.split(u'\n', Qt::SkipEmptyParts)));
    default:
        return QJsonValue(text);
    }
}
} // namespace

const QList<Choice> &correctableRecords()
{
    static const QList<Choice> list = [] {
        QList<Choice> l;
        for (const RecordKind &k : kinds())
            l << Choice{k.key, k.label, k.chinese, {}};
        return l;
    }();
    return list;
}

const QList<Choice> &correctableFields()
{
    static const QList<Choice> list = [] {
        QList<Choice> l;
        QSet<QString> seen;
        for (const RecordKind &k : kinds())
            for (const QString &field : fieldsOf(k))
                if (!seen.contains(field)) {
                    seen.insert(field);
                    const FieldSpec *spec = recordedAs(k, field);
                    Q_ASSERT_X(spec, "correctableFields", qPrintable(field)); // the table names a field no command has
                    Choice c{field, spec ? spec->label : nullptr, {}, {}};
                    c.context = "ecoclaim::Field";
                    l << c;
                }
        return l;
    }();
    return list;
}

Result<RecordCorrection> resolveRecordCorrection(const CaseFile &file, const CommandInput &input)
{
    Problems problems;
    const RecordKind *kind = kindNamed(input.text(u"record"_s));
    if (!kind)
        return Problem{u"record"_s, Tr::tr("Say which record to correct."), {}}; // the choice was checked on input
    const QString recordLabel = QCoreApplication::translate("ecoclaim::Catalogue", kind->label);
    const int count = kind->count(file);
    const qint64 number = input.has(u"number"_s) ? input.values.value(u"number"_s).toLongLong() : 1;
    if (count == 0)
        return Problem{u"record"_s, Tr::tr("The case has no %1 on record to correct.").arg(recordLabel), {}};
    if (number < 1 || number > count)
        return Problem{u"number"_s,
                       kind->oncePerCase ? Tr::tr("A case has one %1: leave the number empty or give 1.").arg(recordLabel)
                                         : Tr::tr("The case has %n record(s) of this kind (%1); give a number from 1 to %n.", nullptr, count)
                                               .arg(recordLabel),
                       {}};
    const int index = int(number) - 1;

    const QString field = input.text(u"field"_s);
    const QStringList fields = fieldsOf(*kind);
    if (!fields.contains(field)) {
        QStringList labels;
        for (const QString &f : fields)
            if (const FieldSpec *spec = recordedAs(*kind, f))
                labels << spec->labelText();
        return Problem{u"field"_s,
                       Tr::tr("%1 has no field \"%2\" that can be corrected; it can be: %3.")
                           .arg(recordLabel, field, labels.join(Tr::tr(", "))),
                       {}};
    }
    const FieldSpec *recorded = recordedAs(*kind, field);
    Q_ASSERT(recorded);

    // The value, read by the recording command's own rules: a date as a date (and not in the future
    // when the step has happened), a choice among its choices, text within its length.
    FieldSpec one = *recorded;
    one.required = true;
    const auto json = asRecorded(one, input.text(u"value"_s));
    if (!json)
        return Problem{u"value"_s, Tr::tr("%1 must be yes or no (or a whole number, as the field asks).").arg(one.labelText()), {}};
    CommandSpec reader;
    reader.name = u"correct_record"_s;
    reader.fields = {one};
    auto parsed = parseCommandInput(reader, QJsonObject{{field, *json}}, &file, input.today);
    if (!parsed) {
        for (const Problem &p : parsed.problems().list())
            problems.add(u"value"_s, p.message, p.article);
        return problems;
    }
    const QVariant value = parsed->values.value(field);

    // The record's dates in their order, with the corrected one in place; none before the clue came.
    if (value.typeId() == QMetaType::QDate) {
        Dates dates = kind->dates(file, index);
        dates.insert(field, value.toDate());
        for (const auto &[earlier, later] : kind->order) {
            const QDate a = dates.value(earlier), b = dates.value(later);
            if (a.isValid() && b.isValid() && a > b && (earlier == field || later == field))
                problems.add(u"value"_s,
                             Tr::tr("%1 (%2) would be after %3 (%4) of the same record.")
                                 .arg(recordedAs(*kind, earlier) ? recordedAs(*kind, earlier)->labelText() : earlier,
                                      a.toString(Qt::ISODate),
                                      recordedAs(*kind, later) ? recordedAs(*kind, later)->labelText() : later,
                                      b.toString(Qt::ISODate)),
                             {});
        }
        if (file.receivedOn.isValid() && value.toDate() < file.receivedOn)
            problems.add(u"value"_s,
                         Tr::tr("%1 cannot be before the clue was received (%2).")
                             .arg(one.labelText(), file.receivedOn.toString(Qt::ISODate)),
                         {});
    }
    if (!problems.isEmpty())
        return problems;

    RecordCorrection c;
    c.table = kind->table;
    c.keyColumn = kind->oncePerCase ? u"case_id"_s : u"id"_s;
    c.key = kind->rowId(file, index);
    c.column = kind->columns.value(field, recorded->type == FieldType::Money ? field + u"_fen"_s : field);
    c.value = recorded->type == FieldType::TextList ? QVariant(value.toStringList().join(u'\n')) : value;
    c.recordText = kind->oncePerCase ? recordLabel : Tr::tr("%1 %2").arg(recordLabel).arg(number);
    return c;
}

} // namespace ecoclaim::domain
