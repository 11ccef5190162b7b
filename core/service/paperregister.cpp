#include "core/service/paperregister.h"

#include "core/domain/catalogue.h"
#include "core/service/caseevent.h"
#include "core/service/casenotifier.h"
#include "core/service/caseservice.h"
#include "core/storage/database.h"
#include "core/storage/filestore.h"
#include "core/storage/sqlquery.h"
#include "core/storage/writetransaction.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::service {

namespace {
// Translations of this file live in the context ecoclaim::PaperRegister (lupdate reads the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::PaperRegister)
};

const QString paperColumns = u"d.id, d.case_id, c.case_no, d.paper_type, d.subject, d.doc_no, d.title, d.version, "
                             "d.dated_on, d.is_draft, d.pdf_sha256, d.odt_sha256, d.pages, d.created_by, d.created_at, d.params, "
                             "d.content_sha256, d.frozen, d.superseded_by, d.supersede_reason"_s;

FiledPaper paperFrom(const QSqlQuery &q)
{
    FiledPaper p;
    p.id = q.value(0).toLongLong();
    p.caseId = q.value(1).toLongLong();
    p.caseNumber = q.value(2).toString();
    p.paperType = q.value(3).toString();
    p.subject = q.value(4).toString();
    p.docNo = q.value(5).toString();
    p.title = q.value(6).toString();
    p.version = q.value(7).toInt();
    p.datedOn = storage::dateFrom(q.value(8));
    p.draft = q.value(9).toBool();
    p.pdfSha256 = q.value(10).toString();
    p.odtSha256 = q.value(11).toString();
    p.pages = q.value(12).toInt();
    p.createdBy = q.value(13).toString();
    p.createdAt = q.value(14).toString();
    p.parameters = QJsonDocument::fromJson(q.value(15).toString().toUtf8()).object();
    p.contentSha256 = q.value(16).toString();
    p.frozen = q.value(17).toString();
    p.supersededBy = q.value(18).toLongLong();
    p.supersedeReason = q.value(19).toString();
    return p;
}

} // namespace

PaperRegister::PaperRegister(CaseService &service) : m_service(service) {}

Problems PaperRegister::closedVolume(const CaseFile &file)
{
    // 第四十二条: an archived case file is closed — nothing is added to the volume any more.
    if (file.stage == Stage::Archived)
        return {Problem{u"case"_s, Tr::tr("Case %1 is archived: its file is closed and no paper can be added.").arg(file.number),
                        art(42)}};
    return {};
}

QString PaperRegister::storeRoot() const
{
    return storage::FileStore(m_service.database()).location();
}

Result<QList<FiledPaper>> PaperRegister::papersOf(qint64 caseId) const
{
    auto q = storage::exec(m_service.database().connection(),
                           u"SELECT "_s + paperColumns + u" FROM documents d JOIN cases c ON c.id = d.case_id "
                           "WHERE d.case_id = ? ORDER BY d.paper_type, d.subject, d.version"_s, {caseId});
    if (!q)
        return q.problems();
    QList<FiledPaper> list;
    while (q.value().next())
        list << paperFrom(q.value());
    if (auto s = storage::readEnded(q.value()); !s)
        return s.problems();
    return list;
}

Result<FiledPaper> PaperRegister::paper(qint64 documentId) const
{
    auto q = storage::exec(m_service.database().connection(),
                           u"SELECT "_s + paperColumns + u" FROM documents d JOIN cases c ON c.id = d.case_id WHERE d.id = ?"_s,
                           {documentId});
    if (!q)
        return q.problems();
    if (!q.value().next()) {
        if (auto s = storage::readEnded(q.value()); !s)
            return s.problems();
        return Problem{u"document"_s, Tr::tr("There is no paper %1 on file.").arg(documentId), {}};
    }
    return paperFrom(q.value());
}

Result<QByteArray> PaperRegister::bytesOf(const FiledPaper &paper, const QString &format) const
{
    const QString sha = format == u"odt" ? paper.odtSha256 : paper.pdfSha256;
    if (sha.isEmpty())
        return Problem{u"format"_s, Tr::tr("Version %1 of %2 was not stored as %3.").arg(paper.version).arg(paper.title, format.toUpper()), {}};
    return storage::FileStore(m_service.database()).read(sha);
}

Result<QList<PaperService>> PaperRegister::servicesOf(qint64 documentId) const
{
    auto q = storage::exec(m_service.database().connection(),
                           u"SELECT id, document_id, method, served_on, recipient, proof_evidence_id, note, recorded_by, recorded_at "
                           "FROM document_services WHERE document_id = ? ORDER BY served_on, id"_s, {documentId});
    if (!q)
        return q.problems();
    QList<PaperService> list;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        list << PaperService{r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toString(),
                             storage::dateFrom(r.value(3)), r.value(4).toString(), r.value(5).toLongLong(),
                             r.value(6).toString(), r.value(7).toString(), r.value(8).toString()};
    }
    if (auto s = storage::readEnded(q.value()); !s)
        return s.problems();
    return list;
}

} // namespace ecoclaim::service
