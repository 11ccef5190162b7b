#pragma once
// What a unit configures for its papers: the name it signs with (发文机关署名), the prefix of its
// document numbers (沪浦环损 in 沪浦环损磋告〔2025〕3号), the contact printed on notices, and an
// optional folder of its own templates (<folder>/<paper type>.mustache overrides the built-in one).
// Stored in QSettings per unit (district code + department key), shared by the window and the CLI.

#include "core/domain/casefile.h"

#include <QString>

namespace ecoclaim::documents {

struct UnitPaperSettings
{
    QString unitName;     // 上海市浦东新区生态环境局
    QString numberPrefix; // 沪浦环损
    QString contactPerson, contactPhone, address;
};

struct PaperSettings
{
    QString templateFolder; // empty: built-in templates only

    // The unit's settings, or defaults derived from the case's district and department.
    UnitPaperSettings unitFor(const domain::CaseFile &file) const;
    void setUnit(const QString &districtCode, const QString &departmentKey, const UnitPaperSettings &unit);

    static PaperSettings load(); // QSettings "papers/…"
    void save() const;

    // Defaults: 上海市 + district + department ("上海市金山区生态环境局"); prefix 沪 + the district's first
    // character + the department's abbreviation + 损 ("沪金环损").
    static UnitPaperSettings defaultsFor(const QString &districtCode, const QString &departmentKey);

private:
    QMap<QString, UnitPaperSettings> m_units; // key "310116/district_ecology"
};

} // namespace ecoclaim::documents
