#include "core/documents/paperparties.h"

#include "core/domain/catalogue.h"

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::documents {

namespace {
enum class Kind { Person, Company, Unincorporated, IndividualBusiness };

Kind kindOf(const Party &p)
{
    if (p.kind == u"person")
        return Kind::Person;
    if (p.kind == u"individual_business")
        return Kind::IndividualBusiness;
    if (p.kind == u"unincorporated")
        return Kind::Unincorporated;
    return Kind::Company;
}

QString shareText(const LiabilityShare *share)
{
    if (!share)
        return {};
    QStringList parts;
    if (share->percent > 0)
        parts << u"%1%"_s.arg(share->percent);
    if (!share->amount.isZero())
        parts << u"人民币%1元（大写：%2）"_s.arg(share->amount.toYuanString(), share->amount.toChineseUppercase());
    if (parts.isEmpty())
        return {};
    const QString basis = share->basis == u"agreement" ? u"按协议约定"_s : u"按鉴定评估意见"_s;
    return basis + u"承担"_s + parts.join(u"，计"_s);
}
} // namespace

QVariantMap partyValues(const Party &p, const CaseFile &file)
{
    const Kind kind = kindOf(p);
    const bool person = kind == Kind::Person;
    const Choice *kindChoice = findChoice(partyKinds(), p.kind);
    QString nameLabel = person ? u"姓名"_s : u"名称"_s;
    QString idLabel = person ? u"公民身份号码"_s : u"统一社会信用代码"_s;
    const QString idValue = person ? p.idNumber : p.creditCode;
    QString representativeLabel, addressLabel, you, attend, signer;
    switch (kind) {
    case Kind::Person:
        // A person is addressed by name; someone acting for them is a 委托代理人, never a 法定代表人.
        representativeLabel = u"委托代理人"_s;
        addressLabel = u"住址"_s;
        you = u"你"_s;
        attend = u"你本人或者你的委托代理人"_s;
        signer = u"赔偿义务人（签字、捺印）"_s;
        break;
    case Kind::IndividualBusiness:
        representativeLabel = u"经营者"_s;
        addressLabel = u"经营场所"_s;
        you = u"你户"_s;
        attend = u"经营者本人或者其授权委托人"_s;
        signer = u"经营者（签字）"_s;
        break;
    case Kind::Unincorporated:
        representativeLabel = u"负责人"_s;
        addressLabel = u"住所"_s;
        you = u"贵单位"_s;
        attend = u"贵单位负责人或者授权委托人"_s;
        signer = u"负责人（签字）"_s;
        break;
    case Kind::Company:
        representativeLabel = u"法定代表人"_s;
        addressLabel = u"住所"_s;
        you = u"贵单位"_s;
        attend = u"贵单位法定代表人或者授权委托人"_s;
        signer = u"法定代表人（签字）"_s;
        break;
    }
    QStringList identity{nameLabel + u"："_s + p.name};
    if (!idValue.isEmpty())
        identity << idLabel + u"："_s + idValue;
    if (!p.representative.isEmpty())
        identity << representativeLabel + u"："_s + p.representative;
    if (!p.address.isEmpty())
        identity << addressLabel + u"："_s + p.address;
    const QString share = file.parties.size() > 1 ? shareText(file.shareOf(p.id)) : QString();
    return {{u"n"_s, p.seq},
            {u"name"_s, p.name},
            {u"kind"_s, kindChoice ? kindChoice->chinese : p.kind},
            {u"is_person"_s, person},
            {u"is_business"_s, kind == Kind::IndividualBusiness},
            {u"is_organisation"_s, kind == Kind::Company || kind == Kind::Unincorporated},
            {u"name_label"_s, nameLabel},
            {u"id_label"_s, idLabel},
            {u"id_value"_s, idValue},
            {u"has_id"_s, !idValue.isEmpty()},
            {u"representative"_s, p.representative},
            {u"has_representative"_s, !p.representative.isEmpty()},
            {u"representative_label"_s, representativeLabel},
            {u"address_label"_s, addressLabel},
            {u"address"_s, p.address},
            {u"identity"_s, identity.join(u'；')},
            {u"you"_s, you},
            {u"attend"_s, attend},
            {u"signer"_s, signer},
            {u"seal"_s, !person},
            {u"contact"_s, p.contact},
            {u"in_custody"_s, p.inCustody},
            {u"custody_contact"_s, p.custodyContact},
            {u"share"_s, share}};
}

QList<const Party *> contractingParties(const CaseFile &file)
{
    QList<const Party *> list;
    const qint64 assuming = file.agreement ? file.agreement->assumingPartyId : 0;
    for (const Party &p : file.parties)
        if (assuming == 0 || p.id == assuming)
            list << &p;
    return list;
}

QString liabilitySentence(const CaseFile &file)
{
    if (file.parties.size() < 2)
        return {};
    QStringList names;
    for (const Party &p : file.parties)
        names << p.name;
    const qint64 assuming = file.agreement ? file.agreement->assumingPartyId : 0;
    if (const Party *a = assuming ? file.findParty(assuming) : nullptr) {
        // 细则第二十三条第二款: one party takes on the whole liability and may seek recourse from the others.
        QStringList others;
        for (const Party &p : file.parties)
            if (p.id != assuming)
                others << p.name;
        return u"本案赔偿义务人为%1，共%2人。经协商，由%3承担全部赔偿责任，其承担赔偿责任后，可以依法向%4追偿"
               "（《上海市生态环境损害赔偿工作实施细则》第二十三条第二款）。"_s
            .arg(names.join(u'、')).arg(file.parties.size()).arg(a->name, others.join(u'、'));
    }
    QString text = u"本案赔偿义务人为%1，共%2人，依法对生态环境损害承担连带赔偿责任（《中华人民共和国民法典》第一千一百六十八条）。"_s
                       .arg(names.join(u'、'))
                       .arg(file.parties.size());
    QStringList shares;
    for (const Party &p : file.parties) {
        const QString s = shareText(file.shareOf(p.id));
        if (!s.isEmpty())
            shares << p.name + s;
    }
    if (!shares.isEmpty())
        text += u"各赔偿义务人内部责任份额：%1；份额不影响对外承担连带责任。"_s.arg(shares.join(u'；'));
    return text;
}

} // namespace ecoclaim::documents
