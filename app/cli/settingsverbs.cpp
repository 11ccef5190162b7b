// ecoclaim-cli settings list [--unit U] [--json] | set NAME VALUE [--unit U]: the bureau's settings
// (core/service/bureausettings.h), the same for every desk of the database; `set` is the audited
// command change_settings, as the window's Settings dialog is.

#include "app/cli/caseverbs.h"

#include "core/documents/papersettings.h"
#include "core/service/casereader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ecoclaim::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Cli)
};

int settingsUsage()
{
    err() << Tr::tr("usage: ecoclaim-cli settings list [--unit DISTRICT_CODE/DEPARTMENT] [--json]\n"
                    "       ecoclaim-cli settings set NAME VALUE [--unit DISTRICT_CODE/DEPARTMENT]")
          << Qt::endl;
    return Usage;
}

// What a unit's field is when the bureau never set it: derived from its district and department.
QString unitDefault(const QString &unit, const QString &name)
{
    const QStringList key = unit.split(u'/');
    const documents::UnitPaperSettings d = documents::PaperSettings::defaultsFor(key.value(0), key.value(1));
    if (name == service::unitNameSetting)
        return d.unitName;
    if (name == service::numberPrefixSetting)
        return d.numberPrefix;
    return {};
}

int list(const service::BureauSettings &bureau, const QString &unit, bool json)
{
    QJsonArray all;
    auto show = [&](const service::SettingSpec &spec, const QString &forUnit) {
        const bool set = bureau.isSet(spec.name, forUnit);
        QString value = bureau.value(spec.name, forUnit);
        if (!set && !forUnit.isEmpty())
            value = unitDefault(forUnit, spec.name);
        QString changed;
        for (const service::SettingValue &v : bureau.stored())
            if (v.unit == forUnit && v.name == spec.name)
                changed = Tr::tr("set by %1 at %2").arg(v.changedBy, v.changedAt);
        if (json) {
            all.append(QJsonObject{{u"unit"_s, forUnit}, {u"name"_s, spec.name}, {u"value"_s, value},
                                   {u"default"_s, !set}, {u"label"_s, spec.label()}});
            return;
        }
        out() << (forUnit.isEmpty() ? QString() : forUnit + u'\t') << spec.name << u'\t' << value << u'\t'
              << (set ? changed : Tr::tr("(default)")) << u'\t' << spec.label() << Qt::endl;
    };
    for (const service::SettingSpec &spec : service::settingSpecs()) {
        if (spec.scope == service::SettingScope::Bureau && unit.isEmpty())
            show(spec, {});
    }
    QStringList units = unit.isEmpty() ? bureau.units() : QStringList{unit};
    for (const QString &u : std::as_const(units))
        for (const service::SettingSpec &spec : service::settingSpecs())
            if (spec.scope == service::SettingScope::Unit)
                show(spec, u);
    if (json)
        out() << QJsonDocument(all).toJson(QJsonDocument::Indented);
    return Done;
}
} // namespace

int runSettings(const Options &options, QStringList args)
{
    if (args.isEmpty())
        return settingsUsage();
    const QString sub = args.takeFirst();
    bool missing = false;
    const QString unit = takeOption(args, u"--unit"_s, &missing);
    const bool json = takeFlag(args, u"--json"_s);
    if (missing)
        return settingsUsage();
    if (!unit.isEmpty())
        if (const QString p = service::unitKeyProblem(unit); !p.isEmpty()) {
            err() << p << Qt::endl;
            return Usage;
        }
    if (sub == u"list"_s && args.isEmpty()) {
        auto session = openSession(options);
        if (!session)
            return Refused;
        auto bureau = session->service->reader().bureauSettings();
        if (!bureau) {
            printProblems(bureau.problems());
            return Refused;
        }
        return list(bureau.value(), unit, json);
    }
    if (sub == u"set"_s && args.size() == 2 && !json) {
        auto session = openSession(options);
        if (!session)
            return Refused;
        auto changed = session->service->changeSettings({{unit, args.at(0), args.at(1), {}, {}}}, options.actor);
        if (!changed) {
            printProblems(changed.problems());
            return Refused;
        }
        if (changed->isEmpty())
            out() << Tr::tr("%1 is already %2; nothing changed.").arg(args.at(0), args.at(1)) << Qt::endl;
        for (const domain::FieldChange &c : changed.value())
            out() << c.field << u": "_s << (c.before.isNull() ? Tr::tr("(default)") : c.before.toString()) << u" → "_s
                  << c.after.toString() << Qt::endl;
        return Done;
    }
    return settingsUsage();
}

} // namespace ecoclaim::cli
