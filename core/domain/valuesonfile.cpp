#include "core/domain/valuesonfile.h"

using namespace Qt::StringLiterals;

namespace ecoclaim::domain {

namespace {
// Only values that are there: an empty text or an invalid date is a field to be typed.
void put(QJsonObject &o, const QString &key, const QString &text)
{
    if (!text.isEmpty())
        o.insert(key, text);
}
void put(QJsonObject &o, const QString &key, QDate date)
{
    if (date.isValid())
        o.insert(key, date.toString(Qt::ISODate));
}
} // namespace

QJsonObject valuesOnFile(const QString &command, const CaseFile &file, const QJsonObject &chosen)
{
    QJsonObject o;
    if (command == u"update_case") {
        put(o, u"title"_s, file.title);
        put(o, u"received_on"_s, file.receivedOn);
        put(o, u"discovered_on"_s, file.discoveredOn);
        put(o, u"district"_s, file.districtCode);
        put(o, u"unit"_s, file.unit);
        put(o, u"site"_s, file.site);
        put(o, u"description"_s, file.description);
        put(o, u"reporter"_s, file.reporter);
        o.insert(u"major"_s, file.major);
        put(o, u"major_reason"_s, file.majorReason);
        put(o, u"lead_unit_note"_s, file.leadUnitNote);
        put(o, u"city_ground"_s, file.cityGround);
    } else if (command == u"correct_payment" && chosen.contains(u"payment"_s)) {
        const qint64 n = chosen.value(u"payment"_s).toInteger();
        if (n < 1 || n > file.payments.size())
            return o;
        const Payment &p = file.payments.at(n - 1);
        put(o, u"paid_on"_s, p.paidOn);
        o.insert(u"amount"_s, p.amount.toYuanString());
        put(o, u"payer"_s, p.payer);
        put(o, u"note"_s, p.note);
        put(o, u"receipt_no"_s, p.receiptNo);
        put(o, u"account"_s, p.account);
        put(o, u"category"_s, p.category);
    } else if (command == u"correct_party" && chosen.contains(u"party"_s)) {
        const qint64 seq = chosen.value(u"party"_s).toInteger();
        for (const Party &p : file.parties) {
            if (p.seq != seq)
                continue;
            put(o, u"kind"_s, p.kind);
            put(o, u"name"_s, p.name);
            put(o, u"credit_code"_s, p.creditCode);
            put(o, u"id_number"_s, p.idNumber);
            put(o, u"address"_s, p.address);
            put(o, u"representative"_s, p.representative);
            put(o, u"contact"_s, p.contact);
        }
    }
    return o;
}

} // namespace ecoclaim::domain
