#include "core/generator/caseplan.h"

#include "core/domain/catalogue.h"
#include "core/domain/lifecycle.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::generator {

namespace {
// The same source texts the service's handlers write (context ecoclaim::Timeline), so a generated
// timeline reads exactly like a real one in either language.
QString timeline(const char *source) { return QCoreApplication::translate("ecoclaim::Timeline", source); }
QString iso(QDate d) { return d.toString(Qt::ISODate); }

QString choiceChinese(const QList<Choice> &list, const QString &key)
{
    const Choice *c = findChoice(list, key);
    return c ? c->chinese : key;
}

QStringList keysOf(const QList<Choice> &list)
{
    QStringList keys;
    for (const Choice &c : list)
        keys << c.key;
    return keys;
}

// Amounts in fen for an appraisal: simple cases up to 300,000 yuan (the simplified-procedure
// threshold), dumping cases sometimes into the millions (reference.md §8.3).
Amounts amountsFor(Random &r, bool simple)
{
    const qint64 yuan = simple ? r.between(3'000, 300'000) : qint64(r.between(20'000, 2'000'000)) * (r.chance(10) ? 5 : 1);
    const qint64 fen = yuan * 100;
    Amounts a;
    a.restorationCosts = Money::fromFen(fen * r.between(40, 70) / 100);
    a.assessmentCosts = Money::fromFen(fen * r.between(5, 15) / 100);
    a.interimLoss = Money::fromFen(r.chance(60) ? fen * r.between(5, 25) / 100 : 0);
    a.preventionCosts = Money::fromFen(r.chance(40) ? fen * r.between(2, 10) / 100 : 0);
    a.permanentLoss = Money::fromFen(r.chance(15) ? fen * r.between(5, 20) / 100 : 0);
    return a;
}

QJsonObject amountsJson(const Amounts &a)
{
    QJsonObject o;
    auto put = [&o](const char *key, Money m) {
        if (m.fen() != 0)
            o.insert(QString::fromLatin1(key), m.toYuanString().remove(u','));
    };
    put("interim_loss", a.interimLoss);
    put("permanent_loss", a.permanentLoss);
    put("assessment_costs", a.assessmentCosts);
    put("restoration_costs", a.restorationCosts);
    put("prevention_costs", a.preventionCosts);
    put("punitive", a.punitive);
    return o;
}

// Walks a case forward, command by command, keeping the file, the steps and the day.
class Walk
{
public:
    Walk(Random &structure, Random &text, bool withText, RowIds &ids)
        : s(structure), t(text), withText(withText), ids(ids)
    {
    }

    Random &s, &t;
    bool withText;
    RowIds &ids;
    PlannedCase plan;
    QDate day;
    int minuteOfDay = 0;

    CaseFile &file() { return plan.file; }
    QString text(const QString &value) const { return withText ? value : QString(); }

    void after(int lo, int hi) { day = day.addDays(s.between(lo, hi)); }

    // Records the command as done on `day`: timeline event and audit payload; moves the stage.
    void step(const QString &command, QJsonObject payload, std::optional<Stage> to, QString summary = {})
    {
        PlannedStep e;
        e.command = command;
        e.occurredOn = day;
        // Office hours in Shanghai (UTC+8): 01:00–09:00 UTC, later steps of one day later in it.
        minuteOfDay = (plan.steps.isEmpty() || plan.steps.last().occurredOn != day) ? s.between(60, 420)
                                                                                      : minuteOfDay + s.between(1, 30);
        e.recordedAt = QDateTime(day, QTime(0, 0).addSecs(qint64(minuteOfDay) * 60 + s.below(60)), Qt::UTC);
        if (withText) {
            if (summary.isEmpty())
                if (const CommandSpec *spec = findCommand(command))
                    summary = spec->titleText();
            e.summary = summary;
            payload.insert(u"cmd"_s, command);
            if (command != u"register_clue")
                payload.insert(u"case"_s, file().number);
            e.payload = payload;
        }
        const Stage before = file().stage;
        e.stageFrom = command == u"register_clue" ? QString() : stageKey(before);
        if (to && command != u"register_clue") {
            file().stage = *to;
            if (*to != before && withText)
                e.changes.append(QJsonObject{{u"entity"_s, u"cases"_s}, {u"id"_s, file().id}, {u"field"_s, u"stage"_s},
                                             {u"old"_s, stageKey(before)}, {u"new"_s, stageKey(*to)}});
        }
        e.stageTo = stageKey(file().stage);
        plan.steps << e;
    }
};

// The first party is the one the title names (when it names a company).
void addParties(Walk &w, int count, const QString &named)
{
    CaseFile &f = w.file();
    for (int i = 0; i < count; ++i) {
        Party p;
        p.id = ++w.ids.party;
        p.seq = int(f.parties.size()) + 1;
        const int roll = w.s.below(100);
        p.kind = roll < 75 ? u"company"_s : roll < 95 ? u"person"_s : u"unincorporated"_s;
        if (w.withText) {
            const Place home = words::place(w.t, f.districtCode);
            if (p.kind == u"person") {
                p.name = words::personName(w.t);
                p.idNumber = words::residentId(w.t, home.districtCode);
            } else {
                p.name = i == 0 && !named.isEmpty() ? named : words::companyName(w.t);
                p.creditCode = words::creditCode(w.t, home.districtCode);
                p.representative = words::personName(w.t);
            }
            p.address = home.address();
            p.contact = u"1%1"_s.arg(w.t.between(300000000, 999999999)) + QString::number(w.t.below(10));
            if (w.t.chance(8))
                p.insurance = u"环境污染责任保险（保单号 %1）"_s.arg(w.t.between(10000000, 99999999));
        }
        f.parties << p;
        w.step(u"add_party"_s,
               {{u"kind"_s, p.kind}, {u"name"_s, p.name}, {u"credit_code"_s, p.creditCode}, {u"address"_s, p.address}},
               std::nullopt, w.withText ? timeline("Liable party %1 added: %2").arg(p.seq).arg(p.name) : QString());
    }
}

Appraisal commission(Walk &w)
{
    Appraisal a;
    a.id = ++w.ids.appraisal;
    const int roll = w.s.below(100);
    a.mode = roll < 60 ? u"institution"_s : roll < 70 ? u"joint_institution"_s : roll < 90 ? u"experts"_s : u"comprehensive"_s;
    a.commissionedOn = w.day;
    a.status = u"commissioned"_s;
    if (!a.isSimplified())
        a.dueOn = w.day.addDays(w.s.between(30, 90));
    if (w.withText) {
        if (a.mode == u"experts")
            a.experts = QStringList{words::expert(w.t), words::expert(w.t), words::expert(w.t)};
        else
            a.institution = words::appraisalInstitution(w.t);
        a.items = u"损害确认、因果关系分析、损害实物量化、损害价值量化、修复方案"_s;
    }
    QJsonObject payload{{u"mode"_s, a.mode}, {u"commissioned_on"_s, iso(a.commissionedOn)}};
    if (!a.institution.isEmpty())
        payload.insert(u"institution"_s, a.institution);
    if (a.dueOn.isValid())
        payload.insert(u"due_on"_s, iso(a.dueOn));
    w.file().appraisals << a;
    w.step(u"commission_appraisal"_s, payload, std::nullopt,
           w.withText ? timeline("Appraisal commissioned: %1").arg(choiceChinese(appraisalModes(), a.mode)) : QString());
    return a;
}

void completeAppraisal(Walk &w)
{
    Appraisal &a = w.file().appraisals.last();
    a.status = u"completed"_s;
    a.completedOn = w.day;
    a.amounts = amountsFor(w.s, a.isSimplified());
    if (w.withText) {
        a.damageDetermination = u"评估区域%1受到污染，生态环境损害成立。"_s.arg(w.t.chance(50) ? u"土壤"_s : u"水体"_s);
        a.lossScope = u"约%1平方米"_s.arg(w.t.between(50, 20000));
        a.causation = u"损害与当事人行为存在因果关系。"_s;
        a.quantification = u"按修复费用法计算。"_s;
        a.restorationOutline = u"清除污染物后实施原位修复，并开展修复期监测。"_s;
    }
    QJsonObject payload = amountsJson(a.amounts);
    payload.insert(u"completed_on"_s, iso(a.completedOn));
    payload.insert(u"damage_determination"_s, a.damageDetermination);
    w.step(u"record_appraisal_result"_s, payload, std::nullopt, w.withText ? timeline("Appraisal result recorded") : QString());
}

void decide(Walk &w, const QString &kind, const QString &reason, const QString &reasonText, const QString &receiver)
{
    Decision d;
    d.id = ++w.ids.decision;
    d.kind = kind;
    d.reason = reason;
    d.reasonText = reasonText;
    d.receiver = receiver;
    d.decidedOn = w.day;
    w.file().decisions << d;
}

void linkProceeding(Walk &w)
{
    Proceeding p;
    p.id = ++w.ids.proceeding;
    p.kind = u"administrative_penalty"_s;
    p.startedOn = w.day;
    if (w.withText) {
        p.authority = u"%1生态环境局"_s.arg(words::place(w.t, w.file().districtCode).district);
        p.reference = u"第%1号行政处罚决定书"_s.arg(w.t.between(100, 9999));
    }
    w.file().proceedings << p;
    w.step(u"link_proceeding"_s, {{u"kind"_s, p.kind}, {u"authority"_s, p.authority}, {u"started_on"_s, iso(p.startedOn)}},
           std::nullopt,
           w.withText ? timeline("Linked %1: %2").arg(choiceChinese(proceedingKinds(), p.kind), p.authority) : QString());
}

void pay(Walk &w, Money amount)
{
    Payment p;
    p.id = ++w.ids.payment;
    p.paidOn = w.day;
    p.amount = amount;
    if (w.withText && !w.file().parties.isEmpty())
        p.payer = w.file().parties.first().name;
    w.file().payments << p;
    w.step(u"record_payment"_s, {{u"paid_on"_s, iso(p.paidOn)}, {u"amount"_s, amount.toYuanString().remove(u',')}},
           std::nullopt, w.withText ? timeline("Payment received: %1 yuan").arg(amount.toYuanString()) : QString());
}
} // namespace

Stage stageFor(Random &r)
{
    // Percent of the register in each stage: a bureau some years in, most cases finished.
    static const std::pair<Stage, int> mix[] = {
        {Stage::Clue, 5},         {Stage::Verification, 8}, {Stage::Transferred, 4},   {Stage::NotApplicable, 3},
        {Stage::NoDamage, 7},     {Stage::NotInitiated, 5}, {Stage::Investigation, 15}, {Stage::Consultation, 8},
        {Stage::Agreement, 6},    {Stage::Litigation, 5},   {Stage::Restoration, 8},   {Stage::Evaluation, 3},
        {Stage::Terminated, 4},   {Stage::Closed, 8},       {Stage::Archived, 11},
    };
    int roll = r.below(100);
    for (const auto &[stage, percent] : mix) {
        if (roll < percent)
            return stage;
        roll -= percent;
    }
    return Stage::Archived;
}

PlannedCase planCase(Random structure, Random text, Stage target, QDate receivedOn, qint64 caseId, const QString &caseNumber,
                     RowIds &ids, bool withText)
{
    Walk w(structure, text, withText, ids);
    CaseFile &f = w.file();
    f.id = caseId;
    f.number = caseNumber;
    Random &s = w.s;
    Random &t = w.t;
    w.day = receivedOn;

    // Register the clue.
    const bool city = s.chance(3);
    static const QStringList districtOrder{u"310101"_s, u"310104"_s, u"310105"_s, u"310106"_s, u"310107"_s, u"310109"_s,
                                           u"310110"_s, u"310112"_s, u"310113"_s, u"310114"_s, u"310115"_s, u"310116"_s,
                                           u"310117"_s, u"310118"_s, u"310120"_s, u"310151"_s};
    // Suburban districts, where the factories and fields are, have most of the cases.
    static const int districtWeight[] = {2, 2, 2, 3, 3, 2, 2, 9, 9, 9, 16, 9, 9, 8, 9, 6};
    int roll = s.below(100), d = 0;
    while (d < 15 && roll >= districtWeight[d])
        roll -= districtWeight[d++];
    const QString siteDistrict = districtOrder.at(d);
    f.districtCode = city ? u"310000"_s : siteDistrict;
    f.unit = city ? u"ecology"_s : s.chance(85) ? u"district_ecology"_s : s.chance(50) ? u"district_water"_s : u"district_greening"_s;
    f.channel = s.pick(keysOf(clueChannels()));
    f.receivedOn = receivedOn;
    if (s.chance(60))
        f.discoveredOn = receivedOn.addDays(-s.below(6));
    f.major = s.chance(2);
    const int partyCount = target <= Stage::NotInitiated ? (s.chance(50) ? 1 : 0) : (s.chance(70) ? 1 : s.chance(66) ? 2 : 3);
    QString mainParty;
    if (withText) {
        const Place site = words::place(t, siteDistrict);
        const Offence offence = words::offence(t);
        mainParty = words::companyName(t);
        f.title = words::title(t, site, mainParty, offence);
        f.site = site.address();
        f.description = words::description(t, site, mainParty, offence);
        if (t.chance(20))
            f.reporter = words::personName(t);
        if (f.major)
            f.majorReason = u"涉及生态保护红线，社会影响较大"_s;
    }
    w.step(u"register_clue"_s,
           {{u"title"_s, f.title}, {u"district"_s, f.districtCode}, {u"unit"_s, f.unit}, {u"channel"_s, f.channel},
            {u"received_on"_s, iso(f.receivedOn)}, {u"site"_s, f.site}, {u"description"_s, f.description}},
           Stage::Clue,
           withText ? timeline("Clue registered as %1 (%2)").arg(f.number, choiceChinese(clueChannels(), f.channel)) : QString());
    if (partyCount > 0)
        addParties(w, partyCount, mainParty);
    const QString partyName = f.parties.isEmpty() ? QString() : f.parties.first().name;
    if (target == Stage::Clue)
        return w.plan;

    // Preliminary verification (Art. 13).
    w.after(1, 7);
    Verification v;
    v.startedOn = w.day;
    v.verifiedBy = w.text(words::personName(t));
    f.verification = v;
    w.step(u"start_verification"_s, {{u"started_on"_s, iso(w.day)}, {u"verified_by"_s, v.verifiedBy}}, Stage::Verification);
    if (target == Stage::Verification)
        return w.plan;
    if (target == Stage::Transferred) {
        w.after(3, 15);
        const QString receiver = w.text(s.chance(50) ? u"上海海事局"_s : u"区水务局"_s);
        decide(w, u"transfer"_s, {}, w.text(u"线索属其他部门职责范围"_s), receiver);
        w.step(u"transfer_clue"_s, {{u"receiver"_s, receiver}, {u"transferred_on"_s, iso(w.day)}}, Stage::Transferred,
               withText ? timeline("Clue transferred to %1").arg(receiver) : QString());
        return w.plan;
    }
    if (target == Stage::NotApplicable) {
        w.after(3, 15);
        const QString exclusion = s.pick(keysOf(exclusions()));
        decide(w, u"not_applicable"_s, exclusion, {}, {});
        w.step(u"declare_not_applicable"_s, {{u"exclusion"_s, exclusion}, {u"decided_on"_s, iso(w.day)}}, Stage::NotApplicable,
               withText ? timeline("The rules do not apply: %1").arg(choiceChinese(exclusions(), exclusion)) : QString());
        return w.plan;
    }
    w.after(7, 25);
    const bool damage = target != Stage::NoDamage;
    f.verification->concludedOn = w.day;
    f.verification->damageFound = damage;
    f.verification->finding = w.text(damage ? u"现场采样检出特征污染物，生态环境损害初步成立。"_s : u"未检出超标污染物，未造成生态环境损害。"_s);
    w.step(u"record_verification"_s,
           {{u"concluded_on"_s, iso(w.day)}, {u"damage_found"_s, damage}, {u"finding"_s, f.verification->finding}},
           std::nullopt,
           withText ? (damage ? timeline("Verification concluded: damage was caused") : timeline("Verification concluded: no damage was caused"))
                    : QString());
    if (target == Stage::NoDamage) {
        w.after(1, 5);
        decide(w, u"no_damage"_s, {}, {}, {});
        w.step(u"close_without_damage"_s, {{u"decided_on"_s, iso(w.day)}}, Stage::NoDamage);
        return w.plan;
    }
    if (target == Stage::NotInitiated) {
        w.after(1, 7);
        const QString reason = s.pick(keysOf(nonInitiationReasons()));
        decide(w, u"not_initiated"_s, reason, w.text(reason == u"other" ? u"经研究决定不启动索赔"_s : QString()), {});
        w.step(u"decide_not_to_initiate"_s, {{u"reason"_s, reason}, {u"decided_on"_s, iso(w.day)}}, Stage::NotInitiated,
               withText ? timeline("Claim not started: %1").arg(choiceChinese(nonInitiationReasons(), reason)) : QString());
        return w.plan;
    }

    // Filing and the damage investigation (Art. 13, 15–17).
    w.after(1, 5);
    Investigation inv;
    inv.filedOn = w.day;
    f.investigation = inv;
    w.step(u"file_case"_s, {{u"filed_on"_s, iso(w.day)}}, Stage::Investigation,
           withText ? timeline("Case filed; the claim procedure starts with the damage investigation") : QString());
    if (s.chance(30)) {
        w.after(0, 30);
        linkProceeding(w);
    }
    if (target == Stage::Investigation || target == Stage::Terminated) {
        if (s.chance(60)) {
            w.after(5, 20);
            commission(w);
            if (s.chance(40)) {
                w.after(20, 80);
                completeAppraisal(w);
            }
        }
        if (target == Stage::Terminated) {
            w.after(10, 60);
            const QString reason = s.pick(keysOf(nonInitiationReasons()));
            decide(w, u"termination"_s, reason, w.text(reason == u"other" ? u"赔偿义务人已无履行能力"_s : QString()), {});
            w.step(u"terminate_claim"_s, {{u"reason"_s, reason}, {u"decided_on"_s, iso(w.day)}}, Stage::Terminated,
                   withText ? timeline("Claim terminated") : QString());
        }
        return w.plan;
    }
    w.after(5, 20);
    commission(w);
    w.after(20, 80);
    completeAppraisal(w);
    w.after(3, 15);
    f.investigation->concludedOn = w.day;
    f.investigation->damageExists = true;
    f.investigation->obligorIdentified = true;
    f.investigation->proposal = u"consultation"_s;
    if (withText) {
        f.investigation->scope = f.appraisals.last().lossScope;
        f.investigation->degree = t.chance(60) ? u"中度"_s : u"轻度"_s;
        f.investigation->causation = u"明确"_s;
    }
    w.step(u"conclude_investigation"_s, {{u"concluded_on"_s, iso(w.day)}, {u"proposal"_s, u"consultation"_s}}, std::nullopt,
           withText ? timeline("Investigation concluded: consultation proposed") : QString());
    w.after(3, 15);
    RestorationPlan rp;
    rp.id = ++w.ids.plan;
    rp.draftedOn = w.day;
    if (withText) {
        rp.elements = t.chance(60) ? u"土壤、地下水"_s : u"地表水、水生生物"_s;
        rp.scope = f.appraisals.last().lossScope;
        rp.targets = u"恢复至基线水平"_s;
        rp.technicalPlan = t.chance(50) ? u"清挖外运后异位修复"_s : u"原位化学氧化修复"_s;
        rp.schedule = u"%1个月"_s.arg(t.between(2, 12));
        if (t.chance(10))
            rp.alternativeMethod = t.pick(keysOf(alternativeRestorationMethods()));
    }
    f.restorationPlans << rp;
    w.step(u"draft_restoration_plan"_s, {{u"drafted_on"_s, iso(w.day)}, {u"targets"_s, rp.targets}}, std::nullopt,
           withText ? timeline("Restoration plan drafted") : QString());
    w.after(3, 10);
    w.step(u"start_consultation"_s, {{u"started_on"_s, iso(w.day)}}, Stage::Consultation,
           withText ? timeline("Consultation started") : QString());

    // Consultation (Art. 18–22): a notice to every party, served well ahead of the meeting.
    const bool consultationOnly = target == Stage::Consultation;
    const bool refuses = target == Stage::Litigation && s.chance(40);
    const int noticesToServe = consultationOnly && s.chance(30) ? 0 : int(f.parties.size());
    QDate meeting;
    for (int i = 0; i < noticesToServe; ++i) {
        w.after(1, 5);
        ConsultationNotice n;
        n.id = ++w.ids.notice;
        n.partyId = f.parties.at(i).id;
        n.servedOn = w.day;
        n.serviceMethod = s.chance(70) ? u"direct"_s : u"mail"_s;
        n.meetingOn = w.day.addDays(s.between(14, 21));
        n.replyDueOn = w.day.addDays(s.between(7, 10));
        meeting = std::max(meeting, n.meetingOn);
        f.notices << n;
        w.step(u"serve_consultation_notice"_s,
               {{u"party"_s, i + 1}, {u"served_on"_s, iso(n.servedOn)}, {u"service_method"_s, n.serviceMethod},
                {u"meeting_on"_s, iso(n.meetingOn)}, {u"reply_due_on"_s, iso(n.replyDueOn)}},
               std::nullopt,
               withText ? timeline("Consultation notice served on %1; meeting on %2").arg(f.parties.at(i).name, iso(n.meetingOn))
                        : QString());
    }
    QDate lastReply;
    for (int i = 0; i < noticesToServe; ++i) {
        if (consultationOnly && s.chance(40))
            continue;
        ConsultationNotice &n = f.notices[f.notices.size() - noticesToServe + i];
        n.repliedOn = n.servedOn.addDays(s.between(1, 6));
        n.reply = refuses ? u"refused"_s : u"agreed"_s;
        w.day = std::max(w.day, n.repliedOn);
        w.step(u"record_notice_reply"_s, {{u"party"_s, i + 1}, {u"reply"_s, n.reply}, {u"replied_on"_s, iso(n.repliedOn)}},
               std::nullopt,
               withText ? (refuses ? timeline("%1 refused to consult") : timeline("%1 agreed to consult")).arg(f.parties.at(i).name)
                        : QString());
    }
    int rounds = refuses ? 0 : consultationOnly ? (noticesToServe > 0 && s.chance(40) ? 1 : 0) : s.chance(80) ? 1 : s.chance(70) ? 2 : 3;
    if (meeting.isValid() && rounds > 0)
        w.day = std::max(w.day, meeting);
    for (int r = 1; r <= rounds; ++r) {
        if (r > 1)
            w.after(14, 30);
        ConsultationRound round;
        round.id = ++w.ids.round;
        round.number = r;
        round.heldOn = w.day;
        round.mode = s.chance(80) ? u"meeting"_s : u"online"_s;
        if (withText) {
            round.host = u"%1生态环境局"_s.arg(words::place(t, f.districtCode).district);
            round.participants = round.host + u"、"_s + partyName;
            round.summary = r == rounds && target != Stage::Litigation ? u"双方就修复方案和赔偿金额达成一致。"_s
                                                                        : u"双方就赔偿金额存在分歧，约定继续磋商。"_s;
        }
        f.rounds << round;
        w.step(u"hold_consultation_round"_s,
               {{u"held_on"_s, iso(w.day)}, {u"mode"_s, round.mode}, {u"summary"_s, round.summary}}, std::nullopt,
               withText ? timeline("Consultation round %1 held").arg(r) : QString());
    }
    if (consultationOnly)
        return w.plan;

    const Appraisal &appraisal = f.appraisals.last();
    if (target == Stage::Litigation) {
        w.after(10, 40);
        Litigation l;
        l.id = ++w.ids.litigation;
        l.filedOn = w.day;
        l.court = w.text(words::court(t, f.districtCode));
        l.trigger = refuses ? u"refused_or_no_reply"_s : (rounds >= 3 ? u"limit_exceeded"_s : u"impossible"_s);
        l.triggerNote = w.text(u"义务人对赔偿金额分歧过大"_s);
        f.litigations << l;
        w.step(u"file_litigation"_s,
               {{u"filed_on"_s, iso(l.filedOn)}, {u"court"_s, l.court}, {u"trigger"_s, l.trigger}}, Stage::Litigation,
               withText ? timeline("Claim brought before %1 (%2)").arg(l.court, choiceChinese(litigationTriggers(), l.trigger))
                        : QString());
        if (s.chance(40)) {
            w.after(90, 300);
            Litigation &judged = f.litigations.last();
            judged.judgedOn = w.day;
            judged.outcome = s.chance(80) ? u"upheld"_s : u"partly_upheld"_s;
            judged.awarded = Money::fromFen(appraisal.amounts.total().fen() * (judged.outcome == u"upheld" ? 100 : 70) / 100);
            judged.restorationOrdered = s.chance(50);
            if (withText) {
                judged.judgmentNo = u"（%1）沪03民初%2号"_s.arg(w.day.year()).arg(t.between(10, 999));
                judged.judgmentSummary = u"判令被告承担生态环境修复费用及损失。"_s;
            }
            w.step(u"record_judgment"_s,
                   {{u"judged_on"_s, iso(w.day)}, {u"outcome"_s, judged.outcome},
                    {u"awarded"_s, judged.awarded.toYuanString().remove(u',')}},
                   std::nullopt, withText ? timeline("Judgment recorded") : QString());
        }
        return w.plan;
    }

    // The agreement (Art. 23–24).
    w.after(5, 20);
    Agreement ag;
    ag.id = ++w.ids.agreement;
    ag.signedOn = w.day;
    ag.amounts = appraisal.amounts;
    if (s.chance(3))
        ag.amounts.punitive = Money::fromFen(ag.amounts.total().fen() / 5);
    ag.restorationTerms = w.text(u"义务人自行或委托第三方在%1个月内完成修复"_s.arg(s.between(2, 12)));
    const qint64 total = ag.amounts.total().fen();
    if (total > 50'000'000 && s.chance(50)) { // above 500,000 yuan: often by instalments (Art. 8 ¶3)
        const int count = s.between(2, 4);
        qint64 left = total;
        for (int i = 1; i <= count; ++i) {
            Instalment in;
            in.id = ++w.ids.instalment;
            in.seq = i;
            in.dueOn = ag.signedOn.addMonths(3 * i);
            in.amount = Money::fromFen(i == count ? left : total / count);
            left -= in.amount.fen();
            ag.instalments << in;
        }
    }
    f.agreement = ag;
    f.agreements = {ag}; // every agreement, one per batch (Art. 22 ¶2): the generator signs one
    QJsonObject signPayload = amountsJson(ag.amounts);
    signPayload.insert(u"signed_on"_s, iso(ag.signedOn));
    signPayload.insert(u"restoration_terms"_s, ag.restorationTerms);
    w.step(u"sign_agreement"_s, signPayload, Stage::Agreement,
           withText ? timeline("Compensation agreement signed: %1 yuan").arg(ag.amounts.total().toYuanString()) : QString());
    if (s.chance(30)) {
        w.after(5, 20);
        Confirmation c;
        c.id = ++w.ids.confirmation;
        c.appliedOn = w.day;
        c.acceptedOn = w.day.addDays(s.between(3, 10));
        c.court = w.text(words::court(t, f.districtCode));
        f.confirmations << c;
        w.step(u"apply_judicial_confirmation"_s, {{u"applied_on"_s, iso(c.appliedOn)}, {u"court"_s, c.court}}, std::nullopt,
               withText ? timeline("Judicial confirmation applied for at %1").arg(c.court) : QString());
        if (target != Stage::Agreement || s.chance(50)) {
            // The ruling comes after the 30-day announcement (SPC rules Art. 20).
            Confirmation &ruled = f.confirmations.last();
            w.day = c.acceptedOn.addDays(s.between(31, 45));
            ruled.ruledOn = w.day;
            ruled.confirmed = true;
            ruled.rulingNo = w.text(u"（%1）沪03民特%2号"_s.arg(w.day.year()).arg(t.between(10, 999)));
            w.step(u"record_confirmation_ruling"_s, {{u"ruled_on"_s, iso(w.day)}, {u"confirmed"_s, true}}, std::nullopt,
                   withText ? timeline("The court confirmed the agreement") : QString());
        }
    }
    if (target == Stage::Agreement)
        return w.plan;

    // Restoration (Art. 27) with its milestones, and payments as agreed.
    w.after(10, 40);
    Restoration rs;
    rs.startedOn = w.day;
    rs.executor = s.chance(60) ? u"obligor"_s : u"third_party"_s;
    rs.executorName = rs.executor == u"third_party" ? w.text(words::companyName(t)) : QString();
    f.restoration = rs;
    w.step(u"start_restoration"_s, {{u"started_on"_s, iso(w.day)}, {u"executor"_s, rs.executor}}, Stage::Restoration,
           withText ? timeline("Restoration started") : QString());
    const int milestones = s.between(1, 2);
    for (int i = 0; i < milestones; ++i) {
        Milestone m;
        m.id = ++w.ids.milestone;
        m.dueOn = rs.startedOn.addDays(45 * (i + 1) + s.below(20));
        m.description = w.text(i == 0 ? u"完成污染物清挖外运"_s : i == 1 ? u"完成修复工程施工"_s : u"完成修复期监测"_s);
        f.milestones << m;
        w.step(u"add_milestone"_s, {{u"due_on"_s, iso(m.dueOn)}, {u"description"_s, m.description}}, std::nullopt,
               withText ? timeline("Milestone added: %1").arg(m.description) : QString());
    }
    const bool finishes = target != Stage::Restoration;
    // A restoration still running has done the milestones already past; the generator shifts the whole
    // case so that it ends near today, so "past" is judged against the case's own last day later on:
    // here the first milestone is done, the others only when restoration completes.
    const int doneNow = finishes ? milestones : (s.chance(60) ? 1 : 0);
    for (int i = 0; i < doneNow; ++i) {
        Milestone &m = f.milestones[f.milestones.size() - milestones + i];
        w.day = std::max(w.day, m.dueOn.addDays(-s.below(10)));
        m.doneOn = w.day;
        w.step(u"complete_milestone"_s, {{u"milestone"_s, i + 1}, {u"done_on"_s, iso(w.day)}}, std::nullopt,
               withText ? timeline("Milestone done: %1").arg(m.description) : QString());
    }
    if (!ag.instalments.isEmpty()) {
        for (const Instalment &in : ag.instalments) {
            if (!finishes && in.seq > 1)
                break;
            w.day = std::max(w.day, in.dueOn.addDays(-s.below(5)));
            pay(w, in.amount);
        }
    } else if (finishes || s.chance(50)) {
        w.after(0, 30);
        pay(w, ag.amounts.total());
    }
    if (!finishes)
        return w.plan;
    w.after(10, 60);
    f.restoration->completedOn = w.day;
    f.restoration->completionReport = w.text(u"修复工程已按方案完工，自检合格。"_s);
    w.step(u"complete_restoration"_s, {{u"completed_on"_s, iso(w.day)}}, Stage::Evaluation,
           withText ? timeline("Restoration reported complete") : QString());
    if (target == Stage::Evaluation && s.chance(50))
        return w.plan;

    // Effect evaluation (Art. 29), closing and the archive (Art. 42).
    w.after(15, 60);
    Evaluation ev;
    ev.id = ++w.ids.evaluation;
    ev.evaluatedOn = w.day;
    ev.method = s.chance(70) ? u"institution"_s : u"experts"_s;
    ev.passed = true;
    if (withText) {
        ev.evaluator = ev.method == u"institution" ? words::appraisalInstitution(t) : words::expert(t);
        ev.targets = u"恢复至基线水平"_s;
        ev.execution = u"按修复方案实施"_s;
        ev.achievement = u"各项指标均达到修复目标"_s;
        ev.effect = u"修复效果良好"_s;
    }
    f.evaluations << ev;
    w.step(u"record_effect_evaluation"_s, {{u"evaluated_on"_s, iso(w.day)}, {u"method"_s, ev.method}, {u"passed"_s, true}},
           std::nullopt, withText ? timeline("Restoration-effect evaluation passed") : QString());
    if (target == Stage::Evaluation)
        return w.plan;
    w.after(5, 30);
    decide(w, u"closing"_s, {}, w.text(u"修复完成并经评估合格，赔偿款项已全部缴纳。"_s), {});
    w.step(u"close_case"_s, {{u"closed_on"_s, iso(w.day)}}, Stage::Closed, withText ? timeline("Case closed") : QString());
    if (target == Stage::Closed)
        return w.plan;
    w.after(10, 60);
    const QString archivist = w.text(u"档案室"_s + words::personName(t));
    decide(w, u"archiving"_s, {}, archivist, {});
    w.step(u"archive_case"_s, {{u"archived_on"_s, iso(w.day)}, {u"archivist"_s, archivist}}, Stage::Archived,
           withText ? timeline("Case file archived: one case, one volume, kept long-term") : QString());
    f.archivedAt = w.plan.steps.last().recordedAt;
    return w.plan;
}

} // namespace ecoclaim::generator
