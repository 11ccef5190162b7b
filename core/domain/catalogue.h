#pragma once
// The closed lists of the rules (《上海市生态环境损害赔偿工作实施细则》), as data: clue channels,
// non-initiation grounds, compensation categories, litigation triggers and the like, plus Shanghai's
// districts and the case-handling departments. Each entry has
//  * a stable `key` — what the database, the command line and import files store; never renamed;
//  * an English source text shown through the translation (zh_CN shows the Chinese wording);
//  * the official Chinese wording used on papers, copied from the rules where the rules list it
//    (the tests compare them), so a notice quotes the item exactly;
//  * the article, paragraph and item it comes from.
// The order of each list is the order of the rules. Tables are built on first use and live for the
// whole program; the pointers the find functions return stay valid.

#include "core/domain/article.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace ecoclaim::domain {

struct Choice
{
    QString key;
    const char *english = nullptr; // QT_TRANSLATE_NOOP("ecoclaim::Catalogue", …)
    QString chinese;               // official wording, for papers
    ArticleRef article;            // null when the rules do not list it (e.g. service methods)
    const char *context = "ecoclaim::Catalogue"; // translation context of `english`

    QString displayName() const; // English source through the loaded translation
};

// 第十二条第二款 (一)–(十一): where a clue came from.
// inspection, emergency, administrative_penalty, environmental_crime, protected_area, routine_supervision,
// complaint, assigned_by_superior, procuratorate, court, other
const QList<Choice> &clueChannels();
// 第四条第三款、第四款: damage the rules do not apply to.
// personal_injury_or_property, marine, historical_no_obligor
const QList<Choice> &exclusions();
// 第十四条第一款 (一)–(六): grounds for not starting (or, ¶2, terminating) a claim.
// already_compensated, court_judgment_covers, minor_no_compensation, obligor_extinct, licensed_discharge, other
const QList<Choice> &nonInitiationReasons();
// 第五条 (一)–(五): what compensation covers.
// interim_loss, permanent_loss, assessment_costs, restoration_costs, prevention_costs
const QList<Choice> &compensationCategories();
// 第十六条: how the damage is appraised; experts (≥ 3) and comprehensive finding only for simple cases (¶2).
// institution, joint_institution, experts, comprehensive
const QList<Choice> &appraisalModes();
// 第二十七条第二款: alternative restoration when the damage cannot be restored ("等": not exhaustive).
// offsite_replanting, habitat_creation, carbon_sink, labour, tech_upgrade_offset, other
const QList<Choice> &alternativeRestorationMethods();
// 第二十五条: when consultation counts as failed (¶1 (一)–(四)) or an unconfirmed agreement is not
// performed (¶2), so the department sues.
// refused_or_no_reply, absent_or_withdrew, limit_exceeded, impossible, agreement_not_performed
const QList<Choice> &litigationTriggers();
// How a paper was served (送达). Not listed by the rules: article null.
// direct, mail, left, electronic, public_notice
const QList<Choice> &serviceMethods();
// 第二十一条: how consultation is held; the last three are for simple cases (¶3).
// meeting, correspondence, online, mail_signing
const QList<Choice> &consultationModes();
// 第七条、第二十七条: who carries out restoration.
// obligor, third_party, department, alternative
const QList<Choice> &restorationExecutors();
// 第三十一条至第三十三条: related proceedings a case is linked with.
// administrative_penalty, criminal, public_interest, supported_suit, handed_over
const QList<Choice> &proceedingKinds();
// The kind of party (赔偿义务人): 法人, 非法人组织, 自然人 (as in 第十四条第一款第四项). Article null.
// company, unincorporated, person
const QList<Choice> &partyKinds();

// The entry with `key`, or nullptr.
const Choice *findChoice(const QList<Choice> &list, QStringView key);

// 第六条: the city and each district government is a 赔偿权利人. GB/T 2260 codes.
struct District
{
    QString code;    // "310115"; "310000" for the city itself
    QString chinese; // "浦东新区"; "上海市"
    const char *english = nullptr;

    QString displayName() const;
};

// 上海市 (310000, city level) first, then the 16 districts in code order.
const QList<District> &districts();
// By code ("310115"), by name ("浦东新区", "上海市浦东新区"), or by short name ("浦东"); nullptr if none.
const District *findDistrict(QStringView codeOrChineseName);

// 第九条: the departments that handle cases — city level (¶1) and the usual district-level counterparts
// a district government designates (¶2), and the town government / sub-district office that cooperates
// (¶4). District-level names are the usual pattern, starting with "区": a paper replaces that 区 with
// the district's name ("区生态环境局" → "浦东新区生态环境局").
struct Department
{
    QString key;       // "ecology", "district_water", …
    QString chinese;   // full name: "上海市规划和自然资源局"
    QString shortName; // as the rules write it: "市规划资源局"
    const char *english = nullptr;

    QString displayName() const;
};

// ecology, planning, housing, water, agriculture, greening, transport, maritime, management_committee,
// district_ecology, district_water, district_planning, district_agriculture, district_greening,
// district_housing, town_government
const QList<Department> &departments();
const Department *findDepartment(QStringView key);
// By key, full Chinese name or short name ("district_water", "区水务局"); nullptr if none.
const Department *findDepartmentByAnyName(QStringView keyOrName);

} // namespace ecoclaim::domain
