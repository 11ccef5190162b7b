// One legacy ledger row → the ordinary commands that bring a new case to the row's stage (caseledger.h).
// The ledger's columns give the dates and amounts; what a ledger never carries is filled with documented
// defaults (docs/reports.md "Legacy case ledger"): narrative texts that say the paper file holds them, and
// facts the stage itself implies (a case in consultation: damage exists, the party is identified and
// agreed to consult). Everything else — the order of the dates, the notice's lead, the amounts — is left
// to the commands' own rules, which refuse the row with their article.
#include "core/import/caseledger.h"
#include "core/import/caseledger_p.h"

#include "core/domain/catalogue.h"
#include "core/domain/lifecycle.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ecoclaim::importing::detail {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Import)
};

// Written into the narrative fields a ledger does not carry (the appraisal's contents, the investigation
// conclusion, the restoration plan, the rounds' records): case data, in the language of the case file.
const QString FromLedger = u"据历史案件台账导入：台账未载明，详见纸质卷宗。"_s;

enum : int { Clue, Verification, Investigation, Appraisal, Consultation, Agreement, Restoration, Evaluation, Closed, OutcomeOnly = 100 };

// A date as ledgers write it (2025/3/4, 2025.3.4, 2025年3月4日) in the command's form; anything else as
// written, for the command to say what is wrong with it (as the clue register's import does).
QString isoDateText(const QString &cell)
{
    static const QRegularExpression form(u"^\\s*(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?\\s*$"_s);
    const auto m = form.match(cell);
    if (!m.hasMatch())
        return cell;
    return u"%1-%2-%3"_s.arg(m.captured(1)).arg(m.captured(2).toInt(), 2, 10, QChar(u'0')).arg(m.captured(3).toInt(), 2, 10, QChar(u'0'));
}

// Several dates in one cell (the consultation meetings): separated by 、，,;； or new lines.
QStringList datesIn(const QString &cell)
{
    static const QRegularExpression separators(u"[\\n、，,;；]"_s);
    QStringList out;
    for (const QString &d : cell.split(separators, Qt::SkipEmptyParts))
        if (!d.trimmed().isEmpty())
            out << isoDateText(d.trimmed());
    return out;
}

// The Art. 5 category a ledger names: the key, the rules' wording, or the short names ledgers use.
QString categoryKey(const QString &text)
{
    static const QMap<QString, QString> shortNames{
        {u"期间损失"_s, u"interim_loss"_s},        {u"服务功能损失"_s, u"interim_loss"_s},
        {u"永久性损害损失"_s, u"permanent_loss"_s}, {u"永久性损害"_s, u"permanent_loss"_s},
        {u"鉴定评估费用"_s, u"assessment_costs"_s}, {u"调查鉴定评估费用"_s, u"assessment_costs"_s},
        {u"修复费用"_s, u"restoration_costs"_s},     {u"清除污染修复费用"_s, u"restoration_costs"_s},
        {u"应急处置费用"_s, u"prevention_costs"_s},  {u"防止损害扩大费用"_s, u"prevention_costs"_s}};
    const QString t = text.trimmed();
    for (const domain::Choice &c : domain::compensationCategories())
        if (c.key == t || c.chinese == t || c.displayName() == t)
            return c.key;
    return shortNames.value(t);
}

// 通过/合格 → yes, 未通过/不合格 → no; anything else as written, for the command to refuse.
QString passedText(const QString &cell)
{
    const QString t = cell.trimmed();
    if (t == u"通过"_s || t == u"合格"_s || t == u"达标"_s || t == u"passed"_s)
        return u"yes"_s;
    if (t == u"未通过"_s || t == u"不合格"_s || t == u"未达标"_s || t == u"failed"_s)
        return u"no"_s;
    return t;
}

