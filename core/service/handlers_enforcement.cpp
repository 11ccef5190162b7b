// Handlers of enforcement (Art. 24 ¶2) and the dishonest judgment-debtor list (Art. 30 ¶2). The
// lifecycle table (domain/lifecycle_enforcement.cpp) has checked everything; these only write.

#include "core/service/handlers.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::service {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Timeline)
};

Status inserted(const Result<qint64> &id) { return id ? success() : Status(id.problems()); }

// The Chinese wording of a choice of this command's field, for the timeline.
QString choiceText(const QString &command, const QString &field, const QString &key)
{
    const CommandSpec *spec = findCommand(command);
    const FieldSpec *f = spec ? spec->field(field) : nullptr;
    const Choice *c = f && f->choices ? findChoice(f->choices(), key) : nullptr;
    return c ? c->chinese : key;
}

QString partyName(const HandlerContext &c)
{
    const Party *p = c.file.findParty(c.input.id(u"party"_s));
    return p ? p->name : QString();
}

Status applyEnforcement(HandlerContext &c)
{
    QVariantMap row = columnsFrom(c.input, {{"applied_on", "applied_on"}, {"court", "court"}, {"sought", "sought"},
                                            {"enforcement_no", "enforcement_no"}, {"accepted_on", "accepted_on"}});
    row.insert(u"case_id"_s, c.caseId);
    row.insert(u"basis"_s, c.file.enforceableBasis());
    // Without an amount the application seeks what remains unpaid.
    row.insert(u"amount_sought_fen"_s, c.input.has(u"amount_sought"_s) ? c.input.money(u"amount_sought"_s).fen()
                                                                        : c.file.outstanding().fen());
    c.summary = Tr::tr("Enforcement applied for at %1").arg(c.input.text(u"court"_s));
    return inserted(c.repository.insert(u"enforcements"_s, row, &c.changes));
}

Status recordEnforcementStep(HandlerContext &c)
{
    const Enforcement *e = c.file.pendingEnforcement();
    QVariantMap row = columnsFrom(c.input, {{"occurred_on", "occurred_on"}, {"kind", "kind"}, {"note", "note"}});
    row.insert(u"case_id"_s, c.caseId);
    row.insert(u"enforcement_id"_s, e->id);
    if (auto s = inserted(c.repository.insert(u"enforcement_events"_s, row, &c.changes)); !s)
        return s;
    QVariantMap update;
    if (c.input.has(u"enforcement_no"_s))
        update.insert(u"enforcement_no"_s, c.input.text(u"enforcement_no"_s));
    if (c.input.text(u"kind"_s) == u"accepted" && !e->acceptedOn.isValid())
        update.insert(u"accepted_on"_s, c.input.date(u"occurred_on"_s));
    c.summary = Tr::tr("Enforcement: %1").arg(choiceText(c.input.command, u"kind"_s, c.input.text(u"kind"_s)));
    if (update.isEmpty())
        return success();
    return c.repository.update(u"enforcements"_s, u"id"_s, e->id, update, &c.changes);
}

Status concludeEnforcement(HandlerContext &c)
{
    const Enforcement *e = c.file.pendingEnforcement();
    c.summary = Tr::tr("Enforcement ended: %1").arg(choiceText(c.input.command, u"result"_s, c.input.text(u"result"_s)));
    if (c.file.outstanding().fen() > 0)
        c.summary += Tr::tr("; %1 yuan remains unpaid").arg(c.file.outstanding().toYuanString());
    return c.repository.update(u"enforcements"_s, u"id"_s, e->id,
                               columnsFrom(c.input, {{"concluded_on", "concluded_on"}, {"result", "result"}, {"note", "result_note"}}),
                               &c.changes);
}

Status recordDishonestListing(HandlerContext &c)
{
    QVariantMap row = columnsFrom(c.input, {{"party", "party_id"}, {"listed_on", "listed_on"}, {"court", "court"},
                                            {"reference", "reference"}});
    row.insert(u"case_id"_s, c.caseId);
    c.summary = Tr::tr("%1 listed as a dishonest judgment debtor").arg(partyName(c));
    return inserted(c.repository.insert(u"dishonest_listings"_s, row, &c.changes));
}

Status recordDishonestRemoval(HandlerContext &c)
{
    for (const DishonestListing &d : c.file.dishonestListings)
        if (d.partyId == c.input.id(u"party"_s) && d.isActive()) {
            c.summary = Tr::tr("%1 taken off the list of dishonest judgment debtors").arg(partyName(c));
            return c.repository.update(u"dishonest_listings"_s, u"id"_s, d.id,
                                       columnsFrom(c.input, {{"removed_on", "removed_on"}, {"reason", "removal_reason"}}),
                                       &c.changes);
        }
    return success(); // unreachable: the precondition found the listing
}
} // namespace

void registerEnforcementHandlers(QHash<QString, Handler> &map)
{
    map.insert(u"apply_enforcement"_s, applyEnforcement);
    map.insert(u"record_enforcement_step"_s, recordEnforcementStep);
    map.insert(u"conclude_enforcement"_s, concludeEnforcement);
    map.insert(u"record_dishonest_listing"_s, recordDishonestListing);
    map.insert(u"record_dishonest_removal"_s, recordDishonestRemoval);
}

} // namespace ecoclaim::service
