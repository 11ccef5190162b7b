#include "core/domain/auditwording.h"

#include "core/domain/dateformat.h"
#include "core/domain/auditwording_p.h"

#include "core/domain/lifecycle.h"
#include "core/domain/stage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ecoclaim::domain {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::AuditWording)
};
using detail::ColumnWording;
using detail::ValueKind;

QString translated(const char *english) { return QCoreApplication::translate("ecoclaim::AuditWording", english); }

const ColumnWording *wordingOf(QStringView table, QStringView column)
{
    const ColumnWording *generic = nullptr;
    for (const ColumnWording &w : detail::columnWordings()) {
        if (column != QLatin1StringView(w.column))
            continue;
        if (!w.table)
            generic = &w;
        else if (table == QLatin1StringView(w.table))
            return &w;
    }
    return generic;
}

// The command field that stores into `column`: money columns keep their amount in fen ("amount_fen"
// holds the field "amount"). Only when every command that has such a field gives it the same type.
const FieldSpec *commandFieldOf(QStringView column)
{
    const QStringView key = column.endsWith(u"_fen") ? column.chopped(4) : column;
    const FieldSpec *found = nullptr;
    for (const CommandSpec &spec : commandSpecs()) {
        const FieldSpec *f = spec.field(key);
        if (!f)
            continue;
        if (found && (found->type != f->type || found->choices != f->choices))
            return nullptr;
        found = f;
    }
    return found;
}

struct Reading
{
    ValueKind kind = ValueKind::Text;
    const QList<Choice> &(*choices)() = nullptr;
};

Reading readingOf(QStringView table, QStringView column)
{
    if (const ColumnWording *w = wordingOf(table, column); w && w->kind != ValueKind::Auto)
        return {w->kind, w->choices};
    if (column.endsWith(u"_fen"))
        return {ValueKind::Money, nullptr};
    if (const FieldSpec *f = commandFieldOf(column)) {
        switch (f->type) {
        case FieldType::Money: return {ValueKind::Money, nullptr};
        case FieldType::Bool: return {ValueKind::Bool, nullptr};
        case FieldType::Date: return {ValueKind::Date, nullptr};
        case FieldType::Choice: return {ValueKind::Choice, f->choices};
        case FieldType::District: return {ValueKind::District, nullptr};
        case FieldType::Department: return {ValueKind::Department, nullptr};
        case FieldType::Party: return {ValueKind::Party, nullptr};
        case FieldType::Integer: return {ValueKind::Number, nullptr};
        default: break;
        }
    }
    if (column.endsWith(u"_on"))
        return {ValueKind::Date, nullptr};
    if (column.endsWith(u"_at"))
        return {ValueKind::Timestamp, nullptr};
    return {ValueKind::Text, nullptr};
}

template<typename T>
const T *byId(const QList<T> &list, qint64 id)
{
    for (const T &item : list)
        if (item.id == id)
            return &item;
    return nullptr;
}

QString idText(ValueKind kind, qint64 id, const CaseFile *file)
{
    if (file) {
        switch (kind) {
        case ValueKind::Case:
            if (file->id == id)
                return file->number;
            break;
        case ValueKind::Party:
            if (const Party *p = byId(file->parties, id))
                return p->name;
            break;
        case ValueKind::Evidence:
            if (const EvidenceItem *e = byId(file->evidence, id))
                return Tr::tr("“%1”").arg(e->title);
            break;
        case ValueKind::Paper:
            if (const FiledPaper *p = byId(file->papers, id))
                return p->docNo.isEmpty() ? Tr::tr("“%1” (version %2)").arg(p->title).arg(p->version)
                                          : Tr::tr("%1 (version %2)").arg(p->docNo).arg(p->version);
            break;
        case ValueKind::Agreement:
            if (const Agreement *a = byId(file->agreements, id))
                return Tr::tr("the agreement signed on %1").arg(displayDate(a->signedOn));
            break;
        case ValueKind::Enforcement:
            if (const Enforcement *e = byId(file->enforcements, id))
                return e->enforcementNo.isEmpty() ? Tr::tr("the enforcement applied for on %1").arg(displayDate(e->appliedOn))
                                                  : Tr::tr("enforcement %1").arg(e->enforcementNo);
            break;
        case ValueKind::Round:
            if (const ConsultationRound *r = byId(file->rounds, id))
                return Tr::tr("consultation round %1").arg(r->number);
            break;
        case ValueKind::Emergency:
            if (const EmergencyAction *e = byId(file->emergencyActions, id))
                return Tr::tr("the emergency action of %1").arg(displayDate(e->actedOn));
            break;
        default: break;
        }
    }
    return Tr::tr("record %1").arg(id); // not in this case file (removed since, or another case's)
}