// The outcomes a ledger may name (its stage column): a clue transferred (Art. 13 ¶2), declared outside the
// rules (Art. 4) or closed without damage (Art. 13), a claim not initiated (Art. 14) or terminated (Art. 14
// ¶2); "" for anything else.
QString ledgerOutcome(const QString &text)
{
    static const QMap<QString, QString> outcomes{
        {u"transferred"_s, u"transferred"_s},     {u"移送"_s, u"transferred"_s},         {u"已移送"_s, u"transferred"_s},
        {u"移送处理"_s, u"transferred"_s},        {u"not_initiated"_s, u"not_initiated"_s}, {u"不启动"_s, u"not_initiated"_s},
        {u"不启动索赔"_s, u"not_initiated"_s},    {u"不启动索赔程序"_s, u"not_initiated"_s},
        {u"terminated"_s, u"terminated"_s},       {u"终止"_s, u"terminated"_s},          {u"终止索赔"_s, u"terminated"_s},
        {u"终止索赔程序"_s, u"terminated"_s},     {u"已终止"_s, u"terminated"_s},
        {u"not_applicable"_s, u"not_applicable"_s}, {u"不适用"_s, u"not_applicable"_s},   {u"不适用本细则"_s, u"not_applicable"_s},
        {u"no_damage"_s, u"no_damage"_s},         {u"未造成损害"_s, u"no_damage"_s},      {u"未造成生态环境损害"_s, u"no_damage"_s},
        {u"无损害"_s, u"no_damage"_s}};
    return outcomes.value(text.trimmed().toCaseFolded());
}

// The outcome's step, last: its date, its reason (a choice of Art. 14 for the two decisions, the text of
// Art. 13 ¶2 for a transfer), the explanation, the receiving department.
void appendOutcome(LedgerRow &row, const QMap<QString, QString> &values, const QString &outcome)
{
    if (outcome.isEmpty())
        return;
    auto put = [&](QJsonObject &o, const QString &field, const QString &key, bool isDate = false) {
        if (!values.value(key).isEmpty())
            o.insert(field, isDate ? isoDateText(values.value(key)) : values.value(key));
    };
    QJsonObject o;
    if (outcome == u"transferred") {
        o.insert(u"cmd"_s, u"transfer_clue"_s);
        put(o, u"transferred_on"_s, u"outcome_on"_s, true);
        put(o, u"receiver"_s, u"receiver"_s);
        put(o, u"reason"_s, u"outcome_reason"_s);
    } else if (outcome == u"not_applicable") { // the reason is the exclusion of Art. 4, in its wording or key
        o.insert(u"cmd"_s, u"declare_not_applicable"_s);
        put(o, u"decided_on"_s, u"outcome_on"_s, true);
        put(o, u"exclusion"_s, u"outcome_reason"_s);
        put(o, u"note"_s, u"outcome_note"_s);
    } else if (outcome == u"no_damage") {
        o.insert(u"cmd"_s, u"close_without_damage"_s);
        put(o, u"decided_on"_s, u"outcome_on"_s, true);
    } else {
        o.insert(u"cmd"_s, outcome == u"terminated" ? u"terminate_claim"_s : u"decide_not_to_initiate"_s);
        put(o, u"decided_on"_s, u"outcome_on"_s, true);
        put(o, u"reason"_s, u"outcome_reason"_s);
        put(o, u"reason_text"_s, u"outcome_note"_s);
    }
    row.commands << o;
}

QString labelOf(const QString &key)
{
    for (const LedgerColumn &c : ledgerColumns())
        if (c.key == key)
            return QCoreApplication::translate("ecoclaim::Ledger", c.label);
    return key;
}
} // namespace

