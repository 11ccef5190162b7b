#include "core/service/access.h"

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::service {

namespace {
// The unit's own case, or one of a joint case group it is a member of (Art. 9 ¶3).
bool ownsCase(const Account &a, const QString &districtCode, const QString &unit, const QStringList &jointMembers)
{
    if (a.role != Role::Caseworker && a.role != Role::UnitHead)
        return false;
    if (a.districtCode == districtCode && a.unit == unit)
        return true;
    return jointMembers.contains(a.unit) && jointMemberReaches(a, districtCode);
}

bool archivistStage(Stage stage)
{
    return stage == Stage::Closed || stage == Stage::Archived;
}

// A district no case has: the filter of someone who may see nothing of what they asked for.
const QString noDistrict = u"(none)"_s;
} // namespace

bool Access::maySee(const QString &districtCode, const QString &unit, Stage stage, const QStringList &jointMembers) const
{
    if (m_mode != Mode::SignedIn)
        return m_mode == Mode::Open;
    const Account &a = *m_account;
    switch (a.role) {
    case Role::Supervisor:
    case Role::Admin: return true;
    case Role::Archivist: return archivistStage(stage);
    case Role::Caseworker:
    case Role::UnitHead: return ownsCase(a, districtCode, unit, jointMembers);
    }
    return false;
}

bool Access::mayChange(const QString &districtCode, const QString &unit, Stage stage, const QString &command,
                       const QStringList &jointMembers) const
{
    if (m_mode != Mode::SignedIn)
        return m_mode == Mode::Open;
    const Account &a = *m_account;
    if (a.role == Role::Archivist)
        return archivistStage(stage) && command == u"archive_case";
    if (a.role == Role::Supervisor) // read-only but for the supervision of a major case (Art. 39)
        return isSupervisionCommand(command);
    return ownsCase(a, districtCode, unit, jointMembers);
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
        // A municipal department reaches joint case groups in every district (jointMemberReaches).
        filter.unitScope = CaseListFilter::UnitScope{a.districtCode, a.unit, jointMemberReaches(a, u"(any district)"_s)};
        break;
    }
    return filter;
}

bool Access::mayAdminister() const
{
    return m_mode == Mode::Open || (m_mode == Mode::SignedIn && m_account->role == Role::Admin);
}

QStringList jointMembersOf(const CaseFile &file)
{
    QStringList units;
    if (file.jointGroup)
        for (const JointMember &m : file.jointGroup->members)
            if (m.role == u"member")
                units << m.unit;
    return units;
}

} // namespace ecoclaim::service
