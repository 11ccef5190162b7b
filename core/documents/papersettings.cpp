#include "core/documents/papersettings.h"

#include "core/domain/catalogue.h"
#include "core/service/caseservice.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace ecoclaim::documents {

namespace {
// The abbreviation a department's numbers use ("环" for 生态环境局).
QString departmentCode(const QString &key)
{
    static const QHash<QString, QString> codes{
        {u"ecology"_s, u"环"_s}, {u"district_ecology"_s, u"环"_s}, {u"water"_s, u"水"_s}, {u"district_water"_s, u"水"_s},
        {u"planning"_s, u"规资"_s}, {u"district_planning"_s, u"规资"_s}, {u"agriculture"_s, u"农"_s},
        {u"district_agriculture"_s, u"农"_s}, {u"greening"_s, u"绿"_s}, {u"district_greening"_s, u"绿"_s},
        {u"housing"_s, u"建"_s}, {u"district_housing"_s, u"建"_s}, {u"transport"_s, u"交"_s}, {u"maritime"_s, u"海"_s}};
    return codes.value(key, u"环"_s);
}
} // namespace

UnitPaperSettings PaperSettings::defaultsFor(const QString &districtCode, const QString &departmentKey)
{
    const domain::District *district = domain::findDistrict(districtCode);
    const domain::Department *department = domain::findDepartment(departmentKey);
    UnitPaperSettings unit;
    QString name = department ? department->chinese : QString();
    const bool cityLevel = !district || district->code == u"310000";
    if (!cityLevel && name.startsWith(u"区"))
        name = u"上海市"_s + district->chinese + name.mid(1);
    else if (!cityLevel && departmentKey == u"town_government")
        name = u"上海市"_s + district->chinese + name;
    unit.unitName = name.isEmpty() ? u"上海市生态环境局"_s : name;
    const QString districtChar = cityLevel ? QString() : district->chinese.left(1);
    unit.numberPrefix = u"沪"_s + districtChar + departmentCode(departmentKey) + u"损"_s;
    return unit;
}

UnitPaperSettings PaperSettings::unitFor(const domain::CaseFile &file) const
{
    const UnitPaperSettings defaults = defaultsFor(file.districtCode, file.unit);
    UnitPaperSettings unit = m_units.value(service::unitKey(file.districtCode, file.unit), defaults);
    if (unit.unitName.isEmpty())
        unit.unitName = defaults.unitName;
    if (unit.numberPrefix.isEmpty())
        unit.numberPrefix = defaults.numberPrefix;
    return unit;
}

void PaperSettings::setUnit(const QString &districtCode, const QString &departmentKey, const UnitPaperSettings &unit)
{
    m_units.insert(service::unitKey(districtCode, departmentKey), unit);
}

namespace {
// Each field of UnitPaperSettings and the bureau setting that holds it: a new field of the unit
// becomes a bureau setting with one line here and its name in service/bureausettings.cpp.
struct UnitField
{
    QStringView setting;
    QString UnitPaperSettings::*member;
};
constexpr UnitField unitFields[] = {{service::unitNameSetting, &UnitPaperSettings::unitName},
                                    {service::numberPrefixSetting, &UnitPaperSettings::numberPrefix},
                                    {service::contactPersonSetting, &UnitPaperSettings::contactPerson},
                                    {service::contactPhoneSetting, &UnitPaperSettings::contactPhone},
                                    {service::addressSetting, &UnitPaperSettings::address}};
} // namespace

PaperSettings PaperSettings::fromBureau(const service::BureauSettings &bureau)
{
    PaperSettings s;
    s.templateFolder = QSettings().value(u"papers/templateFolder"_s).toString();
    for (const QString &unit : bureau.units()) {
        UnitPaperSettings u;
        for (const UnitField &f : unitFields)
            u.*f.member = bureau.value(f.setting.toString(), unit);
        s.m_units.insert(unit, u);
    }
    return s;
}

domain::Result<PaperSettings> PaperSettings::load(const service::CaseService &service)
{
    auto bureau = service.reader().bureauSettings();
    if (!bureau)
        return bureau.problems();
    return fromBureau(bureau.value());
}

QList<service::SettingValue> PaperSettings::toSettings(const QString &districtCode, const QString &departmentKey,
                                                       const UnitPaperSettings &unit)
{
    QList<service::SettingValue> values;
    for (const UnitField &f : unitFields)
        values << service::SettingValue{service::unitKey(districtCode, departmentKey), f.setting.toString(), (unit.*f.member).trimmed(), {}, {}};
    return values;
}

domain::Status PaperSettings::save(service::CaseService &service, const QString &actor) const
{
    QList<service::SettingValue> values;
    for (auto it = m_units.begin(); it != m_units.end(); ++it) {
        const QStringList key = it.key().split(u'/');
        values << toSettings(key.value(0), key.value(1), it.value());
    }
    saveTemplateFolder();
    if (values.isEmpty())
        return domain::success();
    auto changed = service.changeSettings(values, actor);
    if (!changed)
        return changed.problems();
    return domain::success();
}

void PaperSettings::saveTemplateFolder() const
{
    QSettings().setValue(u"papers/templateFolder"_s, templateFolder);
}

} // namespace ecoclaim::documents
