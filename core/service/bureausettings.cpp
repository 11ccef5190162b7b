#include "core/service/bureausettings.h"

#include "core/domain/catalogue.h"
#include "core/domain/deadlinekinds.h"
#include "core/storage/settingsstore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ecoclaim::service {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Settings)
};

QString keyOf(const QString &unit, const QString &name) { return unit + u'\n' + name; }

constexpr QStringView leadDaysPrefix = u"lead_days.";
} // namespace

QString leadDaysSetting(const QString &deadlineKind) { return leadDaysPrefix.toString() + deadlineKind; }

bool changesDeadlines(const QString &settingName)
{
    return settingName == suitDeadlineDaysSetting || settingName == reporterReplyDaysSetting;
}

QString unitKey(const QString &districtCode, const QString &departmentKey) { return districtCode + u'/' + departmentKey; }

QString unitKeyProblem(const QString &unit)
{
    const QStringList parts = unit.split(u'/');
    if (parts.size() != 2 || !domain::findDistrict(parts.at(0)) || domain::findDistrict(parts.at(0))->code != parts.at(0)
        || !domain::findDepartment(parts.at(1)))
        return Tr::tr("\"%1\" is not an issuing unit: write DISTRICT_CODE/DEPARTMENT, such as 310115/district_ecology.").arg(unit);
    return {};
}

QString SettingSpec::label() const
{
    if (name == serviceLeadReadingSetting)
        return Tr::tr("How \"served 5 working days before the meeting\" is read (Art. 19)");
    if (name.startsWith(leadDaysPrefix)) {
        const domain::DeadlineKind *k = domain::findDeadlineKind(QStringView(name).mid(leadDaysPrefix.size()));
        return Tr::tr("Warn days before: %1").arg(k ? k->displayName() : name);
    }
    if (name == suitDeadlineDaysSetting)
        return Tr::tr("Days to sue once consultation failed (Art. 25 ¶1)");
    if (name == simpleCaseThresholdSetting)
        return Tr::tr("Simple case: damage under (yuan; Art. 16 ¶2, 21 ¶3, 29 ¶2)");
    if (name == reporterReplyDaysSetting)
        return Tr::tr("Days to answer a reporter (Art. 13 ¶3)");
    if (name == unitNameSetting)
        return Tr::tr("Unit name (signature of its papers)");
    if (name == numberPrefixSetting)
        return Tr::tr("Prefix of its paper numbers");
    if (name == contactPersonSetting)
        return Tr::tr("Contact person");
    if (name == contactPhoneSetting)
        return Tr::tr("Contact phone");
    if (name == addressSetting)
        return Tr::tr("Address");
    return name;
}

const QList<SettingSpec> &settingSpecs()
{
    static const QList<SettingSpec> specs = [] {
        QList<SettingSpec> s;
        s << SettingSpec{serviceLeadReadingSetting.toString(), SettingScope::Bureau, u"strict"_s, {u"strict"_s, u"lenient"_s}, 0, 0};
        // The defaults are domain/bureaurules.h's, so the rules and the settings never disagree.
        const domain::BureauRules defaults;
        s << SettingSpec{suitDeadlineDaysSetting.toString(), SettingScope::Bureau, QString::number(defaults.suitDeadlineDays), {}, 1, 365};
        s << SettingSpec{simpleCaseThresholdSetting.toString(), SettingScope::Bureau, defaults.simpleCaseThreshold.toYuanPlain(), {}, 0, 0};
        s << SettingSpec{reporterReplyDaysSetting.toString(), SettingScope::Bureau, QString::number(defaults.reporterReplyDays), {}, 1, 365};
        for (const domain::DeadlineKind &k : domain::deadlineKinds())
            s << SettingSpec{leadDaysSetting(k.key), SettingScope::Bureau, QString::number(k.defaultLeadDays), {}, 0, 365};
        for (QStringView unitText : {unitNameSetting, numberPrefixSetting, contactPersonSetting, contactPhoneSetting, addressSetting})
            s << SettingSpec{unitText.toString(), SettingScope::Unit, {}, {}, 0, 0};
        return s;
    }();
    return specs;
}

const SettingSpec *findSetting(QStringView name)
{
    for (const SettingSpec &s : settingSpecs())
        if (s.name == name)
            return &s;
    return nullptr;
}

