#pragma once
// The bureau's settings: those that change a legal outcome (issue 12) — how Art. 19's "served five
// working days before the meeting" is read, how many days ahead each kind of deadline warns, and per
// issuing unit the name it signs with, the prefix of its paper numbers and its contacts. They live in
// the database (bureau_settings, storage/settingsstore.h), so every desk of that database works with
// the same ones, and change only through CaseService::changeSettings: one transaction, one audit entry
// naming every value old → new, then CaseNotifier::settingsChanged. QSettings keeps what is the desk's
// own — window layout, language, the database path, a folder of the desk's own paper templates.
//
// A value never set is its default: Art. 19 read strictly, each kind's default warning days
// (domain/deadlinekinds.h), a unit's name and prefix derived from its district and department
// (documents/papersettings.h).

#include "core/calendar/workcalendar.h"

#include "core/domain/bureaurules.h"
#include "core/domain/result.h"

#include <QHash>
#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace ecoclaim::service {

enum class SettingScope { Bureau, Unit };

// A name the bureau may set, and what it accepts.
struct SettingSpec
{
    QString name;         // service_lead_reading, lead_days.<deadline kind>, unit_name, number_prefix…
    SettingScope scope = SettingScope::Bureau;
    QString defaultValue; // bureau settings; a unit's defaults come from its district and department
    QStringList choices;  // not empty: the value is one of these
    int minimum = 0, maximum = 0; // a whole number in [minimum, maximum] when maximum > 0
    QString label() const; // translated
};

const QList<SettingSpec> &settingSpecs();
const SettingSpec *findSetting(QStringView name);

// The names of the unit settings; documents::UnitPaperSettings holds one field for each.
inline constexpr QStringView unitNameSetting = u"unit_name";
inline constexpr QStringView numberPrefixSetting = u"number_prefix";
inline constexpr QStringView contactPersonSetting = u"contact_person";
inline constexpr QStringView contactPhoneSetting = u"contact_phone";
inline constexpr QStringView addressSetting = u"address";
inline constexpr QStringView serviceLeadReadingSetting = u"service_lead_reading";
QString leadDaysSetting(const QString &deadlineKind); // "lead_days.<kind>"
// The bureau's numbers the rules leave to it (domain/bureaurules.h): days to sue once consultation failed
// (Art. 25 ¶1), the simple-case threshold in yuan (Art. 16 ¶2, 21 ¶3, 29 ¶2), days to answer a reporter
// (Art. 13 ¶3). Changing one recomputes every case's deadlines in the same transaction.
inline constexpr QStringView suitDeadlineDaysSetting = u"suit_deadline_days";
inline constexpr QStringView simpleCaseThresholdSetting = u"simple_case_threshold";
inline constexpr QStringView reporterReplyDaysSetting = u"reporter_reply_days";
bool changesDeadlines(const QString &settingName); // a setting the deadline catalogue reads

// An issuing unit as the settings name it: "310115/district_ecology" (district code / department key).
QString unitKey(const QString &districtCode, const QString &departmentKey);
// Checks a unit key: a Shanghai district code and a department of the catalogue. Empty when fine.
QString unitKeyProblem(const QString &unit);

// One value the bureau set, or asks to set.
struct SettingValue
{
    QString unit; // '' for a bureau setting
    QString name;
    QString value;
    QString changedAt, changedBy; // as read (empty in a request)
};

// The settings as read at one moment: the values set, and every default for the rest.
class BureauSettings
{
public:
    BureauSettings() = default; // every default
    explicit BureauSettings(const QList<SettingValue> &stored);

    // The stored value, else the bureau default; a unit text not set is empty (its default is the
    // unit's, documents::PaperSettings::defaultsFor).
    QString value(const QString &name, const QString &unit = {}) const;
    bool isSet(const QString &name, const QString &unit = {}) const;

    calendar::ServiceLeadReading serviceLeadReading() const;
    int leadDays(const QString &deadlineKind) const;
    QHash<QString, int> leadDaysByKind() const;
    domain::BureauRules bureauRules() const; // the three numbers above, defaults where not set

    QStringList units() const; // the units with at least one value set
    const QList<SettingValue> &stored() const { return m_stored; }

private:
    QList<SettingValue> m_stored;
    QHash<QString, QString> m_values; // unit + '\n' + name
};

// Checks one requested value against its spec; empty when it may be stored.
QString settingProblem(const SettingValue &value);

// The service's own read of the table (others read through CaseReader::bureauSettings).
domain::Result<BureauSettings> readBureauSettings(const QSqlDatabase &db);

} // namespace ecoclaim::service
