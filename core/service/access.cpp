#include "core/service/access.h"

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::service {

namespace {
bool ownsCase(const Account &a, const QString &districtCode, const QString &unit)
{
    return (a.role == Role::Caseworker || a.role == Role::UnitHead) && a.districtCode == districtCode && a.unit == unit;
}

bool archivistStage(Stage stage)
{
    return stage == Stage::Closed || stage == Stage::Archived;
}

// A district no case has: the filter of someone who may see nothing of what they asked for.
const QString noDistrict = u"(none)"_s;
} // namespace

bool Access::maySee(const QString &districtCode, const QString &unit, Stage stage) const
{
    if (m_mode != Mode::SignedIn)
        return m_mode == Mode::Open;
    const Account &a = *m_account;
    switch (a.role) {
    case Role::Supervisor:
    case Role::Admin: return true;
    case Role::Archivist: return archivistStage(stage);
    case Role::Caseworker:
    case Role::UnitHead: return ownsCase(a, districtCode, unit);
    }
    return false;
}

bool Access::mayChange(const QString &districtCode, const QString &unit, Stage stage, const QString &command) const
{
    if (m_mode != Mode::SignedIn)
        return m_mode == Mode::Open;
    const Account &a = *m_account;
    if (a.role == Role::Archivist)
        return archivistStage(stage) && command == u"archive_case";
    return ownsCase(a, districtCode, unit);
}

CaseListFilter Access::scoped(CaseListFilter filter) const
{
    if (m_mode == Mode::Open)
        return filter;
    if (m_mode == Mode::SignInRequired) {
        filter.districtCode = noDistrict;
        return filter;
    }
    const Account &a = *m_account;
    switch (a.role) {
    case Role::Supervisor:
    case Role::Admin: break;
    case Role::Archivist:
        filter.stagesIn = {Stage::Closed, Stage::Archived};
        break;
    case Role::Caseworker:
    case Role::UnitHead:
        filter.districtCode = filter.districtCode.isEmpty() || filter.districtCode == a.districtCode ? a.districtCode : noDistrict;
        filter.unit = filter.unit.isEmpty() || filter.unit == a.unit ? a.unit : noDistrict;
        break;
    }
    return filter;
}

bool Access::mayAdminister() const
{
    return m_mode == Mode::Open || (m_mode == Mode::SignedIn && m_account->role == Role::Admin);
}

} // namespace ecoclaim::service