LedgerRow ledgerRow(const QMap<QString, QString> &values)
{
    LedgerRow row;
    row.values = values;
    auto has = [&](const QString &key) { return !values.value(key).isEmpty(); };
    auto value = [&](const QString &key) { return values.value(key); };
    auto date = [&](const QString &key) { return isoDateText(values.value(key)); };
    auto stepOf = [&](const QString &command) {
        QJsonObject o{{u"cmd"_s, command}};
        for (const LedgerColumn &c : ledgerColumns())
            if (c.command == command && !c.field.isEmpty() && has(c.key)) {
                const domain::CommandSpec *spec = domain::findCommand(command);
                const domain::FieldSpec *f = spec ? spec->field(c.field) : nullptr;
                o.insert(c.field, f && f->type == domain::FieldType::Date ? date(c.key) : value(c.key));
            }
        return o;
    };
    auto problem = [&](const QString &column, const QString &message, const domain::ArticleRef &article = {}) {
        row.problems << RowProblem{column, message, article.isNull() ? QString() : article.toString()};
    };

    bool beyond = false;
    const QString outcome = ledgerOutcome(value(u"stage"_s));
    const QString stage = outcome.isEmpty() ? ledgerStage(value(u"stage"_s), &beyond) : QString();
    if (!has(u"stage"_s)) {
        problem(u"stage"_s, Tr::tr("The stage the case has reached is required."));
        return row;
    }
    if (beyond) {
        problem(u"stage"_s, Tr::tr("Stage \"%1\" is not taken by a ledger import (it takes clue, preliminary verification, filed, "
                                   "appraisal, consultation, agreement, restoration, evaluation, closed, transferred, not applicable, "
                                   "no damage, not initiated and terminated): a suit (Art. 25) and an archived file (Art. 42) rest on "
                                   "records a ledger does not hold. The row is refused rather than imported as something it was not; "
                                   "import the case up to its last stage taken and record the rest through its own steps.")
                                .arg(value(u"stage"_s)));
        return row;
    }
    if (stage.isEmpty() && outcome.isEmpty()) {
        problem(u"stage"_s, Tr::tr("Stage \"%1\" is none of: clue (线索), preliminary verification (初步核查), filed (立案·损害调查), "
                                   "appraisal (鉴定评估), consultation (磋商), agreement (协议), restoration (修复), evaluation "
                                   "(修复效果评估), closed (结案), transferred (已移送), not applicable (不适用), no damage (未造成损害), "
                                   "not initiated (不启动索赔), terminated (终止索赔).")
                                .arg(value(u"stage"_s)));
        return row;
    }
    // An outcome ends the case where its columns say it had got to: a transferred clue at the clue or its
    // verification, a claim not initiated at the verification (Art. 14), a terminated one after filing
    // (Art. 14 ¶2) at the furthest step the row has a value for (never a closing).
    int reached = int(ledgerStages().indexOf(stage));
    if (outcome == u"transferred" || outcome == u"not_applicable")
        reached = has(u"verification_started_on"_s) || has(u"verified_on"_s) ? Verification : Clue;
    else if (outcome == u"not_initiated" || outcome == u"no_damage")
        reached = Verification;
    else if (outcome == u"terminated") {
        reached = Investigation;
        for (const LedgerColumn &c : ledgerColumns())
            if (c.stage < Closed && c.stage > reached && has(c.key))
                reached = c.stage;
    }
    // A value for a step after the stage the row names: the ledger contradicts itself. The outcome's own
    // columns belong to an outcome only.
    for (const LedgerColumn &c : ledgerColumns())
        if (c.stage == OutcomeOnly && outcome.isEmpty() && has(c.key))
            problem(c.key, Tr::tr("%1 belongs to an outcome (transferred, not applicable, no damage, not initiated, terminated) but "
                                  "the row says the case is at stage \"%2\": correct the stage or the value.")
                               .arg(QCoreApplication::translate("ecoclaim::Ledger", c.label), value(u"stage"_s)));
        else if (c.stage != OutcomeOnly && c.stage > reached && has(c.key))
            problem(c.key, Tr::tr("The row says the case is at stage \"%1\" but has a value for %2, a later step: correct the stage "
                                  "or the value.")
                               .arg(value(u"stage"_s), QCoreApplication::translate("ecoclaim::Ledger", c.label)));
    if (!row.problems.isEmpty())
        return row;
    // Art. 5: a ledger keeps one total; EcoClaim keeps amounts by category, and guessing one would put the
    // money in the wrong line of the annual report.
    QString category;
    if (has(u"amount_category"_s)) {
        category = categoryKey(value(u"amount_category"_s));
        if (category.isEmpty())
            problem(u"amount_category"_s,
                    Tr::tr("\"%1\" is not a category of Art. 5: write 期间损失, 永久性损害损失, 鉴定评估费用, 修复费用 or 应急处置费用.")
                        .arg(value(u"amount_category"_s)),
                    domain::ArticleRef{5, 0, 0, {}});
    } else {
        for (const QString &key : {u"amount_claimed"_s, u"amount_agreed"_s})
            if (has(key))
                problem(key,
                        Tr::tr("%1 is a total, and amounts are kept by the categories of Art. 5: name its category in the column "
                               "%2 (期间损失, 永久性损害损失, 鉴定评估费用, 修复费用 or 应急处置费用).")
                            .arg(labelOf(key), labelOf(u"amount_category"_s)),
                        domain::ArticleRef{5, 0, 0, {}});
    }
    if (!row.problems.isEmpty())
        return row;

    row.commands << stepOf(u"register_clue"_s);
    if (reached >= Verification) {
        QJsonObject start = stepOf(u"start_verification"_s);
        if (!start.contains(u"started_on"_s) && has(u"received_on"_s)) // ledgers seldom say: the earliest Art. 13 allows
            start.insert(u"started_on"_s, date(u"received_on"_s));
        row.commands << start;
    }
    if (reached >= Investigation || has(u"verified_on"_s) || outcome == u"not_initiated" || outcome == u"no_damage") {
        QJsonObject record = stepOf(u"record_verification"_s);
        // A filed case: damage was found (Art. 13); a claim not initiated too — Art. 14 decides on damage
        // found (no damage closes the clue instead), and a clue closed without damage found none. A row that
        // says otherwise in 是否造成损害 keeps its word, and the closing refuses it with the rule's own.
        if ((reached >= Investigation || outcome == u"not_initiated") && !record.contains(u"damage_found"_s))
            record.insert(u"damage_found"_s, u"yes"_s);
        if (outcome == u"no_damage" && !record.contains(u"damage_found"_s))
            record.insert(u"damage_found"_s, u"no"_s);
        row.commands << record;
    }
    if (reached >= Investigation)
        row.commands << stepOf(u"file_case"_s);
    if (reached >= Appraisal)
        row.commands << stepOf(u"commission_appraisal"_s);
    // The appraisal's opinion (Art. 17): its date, and the amount it quantifies in its category. The five
    // contents stay in the paper report (five_contents: the omission note says so).
    if (reached >= Consultation || (reached == Appraisal && (has(u"appraisal_completed_on"_s) || has(u"amount_claimed"_s)))) {
        QJsonObject result = stepOf(u"record_appraisal_result"_s);
        result.insert(u"damage_determination"_s, FromLedger);
        result.insert(u"causation"_s, FromLedger);
        result.insert(u"omission_note"_s, FromLedger);
        if (has(u"amount_claimed"_s))
            result.insert(category, value(u"amount_claimed"_s));
        row.commands << result;
    }
    if (reached < Consultation) {
        // Last: adding a party carries no date of its own (the timeline dates it the day of the import), so the
        // ledger's dated steps read in order before it. Before an outcome (which ends the case) it is dated by it.
        if (has(u"party_name"_s)) {
            QJsonObject party = stepOf(u"add_party"_s);
            if (!outcome.isEmpty() && has(u"outcome_on"_s))
                party.insert(u"identified_on"_s, date(u"outcome_on"_s));
            row.commands << party;
        }
        appendOutcome(row, values, outcome);
        return row;
    }

    // Consultation (Art. 15, 18): the investigation concluded with damage and a liable party, proposing
    // consultation — the ledger's date, else the day the appraisal's opinion came (the latest it can rest on).
    const QString concluded = has(u"investigation_concluded_on"_s) ? date(u"investigation_concluded_on"_s) : date(u"appraisal_completed_on"_s);
    row.commands << QJsonObject{{u"cmd"_s, u"conclude_investigation"_s}, {u"concluded_on"_s, concluded}, {u"damage_exists"_s, true},
                                {u"scope"_s, FromLedger}, {u"degree"_s, FromLedger}, {u"obligor_identified"_s, true},
                                {u"causation"_s, FromLedger}, {u"proposal"_s, u"consultation"_s}};
    // The party identified by that conclusion, dated by it: the timeline (and the annual report's stage at
    // a year's end) then reads in the ledger's order.
    if (has(u"party_name"_s)) {
        QJsonObject party = stepOf(u"add_party"_s);
        party.insert(u"identified_on"_s, concluded);
        row.commands << party;
    }
    // Art. 18 ¶1(3): consultation starts on an initial restoration plan — in the paper file.
    row.commands << QJsonObject{{u"cmd"_s, u"draft_restoration_plan"_s}, {u"drafted_on"_s, concluded}, {u"elements"_s, FromLedger},
                                {u"scope"_s, FromLedger},           {u"targets"_s, FromLedger},     {u"technical_plan"_s, FromLedger},
                                {u"schedule"_s, FromLedger}};
    QJsonObject start = stepOf(u"start_consultation"_s);
    if (!start.contains(u"started_on"_s) && has(u"notice_served_on"_s)) // the notice starts it (Art. 19)
        start.insert(u"started_on"_s, date(u"notice_served_on"_s));
    row.commands << start;
    const QStringList meetings = datesIn(value(u"consultation_rounds"_s));
    if (has(u"notice_served_on"_s)) {
        // Art. 19: the notice names the first meeting — the ledger's first — and its five-working-day lead is
        // checked against it. The reply period is not in a ledger: it ends on that meeting (the latest
        // Art. 19 ¶2 allows), and the party agreed to consult on the day it was served (it came to the meetings).
        QJsonObject notice = stepOf(u"serve_consultation_notice"_s);
        notice.insert(u"party"_s, value(u"party_name"_s));
        if (!meetings.isEmpty()) {
            notice.insert(u"meeting_on"_s, meetings.first());
            notice.insert(u"reply_due_on"_s, meetings.first());
        }
        row.commands << notice;
        row.commands << QJsonObject{{u"cmd"_s, u"record_notice_reply"_s}, {u"party"_s, value(u"party_name"_s)}, {u"reply"_s, u"agreed"_s},
                                    {u"replied_on"_s, date(u"notice_served_on"_s)}};
    }
    for (const QString &held : meetings)
        row.commands << QJsonObject{{u"cmd"_s, u"hold_consultation_round"_s}, {u"held_on"_s, held}, {u"mode"_s, u"meeting"_s},
                                    {u"participants"_s, FromLedger}, {u"summary"_s, FromLedger}, {u"all_signed"_s, true}};
    if (reached < Agreement) {
        appendOutcome(row, values, outcome);
        return row;
    }

    // The agreement (Art. 23) with its amount in its category; the restoration terms are in the paper.
    QJsonObject agreement = stepOf(u"sign_agreement"_s);
    agreement.insert(u"restoration_terms"_s, FromLedger);
    agreement.insert(u"confirmation_clause"_s, has(u"confirmation_applied_on"_s));
    if (has(u"amount_agreed"_s))
        agreement.insert(category, value(u"amount_agreed"_s));
    row.commands << agreement;
    if (has(u"confirmation_applied_on"_s) || has(u"confirmation_court"_s))
        row.commands << stepOf(u"apply_judicial_confirmation"_s);
    if (has(u"confirmed_on"_s)) {
        QJsonObject ruling = stepOf(u"record_confirmation_ruling"_s);
        ruling.insert(u"confirmed"_s, true);
        row.commands << ruling;
    }
    // Art. 34: the ledger's paid total as one payment on the day it names.
    if (has(u"amount_paid"_s) || has(u"paid_on"_s)) {
        QJsonObject payment = stepOf(u"record_payment"_s);
        payment.insert(u"note"_s, u"据历史案件台账导入：台账所载已支付金额合计。"_s);
        row.commands << payment;
    }
    // Restoration (Art. 27, 29): a closed case restored only when the ledger says so (money only: none).
    const bool closed = reached == Closed;
    if (reached >= Restoration && (!closed || has(u"restoration_started_on"_s)))
        row.commands << stepOf(u"start_restoration"_s);
    if (reached >= Evaluation && (!closed || has(u"restoration_completed_on"_s))) {
        QJsonObject done = stepOf(u"complete_restoration"_s);
        done.insert(u"completion_report"_s, FromLedger);
        row.commands << done;
    }
    if (has(u"evaluated_on"_s) || has(u"evaluation_passed"_s)) {
        QJsonObject evaluation = stepOf(u"record_effect_evaluation"_s);
        if (has(u"evaluation_passed"_s))
            evaluation.insert(u"passed"_s, passedText(value(u"evaluation_passed"_s)));
        for (const QString &k : {u"targets"_s, u"execution"_s, u"achievement"_s, u"effect"_s})
            evaluation.insert(k, FromLedger);
        row.commands << evaluation;
    }
    if (closed)
        row.commands << stepOf(u"close_case"_s);
    appendOutcome(row, values, outcome);
    return row;
}

