// The lifecycle table: corrections (issue 16). A mistake is corrected by a command of its own with the
// reason on record — a payment corrected or voided, a liable party corrected or removed while nothing
// depends on it — never by editing a row in place: the audit entry keeps every field old → new (a
// removed row: every field → empty) and the timeline says what was corrected and why. The rules name
// no article for corrections; the file must stay true to what happened (Art. 42: the case file is
// archived as it is).

#include "core/domain/lifecycletable.h"
#include "core/domain/recordcorrection.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ecoclaim::domain::detail {

namespace {
// The payment a correction names: its number in the case file (1 = the first payment recorded).
const Payment *namedPayment(const RuleContext &c)
{
    const qint64 n = c.input.values.value(u"payment"_s).toLongLong();
    return n >= 1 && n <= c.file.payments.size() ? &c.file.payments.at(n - 1) : nullptr;
}

Precondition paymentExists()
{
    return pre(u"payment_exists"_s,
               QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The case has no payment of that number (payments are numbered 1, 2… in the order recorded)."),
               {}, [](const RuleContext &c, Problems &) { return namedPayment(c) != nullptr; });
}

// Anything to change besides the fields that say what is corrected and why.
Precondition somethingToCorrect(const QString &what)
{
    return pre(u"something_to_change"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "Nothing to correct: give at least one field with its right value."), {},
               [what](const RuleContext &c, Problems &) {
                   for (auto it = c.input.values.begin(); it != c.input.values.end(); ++it)
                       if (it.key() != what && it.key() != u"reason" && !it.value().isNull())
                           return true;
                   return false;
               });
}

