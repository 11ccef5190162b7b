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
    // The service renders the papers of its commands with these settings, or the bureau's read at each
    // use (papercomposer.h).
    m_service.setPaperComposer(m_fixed ? std::make_unique<OfficeComposer>(*m_fixed, m_service) : std::make_unique<OfficeComposer>(m_service));
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
    input.subject = options.subject == u"all" ? QString() : options.subject;
    input.parameters = options.parameters;
    input.unit = settings.unitFor(file);
    input.docNo = docNo;
    input.version = version;
    input.datedOn = options.datedOn.isValid() ? options.datedOn : QDate::currentDate();
    input.draft = options.draft;
    const OfficeComposer composer(settings, m_service);
    auto filled = composer.fill(file, input);
    if (!filled)
        return filled.problems();
    RenderedPaper rendered;
    rendered.type = type;
    rendered.data = filled->first;
    Problems problems;
    if (!options.draft)
        for (const QString &field : rendered.data.missing)
            problems.add(u"missing"_s, Tr::tr("%1 cannot be generated: %2 is missing (or generate a marked draft).").arg(type->chinese, field),
                         type->article);
    for (const QString &conflict : options.draft ? QStringList() : rendered.data.conflicts) // a marked draft may be wrong
        problems.add(u"issued_on"_s, Tr::tr("%1 cannot be dated so: %2.").arg(type->chinese, conflict), type->article);
    if (!problems.isEmpty())
        return problems;
    rendered.layout = LaidOutPaper{filled->second, docNo.isEmpty() ? type->chinese : type->chinese + u" "_s + docNo, options.draft};
    return rendered;
}

QJsonObject PaperOffice::issueCommand(const QString &caseReference, const QString &typeId, const PaperOptions &options)
{
    QJsonObject command{{u"cmd"_s, u"issue_paper"_s}, {u"case"_s, caseReference}, {u"paper_type"_s, typeId}};
    if (options.subject == u"all")
        command.insert(u"party"_s, u"all"_s);
    else if (const int party = subjectNumber(PaperSubject::Party, options.subject))
        command.insert(u"party"_s, QString::number(party));
    else if (!options.subject.isEmpty())
        command.insert(u"subject"_s, options.subject);
    if (options.datedOn.isValid())
        command.insert(u"issued_on"_s, options.datedOn.toString(Qt::ISODate));
    if (options.draft)
        command.insert(u"draft"_s, true);
    if (options.acceptShortLead)
        command.insert(u"accept_short_lead"_s, true);
    for (auto it = options.parameters.begin(); it != options.parameters.end(); ++it)
        command.insert(it.key(), it.value());
    return command;
}

Result<QList<service::FiledPaper>> PaperOffice::run(const QJsonObject &command, const QString &actor, QDate today)
{
    auto outcome = m_service.execute(command, actor, today.isValid() ? today : QDate::currentDate());
    if (!outcome)
        return outcome.problems();
    QList<service::FiledPaper> filed;
    for (qint64 id : outcome->papersFiled) {
        auto paper = m_register.paper(id);
        if (!paper)
            return paper.problems();
        filed << paper.value();
    }
    return filed;
}

Result<QList<service::FiledPaper>> PaperOffice::issueAll(const QString &caseReference, const QString &typeId, const PaperOptions &options,
                                                         const QString &actor, QDate today)
{
    return run(issueCommand(caseReference, typeId, options), actor, today);
}

Result<service::FiledPaper> PaperOffice::issue(const QString &caseReference, const QString &typeId, const PaperOptions &options,
                                               const QString &actor, QDate today)
{
    auto filed = issueAll(caseReference, typeId, options, actor, today);
    if (!filed)
        return filed.problems();
    if (filed->isEmpty())
        return Problem{u"document"_s, Tr::tr("No paper was filed."), {}};
    return filed->first();
}

Result<QList<service::FiledPaper>> PaperOffice::supersede(qint64 documentId, const QString &reason, const PaperOptions &options,
                                                          const QString &actor, QDate today)
{
    auto old = m_register.paper(documentId);
    if (!old)
        return old.problems();
    QJsonObject command{{u"cmd"_s, u"supersede_paper"_s}, {u"case"_s, old->caseNumber}, {u"document"_s, documentId},
                        {u"reason"_s, reason}};
    if (options.datedOn.isValid())
        command.insert(u"issued_on"_s, options.datedOn.toString(Qt::ISODate));
    if (options.acceptShortLead)
        command.insert(u"accept_short_lead"_s, true);
    for (auto it = options.parameters.begin(); it != options.parameters.end(); ++it)
        command.insert(it.key(), it.value());
    return run(command, actor, today);
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
    QJsonObject command{{u"cmd"_s, u"serve_paper"_s}, {u"case"_s, paper->caseNumber}, {u"document"_s, paper->id},
                        {u"method"_s, service.method}, {u"served_on"_s, service.servedOn.toString(Qt::ISODate)},
                        {u"recipient"_s, service.recipient}};
    if (service.proofEvidenceId > 0)
        command.insert(u"proof"_s, service.proofEvidenceId);
    if (!service.note.isEmpty())
        command.insert(u"note"_s, service.note);
    auto outcome = m_service.execute(command, actor, today.isValid() ? today : QDate::currentDate());
    if (!outcome)
        return outcome.problems();
    return success();
}

} // namespace ecoclaim::documents