qint64 integerOf(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toInteger();
    if (v.isBool())
        return v.toBool() ? 1 : 0;
    return v.toString().toLongLong();
}
} // namespace

QString auditTableLabel(QStringView table)
{
    for (const detail::TableWording &t : detail::tableWordings())
        if (table == QLatin1StringView(t.table))
            return translated(t.label);
    return {};
}

QString auditColumnLabel(QStringView table, QStringView column)
{
    if (const ColumnWording *w = wordingOf(table, column); w && w->label)
        return translated(w->label);
    const QStringView key = column.endsWith(u"_fen") ? column.chopped(4) : column;
    return fieldLabelFor(key);
}

QString auditValueText(QStringView table, QStringView column, const QJsonValue &value, const CaseFile *file, int maxLength)
{
    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty()))
        return Tr::tr("(empty)");
    const Reading reading = readingOf(table, column);
    switch (reading.kind) {
    case ValueKind::Money: return Tr::tr("%1 yuan").arg(Money::fromFen(integerOf(value)).toYuanString());
    case ValueKind::Bool: return integerOf(value) != 0 ? Tr::tr("yes") : Tr::tr("no");
    case ValueKind::Number: return QString::number(integerOf(value));
    case ValueKind::Timestamp: {
        const QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        return at.isValid() ? displayTimestamp(at) : value.toString();
    }
    case ValueKind::Case:
    case ValueKind::Party:
    case ValueKind::Evidence:
    case ValueKind::Paper:
    case ValueKind::Agreement:
    case ValueKind::Enforcement:
    case ValueKind::Round:
    case ValueKind::Emergency: return idText(reading.kind, integerOf(value), file);
    case ValueKind::Stage: {
        Stage s;
        return stageFromKey(value.toString(), &s) ? stageDisplayName(s) : value.toString();
    }
    case ValueKind::District:
        if (const District *d = findDistrict(value.toString()))
            return d->displayName();
        break;
    case ValueKind::Department:
        if (const Department *d = findDepartment(value.toString()))
            return d->displayName();
        break;
    case ValueKind::Choice:
        if (reading.choices)
            if (const Choice *c = findChoice(reading.choices(), value.toString()))
                return c->displayName();
        break;
    case ValueKind::AnyChoice:
        // Commands choose a field of this name from different lists ("ground", "method"): the list
        // that has this key says what it reads.
        for (const CommandSpec &spec : commandSpecs())
            if (const FieldSpec *f = spec.field(column); f && f->choices)
                if (const Choice *c = findChoice(f->choices(), value.toString()))
                    return c->displayName();
        break;
    default: break;
    }
    // A date (every stored date is ISO, in a column named …_on or …_date): written as the language writes dates.
    if (value.isString() && (column.endsWith(u"_on") || column.endsWith(u"_date") || column.endsWith(u"_until") || column == u"until"))
        if (const QDate d = QDate::fromString(value.toString(), Qt::ISODate); d.isValid())
            return displayDate(d);
    QString text = value.isDouble() ? QString::number(value.toInteger()) : value.isBool() ? (value.toBool() ? Tr::tr("yes") : Tr::tr("no"))
                                                                                          : value.toString();
    if (maxLength > 1 && text.size() > maxLength)
        text = text.left(maxLength - 1) + u'…';
    return text;
}

QStringList auditChangeLines(const QString &changesJson, const CaseFile *file, int maxLength)
{
    QStringList lines;
    const QJsonArray changes = QJsonDocument::fromJson(changesJson.toUtf8()).array();
    for (const QJsonValue &c : changes) {
        const QJsonObject o = c.toObject();
        const QString table = o.value(u"entity"_s).toString(), column = o.value(u"field"_s).toString();
        QString tableLabel = auditTableLabel(table), columnLabel = auditColumnLabel(table, column);
        if (tableLabel.isEmpty())
            tableLabel = table;
        if (columnLabel.isEmpty())
            columnLabel = column;
        lines << Tr::tr("%1 · %2: %3 → %4")
                     .arg(tableLabel, columnLabel, auditValueText(table, column, o.value(u"old"_s), file, maxLength),
                          auditValueText(table, column, o.value(u"new"_s), file, maxLength));
    }
    return lines;
}

QString auditActorText(const QString &login, const QHash<QString, Person> &people)
{
    const auto it = people.constFind(login);
    return it == people.constEnd() ? login : it->nameWithLogin();
}

} // namespace ecoclaim::domain
