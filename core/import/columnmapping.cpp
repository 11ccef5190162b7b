#include "core/import/columnmapping.h"

#include "core/domain/lifecycle.h"
#include "core/import/caseledger.h"
#include "core/import/sheettable.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace ecoclaim::importing {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Import)
};

const QString formatName = u"ecoclaim-import-mapping"_s;

domain::Problem mappingProblem(const QString &message) { return domain::Problem{u"mapping"_s, message, {}}; }

QString folded(const QString &s) { return s.trimmed().toCaseFolded(); }

// Whether `field` is one the import of `command` fills: a field of the creating command, or a column of a
// legacy case ledger (caseledger.h).
bool isFieldOf(const QString &command, const QString &field)
{
    if (command == caseLedgerCommand()) {
        for (const LedgerColumn &c : ledgerColumns())
            if (c.key == field)
                return true;
        return false;
    }
    const domain::CommandSpec *spec = domain::findCommand(command);
    return spec && spec->field(field);
}
} // namespace

domain::Result<ColumnMapping> ColumnMapping::fromJson(const QByteArray &json, const QString &command)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return mappingProblem(Tr::tr("The mapping is not a JSON object (%1 at byte %2).").arg(error.errorString()).arg(error.offset));
    const QJsonObject o = doc.object();
    if (o.value(u"format"_s).toString() != formatName || o.value(u"version"_s).toInt() != 1)
        return mappingProblem(Tr::tr("The mapping is not an EcoClaim import mapping (\"format\": \"%1\", \"version\": 1).").arg(formatName));
    ColumnMapping m;
    m.command = o.value(u"command"_s).toString(command);
    const domain::CommandSpec *spec = domain::findCommand(m.command);
    if (m.command != caseLedgerCommand() && (!spec || !spec->from.isEmpty()))
        return mappingProblem(Tr::tr("The mapping names \"%1\": an import registers new clues (register_clue) or cases of a "
                                     "legacy ledger (%2).").arg(m.command, caseLedgerCommand()));
    const QJsonObject columns = o.value(u"columns"_s).toObject();
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        const QString field = it.value().toString();
        if (!it.value().isString() || (!field.isEmpty() && !isFieldOf(m.command, field)))
            return mappingProblem(Tr::tr("The mapping sends column \"%1\" to \"%2\", which is not a field of %3.")
                                      .arg(it.key(), it.value().toVariant().toString(), m.command));
        m.columns.insert(it.key().trimmed(), field);
    }
    const QJsonObject defaults = o.value(u"defaults"_s).toObject();
    for (auto it = defaults.begin(); it != defaults.end(); ++it) {
        if (!isFieldOf(m.command, it.key()))
            return mappingProblem(Tr::tr("The mapping gives a value for \"%1\", which is not a field of %2.").arg(it.key(), m.command));
        m.defaults.insert(it.key(), it.value().toVariant().toString());
    }
    return m;
}

domain::Result<ColumnMapping> ColumnMapping::load(const QString &path, const QString &command)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return mappingProblem(Tr::tr("Cannot read the mapping %1: %2").arg(path, f.errorString()));
    if (f.size() > (1 << 20))
        return mappingProblem(Tr::tr("The mapping %1 is larger than 1 MiB; it is not a mapping.").arg(path));
    return fromJson(f.readAll(), command);
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonObject columnsJson, defaultsJson;
    for (auto it = columns.begin(); it != columns.end(); ++it)
        columnsJson.insert(it.key(), it.value());
    for (auto it = defaults.begin(); it != defaults.end(); ++it)
        defaultsJson.insert(it.key(), it.value());
    return QJsonObject{{u"format"_s, formatName}, {u"version"_s, 1}, {u"command"_s, command},
                       {u"columns"_s, columnsJson}, {u"defaults"_s, defaultsJson}};
}

domain::Status ColumnMapping::save(const QString &path) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented)) < 0 || !f.commit())
        return mappingProblem(Tr::tr("Cannot write the mapping %1: %2").arg(path, f.errorString()));
    return domain::success();
}

QMap<QString, QString> headerNames(const QString &command)
{
    if (command == caseLedgerCommand())
        return ledgerHeaderNames();
    QMap<QString, QString> out;
    const domain::CommandSpec *spec = domain::findCommand(command);
    if (!spec)
        return out;
    // The window's Chinese labels, from the program's own translation whatever language runs now.
    static QTranslator chinese;
    static const bool loaded = chinese.load(u":/i18n/ecoclaim_zh_CN.qm"_s);
    for (const domain::FieldSpec &f : spec->fields) {
        out.insert(folded(f.key), f.key);
        out.insert(folded(QString::fromUtf8(f.label)), f.key);
        out.insert(folded(f.labelText()), f.key);
        if (loaded)
            if (const QString zh = chinese.translate("ecoclaim::Field", f.label); !zh.isEmpty())
                out.insert(folded(zh), f.key);
    }
    return out;
}

domain::Result<ResolvedColumns> resolveColumns(const QStringList &header, const ColumnMapping &mapping)
{
    const QMap<QString, QString> names = headerNames(mapping.command);
    QMap<QString, QString> mapped; // folded header → field
    for (auto it = mapping.columns.begin(); it != mapping.columns.end(); ++it)
        mapped.insert(folded(it.key()), it.value());
    ResolvedColumns out;
    out.headers = header;
    out.defaults = mapping.defaults;
    domain::Problems problems;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = folded(header.at(i));
        QString field;
        if (mapped.contains(name))
            field = mapped.value(name);
        else if (names.contains(name))
            field = names.value(name);
        else if (!name.isEmpty())
            problems.add(u"mapping"_s, Tr::tr("Column %1 \"%2\" is no field of %3: name it in a mapping (or map it to \"\" to leave "
                                              "it out).").arg(columnName(i), header.at(i), mapping.command));
        if (!field.isEmpty()) {
            if (const int first = out.columnOf(field); first >= 0)
                problems.add(u"mapping"_s, Tr::tr("Columns %1 and %2 both fill \"%3\".").arg(columnName(first), columnName(i), field));
        }
        out.fieldOfColumn << field;
    }
    if (!problems.isEmpty())
        return problems;
    bool any = false;
    for (const QString &f : std::as_const(out.fieldOfColumn))
        any = any || !f.isEmpty();
    if (!any)
        return mappingProblem(Tr::tr("No column of the header row is a field of %1: is the first row the header?").arg(mapping.command));
    return out;
}

} // namespace ecoclaim::importing
