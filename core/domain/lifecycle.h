#pragma once
// The lifecycle as data (DESIGN.md "Rules as data"): every command that changes a case, with the
// stages it may be issued in, the stage it leads to, the fields it needs and the preconditions it
// must meet — each precondition with the article it rests on. A reader can check this table
// (lifecycle.cpp) against the rules line by line; the service evaluates it and refuses with EVERY
// unmet precondition; docs/commands.md is checked against it by a test.
//
// Record commands (a notice served, a payment received…) are in the same table: they leave the stage
// unchanged (`to` empty) but obey the same stage and precondition checks.

#include "core/domain/article.h"
#include "core/domain/casefile.h"
#include "core/domain/catalogue.h"
#include "core/domain/result.h"

#include <QJsonObject>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace ecoclaim::domain {

enum class FieldType {
    Text,        // one line
    LongText,    // paragraphs
    Date,        // YYYY-MM-DD
    Money,       // 元 as a string ("1,234.56"), or a whole number of 元 as a JSON number; stored in fen
    Bool,
    Choice,      // a key of a catalogue list
    District,    // district code or Chinese name
    Department,  // department key
    Party,       // a liable party of this case: its number (1, 2…) or exact name
    Integer,
    TextList,    // JSON array of strings
    Instalments, // JSON array of {"due_on": DATE, "amount": MONEY}
};

struct FieldSpec
{
    QString key;
    FieldType type = FieldType::Text;
    bool required = false;
    const char *label = nullptr;                      // English, translated in context ecoclaim::Field
    const QList<Choice> &(*choices)() = nullptr;      // for FieldType::Choice
    bool notInFuture = false;                         // a date of something that has happened
    ArticleRef article;                               // the rule that asks for this field, if any
    // Longest text accepted, in characters (textrules.h). 0: the limit of the field's type — one line
    // 200, paragraphs 20,000, each item of a list 200 — so a new field needs nothing of its own.
    int maxLength = 0;
    QString labelText() const;
    int lengthLimit() const;
};

// A command's input after validation: values are typed (QDate, qint64 fen for money, bool, QString,
// QStringList, qint64 party id, QVariantList of {due_on: QDate, amount: qint64} for instalments).
struct CommandInput
{
    QString command;
    QVariantMap values;
    QDate today;

    bool has(const QString &key) const { return values.contains(key) && !values.value(key).isNull(); }
    QString text(const QString &key) const { return values.value(key).toString(); }
    QDate date(const QString &key) const { return values.value(key).toDate(); }
    Money money(const QString &key) const { return Money::fromFen(values.value(key).toLongLong()); }
    bool flag(const QString &key, bool fallback = false) const
    {
        return has(key) ? values.value(key).toBool() : fallback;
    }
    qint64 id(const QString &key) const { return values.value(key).toLongLong(); }
    QStringList list(const QString &key) const { return values.value(key).toStringList(); }
};

// What a rule sees. `serviceLead` answers "was the notice served early enough before the meeting?"
// from the working-day calendar (core/calendar), which the domain does not depend on.
struct RuleContext
{
    const CaseFile &file;
    const CommandInput &input;
    std::function<Result<bool>(QDate served, QDate meeting)> serviceLead;
};

struct Precondition
{
    QString id;
    const char *unmet = nullptr; // English, translated in context ecoclaim::Lifecycle: said when it does not hold
    ArticleRef article;
    // Returns true when the precondition holds. May add its own, more precise problems instead.
    std::function<bool(const RuleContext &, Problems &)> holds;
    QString unmetText() const;
};

struct CommandSpec
{
    QString name;
    const char *title = nullptr; // English, translated in context ecoclaim::Command
    QList<Stage> from;           // empty: creates a case (register_clue)
    std::optional<Stage> to;     // empty: the stage does not change
    ArticleRef article;
    QList<FieldSpec> fields;
    QList<Precondition> preconditions;
    QString titleText() const;
    const FieldSpec *field(QStringView key) const;
};

const QList<CommandSpec> &commandSpecs();

// The official papers' keys and Chinese titles, for the paper commands' `paper_type` (the papers
// module, core/documents/papertypes.h, holds the rest of each paper's description).
const QList<Choice> &paperTypeChoices();
const CommandSpec *findCommand(QStringView name);

// The caseworker's label of a stored field, taken from the command field of the same name (the audit
// trail records column names: "finding" reads 核查结论). Empty when no command asks for such a field,
// or when commands label fields of that name differently.
QString fieldLabelFor(QStringView column);

// Commands the caseworker may issue now, for the window's action list.
QList<const CommandSpec *> commandsAvailableIn(Stage stage);

// Fields of a JSON command object turned into typed values. Party references are resolved against
// `file` (may be null for register_clue). Every problem is reported, each naming its field.
Result<CommandInput> parseCommandInput(const CommandSpec &spec, const QJsonObject &json, const CaseFile *file,
                                       QDate today);

// Whether the command may be issued at the case's stage at all (an archived case refuses everything).
// Checked before the fields: "not at this stage" is the answer that matters, not a missing field.
Problems checkStage(const CommandSpec &spec, const CaseFile &file);
// Every unmet precondition for issuing `input` on the case now.
Problems checkPreconditions(const CommandSpec &spec, const RuleContext &context);

} // namespace ecoclaim::domain
