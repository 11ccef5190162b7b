#include "core/documents/paperoffice.h"

#include "core/documents/papertemplates.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::documents {

namespace {
// Translations of this file live in the context ecoclaim::Papers (lupdate reads the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Papers)
};
} // namespace

PaperOffice::PaperOffice(service::CaseService &service, std::optional<PaperSettings> settings)
    : m_service(service), m_register(service), m_fixed(std::move(settings))
{
}

Result<PaperSettings> PaperOffice::settings() const
{
    // Read at each use, not kept: another desk may have changed the bureau's settings a moment ago.
    if (m_fixed)
        return *m_fixed;
    return PaperSettings::load(m_service);
}

Result<RenderedPaper> PaperOffice::compose(const QString &caseReference, const QString &typeId, const PaperOptions &options) const
{
    auto file = m_service.caseFile(caseReference);
    if (!file)
        return file.problems();
    return compose(file.value(), typeId, options);
}

Result<RenderedPaper> PaperOffice::compose(const CaseFile &file, const QString &typeId, const PaperOptions &options,
                                           const QString &docNo, int version) const
{
    auto settings = this->settings();
    if (!settings)
        return settings.problems();
    return composeWith(settings.value(), file, typeId, options, docNo, version);
}

Result<RenderedPaper> PaperOffice::composeWith(const PaperSettings &settings, const CaseFile &file, const QString &typeId,
                                               const PaperOptions &options, const QString &docNo, int version) const
{
    const PaperType *type = findPaperType(typeId);
    if (!type)
        return Problem{u"type"_s, Tr::tr("\"%1\" is not a paper EcoClaim knows (see: ecoclaim-cli document types).").arg(typeId), {}};
    PaperInput input;
    input.type = type;
    input.subject = options.subject;
    input.parameters = options.parameters;
    input.unit = settings.unitFor(file);
    input.docNo = docNo;
    input.version = version;
    input.datedOn = options.datedOn.isValid() ? options.datedOn : QDate::currentDate();
    input.draft = options.draft;
    if (type->id == u"service_receipt") {
        // The receipt names the notice it accompanies: the latest numbered one for the same party.
        auto papers = m_register.papersOf(file.id);
        if (!papers)
            return papers.problems();
        const QString subject = fillPaper(file, input).subject;
        for (const service::FiledPaper &p : papers.value())
            if (p.paperType == QStringView(service::consultationNoticeType) && p.subject == subject && !p.docNo.isEmpty())
                input.servedPaperNo = p.docNo;
    }
    RenderedPaper rendered;
    rendered.type = type;
    rendered.data = fillPaper(file, input);
    if (!rendered.data.missing.isEmpty() && !options.draft) {
        Problems problems;
        for (const QString &field : rendered.data.missing)
            problems.add(u"missing"_s, Tr::tr("%1 cannot be generated: %2 is missing (or generate a marked draft).").arg(type->chinese, field),
                         type->article);
        return problems;
    }
    auto text = paperTemplate(type->id, settings.templateFolder);
    if (!text)
        return text.problems();
    auto html = renderTemplate(text.value(), rendered.data.values, type->id);
    if (!html)
        return html.problems();
    rendered.layout = LaidOutPaper{html.value(), docNo.isEmpty() ? type->chinese : type->chinese + u" "_s + docNo, options.draft};
    return rendered;
}

Result<service::FiledPaper> PaperOffice::issue(const QString &caseReference, const QString &typeId, const PaperOptions &options,
                                               const QString &actor)
{
    // Checked before the write transaction: a paper with missing data is refused without touching the
    // database; the subject is resolved so the register files it under the right key.
    auto current = m_service.caseFile(caseReference);
    if (!current)
        return current.problems();
    // The closed volume first (Art. 42): that is the answer that matters, not what data is missing.
    if (Problems closed = service::PaperRegister::closedVolume(current.value()); !closed.isEmpty())
        return closed;
    auto settings = this->settings(); // once: the number taken and the paper printed agree
    if (!settings)
        return settings.problems();
    auto first = composeWith(settings.value(), current.value(), typeId, options);
    if (!first)
        return first.problems();
    const QDate datedOn = options.datedOn.isValid() ? options.datedOn : QDate::currentDate();
    service::PaperRequest request;
    request.caseReference = caseReference;
    request.paperType = typeId;
    request.subject = first->data.subject;
    request.title = first->type->chinese;
    request.draft = options.draft;
    request.datedOn = datedOn;
    request.parameters = first->data.parameters;
    if (first->type->isNumbered())
        request.numberPrefix = settings->unitFor(current.value()).numberPrefix + first->type->numberCode;
    PaperOptions fixed = options;
    fixed.subject = request.subject;
    fixed.datedOn = datedOn;
    const PaperSettings &unitSettings = settings.value();
    return m_register.file(request, [this, &unitSettings, &typeId, &fixed](const CaseFile &file, const service::PaperNumbering &numbering)
                                        -> Result<service::PaperBytes> {
        auto rendered = composeWith(unitSettings, file, typeId, fixed, numbering.docNo, numbering.version);
        if (!rendered)
            return rendered.problems();
        service::PaperBytes bytes;
        auto pdf = paperPdf(rendered->layout, &bytes.pages);
        if (!pdf)
            return pdf.problems();
        auto odt = paperOdt(rendered->layout);
        if (!odt)
            return odt.problems();
        bytes.pdf = std::move(pdf).value();
        bytes.odt = std::move(odt).value();
        return bytes;
    }, actor);
}

Result<QByteArray> PaperOffice::reprint(qint64 documentId, const QString &format) const
{
    return m_service.reader().paperBytes(documentId, format);
}

Status PaperOffice::serve(const service::PaperService &service, const QString &actor, QDate today)
{
    auto paper = m_register.paper(service.documentId);
    if (!paper)
        return paper.problems();
    if (paper->paperType != QStringView(service::consultationNoticeType)) {
        auto recorded = m_register.recordService(service, actor, today);
        if (!recorded)
            return recorded.problems();
        return success();
    }
    if (paper->draft)
        return Problem{u"document"_s, Tr::tr("A draft is not served: generate the final paper first."), {}};
    // One service date, the lifecycle's: the notice as printed (its meeting day and reply deadline)
    // served through the command that starts the 90 days and checks the five working days.
    QJsonObject command{{u"cmd"_s, u"serve_consultation_notice"_s},
                        {u"case"_s, paper->caseNumber},
                        {u"party"_s, subjectNumber(PaperSubject::Party, paper->subject)},
                        {u"served_on"_s, service.servedOn.toString(Qt::ISODate)},
                        {u"service_method"_s, service.method},
                        {u"meeting_on"_s, paper->parameters.value(u"meeting_on"_s)},
                        {u"reply_due_on"_s, paper->parameters.value(u"reply_due_on"_s)}};
    if (!service.recipient.isEmpty())
        command.insert(u"recipient"_s, service.recipient);
    auto outcome = m_service.execute(command, actor, today);
    if (!outcome)
        return outcome.problems();
    return success();
}

} // namespace ecoclaim::documents
