#include "core/domain/commandreference.h"

#include "core/domain/lifecycle.h"
#include "core/domain/textrules.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace ecoclaim::domain {

namespace {
// Translations of this file live in the context ecoclaim::CommandReference (lupdate reads the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::CommandReference)
};

QString typeName(const FieldSpec &f)
{
    switch (f.type) {
    case FieldType::Text: return Tr::tr("text, one line, ≤ %1 characters").arg(f.lengthLimit());
    case FieldType::LongText: return Tr::tr("text (paragraphs), ≤ %1 characters").arg(f.lengthLimit());
    case FieldType::Date: return f.notInFuture ? Tr::tr("date, not in the future") : Tr::tr("date");
    case FieldType::Money: return Tr::tr("amount in yuan (a string)");
    case FieldType::Bool: return Tr::tr("true / false");
    case FieldType::Choice: {
        QStringList keys;
        for (const Choice &c : f.choices())
            keys << u'`' + c.key + u'`';
        return Tr::tr("one of %1").arg(keys.join(u", "_s));
    }
    case FieldType::District: return Tr::tr("district code or name");
    case FieldType::Department: return Tr::tr("handling unit key");
    case FieldType::Party: return Tr::tr("liable party: number or exact name");
    case FieldType::Integer: return Tr::tr("whole number");
    case FieldType::TextList: return Tr::tr("list of text, ≤ %1 items of ≤ %2 characters").arg(listLengthLimit).arg(f.lengthLimit());
    case FieldType::Instalments: return Tr::tr("list of {\"due_on\", \"amount\"}");
    }
    return {};
}

QString stageList(const QList<Stage> &stages)
{
    QStringList keys;
    for (Stage s : stages)
        keys << u'`' + stageKey(s) + u'`';
    return keys.join(u", "_s);
}
} // namespace

QString commandReferenceMarkdown()
{
    QString md;
    md += Tr::tr("# Command vocabulary") + u"\n\n"_s;
    md += Tr::tr("Generated from the lifecycle table (core/domain/lifecycle*.cpp) by `ecoclaim-cli --lang en commands`; "
             "a test keeps this file equal to that output. Every change to a case is one of these commands, "
             "given as one JSON object: `{\"cmd\": NAME, \"case\": CASE_NO_OR_ID, …fields}` — one per line in a "
             "`.jsonl` script for `ecoclaim-cli apply`. A `register_clue` line may carry `\"ref\": \"A\"`, and later "
             "lines may then say `\"case\": \"A\"`. A refused command changes nothing and names every unmet "
             "precondition with its article.")
        + u"\n\n"_s;
    md += Tr::tr("Values (core/domain/textrules.h, commandinput.cpp): text is a JSON string — a number where text "
                 "belongs is refused like any wrong type. Characters are counted as Unicode code points; a one-line "
                 "field holds no line break or tab, a paragraph field may hold newlines and tabs (a Windows line end "
                 "is stored as a newline); no text may hold NUL or any other control character, half of a UTF-16 "
                 "pair, U+FFFD (what invalid UTF-8 becomes), a noncharacter, or a bidirectional override. Leading and "
                 "trailing blanks are dropped. An amount is a string of yuan with at most two decimals "
                 "(\"1,234.56\", \"¥1234.5\", \"1234元\"); a JSON number is accepted only for a whole number of yuan "
                 "below 2^53, because a number with decimals is binary in JSON and would be rounded. A line may carry "
                 "`\"actor\"` (≤ %1 characters) and `\"id\"` (≤ %2 characters: a line whose id was applied before is "
                 "skipped, see `ecoclaim-cli apply`). Every refusal names the field.")
              .arg(actorLimit)
              .arg(oneLineLimit)
        + u"\n\n"_s;
    for (const CommandSpec &c : commandSpecs()) {
        md += u"## `"_s + c.name + u"` — "_s + c.titleText() + u"\n\n"_s;
        md += Tr::tr("- Allowed at: %1").arg(c.from.isEmpty() ? Tr::tr("(creates a new case)") : stageList(c.from)) + u'\n';
        md += Tr::tr("- Leads to: %1").arg(c.to ? u'`' + stageKey(*c.to) + u'`' : Tr::tr("(stage unchanged)")) + u'\n';
        if (!c.article.isNull())
            md += Tr::tr("- Rests on: %1").arg(c.article.toChinese()) + u'\n';
        md += u"\n| "_s + Tr::tr("field") + u" | "_s + Tr::tr("meaning") + u" | "_s + Tr::tr("type") + u" | "_s + Tr::tr("required")
            + u" | "_s + Tr::tr("article") + u" |\n|---|---|---|---|---|\n"_s;
        for (const FieldSpec &f : c.fields)
            md += u"| `"_s + f.key + u"` | "_s + f.labelText() + u" | "_s + typeName(f) + u" | "_s
                + (f.required ? Tr::tr("yes") : QString()) + u" | "_s + f.article.toChinese() + u" |\n"_s;
        if (!c.preconditions.isEmpty()) {
            md += u'\n' + Tr::tr("Preconditions:") + u"\n\n"_s;
            for (const Precondition &p : c.preconditions)
                md += u"- `"_s + p.id + u"` — "_s + p.unmetText()
                    + (p.article.isNull() ? QString() : u" ("_s + p.article.toChinese() + u')') + u'\n';
        }
        md += u'\n';
    }
    return md;
}

} // namespace ecoclaim::domain
