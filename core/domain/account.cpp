#include "core/domain/account.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ecoclaim::domain {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Accounts)
};
} // namespace

QString roleKey(Role role)
{
    switch (role) {
    case Role::Caseworker: return u"caseworker"_s;
    case Role::UnitHead: return u"unit_head"_s;
    case Role::Supervisor: return u"supervisor"_s;
    case Role::Archivist: return u"archivist"_s;
    case Role::Admin: return u"admin"_s;
    }
    return {};
}

bool roleFromKey(QStringView key, Role *out)
{
    for (Role r : allRoles())
        if (roleKey(r) == key) {
            *out = r;
            return true;
        }
    return false;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Caseworker: return Tr::tr("Caseworker");
    case Role::UnitHead: return Tr::tr("Unit head");
    case Role::Supervisor: return Tr::tr("City supervisor");
    case Role::Archivist: return Tr::tr("Archivist");
    case Role::Admin: return Tr::tr("Administrator");
    }
    return {};
}

QString roleChineseName(Role role)
{
    switch (role) {
    case Role::Caseworker: return u"承办人"_s;
    case Role::UnitHead: return u"部门负责人"_s;
    case Role::Supervisor: return u"市级督办"_s;
    case Role::Archivist: return u"档案员"_s;
    case Role::Admin: return u"管理员"_s;
    }
    return {};
}

QString Person::nameWithLogin() const
{
    return known && !name.isEmpty() && name != login ? u"%1（%2）"_s.arg(name, login) : login;
}

const QList<Role> &allRoles()
{
    static const QList<Role> roles{Role::Caseworker, Role::UnitHead, Role::Supervisor, Role::Archivist, Role::Admin};
    return roles;
}

bool needsApproval(const QString &command)
{
    // Applying to the court for enforcement (Art. 24 ¶2, 30 ¶2) is the right holder's act toward the court
    // as a suit is.
    static const QStringList decisions{u"file_case"_s,      u"decide_not_to_initiate"_s, u"file_litigation"_s, u"apply_enforcement"_s,
                                       u"sign_agreement"_s, u"terminate_claim"_s,       u"close_case"_s};
    return decisions.contains(command);
}

bool jointMemberReaches(const Account &account, const QString &caseDistrict)
{
    if (account.role != Role::Caseworker && account.role != Role::UnitHead)
        return false;
    if (account.districtCode == caseDistrict)
        return true;
    return account.districtCode == cityDistrictCode && !account.unit.startsWith(u"district_"_s);
}

bool isSupervisionCommand(const QString &command)
{
    return command == u"record_supervision_instruction"_s || command == u"add_timetable_step"_s;
}

QString loginProblem(const QString &login)
{
    static const QRegularExpression valid(u"^[a-z][a-z0-9_]{1,62}$"_s);
    if (valid.match(login).hasMatch())
        return {};
    return Tr::tr("\"%1\" cannot be a login: use 2 to 63 lower-case letters, digits and '_', starting with a letter.")
        .arg(login);
}

} // namespace ecoclaim::domain
