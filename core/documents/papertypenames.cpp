// The papers' names as the window shows them (PaperType::displayName). The source texts are English; the
// Chinese translation of each is the paper's official title, the same as PaperType::chinese.

#include "core/documents/papertypes.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ecoclaim::documents {

namespace {
struct Name
{
    const char *id;
    const char *english; // QT_TRANSLATE_NOOP in ecoclaim::PaperType
};
constexpr Name names[] = {
    {"clue_transfer", QT_TRANSLATE_NOOP("ecoclaim::PaperType", "Letter transferring a clue")},
    {"report_reply", QT_TRANSLATE_NOOP("ecoclaim::PaperType", "Reply to a report")},
    {"non_initiation", QT_TRANSLATE_NOOP("ecoclaim::PaperType", "Decision not to initiate the claim procedure")},
    {"termination", QT_TRANSLATE_NOOP("ecoclaim::PaperType", "Decision to terminate the claim procedure")},
    {"case_approval", QT_TRANSLATE_NOOP("ecoclaim::PaperType", "Case filing approval form")},
    {"appraisal_commission", QT_TRANSLATE_NOOP("ecoclaim::PaperType", "Appraisal commission letter")},
    {"consultation_notice", QT_TRANSLATE_NOOP("ecoclaim::PaperType", "Consultation notice")},
    {"service_receipt", QT_TRANSLATE_NOOP("ecoclaim::PaperType", "Service receipt")},
    {"consultation_record", QT_TRANSLATE_NOOP("ecoclaim::PaperType", "Record of a consultation meeting")},
    {"compensation_agreement", QT_TRANSLATE_NOOP("ecoclaim::PaperType", "Compensation agreement")},
    {"confirmation_application", QT_TRANSLATE_NOOP("ecoclaim::PaperType", "Application for judicial confirmation of the agreement")},
    {"enforcement_application", QT_TRANSLATE_NOOP("ecoclaim::PaperType", "Application for enforcement")},
    {"statement_of_claim", QT_TRANSLATE_NOOP("ecoclaim::PaperType", "Statement of claim")},
    {"procuratorate_letter", QT_TRANSLATE_NOOP("ecoclaim::PaperType", "Letter to the procuratorate on public-interest litigation")},
    {"evaluation_opinion", QT_TRANSLATE_NOOP("ecoclaim::PaperType", "Restoration-effect evaluation opinion")},
};
} // namespace

QString PaperType::displayName() const
{
    for (const Name &n : names)
        if (id == QLatin1StringView(n.id))
            return QCoreApplication::translate("ecoclaim::PaperType", n.english);
    return chinese; // a paper added without an English name yet
}

} // namespace ecoclaim::documents
