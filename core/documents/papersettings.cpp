#include "core/documents/papersettings.h"

#include "core/domain/catalogue.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace ecoclaim::documents {

namespace {
QString unitKey(const QString &districtCode, const QString &departmentKey)
{
    return districtCode + u'/' + departmentKey;
}

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
    UnitPaperSettings unit = m_units.value(unitKey(file.districtCode, file.unit), defaults);
    if (unit.unitName.isEmpty())
        unit.unitName = defaults.unitName;
    if (unit.numberPrefix.isEmpty())
        unit.numberPrefix = defaults.numberPrefix;
    return unit;
}

void PaperSettings::setUnit(const QString &districtCode, const QString &departmentKey, const UnitPaperSettings &unit)
{
    m_units.insert(unitKey(districtCode, departmentKey), unit);
}

PaperSettings PaperSettings::load()
{
    QSettings settings;
    PaperSettings s;
    s.templateFolder = settings.value(u"papers/templateFolder"_s).toString();
    const int n = settings.beginReadArray(u"papers/units"_s);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        s.m_units.insert(settings.value(u"key"_s).toString(),
                         UnitPaperSettings{settings.value(u"name"_s).toString(), settings.value(u"prefix"_s).toString(),
                                           settings.value(u"contact"_s).toString(), settings.value(u"phone"_s).toString(),
                                           settings.value(u"address"_s).toString()});
    }
    settings.endArray();
    return s;
}

void PaperSettings::save() const
{
    QSettings settings;
    settings.setValue(u"papers/templateFolder"_s, templateFolder);
    settings.beginWriteArray(u"papers/units"_s, int(m_units.size()));
    int i = 0;
    for (auto it = m_units.begin(); it != m_units.end(); ++it, ++i) {
        settings.setArrayIndex(i);
        settings.setValue(u"key"_s, it.key());
        settings.setValue(u"name"_s, it->unitName);
        settings.setValue(u"prefix"_s, it->numberPrefix);
        settings.setValue(u"contact"_s, it->contactPerson);
        settings.setValue(u"phone"_s, it->contactPhone);
        settings.setValue(u"address"_s, it->address);
    }
    settings.endArray();
}

} // namespace ecoclaim::documents
