#pragma once
// The text of each case-file section, as simple HTML tables built from the CaseFile value: one
// function per section, in the caseworker's order. Only presentation — which facts exist is the
// CaseFile's business, what they mean for the rules is the lifecycle table's.

#include "core/domain/casefile.h"

#include <QCoreApplication>
#include <QString>

namespace ecoclaim::ui::sections {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::ui::CaseSections)
};

// Label/value rows; empty values are left out so a section shows what is on file.
class Rows
{
public:
    Rows &add(const QString &label, const QString &value);
    Rows &heading(const QString &text); // a sub-heading row (one notice, one round…)
    bool isEmpty() const { return m_html.isEmpty(); }
    QString html() const;

private:
    QString m_html;
};

// The display name of `key` among the choices of a command's field (as the dialog offered them).
QString choiceName(const QString &command, const QString &field, const QString &key);
QString yesNo(std::optional<bool> value);

QString parties(const domain::CaseFile &f);
QString clueAndVerification(const domain::CaseFile &f);
QString investigation(const domain::CaseFile &f);
QString appraisal(const domain::CaseFile &f);
QString consultation(const domain::CaseFile &f);
QString agreementAndPayments(const domain::CaseFile &f);
QString confirmationAndLitigation(const domain::CaseFile &f);
QString restorationAndEvaluation(const domain::CaseFile &f);
QString linkedProceedings(const domain::CaseFile &f);
// The second reading of the rules (sectiontext_rules.cpp).
QString enforcement(const domain::CaseFile &f);
QString emergenciesAndCosts(const domain::CaseFile &f);
QString jurisdictionAndSupervision(const domain::CaseFile &f);

} // namespace ecoclaim::ui::sections