FieldSpec reasonField()
{
    return longText(u"reason"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Reason for the correction"), true);
}

FieldSpec paymentField()
{
    FieldSpec f = field(u"payment"_s, FieldType::Integer, QT_TRANSLATE_NOOP("ecoclaim::Field", "Payment number (1 = the first recorded)"), true);
    return f;
}

// What a party's record holds, as add_party asks for it.
QList<FieldSpec> partyFields()
{
    return {choice(u"kind"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Kind of party"), partyKinds, false),
            text(u"name"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Name")),
            text(u"credit_code"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Unified social credit code")),
            text(u"id_number"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Resident ID number")),
            text(u"address"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Address")),
            text(u"representative"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Legal representative, or operator of an individual business")),
            text(u"contact"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Contact"))};
}

// What on file names the party: a paper addressed to it, a notice served on it, a round or agreement it
// took part in, a share, a failure, a listing. Empty: nothing depends on it.
QStringList dependantsOf(const CaseFile &f, const Party &p)
{
    QStringList found;
    const QString subject = u"party:%1"_s.arg(p.seq);
    for (const FiledPaper &paper : f.papers)
        if (paper.subject == subject) {
            found << QCoreApplication::translate("ecoclaim::Lifecycle", "papers addressed to the party");
            break;
        }
    for (const ConsultationNotice &n : f.notices)
        if (n.partyId == p.id) {
            found << QCoreApplication::translate("ecoclaim::Lifecycle", "consultation notices served on the party");
            break;
        }
    for (const ConsultationRound &r : f.rounds)
        if (r.partyIds.contains(p.id)) {
            found << QCoreApplication::translate("ecoclaim::Lifecycle", "consultation rounds the party attended");
            break;
        }
    for (const Agreement &a : f.agreements)
        if (a.partyIds.contains(p.id) || a.assumingPartyId == p.id) {
            found << QCoreApplication::translate("ecoclaim::Lifecycle", "agreements the party signed");
            break;
        }
    for (const LiabilityShare &s : f.shares)
        if (s.partyId == p.id) {
            found << QCoreApplication::translate("ecoclaim::Lifecycle", "the party's share of the liability");
            break;
        }
    for (const ConsultationFailure &x : f.consultationFailures)
        if (x.partyId == p.id) {
            found << QCoreApplication::translate("ecoclaim::Lifecycle", "a consultation failure recorded for the party");
            break;
        }
    for (const DishonestListing &d : f.dishonestListings)
        if (d.partyId == p.id) {
            found << QCoreApplication::translate("ecoclaim::Lifecycle", "a dishonest-debtor listing of the party");
            break;
        }
    return found;
}
} // namespace

void addCorrectionCommands(QList<CommandSpec> &t)
{
    QList<FieldSpec> paymentFields{paymentField(), reasonField(),
                                   field(u"paid_on"_s, FieldType::Date, QT_TRANSLATE_NOOP("ecoclaim::Field", "Paid on")),
                                   money(u"amount"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Amount")),
                                   text(u"payer"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Paid by")),
                                   text(u"note"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Note")),
                                   text(u"receipt_no"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Non-tax revenue payment slip or receipt number"), false, art(34, 2)),
                                   text(u"account"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Treasury account paid into"), false, art(34, 2)),
                                   choice(u"category"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "What it pays (empty: apportioned)"), paymentCategories, false, art(5))};
    paymentFields[2].notInFuture = true;
    t << CommandSpec{
        u"correct_payment"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Correct a payment"), editableStages(), std::nullopt, {},
        paymentFields,
        {paymentExists(), somethingToCorrect(u"payment"_s),
         pre(u"positive"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "A payment must be more than zero."), {},
             [](const RuleContext &c, Problems &) { return !c.input.has(u"amount"_s) || c.input.money(u"amount"_s).fen() > 0; }),
         pre(u"not_overpaid"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The payment is more than what remains due."), art(34),
             [](const RuleContext &c, Problems &problems) {
                 const Payment *p = namedPayment(c);
                 if (!p || !c.input.has(u"amount"_s))
                     return true;
                 const qint64 most = c.file.amountDue().fen() - (c.file.amountPaid().fen() - p->amount.fen());
                 if (c.input.money(u"amount"_s).fen() <= most)
                     return true;
                 problems.add(u"amount"_s,
                              QCoreApplication::translate("ecoclaim::Lifecycle", "The payment is more than what remains due: at most %1 yuan may be paid.")
                                  .arg(Money::fromFen(std::max<qint64>(0, most)).toYuanString()),
                              art(34));
                 return false;
             })}};

    t << CommandSpec{
        u"void_payment"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Void a payment recorded by mistake"), editableStages(), std::nullopt, {},
        {paymentField(), reasonField()},
        {paymentExists()}};

    QList<FieldSpec> editFields{party(u"party"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Liable party")), reasonField()};
    editFields << partyFields();
    t << CommandSpec{
        u"correct_party"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Correct a liable party"), editableStages(), std::nullopt, art(15),
        editFields,
        {somethingToCorrect(u"party"_s),
         pre(u"one_identifier"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "A party has either a credit code or an ID number, not both."), {},
             [](const RuleContext &c, Problems &) { return !(c.input.has(u"credit_code"_s) && c.input.has(u"id_number"_s)); })}};

    t << CommandSpec{
        u"remove_party"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Remove a liable party entered by mistake"), editableStages(), std::nullopt, art(15),
        {party(u"party"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Liable party")), reasonField()},
        {pre(u"party_unused"_s,
             QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The party cannot be removed: the case file refers to it. Correct it instead."), art(15),
             [](const RuleContext &c, Problems &problems) {
                 const qint64 id = c.input.id(u"party"_s);
                 for (const Party &p : c.file.parties) {
                     if (p.id != id)
                         continue;
                     const QStringList uses = dependantsOf(c.file, p);
                     if (uses.isEmpty())
                         return true;
                     problems.add({u"party"_s,
                                   QCoreApplication::translate("ecoclaim::Lifecycle", "%1 cannot be removed: the case file holds %2. Correct the party instead.")
                                       .arg(p.name, uses.join(QCoreApplication::translate("ecoclaim::Lifecycle", ", "))),
                                   art(15)});
                     return false; // the precise problem above stands for the precondition's sentence
                 }
                 return true; // an unknown party was refused when the input was read
             })}};

    // A date or field of a step on record (recordcorrection.h): checked as the recording command checks
    // it, then against the record's other dates; the deadlines follow from the corrected dates.
    FieldSpec number = field(u"number"_s, FieldType::Integer, QT_TRANSLATE_NOOP("ecoclaim::Field", "Which of them (1 = the first recorded; empty: the only one)"));
    t << CommandSpec{
        u"correct_record"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Correct a date or field of a recorded step"), editableStages(), std::nullopt, {},
        {choice(u"record"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Record to correct"), correctableRecords),
         number,
         choice(u"field"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Field to correct"), correctableFields),
         longText(u"value"_s, QT_TRANSLATE_NOOP("ecoclaim::Field", "Right value (a date as YYYY-MM-DD)"), true),
         reasonField()},
        {pre(u"record_correctable"_s, QT_TRANSLATE_NOOP("ecoclaim::Lifecycle", "The record, its field or the new value cannot be taken."), {},
             [](const RuleContext &c, Problems &problems) {
                 auto resolved = resolveRecordCorrection(c.file, c.input);
                 if (resolved)
                     return true;
                 problems.append(resolved.problems()); // each says what is wrong with which field
                 return false;
             })}};

    // The last step undone from its own audit entry (core/service/handlers_takeback.cpp says which steps
    // cannot be: the bureau's decisions, papers and files, corrections, registration, archiving).
    t << CommandSpec{
        u"take_back_step"_s, QT_TRANSLATE_NOOP("ecoclaim::Command", "Take back the last step (recorded by mistake)"), editableStages(),
        std::nullopt, {}, {reasonField()}, {}};
}

} // namespace ecoclaim::domain::detail