#pragma once
// How a paper speaks to and about each liable party (赔偿义务人), by the kind of party: a natural person
// by name (姓名, 住址, never 名称 or 法定代表人), a company with its legal representative (法定代表人), an
// unincorporated organisation with the person in charge (负责人), an individual business (个体工商户) with
// its operator (经营者, 经营场所); a party in custody is reached through the defence agent or close
// relative recorded (细则第十九条第二款). Several parties: the liability is joint (民法典第一千一百六十八条)
// unless one party assumes the whole of it (细则第二十三条第二款); a share recorded for a party is stated.
//
// Every value is final text for the templates (docs/papers.md lists the keys).

#include "core/domain/casefile.h"

#include <QVariantMap>

namespace ecoclaim::documents {

// The party as the templates read it: {n, name, kind, is_person, name_label, id_label, id_value,
// representative_label, representative, address_label, address, identity (one line: 名称：…；统一社会信用代码：…),
// you (你 / 贵单位), attend (who comes to the meeting), signer (the signature line's label), in_custody,
// custody_contact, share}.
QVariantMap partyValues(const domain::Party &party, const domain::CaseFile &file);

// The parties a paper is concluded with: every liable party, or only the one who assumes the whole
// liability (Art. 23 ¶2) once the agreement records one.
QList<const domain::Party *> contractingParties(const domain::CaseFile &file);

// "各赔偿义务人对…承担连带责任" and the shares, or the assumption of Art. 23 ¶2: one sentence, the same in the
// notice and the agreement. Empty for a single party.
QString liabilitySentence(const domain::CaseFile &file);

} // namespace ecoclaim::documents