QString columnOfProblem(const QString &command, const domain::Problem &p)
{
    for (const LedgerColumn &c : ledgerColumns())
        if (!p.field.isEmpty() && c.command == command && c.field == p.field)
            return c.key;
    // Fields the import fills from another column.
    static const QMap<QString, QString> byField{
        {u"serve_consultation_notice/meeting_on"_s, u"consultation_rounds"_s},
        {u"serve_consultation_notice/reply_due_on"_s, u"consultation_rounds"_s},
        {u"serve_consultation_notice/party"_s, u"party_name"_s},
        {u"record_notice_reply/party"_s, u"party_name"_s},
        {u"record_notice_reply/replied_on"_s, u"notice_served_on"_s},
        {u"add_party/identified_on"_s, u"investigation_concluded_on"_s},
        {u"conclude_investigation/concluded_on"_s, u"investigation_concluded_on"_s},
        {u"draft_restoration_plan/drafted_on"_s, u"investigation_concluded_on"_s},
        {u"transfer_clue/transferred_on"_s, u"outcome_on"_s},
        {u"transfer_clue/receiver"_s, u"receiver"_s},
        {u"transfer_clue/reason"_s, u"outcome_reason"_s},
        {u"decide_not_to_initiate/decided_on"_s, u"outcome_on"_s},
        {u"decide_not_to_initiate/reason"_s, u"outcome_reason"_s},
        {u"decide_not_to_initiate/reason_text"_s, u"outcome_note"_s},
        {u"terminate_claim/decided_on"_s, u"outcome_on"_s},
        {u"terminate_claim/reason"_s, u"outcome_reason"_s},
        {u"terminate_claim/reason_text"_s, u"outcome_note"_s},
        {u"declare_not_applicable/decided_on"_s, u"outcome_on"_s},
        {u"declare_not_applicable/exclusion"_s, u"outcome_reason"_s},
        {u"declare_not_applicable/note"_s, u"outcome_note"_s},
        {u"close_without_damage/decided_on"_s, u"outcome_on"_s}};
    if (!p.field.isEmpty()) {
        if (byField.contains(command + u'/' + p.field))
            return byField.value(command + u'/' + p.field);
        if (domain::findChoice(domain::compensationCategories(), p.field) || p.field == u"punitive")
            return command == u"sign_agreement" ? u"amount_agreed"_s : u"amount_claimed"_s;
    }
    // The rule behind a refusal, by its id (per command where the same id means another column).
    static const QMap<QString, QString> byPrecondition{
        {u"case_number_district"_s, u"case_no"_s},     {u"case_number_year"_s, u"case_no"_s},
        {u"discovery_before_receipt"_s, u"discovered_on"_s}, {u"major_reason"_s, u"major_reason"_s},
        {u"damage_found"_s, u"damage_found"_s},        {u"not_twice"_s, u"party_name"_s},
        {u"institution_named"_s, QString()}, // names three columns: the row's
        {u"record_appraisal_result/after_commission"_s, u"appraisal_completed_on"_s},
        {u"conclude_investigation/after_filing"_s, u"investigation_concluded_on"_s},
        {u"start_consultation/liable_party"_s, u"party_name"_s},
        {u"start_consultation/appraisal_complete"_s, u"appraisal_completed_on"_s},
        {u"start_consultation/investigation_complete"_s, u"investigation_concluded_on"_s},
        {u"serve_consultation_notice/five_working_days"_s, u"notice_served_on"_s},
        {u"serve_consultation_notice/reply_before_meeting"_s, u"notice_served_on"_s},
        {u"record_notice_reply/notice_awaiting_reply"_s, u"notice_served_on"_s},
        {u"hold_consultation_round/notice_served"_s, u"consultation_rounds"_s},
        {u"hold_consultation_round/party_agreed"_s, u"notice_served_on"_s},
        {u"hold_consultation_round/three_rounds"_s, u"consultation_rounds"_s},
        {u"hold_consultation_round/ninety_days"_s, u"consultation_rounds"_s},
        {u"sign_agreement/round_held"_s, u"consultation_rounds"_s},
        {u"sign_agreement/after_last_round"_s, u"agreed_on"_s},
        {u"sign_agreement/appraisal_complete"_s, u"appraisal_completed_on"_s},
        {u"apply_judicial_confirmation/agreement_signed"_s, u"agreed_on"_s},
        {u"record_confirmation_ruling/application_pending"_s, u"confirmation_applied_on"_s},
        {u"record_confirmation_ruling/thirty_day_announcement"_s, u"confirmed_on"_s},
        {u"record_payment/amount_due"_s, u"amount_agreed"_s},
        {u"record_payment/not_overpaid"_s, u"amount_paid"_s},
        {u"record_payment/positive"_s, u"amount_paid"_s},
        {u"start_restoration/plan_drafted"_s, u"restoration_started_on"_s},
        {u"complete_restoration/plan_drafted"_s, u"restoration_completed_on"_s},
        {u"complete_restoration/after_start"_s, u"restoration_completed_on"_s},
        {u"record_effect_evaluation/after_completion"_s, u"evaluated_on"_s},
        {u"close_case/restoration_evaluated"_s, u"closed_on"_s},
        {u"close_case/after_evaluation"_s, u"closed_on"_s},
        {u"close_without_damage/verification_concluded"_s, u"verified_on"_s},
        {u"close_without_damage/no_damage_found"_s, u"damage_found"_s},
        {u"close_case/fully_paid"_s, u"amount_paid"_s},
        {u"close_case/unpaid_stated"_s, u"amount_paid"_s},
        {u"decide_not_to_initiate/verification_concluded"_s, u"verified_on"_s},
        {u"decide_not_to_initiate/other_explained"_s, u"outcome_note"_s},
        {u"terminate_claim/other_explained"_s, u"outcome_note"_s}};
    if (const domain::CommandSpec *spec = domain::findCommand(command))
        for (const domain::Precondition &pre : spec->preconditions)
            if (pre.unmetText() == p.message) {
                const QString own = command + u'/' + pre.id;
                if (byPrecondition.contains(own))
                    return byPrecondition.value(own);
                if (byPrecondition.contains(pre.id))
                    return byPrecondition.value(pre.id);
            }
    static const QMap<QString, QString> mainColumn{
        {u"start_verification"_s, u"verification_started_on"_s}, {u"record_verification"_s, u"verified_on"_s},
        {u"file_case"_s, u"filed_on"_s},                          {u"commission_appraisal"_s, u"appraisal_commissioned_on"_s},
        {u"add_party"_s, u"party_name"_s},                        {u"record_appraisal_result"_s, u"appraisal_completed_on"_s},
        {u"conclude_investigation"_s, u"investigation_concluded_on"_s}, {u"draft_restoration_plan"_s, u"investigation_concluded_on"_s},
        {u"start_consultation"_s, u"consultation_started_on"_s},  {u"serve_consultation_notice"_s, u"notice_served_on"_s},
        {u"record_notice_reply"_s, u"notice_served_on"_s},        {u"hold_consultation_round"_s, u"consultation_rounds"_s},
        {u"sign_agreement"_s, u"agreed_on"_s},                    {u"apply_judicial_confirmation"_s, u"confirmation_applied_on"_s},
        {u"record_confirmation_ruling"_s, u"confirmed_on"_s},     {u"record_payment"_s, u"paid_on"_s},
        {u"start_restoration"_s, u"restoration_started_on"_s},    {u"complete_restoration"_s, u"restoration_completed_on"_s},
        {u"record_effect_evaluation"_s, u"evaluated_on"_s},       {u"close_case"_s, u"closed_on"_s},
        {u"transfer_clue"_s, u"outcome_on"_s},                    {u"decide_not_to_initiate"_s, u"outcome_on"_s},
        {u"terminate_claim"_s, u"outcome_on"_s}};
    return mainColumn.value(command);
}

} // namespace ecoclaim::importing::detail
