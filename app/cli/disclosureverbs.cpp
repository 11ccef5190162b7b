#include "app/cli/disclosureverbs.h"

#include "core/reports/disclosure.h"
#include "core/service/casereader.h"
#include "core/service/caseservice.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ecoclaim::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Cli)
};
} // namespace

int runDisclosure(const Options &options, QStringList args)
{
    const bool json = takeFlag(args, u"--json"_s);
    const bool issue = takeFlag(args, u"--issue"_s);
    bool missing = false;
    const QString pdf = takeOption(args, u"--pdf"_s, &missing);
    const QString txt = takeOption(args, u"--txt"_s, &missing);
    const QString reviewer = takeOption(args, u"--reviewed-by"_s, &missing).trimmed();
    QStringList masks;
    while (args.contains(u"--mask"_s))
        masks << takeOption(args, u"--mask"_s, &missing);
    if (missing || args.size() != 1 || (issue && (pdf.isEmpty() || reviewer.isEmpty())) || (!issue && !reviewer.isEmpty())) {
        err() << Tr::tr("usage: ecoclaim-cli disclosure CASE [--pdf FILE] [--txt FILE] [--json] [--mask NAME]...\n"
                        "       ecoclaim-cli disclosure CASE --issue --reviewed-by NAME --pdf FILE [--txt FILE] [--mask NAME]...\n"
                        "Without --issue: a draft and the replacements to review. --mask: a further person's name to mask.")
              << Qt::endl;
        return Usage;
    }
    auto session = openSession(options);
    if (!session)
        return Refused;
    auto composed = reports::composeDisclosure(session->service->reader(), args.first(), masks);
    if (!composed) {
        printProblems(composed.problems());
        return Refused;
    }
    reports::Disclosure &d = composed.value();
    d.reviewedBy = issue ? reviewer : QString();
    QStringList written;
    auto forget = [&written] {
        for (const QString &f : written)
            QFile::remove(f);
    };
    if (!pdf.isEmpty()) {
        auto pages = reports::writeDisclosurePdf(d, pdf);
        if (!pages) {
            printProblems(pages.problems());
            return Refused;
        }
        written << pdf;
    }
    if (!txt.isEmpty()) {
        if (auto s = reports::writeDisclosureText(d, txt); !s) {
            forget();
            printProblems(s.problems());
            return Refused;
        }
        written << txt;
    }
    if (issue) {
        auto outcome = session->service->execute(reports::issueDisclosureCommand(d, pdf, options.today), options.actor, options.today);
        if (!outcome) {
            forget(); // a refused issue leaves no file that reads as issued
            printProblems(outcome.problems());
            return Refused;
        }
        err() << Tr::tr("Issued and filed on %1; text SHA-256 %2.").arg(outcome->caseNumber, d.textSha256()) << Qt::endl;
    }
    if (json) {
        out() << QJsonDocument(d.toJson()).toJson(QJsonDocument::Indented);
        return Done;
    }
    if (!issue) {
        // The review list: every replacement, with how often it was made.
        err() << Tr::tr("%n replacement(s) to review:", nullptr, int(d.replacements.size())) << Qt::endl;
        for (const reports::Replacement &r : d.replacements)
            err() << u"  "_s << reports::personalKindName(r.kind) << u'\t' << tsvField(r.original) << u" → "_s << r.replacement << u"\t×"_s
                  << r.count << (r.fromPartyData ? Tr::tr("\t(party data)") : Tr::tr("\t(pattern)")) << Qt::endl;
    }
    if (pdf.isEmpty() && txt.isEmpty())
        out() << d.text();
    return Done;
}

} // namespace ecoclaim::cli
