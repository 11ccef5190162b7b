// Turning a JSON command object into typed, validated values, and checking a command against the
// stage and the preconditions of lifecycle.cpp. Every problem is collected, never only the first.

#include "core/domain/identifiers.h"
#include "core/domain/lifecycle.h"
#include "core/domain/textrules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ecoclaim::domain {

namespace {
// Translations of this file live in the context ecoclaim::Lifecycle (lupdate reads the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Lifecycle)
};

// Keys a script line may carry besides the command's own fields.
const QSet<QString> &envelopeKeys()
{
    // "id" makes a script line idempotent (service/scriptrunner.h); the service checks it and "actor".
    static const QSet<QString> keys{u"cmd"_s, u"case"_s, u"ref"_s, u"actor"_s, u"comment"_s, u"id"_s};
    return keys;
}

// Strict ISO date: exactly YYYY-MM-DD and a day that exists.
std::optional<QDate> parseIsoDate(const QString &text)
{
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        return std::nullopt;
    return d;
}

std::optional<bool> parseBool(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isDouble() && (v.toDouble() == 0 || v.toDouble() == 1))
        return v.toDouble() == 1;
    const QString s = v.toString().trimmed().toLower();
    if (s == u"true" || s == u"yes" || s == u"是" || s == u"1")
        return true;
    if (s == u"false" || s == u"no" || s == u"否" || s == u"0")
        return false;
    return std::nullopt;
}

QString scalarText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == static_cast<double>(static_cast<qint64>(d)))
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'f', 2);
    }
    return {};
}

// Money is never rounded silently. A string is read digit by digit (Money::parseYuan: at most two
// decimals). A JSON number has already been turned into a binary double by the JSON parser — 0.1 is not
// 0.1 there, and "12.345" or "12.3400000000000001" would come out as some nearby double — so a number is
// accepted only when it is a whole number of yuan small enough to be exact (below 2^53); amounts with fen
// must be written as strings.
Result<qint64> parseMoneyValue(const QJsonValue &v, const QString &label)
{
    if (!v.isString() && !v.isDouble())
        return Problem{{}, Tr::tr("%1 must be an amount in yuan, such as \"12,345.67\".").arg(label), {}};
    if (v.isDouble()) {
        const double d = v.toDouble();
        constexpr double exactLimit = 9007199254740992.0; // 2^53
        if (!(d > -exactLimit && d < exactLimit) || d != static_cast<double>(static_cast<qint64>(d)))
            return Problem{{}, Tr::tr("%1: write the amount as a string, such as \"12345.67\": a JSON number with decimals "
                                      "(or this large) is not kept exactly, and an amount is never rounded.")
                                   .arg(label.isEmpty() ? Tr::tr("Amount") : label), {}};
    }
    Result<Money> m = Money::parseYuan(scalarText(v), label);
    if (!m)
        return m.problems();
    return m.value().fen();
}

Result<qint64> resolveParty(const QJsonValue &v, const CaseFile *file, const QString &label)
{
    const QString ref = scalarText(v);
    if (file) {
        bool isNumber = false;
        const int seq = ref.toInt(&isNumber);
        for (const Party &p : file->parties)
            if ((isNumber && p.seq == seq) || p.name == ref)
                return p.id;
    }
    return Problem{{}, Tr::tr("%1: this case has no liable party \"%2\" (give the party's number or exact name).")
                           .arg(label, ref), {}};
}
} // namespace

QString FieldSpec::labelText() const { return QCoreApplication::translate("ecoclaim::Field", label); }
int FieldSpec::lengthLimit() const
{
    if (maxLength > 0)
        return maxLength;
    return type == FieldType::LongText ? paragraphLimit : type == FieldType::TextList ? listItemLimit : oneLineLimit;
}
QString Precondition::unmetText() const { return QCoreApplication::translate("ecoclaim::Lifecycle", unmet); }
QString CommandSpec::titleText() const { return QCoreApplication::translate("ecoclaim::Command", title); }

QString fieldLabelFor(QStringView column)
{
    // Only a name every command labels alike: "kind" is a party's 主体类型 in one command and an
    // evidence file's 类别 in another, and the audit trail does not say which command's field it was.
    const char *label = nullptr;
    for (const CommandSpec &spec : commandSpecs()) {
        const FieldSpec *f = spec.field(column);
        if (!f || !f->label)
            continue;
        if (label && qstrcmp(label, f->label) != 0)
            return {};
        label = f->label;
    }
    return label ? QCoreApplication::translate("ecoclaim::Field", label) : QString();
}

const FieldSpec *CommandSpec::field(QStringView key) const
{
    for (const FieldSpec &f : fields)
        if (f.key == key)
            return &f;
    return nullptr;
}

