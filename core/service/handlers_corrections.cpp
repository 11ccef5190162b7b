// Handlers of the corrections (issue 16, core/domain/lifecycle_corrections.cpp): a payment corrected or
// voided, a liable party corrected or removed. Each writes the rows and a timeline line that says what
// was corrected, old → new in the caseworker's words, and why; the audit entry keeps every field.

#include "core/service/handlers.h"

#include "core/domain/auditwording.h"
#include "core/domain/recordcorrection.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonValue>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::service {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Timeline)
};

// "金额：50,000.00 元 → 45,000.00 元；缴款人：…" — the fields a correction changed, in words.
QString changedInWords(const QList<storage::Change> &changes, const CaseFile &file)
{
    // A date is stored ISO inside the summary (the record does not change with the desk's date form; the
    // window shows it the reader's way: core/i18n/storedtext.h).
    const auto valueText = [&](const storage::Change &ch, const QVariant &v) {
        if (v.typeId() == QMetaType::QDate)
            return v.toDate().toString(Qt::ISODate);
        if (v.typeId() == QMetaType::QString && QDate::fromString(v.toString(), Qt::ISODate).isValid())
            return v.toString();
        return auditValueText(ch.entity, ch.field, QJsonValue::fromVariant(v), &file, 40);
    };
    QStringList parts;
    for (const storage::Change &ch : changes)
        parts << Tr::tr("%1: %2 → %3").arg(auditColumnLabel(ch.entity, ch.field), valueText(ch, ch.before), valueText(ch, ch.after));
    return parts.isEmpty() ? Tr::tr("no field differed") : parts.join(Tr::tr("; "));
}

const Payment &namedPayment(const HandlerContext &c)
{
    return c.file.payments.at(c.input.values.value(u"payment"_s).toLongLong() - 1); // checked by payment_exists
}

const Party *namedParty(const HandlerContext &c)
{
    for (const Party &p : c.file.parties)
        if (p.id == c.input.id(u"party"_s))
            return &p;
    return nullptr;
}

Status correctPayment(HandlerContext &c)
{
    const Payment &p = namedPayment(c);
    const QVariantMap row = columnsFrom(c.input, {{"paid_on", "paid_on"}, {"amount", "amount_fen"}, {"payer", "payer"}, {"note", "note"},
                                                  {"receipt_no", "receipt_no"}, {"account", "account"}, {"category", "category"}});
    if (Status s = c.repository.update(u"payments"_s, u"id"_s, p.id, row, &c.changes); !s)
        return s;
    c.summary = Tr::tr("Correction of payment %1: %2. Reason: %3")
                    .arg(c.input.values.value(u"payment"_s).toLongLong())
                    .arg(changedInWords(c.changes, c.file), c.input.text(u"reason"_s));
    return success();
}

Status voidPayment(HandlerContext &c)
{
    const Payment &p = namedPayment(c);
    if (Status s = c.repository.remove(u"payments"_s, u"id"_s, p.id, &c.changes); !s)
        return s;
    c.summary = Tr::tr("Payment %1 voided (paid on %2, %3 yuan → none). Reason: %4")
                    .arg(c.input.values.value(u"payment"_s).toLongLong())
                    .arg(p.paidOn.toString(Qt::ISODate), p.amount.toYuanString(), c.input.text(u"reason"_s));
    return success();
}

Status correctParty(HandlerContext &c)
{
    const Party *p = namedParty(c);
    if (!p)
        return Problem{u"party"_s, Tr::tr("The party is not on the case."), {}};
    const QVariantMap row = columnsFrom(c.input, {{"kind", "kind"}, {"name", "name"}, {"credit_code", "credit_code"},
                                                  {"id_number", "id_number"}, {"address", "address"},
                                                  {"representative", "representative"}, {"contact", "contact"}});
    if (Status s = c.repository.update(u"parties"_s, u"id"_s, p->id, row, &c.changes); !s)
        return s;
    c.summary = Tr::tr("Correction of liable party %1 (%2): %3. Reason: %4")
                    .arg(p->seq)
                    .arg(p->name, changedInWords(c.changes, c.file), c.input.text(u"reason"_s));
    c.searchTextChanged = true;
    return success();
}

Status removeParty(HandlerContext &c)
{
    const Party *p = namedParty(c);
    if (!p)
        return Problem{u"party"_s, Tr::tr("The party is not on the case."), {}};
    if (Status s = c.repository.remove(u"parties"_s, u"id"_s, p->id, &c.changes); !s)
        return s;
    c.summary = Tr::tr("Liable party %1 (%2) removed: entered by mistake. Reason: %3").arg(p->seq).arg(p->name, c.input.text(u"reason"_s));
    c.searchTextChanged = true;
    return success();
}
// One field of a recorded step (recordcorrection.h), checked again here on the file the transaction
// holds; a value equal to the one on record is refused, so every correction changes something.
Status correctRecord(HandlerContext &c)
{
    auto r = resolveRecordCorrection(c.file, c.input);
    if (!r)
        return r.problems();
    if (Status s = c.repository.update(r->table, r->keyColumn, r->key, {{r->column, r->value}}, &c.changes); !s)
        return s;
    if (c.changes.isEmpty())
        return Problem{u"value"_s, Tr::tr("Nothing to correct: %1 already holds that value.").arg(r->recordText), {}};
    c.summary = Tr::tr("Correction of %1: %2. Reason: %3").arg(r->recordText, changedInWords(c.changes, c.file), c.input.text(u"reason"_s));
    return success();
}
} // namespace

void registerCorrectionHandlers(QHash<QString, Handler> &map)
{
    map.insert(u"correct_payment"_s, correctPayment);
    map.insert(u"void_payment"_s, voidPayment);
    map.insert(u"correct_party"_s, correctParty);
    map.insert(u"remove_party"_s, removeParty);
    map.insert(u"correct_record"_s, correctRecord);
}

} // namespace ecoclaim::service
