// Handlers of the paper commands (core/domain/lifecycle_papers.cpp): issue_paper, supersede_paper,
// serve_paper and record_liability_share — and preparePapers, which renders the papers of a command
// before its write transaction (see paperwork.h for why and how the two meet).

#include "core/service/handlers.h"

#include "core/service/paperwork.h"
#include "core/storage/database.h"
#include "core/storage/filestore.h"
#include "core/storage/sqlquery.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::service {

namespace {
// Translations of this file live in the context ecoclaim::Timeline (lupdate reads the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Timeline)
};

// The latest version of a paper (type and subject) that is neither a draft nor superseded.
const FiledPaper *currentPaper(const CaseFile &file, const QString &type, const QString &subject)
{
    const FiledPaper *found = nullptr;
    for (const FiledPaper &p : file.papers)
        if (p.paperType == type && p.subject == subject && !p.draft && p.isCurrent())
            found = &p;
    return found;
}

const FiledPaper *paperById(const CaseFile &file, qint64 id)
{
    for (const FiledPaper &p : file.papers)
        if (p.id == id)
            return &p;
    return nullptr;
}

int lastVersion(const CaseFile &file, const QString &type, const QString &subject)
{
    int version = 0;
    for (const FiledPaper &p : file.papers)
        if (p.paperType == type && p.subject == subject)
            version = qMax(version, p.version);
    return version;
}

// A served consultation notice is frozen even when its service was recorded with
// serve_consultation_notice rather than serve_paper (a notice from before papers were commands).
QString frozenState(const CaseFile &file, const FiledPaper &p)
{
    if (!p.frozen.isEmpty())
        return p.frozen;
    if (p.paperType == u"consultation_notice") {
        const int seq = p.subject.startsWith(u"party:") ? p.subject.mid(6).toInt() : 0;
        for (const Party &party : file.parties)
            if (party.seq == seq)
                for (const ConsultationNotice &n : file.notices)
                    if (n.partyId == party.id && n.servedOn >= p.datedOn)
                        return u"served"_s;
    }
    return {};
}

// The numbers of the jobs: the number a paper already carries, else the next of the yearly series of its
// type and unit. `take` takes them (inside the transaction); otherwise they are only read, as the
// transaction will take them if nobody numbers a paper of the series in between.
Result<QList<PaperNumbering>> numberJobs(const QSqlDatabase &db, const CaseFile &file, const QList<PaperJob> &jobs,
                                         bool take, qint64 supersededId)
{
    QList<PaperNumbering> numbers;
    QHash<QString, int> peeked; // series → numbers handed out so far in this command (when only reading)
    const QString unit = file.districtCode + u':' + file.unit;
    for (const PaperJob &job : jobs) {
        PaperNumbering n;
        n.version = lastVersion(file, job.paperType, job.subject) + 1;
        const FiledPaper *current = currentPaper(file, job.paperType, job.subject);
        const bool renumber = current && current->id == supersededId;
        if (!job.draft && !job.numberPrefix.isEmpty()) {
            if (current && !current->docNo.isEmpty() && !renumber) {
                n.docNo = current->docNo;
            } else {
                const int year = job.datedOn.year();
                const QVariantList series{job.paperType, unit, year};
                int serial = 0;
                if (take) {
                    auto next = storage::scalar(db, u"INSERT INTO paper_number_series (paper_type, unit, year, last_number) VALUES (?, ?, ?, 1) "
                                                    "ON CONFLICT (paper_type, unit, year) DO UPDATE SET last_number = paper_number_series.last_number + 1 "
                                                    "RETURNING last_number"_s, series);
                    if (!next)
                        return next.problems();
                    serial = next.value().toInt();
                } else {
                    auto last = storage::scalar(db, u"SELECT last_number FROM paper_number_series WHERE paper_type = ? AND unit = ? AND year = ?"_s, series);
                    if (!last)
                        return last.problems();
                    const QString key = job.paperType + u'|' + QString::number(year);
                    serial = last.value().toInt() + ++peeked[key];
                }
                n.docNo = documentNumber(job.numberPrefix, year, serial);
            }
        }
        if (job.accompanies >= 0 && job.accompanies < numbers.size())
            n.accompaniedNo = numbers.at(job.accompanies).docNo;
        numbers << n;
    }
    return numbers;
}

