#pragma once
// The filler: turns a case file into the data a paper's template is filled with — a tree of
// QVariantMap / QVariantList / QString / bool that templates read by name ({{party.name}},
// {{#amounts.rows}}…{{/amounts.rows}}). Every value is final text (dates as 2025年3月6日, money as
// "150,000.00" and "人民币壹拾伍万元整"), so a unit adapting a template never formats anything.
//
// A paper whose required data is missing is not printed with blanks: `missing` names every missing
// field in the caseworker's words. In draft mode the paper is still produced, each missing value
// printed as 【待补：…】 and every page marked 草稿.

#include "core/documents/papersettings.h"
#include "core/documents/papertypes.h"
#include "core/domain/account.h"
#include "core/domain/casefile.h"

#include <QDate>
#include <QJsonObject>
#include <QStringList>
#include <QVariantMap>

namespace ecoclaim::documents {

struct PaperInput
{
    const PaperType *type = nullptr;
    QString subject;        // "" → the paper's default subject (first party, latest round…)
    QJsonObject parameters; // PaperType::parameters given by the caseworker (dates as YYYY-MM-DD)
    UnitPaperSettings unit;
    QString docNo;          // filled in by the register; empty for a preview or a paper without number
    int version = 1;
    QDate datedOn;          // the day of issue the caseworker sets (used when no act dates the paper)
    bool draft = false;
    QString servedPaperNo;  // for the service receipt: the number of the paper served
    bool correction = false; // a paper superseding the one on file: what was served of that one does not apply
    domain::DecisionApproval approval; // the 立案审批表: what became of the filing decision (issue 17 ¶4)
};

struct PaperData
{
    QString subject;     // resolved ("party:1")
    QVariantMap values;  // the template's data
    QStringList missing; // required fields without a value, in Chinese
    QStringList conflicts; // values that contradict each other, in Chinese (never printed, even as a draft)
    QJsonObject parameters; // what the paper used, for the register (a served notice's dates)
    QDate datedOn;       // 成文日期: the date of the act the paper records, else the day of issue (paperdates.h)
    QString dateAct;     // the act that dates it ("签订协议"); empty: the day of issue
};

PaperData fillPaper(const domain::CaseFile &file, const PaperInput &input);

// 2025年3月6日 — Arabic numerals, no leading zeros (GB/T 9704-2012 §7.3.5).
QString chineseDate(QDate date);

} // namespace ecoclaim::documents
