#pragma once
// A person who works with the database (issue 17): their login, name, role, handling unit and district.
// Who may see and change which case follows from these (core/service/access.h; on a server the same rules
// are row-level security policies, resources/migrations/postgresql/NNNN_accounts.sql).

#include <QDateTime>
#include <QList>
#include <QString>

namespace ecoclaim::domain {

enum class Role {
    Caseworker, // 承办人
    UnitHead,   // 部门负责人
    Supervisor, // 市级督办 (Art. 39)
    Archivist,  // 档案员 (Art. 42)
    Admin,      // 管理员: accounts, calendars, bureau settings
};

QString roleKey(Role);                        // caseworker, unit_head, …: what the database stores
bool roleFromKey(QStringView key, Role *out); // false for anything else
QString roleDisplayName(Role);                // translated
const QList<Role> &allRoles();

struct Account
{
    qint64 id = 0;
    QString login, name;
    Role role = Role::Caseworker;
    QString unit;         // department key, as a case's unit (Art. 9)
    QString districtCode; // empty: the city
    bool disabled = false;
    QString createdAt, changedAt;
};

// A decision proposed by a caseworker for the unit head's approval (issue 17 ¶4; CaseService::approve).
struct Proposal
{
    qint64 id = 0, caseId = 0;
    QString caseNumber, command, payload; // payload: the command as proposed (JSON)
    QString state;                        // pending | approved | refused
    QString proposedBy, proposedAt, decidedBy, decidedAt, reason;
};

// The decisions the rules give to the bureau's leadership: file a case (Art. 13), not initiate (Art. 14),
// sue (Art. 25), apply for enforcement (Art. 24 ¶2), sign the agreement (Art. 23), terminate the claim (Art. 14 ¶2, 15), close. A caseworker
// proposes them; the unit head approves or takes them. (Archiving is the archivist's, Art. 42.)
bool needsApproval(const QString &command);

// Who a login is, as the audit trail, the approvals and the 立案审批表 name them (issue 16 ¶2): the account's
// name and role (storage view account_names; a signed-in person may not read the accounts table itself).
// `known` false: no account has that login (a database without accounts, the operating-system user, a
// server's owner) — the login is all there is to say.
struct Person
{
    QString login, name;
    Role role = Role::Caseworker;
    bool known = false;
    // "王芳（wangfang）", or the login alone when no account has it.
    QString nameWithLogin() const;
};
// 承办人, 部门负责人…: the role as a Chinese paper prints it (never translated: the papers are Chinese).
QString roleChineseName(Role role);

// What became of a decision that needs approval (needsApproval) on one case — the latest proposal of it,
// or the decision taken directly by a unit head — as the 立案审批表 prints it (core/documents).
struct DecisionApproval
{
    enum class State { None, Pending, Approved, Refused, TakenDirectly };
    State state = State::None; // None: no proposal and not taken by a unit head (a database without accounts)
    Person proposer;           // Pending, Approved, Refused
    QDateTime proposedAt;      // UTC
    Person decider;            // Approved, Refused, TakenDirectly
    QDateTime decidedAt;       // UTC
    QString reason;            // Refused: why
};

// Art. 9 ¶3: the member departments of a case's joint case group handle the case with its lead unit, so a
// caseworker or unit head of a member unit sees and changes it — when the member is the case's district's
// department (the same district), or a municipal department (district 310000, a key not starting
// "district_") in a district's group. `caseDistrict` is the case's district code. Assisting towns (Art. 9
// ¶4) are names, not units, and reach nothing.
bool jointMemberReaches(const Account &account, const QString &caseDistrict);
inline const QString cityDistrictCode = QStringLiteral("310000");

// Art. 39: what a city supervisor does on a major case — the supervisor's instructions and the
// timetable's steps. A supervisor runs exactly these commands and nothing else (core/service/access.h).
bool isSupervisionCommand(const QString &command);

// What a login may be: it is also a PostgreSQL role name, so lower-case letters, digits and '_', starting
// with a letter, 2–63 characters. Empty when fine, else the reason (translated).
QString loginProblem(const QString &login);

} // namespace ecoclaim::domain