const CommandSpec *findCommand(QStringView name)
{
    for (const CommandSpec &c : commandSpecs())
        if (c.name == name)
            return &c;
    return nullptr;
}

QList<const CommandSpec *> commandsAvailableIn(Stage stage)
{
    QList<const CommandSpec *> out;
    for (const CommandSpec &c : commandSpecs())
        if (c.from.contains(stage))
            out << &c;
    return out;
}

Result<CommandInput> parseCommandInput(const CommandSpec &spec, const QJsonObject &json, const CaseFile *file,
                                       QDate today)
{
    Problems problems;
    CommandInput input{spec.name, {}, today};

    for (auto it = json.begin(); it != json.end(); ++it)
        if (!envelopeKeys().contains(it.key()) && !spec.field(it.key()))
            problems.add(it.key(), Tr::tr("\"%1\" is not a field of the command %2.").arg(it.key(), spec.name));

    for (const FieldSpec &f : spec.fields) {
        const QJsonValue v = json.value(f.key);
        const QString label = f.labelText();
        const bool absent = v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty())
            || (v.isArray() && v.toArray().isEmpty());
        if (absent) {
            if (f.required)
                problems.add(f.key, Tr::tr("%1 is required.").arg(label), f.article);
            continue;
        }
        auto fail = [&](const QString &message) { problems.add(f.key, message, {}); };

        switch (f.type) {
        case FieldType::Text:
        case FieldType::LongText: {
            // A number is not text: {"title": 12} is refused like any wrong type, not stored as "12".
            if (!v.isString()) {
                fail(Tr::tr("%1 must be text (a JSON string in quotes).").arg(label));
                break;
            }
            const bool paragraphs = f.type == FieldType::LongText;
            const QString text = paragraphs ? withUnixLineEnds(v.toString()).trimmed() : v.toString().trimmed();
            if (const QString why = textProblem(text, label, paragraphs ? TextShape::Paragraphs : TextShape::OneLine,
                                                f.lengthLimit());
                !why.isEmpty())
                fail(why);
            else
                input.values.insert(f.key, text);
            break;
        }
        case FieldType::Date: {
            const auto d = parseIsoDate(scalarText(v));
            if (!d)
                fail(Tr::tr("%1: \"%2\" is not a real date (write YYYY-MM-DD).").arg(label, scalarText(v)));
            else if (f.notInFuture && *d > today)
                fail(Tr::tr("%1 (%2) cannot be in the future.").arg(label, d->toString(Qt::ISODate)));
            else
                input.values.insert(f.key, *d);
            break;
        }
        case FieldType::Money: {
            Result<qint64> fen = parseMoneyValue(v, label);
            if (!fen) {
                for (Problem p : fen.problems().list()) {
                    p.field = f.key;
                    problems.add(p);
                }
            } else {
                input.values.insert(f.key, fen.value());
            }
            break;
        }
        case FieldType::Bool: {
            const auto b = parseBool(v);
            if (!b)
                fail(Tr::tr("%1 must be true or false.").arg(label));
            else
                input.values.insert(f.key, *b);
            break;
        }
        case FieldType::Choice: {
            const QString key = scalarText(v);
            const Choice *c = findChoice(f.choices(), key);
            if (!c) // also accept the official Chinese wording
                for (const Choice &candidate : f.choices())
                    if (candidate.chinese == key)
                        c = &candidate;
            if (!c) {
                QStringList keys;
                for (const Choice &candidate : f.choices())
                    keys << candidate.key;
                fail(Tr::tr("%1: \"%2\" is not one of: %3.").arg(label, key, keys.join(u", "_s)));
            } else {
                input.values.insert(f.key, c->key);
            }
            break;
        }
        case FieldType::District: {
            const District *d = findDistrict(scalarText(v));
            if (!d)
                fail(Tr::tr("%1: \"%2\" is not a Shanghai district (give its code, such as 310115, or its name).")
                         .arg(label, scalarText(v)));
            else
                input.values.insert(f.key, d->code);
            break;
        }
        case FieldType::Department: {
            const QString key = scalarText(v);
            const Department *d = findDepartment(key);
            if (!d)
                for (const Department &candidate : departments())
                    if (candidate.chinese == key || candidate.shortName == key)
                        d = &candidate;
            if (!d)
                fail(Tr::tr("%1: \"%2\" is not a known handling department.").arg(label, key));
            else
                input.values.insert(f.key, d->key);
            break;
        }
        case FieldType::Party: {
            Result<qint64> id = resolveParty(v, file, label);
            if (!id)
                fail(id.problems().first().message);
            else
                input.values.insert(f.key, id.value());
            break;
        }
        case FieldType::Integer:
            if (!v.isDouble() || v.toDouble() != static_cast<double>(v.toInteger()))
                fail(Tr::tr("%1 must be a whole number.").arg(label));
            else
                input.values.insert(f.key, v.toInteger());
            break;
        case FieldType::TextList: {
            QStringList items;
            bool typed = true;
            if (v.isArray()) {
                for (const QJsonValue &item : v.toArray()) {
                    typed = typed && item.isString();
                    if (!item.toString().trimmed().isEmpty())
                        items << item.toString().trimmed();
                }
            } else if (v.isString()) {
                static const QRegularExpression separators(u"[\\n、，,;；]"_s);
                for (const QString &item : v.toString().split(separators, Qt::SkipEmptyParts))
                    if (!item.trimmed().isEmpty())
                        items << item.trimmed();
            } else {
                typed = false;
            }
            if (!typed) {
                fail(Tr::tr("%1 must be text, or a list of texts.").arg(label));
                break;
            }
            if (items.size() > listLengthLimit) {
                fail(Tr::tr("%1 has %2 items; at most %3 are accepted.").arg(label).arg(items.size()).arg(listLengthLimit));
                break;
            }
            QString why;
            for (qsizetype i = 0; i < items.size() && why.isEmpty(); ++i)
                why = textProblem(items.at(i), Tr::tr("%1, item %2").arg(label).arg(i + 1), TextShape::OneLine, f.lengthLimit());
            if (!why.isEmpty())
                fail(why);
            else
                input.values.insert(f.key, items);
            break;
        }
        case FieldType::Instalments: {
            if (!v.isArray()) {
                fail(Tr::tr("%1 must be a list of {\"due_on\", \"amount\"}.").arg(label));
                break;
            }
            QVariantList rows;
            int n = 0;
            for (const QJsonValue &item : v.toArray()) {
                ++n;
                const QJsonObject o = item.toObject();
                const auto due = parseIsoDate(o.value(u"due_on"_s).toString());
                Result<qint64> fen = parseMoneyValue(o.value(u"amount"_s), QString());
                if (!due)
                    fail(Tr::tr("%1, instalment %2: \"%3\" is not a real date.").arg(label).arg(n).arg(
                        o.value(u"due_on"_s).toString()));
                if (!fen)
                    fail(Tr::tr("%1, instalment %2: %3").arg(label).arg(n).arg(fen.problems().first().message));
                else if (fen.value() <= 0)
                    fail(Tr::tr("%1, instalment %2: the amount must be more than zero.").arg(label).arg(n));
                if (due && fen)
                    rows << QVariantMap{{u"due_on"_s, *due}, {u"amount"_s, fen.value()}};
            }
            input.values.insert(f.key, rows);
            break;
        }
        }
    }

    // Identifiers are checked as they are read: a wrong check character is a typo, not a fact.
    // Normalised first (blanks, full-width, lower case), so the stored code is the one key a party is
    // found by again.
    if (input.has(u"credit_code"_s)) {
        const QString code = normalizedCreditCode(input.text(u"credit_code"_s));
        input.values.insert(u"credit_code"_s, code);
        problems.append(checkCreditCode(code, u"credit_code"_s));
    }
    if (input.has(u"id_number"_s)) {
        const QString id = normalizedResidentId(input.text(u"id_number"_s));
        input.values.insert(u"id_number"_s, id);
        problems.append(checkResidentId(id, u"id_number"_s, today));
    }

    if (!problems.isEmpty())
        return problems;
    return input;
}

Problems checkStage(const CommandSpec &spec, const CaseFile &file)
{
    Problems problems;
    const Stage stage = file.stage;
    if (stage == Stage::Archived && !spec.from.isEmpty()) {
        problems.add({}, Tr::tr("The case is archived: its file is closed and can no longer be changed."), art(42));
        return problems;
    }
    if (!spec.from.isEmpty() && !spec.from.contains(stage)) {
        QStringList allowed;
        for (Stage s : spec.from)
            allowed << stageDisplayName(s);
        problems.add({}, Tr::tr("\"%1\" cannot be done while the case is at the stage \"%2\"; it is possible at: %3.")
                             .arg(spec.titleText(), stageDisplayName(stage), allowed.join(u", "_s)),
                     spec.article);
    }
    return problems;
}

Problems checkPreconditions(const CommandSpec &spec, const RuleContext &context)
{
    Problems problems;
    for (const Precondition &p : spec.preconditions) {
        Problems own;
        if (!p.holds(context, own)) {
            if (own.isEmpty())
                problems.add({}, p.unmetText(), p.article);
            else
                problems.append(own);
        }
    }
    return problems;
}

} // namespace ecoclaim::domain