// The command input a supersession plans with: what the caseworker gave, else what the old paper printed.
CommandInput supersedingInput(const CommandInput &input, const FiledPaper &old)
{
    CommandInput in = input;
    in.values.insert(u"paper_type"_s, old.paperType);
    if (old.subject.startsWith(u"party:"))
        in.values.insert(u"party"_s, old.subject.mid(6));
    else if (!old.subject.isEmpty())
        in.values.insert(u"subject"_s, old.subject);
    for (auto it = old.parameters.begin(); it != old.parameters.end(); ++it) {
        if (in.has(it.key()) || it.value().toString().isEmpty())
            continue;
        const QDate date = QDate::fromString(it.value().toString(), Qt::ISODate);
        in.values.insert(it.key(), date.isValid() ? QVariant(date) : QVariant(it.value().toString()));
    }
    return in;
}

Status issue(HandlerContext &c, const CommandInput &input, qint64 supersededId)
{
    PaperWork *work = c.papers;
    if (!work || !work->composer)
        return Problem{u"cmd"_s, Tr::tr("Papers cannot be issued here: the papers module is not loaded."), {}};
    auto jobs = work->composer->plan(c.file, input);
    if (!jobs)
        return jobs.problems();
    const QSqlDatabase db = c.repository.database();
    auto numbers = numberJobs(db, c.file, jobs.value(), true, supersededId);
    if (!numbers)
        return numbers.problems();
    storage::FileStore store(*work->database);
    QStringList filed;
    for (int i = 0; i < jobs->size(); ++i) {
        const PaperJob &job = jobs->at(i);
        const PaperNumbering &numbering = numbers->at(i);
        const FiledPaper *current = currentPaper(c.file, job.paperType, job.subject);
        const QString frozen = current && current->id != supersededId && !job.draft ? frozenState(c.file, *current) : QString();
        if (!frozen.isEmpty()) {
            // A served or signed paper never changes under its number: the same text gives the same
            // paper (its stored bytes), a changed one is refused.
            PaperNumbering same = numbering;
            same.version = current->version;
            auto text = work->composer->compose(c.file, job, same);
            if (!text)
                return text.problems();
            if (text->sha256 == current->contentSha256) {
                c.papersFiled << current->id;
                continue;
            }
            return Problem{u"paper_type"_s,
                           Tr::tr("%1 %2 was %3: its content cannot change under this number (the case data it prints has changed). "
                                  "To correct it, supersede it (supersede_paper): the correction gets a new number and this paper stays on file, marked superseded.")
                               .arg(current->title, current->docNo, frozen == u"signed" ? Tr::tr("signed") : Tr::tr("served")),
                           art(42)};
        }
        auto text = work->composer->compose(c.file, job, numbering);
        if (!text)
            return text.problems();
        // The bytes rendered before the lock, if they were laid out from this very text and number.
        PreparedPaper ready = work->prepared.value(paperKey(job.paperType, job.subject));
        if (ready.contentSha256 != text->sha256 || !(ready.numbering == numbering)) {
            auto bytes = work->composer->render(text.value());
            if (!bytes)
                return bytes.problems();
            auto pdf = store.putBytes(bytes->pdf);
            if (!pdf)
                return pdf.problems();
            auto odt = store.putBytes(bytes->odt);
            if (!odt)
                return odt.problems();
            ready = PreparedPaper{numbering, text->sha256, pdf.value(), odt.value(), bytes->pages};
            ++work->renderedInLock;
        }
        if (auto s = storage::FileStore::record(db, ready.pdf, u"application/pdf"_s); !s)
            return s;
        if (auto s = storage::FileStore::record(db, ready.odt, u"application/vnd.oasis.opendocument.text"_s); !s)
            return s;
        auto row = c.repository.insert(
            u"documents"_s,
            {{u"case_id"_s, c.caseId}, {u"paper_type"_s, job.paperType}, {u"subject"_s, job.subject},
             {u"doc_no"_s, numbering.docNo}, {u"version"_s, numbering.version}, {u"title"_s, job.title},
             {u"dated_on"_s, job.datedOn}, {u"is_draft"_s, job.draft ? 1 : 0},
             {u"params"_s, QString::fromUtf8(QJsonDocument(job.parameters).toJson(QJsonDocument::Compact))},
             {u"pdf_sha256"_s, ready.pdf.sha256}, {u"odt_sha256"_s, ready.odt.sha256}, {u"pages"_s, ready.pages},
             {u"content_sha256"_s, text->sha256}, {u"frozen"_s, job.draft ? QString() : job.frozenAs},
             {u"created_by"_s, c.actor}, {u"created_at"_s, storage::nowTimestamp()}},
            &c.changes);
        if (!row)
            return row.problems();
        c.papersFiled << row.value();
        filed << (numbering.docNo.isEmpty() ? job.title : job.title + u' ' + numbering.docNo);
    }
    c.summary = filed.isEmpty() ? Tr::tr("Paper reprinted unchanged (served or signed)") : Tr::tr("Paper issued: %1").arg(filed.join(u"、"_s));
    return success();
}

