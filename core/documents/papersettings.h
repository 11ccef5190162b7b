#pragma once
// What a unit configures for its papers: the name it signs with (发文机关署名), the prefix of its
// document numbers (沪浦环损 in 沪浦环损磋告〔2025〕3号), the contact printed on notices — and, for this
// desk, an optional folder of its own templates (<folder>/<paper type>.mustache overrides the built-in).
//
// The unit's values are the bureau's: kept in the database (service/bureausettings.h, one setting per
// field of UnitPaperSettings, see unitSettingNames()), the same for every desk, changed only by the
// audited command CaseService::changeSettings. The template folder is a folder on this computer and
// stays in QSettings ("papers/templateFolder").

#include "core/domain/casefile.h"
#include "core/domain/result.h"
#include "core/service/bureausettings.h"

#include <QMap>
#include <QString>

namespace ecoclaim::service {
class CaseService;
}

namespace ecoclaim::documents {

struct UnitPaperSettings
{
    QString unitName;     // 上海市浦东新区生态环境局
    QString numberPrefix; // 沪浦环损
    QString contactPerson, contactPhone, address;
};

struct PaperSettings
{
    QString templateFolder; // this desk's; empty: built-in templates only

    // The unit's settings, or defaults derived from the case's district and department.
    UnitPaperSettings unitFor(const domain::CaseFile &file) const;
    void setUnit(const QString &districtCode, const QString &departmentKey, const UnitPaperSettings &unit);

    // The bureau's unit settings (read through the service) with this desk's template folder.
    static domain::Result<PaperSettings> load(const service::CaseService &service);
    static PaperSettings fromBureau(const service::BureauSettings &bureau);
    // Stores every unit set here as the bureau's (one audited change_settings; values equal to what is
    // in force are left alone) and this desk's template folder.
    domain::Status save(service::CaseService &service, const QString &actor) const;
    void saveTemplateFolder() const; // QSettings papers/templateFolder only

    // The unit's values as bureau settings, one per field, for CaseService::changeSettings.
    static QList<service::SettingValue> toSettings(const QString &districtCode, const QString &departmentKey,
                                                   const UnitPaperSettings &unit);

    // Defaults: 上海市 + district + department ("上海市金山区生态环境局"); prefix 沪 + the district's first
    // character + the department's abbreviation + 损 ("沪金环损").
    static UnitPaperSettings defaultsFor(const QString &districtCode, const QString &departmentKey);

private:
    QMap<QString, UnitPaperSettings> m_units; // key "310116/district_ecology"
};

} // namespace ecoclaim::documents
