#include "core/documents/papercomposer.h"

#include "core/service/caseservice.h"

#include "core/documents/papertemplates.h"

#include <QCoreApplication>
#include <QCryptographicHash>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::documents {

namespace {
// Translations of this file live in the context ecoclaim::Papers (lupdate reads the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Papers)
};

// The caseworker's values for the paper's wording, as the filler reads them (dates as YYYY-MM-DD).
QJsonObject parametersOf(const PaperType &type, const CommandInput &input)
{
    QJsonObject parameters;
    for (const QString &key : type.parameters) {
        if (!input.has(key))
            continue;
        const QVariant value = input.values.value(key);
        parameters.insert(key, value.typeId() == QMetaType::QDate ? value.toDate().toString(Qt::ISODate) : value.toString());
    }
    return parameters;
}

// The subjects one command names: each liable party for "all", the one numbered, or the default.
QStringList subjectsOf(const CaseFile &file, const PaperType &type, const CommandInput &input)
{
    if (type.subject != PaperSubject::Party)
        return {input.text(u"subject"_s)};
    const QString party = input.text(u"party"_s);
    if (party == u"all") {
        QStringList all;
        for (const Party &p : file.parties)
            all << subjectKey(PaperSubject::Party, p.seq);
        return all;
    }
    if (!party.isEmpty())
        return {u"party:"_s + party};
    return {input.text(u"subject"_s)};
}
} // namespace

Result<PaperSettings> OfficeComposer::settings() const
{
    if (m_fixed)
        return *m_fixed;
    return PaperSettings::load(*m_service);
}

Result<std::pair<PaperData, QString>> OfficeComposer::fill(const CaseFile &file, const PaperInput &input) const
{
    // Only the desk's template folder is read here; the unit came in with `input`.
    const QString templateFolder = m_fixed ? m_fixed->templateFolder : PaperSettings::fromBureau({}).templateFolder;
    PaperInput in = input;
    // The 立案审批表 prints what became of the filing decision (Art. 13; issue 17 ¶4): read through the
    // service's reader (on a server, names every signed-in person may read).
    if (m_service && input.type->id == u"case_approval" && file.id > 0) {
        auto approval = m_service->reader().decisionApproval(file.id, u"file_case"_s);
        if (!approval)
            return approval.problems();
        in.approval = approval.value();
    }
    PaperData data = fillPaper(file, in);
    auto text = paperTemplate(input.type->id, templateFolder);
    if (!text)
        return text.problems();
    auto html = renderTemplate(text.value(), data.values, input.type->id, templateFolder);
    if (!html)
        return html.problems();
    return std::pair<PaperData, QString>{std::move(data), html.value()};
}

Result<QList<service::PaperJob>> OfficeComposer::plan(const CaseFile &file, const CommandInput &input) const
{
    const PaperType *type = findPaperType(input.text(u"paper_type"_s));
    if (!type)
        return Problem{u"paper_type"_s, Tr::tr("\"%1\" is not a paper EcoClaim knows (see: ecoclaim-cli document types).").arg(input.text(u"paper_type"_s)), {}};
    const bool draft = input.flag(u"draft"_s);
    auto settings = this->settings();
    if (!settings)
        return settings.problems();
    const UnitPaperSettings unit = settings->unitFor(file);
    QList<service::PaperJob> jobs;
    Problems problems;
    for (const QString &subject : subjectsOf(file, *type, input)) {
        PaperInput in{type, subject, parametersOf(*type, input), unit, {}, 1,
                      input.has(u"issued_on"_s) ? input.date(u"issued_on"_s) : input.today, draft, {},
                      input.command == u"supersede_paper", {}};
        const PaperData data = fillPaper(file, in);
        // Several parties: each problem says whose paper it is.
        const int seq = subjectNumber(PaperSubject::Party, data.subject);
        const Party *party = nullptr;
        for (const Party &p : file.parties)
            if (p.seq == seq)
                party = &p;
        const QString title = party && file.parties.size() > 1 ? u"%1（%2）"_s.arg(type->chinese, party->name) : type->chinese;
        if (!draft)
            for (const QString &field : data.missing)
                problems.add(u"missing"_s, Tr::tr("%1 cannot be generated: %2 is missing (or generate a marked draft).").arg(title, field),
                             type->article);
        for (const QString &conflict : draft ? QStringList() : data.conflicts) // a marked draft may be wrong
            problems.add(u"issued_on"_s, Tr::tr("%1 cannot be dated so: %2.").arg(title, conflict), type->article);
        service::PaperJob job;
        job.paperType = type->id;
        job.subject = data.subject;
        job.title = type->chinese;
        job.numberPrefix = type->isNumbered() && !draft ? unit.numberPrefix + type->numberCode : QString();
        job.draft = draft;
        job.datedOn = data.datedOn;
        job.parameters = data.parameters;
        // The agreement printed after sign_agreement is the signed paper (Art. 23): frozen when filed.
        job.frozenAs = type->id == u"compensation_agreement" && file.agreement ? u"signed"_s : QString();
        job.correction = in.correction;
        jobs << job;
        // 第十九条: each notice goes with its 送达回证, printed with the notice's number.
        if (type->id == u"consultation_notice" && !draft) {
            service::PaperJob receipt = job;
            receipt.paperType = u"service_receipt"_s;
            receipt.title = u"送达回证"_s;
            receipt.numberPrefix.clear();
            receipt.frozenAs.clear();
            receipt.accompanies = int(jobs.size()) - 1;
            jobs << receipt;
        }
    }
    if (!problems.isEmpty())
        return problems;
    if (jobs.isEmpty())
        return Problem{u"party"_s, Tr::tr("The case has no liable party to address the paper to."), type->article};
    return jobs;
}

Result<service::ComposedText> OfficeComposer::compose(const CaseFile &file, const service::PaperJob &job,
                                                      const service::PaperNumbering &numbering) const
{
    const PaperType *type = findPaperType(job.paperType);
    if (!type)
        return Problem{u"paper_type"_s, Tr::tr("\"%1\" is not a paper EcoClaim knows (see: ecoclaim-cli document types).").arg(job.paperType), {}};
    auto settings = this->settings();
    if (!settings)
        return settings.problems();
    const PaperInput input{type, job.subject, job.parameters, settings->unitFor(file), numbering.docNo, numbering.version,
                           job.datedOn, job.draft, numbering.accompaniedNo, job.correction, {}};
    auto filled = fill(file, input);
    if (!filled)
        return filled.problems();
    service::ComposedText text;
    text.html = filled->second;
    text.title = numbering.docNo.isEmpty() ? type->chinese : type->chinese + u' ' + numbering.docNo;
    text.draft = job.draft;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData((text.title + u'\n' + (text.draft ? u"draft"_s : u"final"_s) + u'\n' + text.html).toUtf8());
    text.sha256 = QString::fromLatin1(hash.result().toHex());
    return text;
}

Result<service::PaperBytes> OfficeComposer::render(const service::ComposedText &text) const
{
    const LaidOutPaper layout{text.html, text.title, text.draft};
    service::PaperBytes bytes;
    auto pdf = paperPdf(layout, &bytes.pages);
    if (!pdf)
        return pdf.problems();
    auto odt = paperOdt(layout);
    if (!odt)
        return odt.problems();
    bytes.pdf = std::move(pdf).value();
    bytes.odt = std::move(odt).value();
    return bytes;
}

} // namespace ecoclaim::documents