Status issuePaper(HandlerContext &c)
{
    return issue(c, c.input, 0);
}

Status supersedePaper(HandlerContext &c)
{
    const FiledPaper *old = paperById(c.file, c.input.id(u"document"_s));
    Q_ASSERT(old); // the precondition found it
    if (auto s = issue(c, supersedingInput(c.input, *old), old->id); !s)
        return s;
    if (c.papersFiled.isEmpty())
        return success();
    const qint64 replacement = c.papersFiled.first();
    // Every version under the old number is superseded: the number stays on file, never reused.
    for (const FiledPaper &p : c.file.papers)
        if (p.paperType == old->paperType && p.subject == old->subject && p.docNo == old->docNo && p.isCurrent())
            if (auto s = c.repository.update(u"documents"_s, u"id"_s, p.id,
                                             {{u"superseded_by"_s, replacement}, {u"supersede_reason"_s, c.input.text(u"reason"_s)}},
                                             &c.changes);
                !s)
                return s;
    c.summary = Tr::tr("%1 %2 superseded: %3").arg(old->title, old->docNo, c.summary);
    return success();
}

Status servePaper(HandlerContext &c)
{
    const FiledPaper *p = paperById(c.file, c.input.id(u"document"_s));
    Q_ASSERT(p);
    const Choice *method = findChoice(serviceMethods(), c.input.text(u"method"_s));
    if (p->paperType == u"consultation_notice") {
        // The lifecycle's record of the service (Art. 22: it starts the 90 days), with the dates the
        // notice printed — the same row serve_consultation_notice writes.
        const int seq = p->subject.startsWith(u"party:") ? p->subject.mid(6).toInt() : 0;
        qint64 partyId = 0;
        for (const Party &party : c.file.parties)
            if (party.seq == seq)
                partyId = party.id;
        auto row = c.repository.insert(
            u"consultation_notices"_s,
            {{u"case_id"_s, c.caseId}, {u"party_id"_s, partyId}, {u"served_on"_s, c.input.date(u"served_on"_s)},
             {u"service_method"_s, c.input.text(u"method"_s)}, {u"recipient"_s, c.input.text(u"recipient"_s)},
             {u"meeting_on"_s, QDate::fromString(p->parameters.value(u"meeting_on"_s).toString(), Qt::ISODate)},
             {u"reply_due_on"_s, QDate::fromString(p->parameters.value(u"reply_due_on"_s).toString(), Qt::ISODate)}},
            &c.changes);
        if (!row)
            return row.problems();
    } else {
        auto row = c.repository.insert(
            u"document_services"_s,
            {{u"document_id"_s, p->id}, {u"method"_s, c.input.text(u"method"_s)}, {u"served_on"_s, c.input.date(u"served_on"_s)},
             {u"recipient"_s, c.input.text(u"recipient"_s)},
             {u"proof_evidence_id"_s, c.input.has(u"proof"_s) ? QVariant(c.input.id(u"proof"_s)) : QVariant(QMetaType(QMetaType::LongLong))},
             {u"note"_s, c.input.text(u"note"_s)}, {u"recorded_by"_s, c.actor}, {u"recorded_at"_s, storage::nowTimestamp()}},
            &c.changes);
        if (!row)
            return row.problems();
    }
    if (auto s = c.repository.update(u"documents"_s, u"id"_s, p->id, {{u"frozen"_s, u"served"_s}}, &c.changes); !s)
        return s;
    c.summary = Tr::tr("%1 %2 served on %3 (%4)")
                    .arg(p->title, p->docNo, c.input.text(u"recipient"_s), method ? method->chinese : c.input.text(u"method"_s));
    return success();
}

