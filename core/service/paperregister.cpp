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
                             "d.dated_on, d.is_draft, d.pdf_sha256, d.odt_sha256, d.pages, d.created_by, d.created_at, d.params"_s;

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
    return p;
}

// 沪浦环损磋告〔2025〕3号: the year in full inside 六角括号, the serial without 第 and without leading
// zeros (GB/T 9704-2012 §7.2.5, reference.md §5.1).
QString documentNumber(const QString &prefix, int year, int serial)
{
    return prefix + u"〔"_s + QString::number(year) + u"〕"_s + QString::number(serial) + u"号"_s;
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

Result<FiledPaper> PaperRegister::file(const PaperRequest &request, const PaperRenderer &render, const QString &actor)
{
    const QSqlDatabase db = m_service.database().connection();
    storage::CaseRepository repository(db);
    storage::WriteTransaction txn(db);
    if (auto s = txn.begin(); !s)
        return s.problems();
    auto id = repository.resolve(request.caseReference);
    if (!id)
        return id.problems();
    if (auto s = txn.lockCase(id.value()); !s)
        return s.problems();
    auto loaded = repository.load(id.value());
    if (!loaded)
        return loaded.problems();
    const CaseFile &file = loaded.value();
    if (Problems closed = closedVolume(file); !closed.isEmpty())
        return closed;
    if (!request.datedOn.isValid())
        return Problem{u"dated_on"_s, Tr::tr("The paper has no date."), {}};

    // The version: one more than the last of this paper; the number: the one this paper already
    // carries, else the next of the yearly series of its type and unit.
    const QVariantList key{file.id, request.paperType, request.subject};
    auto last = storage::scalar(db, u"SELECT max(version) FROM documents WHERE case_id = ? AND paper_type = ? AND subject = ?"_s, key);
    if (!last)
        return last.problems();
    PaperNumbering numbering{{}, last.value().toInt() + 1, request.datedOn};
    QList<storage::Change> changes;
    if (!request.draft && !request.numberPrefix.isEmpty()) {
        auto issued = storage::scalar(db, u"SELECT doc_no FROM documents WHERE case_id = ? AND paper_type = ? AND subject = ? "
                                          "AND doc_no <> '' ORDER BY version DESC LIMIT 1"_s, key);
        if (!issued)
            return issued.problems();
        numbering.docNo = issued.value().toString();
        if (numbering.docNo.isEmpty()) {
            const QString unit = file.districtCode + u':' + file.unit;
            const int year = request.datedOn.year();
            const QVariantList series{request.paperType, unit, year};
            auto serial = storage::scalar(db, u"INSERT INTO paper_number_series (paper_type, unit, year, last_number) VALUES (?, ?, ?, 1) "
                                              "ON CONFLICT (paper_type, unit, year) DO UPDATE SET last_number = paper_number_series.last_number + 1 "
                                              "RETURNING last_number"_s, series);
            if (!serial)
                return serial.problems();
            numbering.docNo = documentNumber(request.numberPrefix, year, serial.value().toInt());
        }
    }

    auto bytes = render(file, numbering);
    if (!bytes)
        return bytes.problems();

    // The bytes go to the store first (fsynced, renamed into place), then are recorded in this
    // transaction: a rollback leaves only an orphan that FileStore::check removes.
    storage::FileStore store(m_service.database());
    QVariantMap row{{u"case_id"_s, file.id}, {u"paper_type"_s, request.paperType}, {u"subject"_s, request.subject},
                    {u"doc_no"_s, numbering.docNo}, {u"version"_s, numbering.version}, {u"title"_s, request.title},
                    {u"dated_on"_s, request.datedOn}, {u"is_draft"_s, request.draft ? 1 : 0},
                    {u"params"_s, QString::fromUtf8(QJsonDocument(request.parameters).toJson(QJsonDocument::Compact))},
                    {u"pages"_s, bytes->pages}, {u"created_by"_s, actor}, {u"created_at"_s, storage::nowTimestamp()}};
    const std::pair<const QByteArray *, QString> parts[] = {{&bytes->pdf, u"pdf"_s}, {&bytes->odt, u"odt"_s}};
    for (const auto &[data, format] : parts) {
        if (data->isEmpty())
            continue;
        auto digest = store.putBytes(*data);
        if (!digest)
            return digest.problems();
        const QString media = format == u"pdf" ? u"application/pdf"_s : u"application/vnd.oasis.opendocument.text"_s;
        if (auto s = storage::FileStore::record(db, digest.value(), media); !s)
            return s.problems();
        row.insert(format + u"_sha256"_s, digest->sha256);
    }
    auto rowId = repository.insert(u"documents"_s, row, &changes);
    if (!rowId)
        return rowId.problems();

    const QString summary = request.draft
        ? Tr::tr("Paper %1 generated as a draft (version %2)").arg(request.title).arg(numbering.version)
        : Tr::tr("Paper %1 %2 generated (version %3)").arg(request.title, numbering.docNo).arg(numbering.version);
    QJsonObject payload{{u"cmd"_s, u"issue_paper"_s}, {u"case"_s, file.number}, {u"paper_type"_s, request.paperType},
                        {u"subject"_s, request.subject}, {u"doc_no"_s, numbering.docNo}, {u"version"_s, numbering.version},
                        {u"draft"_s, request.draft}, {u"dated_on"_s, request.datedOn.toString(Qt::ISODate)},
                        {u"parameters"_s, request.parameters}, {u"pdf_sha256"_s, row.value(u"pdf_sha256"_s).toString()},
                        {u"odt_sha256"_s, row.value(u"odt_sha256"_s).toString()}};
    const QString now = storage::nowTimestamp();
    if (auto s = recordCaseEvent(repository, CaseEvent{file.id, request.datedOn, now, u"issue_paper"_s, summary,
                                                       stageKey(file.stage), stageKey(file.stage), actor, payload, changes});
        !s)
        return s.problems();
    if (auto s = repository.update(u"cases"_s, u"id"_s, file.id, {{u"updated_at"_s, now}}, nullptr); !s)
        return s.problems();
    if (auto s = txn.commit(); !s)
        return s.problems();
    if (m_service.notifier())
        Q_EMIT m_service.notifier()->caseChanged(file.id);
    return paper(rowId.value());
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

Result<PaperService> PaperRegister::recordService(const PaperService &service, const QString &actor, QDate today)
{
    const QSqlDatabase db = m_service.database().connection();
    storage::CaseRepository repository(db);
    storage::WriteTransaction txn(db);
    if (auto s = txn.begin(); !s)
        return s.problems();
    auto filed = paper(service.documentId);
    if (!filed)
        return filed.problems();
    if (auto s = txn.lockCase(filed->caseId); !s)
        return s.problems();
    auto file = repository.load(filed->caseId);
    if (!file)
        return file.problems();
    if (Problems closed = closedVolume(file.value()); !closed.isEmpty())
        return closed;
    if (filed->paperType == QStringView(consultationNoticeType))
        return Problem{u"document"_s, Tr::tr("The service of the consultation notice is recorded with the command "
                                             "serve_consultation_notice: it starts the 90-day consultation period."),
                       art(22)};
    Problems problems;
    if (filed->draft)
        problems.add(u"document"_s, Tr::tr("A draft is not served: generate the final paper first."));
    if (!findChoice(serviceMethods(), service.method))
        problems.add(u"method"_s, Tr::tr("\"%1\" is not a method of service (direct, mail, left, electronic, public_notice).").arg(service.method));
    if (!service.servedOn.isValid())
        problems.add(u"served_on"_s, Tr::tr("Served on: give a real date (YYYY-MM-DD)."));
    else if (service.servedOn > today)
        problems.add(u"served_on"_s, Tr::tr("Served on: %1 is in the future.").arg(service.servedOn.toString(Qt::ISODate)));
    else if (service.servedOn < filed->datedOn)
        problems.add(u"served_on"_s, Tr::tr("Served on: %1 is before the paper's date %2.")
                                         .arg(service.servedOn.toString(Qt::ISODate), filed->datedOn.toString(Qt::ISODate)));
    if (service.recipient.trimmed().isEmpty())
        problems.add(u"recipient"_s, Tr::tr("Say who received the paper."));
    if (service.proofEvidenceId > 0) {
        auto owner = storage::scalar(db, u"SELECT case_id FROM evidence WHERE id = ?"_s, {service.proofEvidenceId});
        if (!owner)
            return owner.problems();
        if (owner.value().toLongLong() != filed->caseId)
            problems.add(u"proof"_s, Tr::tr("The proof of service must be evidence of the same case."));
    }
    if (!problems.isEmpty())
        return problems;

    QList<storage::Change> changes;
    const QString now = storage::nowTimestamp();
    auto rowId = repository.insert(u"document_services"_s,
                                   {{u"document_id"_s, filed->id}, {u"method"_s, service.method},
                                    {u"served_on"_s, service.servedOn}, {u"recipient"_s, service.recipient.trimmed()},
                                    {u"proof_evidence_id"_s, service.proofEvidenceId > 0 ? QVariant(service.proofEvidenceId)
                                                                                        : QVariant(QMetaType(QMetaType::LongLong))},
                                    {u"note"_s, service.note}, {u"recorded_by"_s, actor}, {u"recorded_at"_s, now}},
                                   &changes);
    if (!rowId)
        return rowId.problems();
    const Choice *method = findChoice(serviceMethods(), service.method);
    const QString summary = Tr::tr("%1 %2 served on %3 (%4)")
                                .arg(filed->title, filed->docNo, service.recipient.trimmed(), method->chinese);
    const QJsonObject payload{{u"cmd"_s, u"serve_paper"_s}, {u"case"_s, file->number}, {u"document"_s, filed->id},
                              {u"method"_s, service.method}, {u"served_on"_s, service.servedOn.toString(Qt::ISODate)},
                              {u"recipient"_s, service.recipient.trimmed()}, {u"proof"_s, service.proofEvidenceId},
                              {u"note"_s, service.note}};
    if (auto s = recordCaseEvent(repository, CaseEvent{file->id, service.servedOn, now, u"serve_paper"_s, summary,
                                                       stageKey(file->stage), stageKey(file->stage), actor, payload, changes});
        !s)
        return s.problems();
    if (auto s = repository.update(u"cases"_s, u"id"_s, file->id, {{u"updated_at"_s, now}}, nullptr); !s)
        return s.problems();
    if (auto s = txn.commit(); !s)
        return s.problems();
    if (m_service.notifier())
        Q_EMIT m_service.notifier()->caseChanged(file->id);
    PaperService stored = service;
    stored.id = rowId.value();
    stored.recordedBy = actor;
    stored.recordedAt = now;
    return stored;
}

} // namespace ecoclaim::service
