// Sections from the clue to the appraisal: parties, clue and verification, investigation, appraisal.
#include "ui/casefile/sectiontext.h"

#include "core/domain/catalogue.h"
#include "core/domain/lifecycle.h"
#include "ui/format.h"

using namespace Qt::StringLiterals;

namespace ecoclaim::ui::sections {

Rows &Rows::add(const QString &label, const QString &value)
{
    if (!value.trimmed().isEmpty())
        m_html += u"<tr><td style=\"color:#555; padding-right:12px; white-space:nowrap\">%1</td><td>%2</td></tr>"_s.arg(
            label.toHtmlEscaped(), value.toHtmlEscaped().replace(u'\n', u"<br>"_s));
    return *this;
}

Rows &Rows::heading(const QString &text)
{
    m_html += u"<tr><td colspan=\"2\" style=\"padding-top:6px\"><b>%1</b></td></tr>"_s.arg(text.toHtmlEscaped());
    return *this;
}

QString Rows::html() const
{
    if (m_html.isEmpty())
        return u"<i style=\"color:#777\">%1</i>"_s.arg(Tr::tr("Nothing on file yet.").toHtmlEscaped());
    return u"<table cellspacing=\"0\" cellpadding=\"2\">%1</table>"_s.arg(m_html);
}

QString choiceName(const QString &command, const QString &field, const QString &key)
{
    if (key.isEmpty())
        return {};
    const domain::CommandSpec *spec = domain::findCommand(command);
    const domain::FieldSpec *f = spec ? spec->field(field) : nullptr;
    if (f && f->choices)
        if (const domain::Choice *c = domain::findChoice(f->choices(), key))
            return c->displayName();
    return key;
}

QString yesNo(std::optional<bool> value)
{
    if (!value)
        return {};
    return *value ? Tr::tr("yes") : Tr::tr("no");
}

namespace {
QString decisionName(const QString &kind)
{
    if (kind == u"transfer") return Tr::tr("transferred");
    if (kind == u"not_applicable") return Tr::tr("rules not applicable");
    if (kind == u"no_damage") return Tr::tr("no damage");
    if (kind == u"not_initiated") return Tr::tr("claim not started");
    if (kind == u"termination") return Tr::tr("claim terminated");
    if (kind == u"closing") return Tr::tr("case closed");
    if (kind == u"archiving") return Tr::tr("archived");
    return kind;
}
} // namespace

QString parties(const domain::CaseFile &f)
{
    Rows rows;
    for (const domain::Party &p : f.parties) {
        rows.heading(u"%1. %2"_s.arg(p.seq).arg(p.name));
        rows.add(Tr::tr("Kind"), choiceName(u"add_party"_s, u"kind"_s, p.kind))
            .add(Tr::tr("Unified social credit code"), p.creditCode)
            .add(Tr::tr("Resident ID number"), p.idNumber)
            .add(Tr::tr("Address"), p.address)
            .add(Tr::tr("Legal representative"), p.representative)
            .add(Tr::tr("Contact"), p.contact)
            .add(Tr::tr("In custody"), p.inCustody ? Tr::tr("yes — %1").arg(p.custodyContact) : QString())
            .add(Tr::tr("Pollution liability insurance"), p.insurance);
    }
    return rows.html();
}

QString clueAndVerification(const domain::CaseFile &f)
{
    Rows rows;
    rows.add(Tr::tr("Clue channel"), choiceName(u"register_clue"_s, u"channel"_s, f.channel))
        .add(Tr::tr("Received on"), formatDate(f.receivedOn))
        .add(Tr::tr("Discovered on"), formatDate(f.discoveredOn))
        .add(Tr::tr("Site"), f.site)
        .add(Tr::tr("Description"), f.description)
        .add(Tr::tr("Reported by"), f.reporter)
        .add(Tr::tr("Major case"), f.major ? Tr::tr("yes — %1").arg(f.majorReason) : QString());
    if (f.verification) {
        const domain::Verification &v = *f.verification;
        rows.heading(Tr::tr("Preliminary verification"))
            .add(Tr::tr("Started on"), formatDate(v.startedOn))
            .add(Tr::tr("Verified by"), v.verifiedBy)
            .add(Tr::tr("Concluded on"), formatDate(v.concludedOn))
            .add(Tr::tr("Damage found"), yesNo(v.damageFound))
            .add(Tr::tr("Finding"), v.finding);
    }
    for (const domain::Decision &d : f.decisions) {
        static const QHash<QString, QPair<QString, QString>> reasonField{
            {u"not_applicable"_s, {u"declare_not_applicable"_s, u"exclusion"_s}},
            {u"not_initiated"_s, {u"decide_not_to_initiate"_s, u"reason"_s}},
            {u"termination"_s, {u"terminate_claim"_s, u"reason"_s}}};
        const auto where = reasonField.value(d.kind);
        rows.heading(Tr::tr("Decision: %1 (%2)").arg(decisionName(d.kind), formatDate(d.decidedOn)))
            .add(Tr::tr("Reason"), where.first.isEmpty() ? d.reason : choiceName(where.first, where.second, d.reason))
            .add(Tr::tr("Explanation"), d.reasonText)
            .add(Tr::tr("Transferred to"), d.receiver);
    }
    return rows.html();
}

QString investigation(const domain::CaseFile &f)
{
    Rows rows;
    if (f.investigation) {
        const domain::Investigation &i = *f.investigation;
        rows.add(Tr::tr("Filed on"), formatDate(i.filedOn))
            .add(Tr::tr("Concluded on"), formatDate(i.concludedOn))
            .add(Tr::tr("Damage exists"), yesNo(i.damageExists))
            .add(Tr::tr("Liable party identified"), yesNo(i.obligorIdentified))
            .add(Tr::tr("Scope"), i.scope)
            .add(Tr::tr("Degree"), i.degree)
            .add(Tr::tr("Causation"), i.causation)
            .add(Tr::tr("Proposal"), choiceName(u"conclude_investigation"_s, u"proposal"_s, i.proposal));
    }
    if (f.earlyRequestOn.isValid())
        rows.add(Tr::tr("Early consultation requested on"), formatDate(f.earlyRequestOn));
    return rows.html();
}

QString appraisal(const domain::CaseFile &f)
{
    Rows rows;
    for (const domain::Appraisal &a : f.appraisals) {
        const QString mode = choiceName(u"commission_appraisal"_s, u"mode"_s, a.mode);
        rows.heading(a.institution.isEmpty() ? mode : u"%1 — %2"_s.arg(mode, a.institution))
            .add(Tr::tr("Experts"), a.experts.join(u"、"_s))
            .add(Tr::tr("Commissioned on"), formatDate(a.commissionedOn))
            .add(Tr::tr("Due on"), formatDate(a.dueOn))
            .add(Tr::tr("Items"), a.items)
            .add(Tr::tr("Completed on"), formatDate(a.completedOn))
            .add(Tr::tr("Stopped because"), a.stopReason)
            .add(Tr::tr("Damage determination"), a.damageDetermination)
            .add(Tr::tr("Causation"), a.causation)
            .add(Tr::tr("Quantification"), a.quantification)
            .add(Tr::tr("Total assessed"), a.amounts.total().isZero() ? QString() : formatMoney(a.amounts.total()));
    }
    return rows.html();
}

} // namespace ecoclaim::ui::sections