QString settingProblem(const SettingValue &v)
{
    const SettingSpec *spec = findSetting(v.name);
    if (!spec) {
        QStringList names;
        for (const SettingSpec &s : settingSpecs())
            names << s.name;
        return Tr::tr("\"%1\" is not a bureau setting; the settings are: %2").arg(v.name, names.join(u", "_s));
    }
    if (spec->scope == SettingScope::Unit && v.unit.isEmpty())
        return Tr::tr("%1 is set per issuing unit: say which (--unit DISTRICT_CODE/DEPARTMENT).").arg(v.name);
    if (spec->scope == SettingScope::Bureau && !v.unit.isEmpty())
        return Tr::tr("%1 is the same for the whole bureau: it takes no unit.").arg(v.name);
    if (!v.unit.isEmpty())
        if (QString p = unitKeyProblem(v.unit); !p.isEmpty())
            return p;
    if (!spec->choices.isEmpty() && !spec->choices.contains(v.value))
        return Tr::tr("%1 is one of: %2 (not \"%3\").").arg(v.name, spec->choices.join(u", "_s), v.value);
    if (v.name == simpleCaseThresholdSetting) {
        // An amount in yuan, above zero: 0 would make no case simple, a negative one is not an amount.
        auto amount = domain::Money::parseYuan(v.value);
        if (!amount || amount.value() <= domain::Money())
            return Tr::tr("%1 is an amount in yuan above zero, such as 300000 or 500000.00 (not \"%2\").").arg(v.name, v.value);
    }
    if (spec->maximum > 0) {
        bool ok = false;
        const int n = v.value.toInt(&ok);
        if (!ok || n < spec->minimum || n > spec->maximum)
            return Tr::tr("%1 is a whole number of days from %2 to %3 (not \"%4\").")
                .arg(v.name).arg(spec->minimum).arg(spec->maximum).arg(v.value);
    }
    if (spec->scope == SettingScope::Unit && v.value.size() > 200)
        return Tr::tr("%1 is at most 200 characters long.").arg(v.name);
    if (v.value.contains(u'\n') || v.value.contains(u'\r'))
        return Tr::tr("%1 is one line of text.").arg(v.name);
    return {};
}

BureauSettings::BureauSettings(const QList<SettingValue> &stored) : m_stored(stored)
{
    for (const SettingValue &v : stored)
        m_values.insert(keyOf(v.unit, v.name), v.value);
}

QString BureauSettings::value(const QString &name, const QString &unit) const
{
    if (auto it = m_values.constFind(keyOf(unit, name)); it != m_values.cend())
        return *it;
    const SettingSpec *spec = findSetting(name);
    return spec && spec->scope == SettingScope::Bureau ? spec->defaultValue : QString();
}

bool BureauSettings::isSet(const QString &name, const QString &unit) const { return m_values.contains(keyOf(unit, name)); }

calendar::ServiceLeadReading BureauSettings::serviceLeadReading() const
{
    return value(serviceLeadReadingSetting.toString()) == u"lenient"_s ? calendar::ServiceLeadReading::Lenient
                                                            : calendar::ServiceLeadReading::Strict;
}

int BureauSettings::leadDays(const QString &deadlineKind) const
{
    const QString v = value(leadDaysSetting(deadlineKind));
    if (!v.isEmpty())
        return v.toInt();
    const domain::DeadlineKind *k = domain::findDeadlineKind(deadlineKind);
    return k ? k->defaultLeadDays : 7;
}

QHash<QString, int> BureauSettings::leadDaysByKind() const
{
    QHash<QString, int> lead;
    for (const domain::DeadlineKind &k : domain::deadlineKinds())
        lead.insert(k.key, leadDays(k.key));
    return lead;
}

domain::BureauRules BureauSettings::bureauRules() const
{
    // Values were checked when stored (settingProblem); one that does not read falls back to the default.
    domain::BureauRules rules;
    bool ok = false;
    if (const int days = value(suitDeadlineDaysSetting.toString()).toInt(&ok); ok && days > 0)
        rules.suitDeadlineDays = days;
    if (const int days = value(reporterReplyDaysSetting.toString()).toInt(&ok); ok && days > 0)
        rules.reporterReplyDays = days;
    if (auto amount = domain::Money::parseYuan(value(simpleCaseThresholdSetting.toString())); amount && amount.value() > domain::Money())
        rules.simpleCaseThreshold = amount.value();
    return rules;
}

QStringList BureauSettings::units() const
{
    QStringList units;
    for (const SettingValue &v : m_stored)
        if (!v.unit.isEmpty() && !units.contains(v.unit))
            units << v.unit;
    return units;
}

domain::Result<BureauSettings> readBureauSettings(const QSqlDatabase &db)
{
    auto rows = storage::settings::readAll(db);
    if (!rows)
        return rows.problems();
    QList<SettingValue> values;
    for (const storage::StoredSetting &s : rows.value())
        values << SettingValue{s.unit, s.name, s.value, s.changedAt, s.changedBy};
    return BureauSettings(values);
}

} // namespace ecoclaim::service