Status recordShare(HandlerContext &c)
{
    const Party *party = c.file.findParty(c.input.id(u"party"_s));
    auto row = c.repository.insert(u"liability_shares"_s,
                                   {{u"case_id"_s, c.caseId}, {u"party_id"_s, c.input.id(u"party"_s)},
                                    {u"basis"_s, c.input.text(u"basis"_s)},
                                    {u"percent"_s, c.input.has(u"percent"_s) ? c.input.id(u"percent"_s) : 0},
                                    {u"amount_fen"_s, c.input.money(u"amount"_s).fen()}, {u"note"_s, c.input.text(u"note"_s)}},
                                   &c.changes);
    if (!row)
        return row.problems();
    c.summary = Tr::tr("Share of %1 recorded").arg(party ? party->name : QString());
    return success();
}
} // namespace

QString documentNumber(const QString &prefix, int year, int serial)
{
    return prefix + u"〔"_s + QString::number(year) + u"〕"_s + QString::number(serial) + u"号"_s;
}

void preparePapers(const QSqlDatabase &db, const CaseFile &file, const CommandInput &input, PaperWork &work)
{
    // Everything here is an expectation: a failure only means the transaction does the work itself.
    if (!work.composer)
        return;
    CommandInput in = input;
    qint64 supersededId = 0;
    if (input.command == u"supersede_paper") {
        const FiledPaper *old = paperById(file, input.id(u"document"_s));
        if (!old)
            return;
        in = supersedingInput(input, *old);
        supersededId = old->id;
    }
    auto jobs = work.composer->plan(file, in);
    if (!jobs)
        return;
    auto numbers = numberJobs(db, file, jobs.value(), false, supersededId);
    if (!numbers)
        return;
    storage::FileStore store(*work.database);
    for (int i = 0; i < jobs->size(); ++i) {
        auto text = work.composer->compose(file, jobs->at(i), numbers->at(i));
        if (!text)
            return;
        auto bytes = work.composer->render(text.value());
        if (!bytes)
            return;
        auto pdf = store.putBytes(bytes->pdf);
        auto odt = store.putBytes(bytes->odt);
        if (!pdf || !odt)
            return;
        work.prepared.insert(paperKey(jobs->at(i).paperType, jobs->at(i).subject),
                             PreparedPaper{numbers->at(i), text->sha256, pdf.value(), odt.value(), bytes->pages});
    }
}

void registerPaperHandlers(QHash<QString, Handler> &map)
{
    map.insert(u"issue_paper"_s, issuePaper);
    map.insert(u"supersede_paper"_s, supersedePaper);
    map.insert(u"serve_paper"_s, servePaper);
    map.insert(u"record_liability_share"_s, recordShare);
}

} // namespace ecoclaim::service
