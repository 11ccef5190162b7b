#include "core/service/casereader.h"

#include "core/service/caseservice.h"
#include "core/storage/auditlog.h"
#include "core/storage/caselist.h"
#include "core/storage/caserepository.h"
#include "core/storage/database.h"
#include "core/storage/deadlinestore.h"
#include "core/storage/filestore.h"
#include "core/storage/sqlquery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::service {

Result<QList<Proposal>> proposalsOf(const QSqlDatabase &db, bool pendingOnly); // approvals.cpp

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::CaseReader)
};

// Drops the rows of cases the reader may not see (none today), keeping the order.
template <typename Row, typename Visible>
QList<Row> keepVisible(QList<Row> rows, Visible visible)
{
    rows.removeIf([&](const Row &r) { return !visible(r); });
    return rows;
}
} // namespace

CaseReader::CaseReader(CaseService &service) : m_service(service) {}

Problem CaseReader::notFound(const QString &reference) const
{
    // Signed in, a case one may not see and a case that does not exist read the same: nothing of it —
    // not even that it exists — reaches the reader.
    return Problem{u"case"_s, Tr::tr("There is no case \"%1\" among the cases you may see.").arg(reference), {}};
}

Status CaseReader::mayRead(qint64 caseId) const
{
    if (visible(caseId))
        return success();
    return notFound(QString::number(caseId));
}

CaseListFilter CaseReader::scoped(CaseListFilter filter) const
{
    return m_service.access().scoped(std::move(filter));
}

bool CaseReader::visible(qint64 caseId) const
{
    const Access &access = m_service.access();
    if (access.mode() != Access::Mode::SignedIn)
        return access.mode() == Access::Mode::Open;
    bool seen = false;
    // The joint case group counts only with the person's own unit in it (Art. 9 ¶3).
    const QString unit = access.account()->unit;
    auto s = storage::forEachCachedRow(m_service.database().connection(),
                                       u"SELECT c.district_code, c.unit, c.stage, (SELECT count(*) FROM joint_group_members m "
                                       "WHERE m.case_id = c.id AND m.unit = ? AND m.role = 'member') FROM cases c WHERE c.id = ?"_s,
                                       {unit, caseId}, [&](const QSqlQuery &q) {
                                           Stage stage = Stage::Clue;
                                           stageFromKey(q.value(2).toString(), &stage);
                                           const QStringList members = q.value(3).toInt() > 0 ? QStringList{unit} : QStringList{};
                                           seen = access.maySee(q.value(0).toString(), q.value(1).toString(), stage, members);
                                       });
    return s && seen;
}

Result<QList<CaseRow>> CaseReader::casePage(const CaseListRequest &request) const
{
    CaseListRequest scopedRequest = request;
    scopedRequest.filter = scoped(request.filter);
    auto rows = storage::fetchCasePage(m_service.database().connection(), scopedRequest);
    if (!rows)
        return rows;
    return keepVisible(std::move(rows).value(), [this](const CaseRow &r) { return visible(r.id); });
}

Result<qint64> CaseReader::caseCount(const CaseListFilter &filter) const
{
    return storage::countCases(m_service.database().connection(), scoped(filter));
}

Result<qint64> CaseReader::caseCount() const
{
    return caseCount(CaseListFilter{});
}

Result<QMap<QString, qint64>> CaseReader::caseCountsByStage(const CaseListFilter &filter) const
{
    return storage::countCasesByStage(m_service.database().connection(), scoped(filter));
}

Result<qint64> CaseReader::resolve(const QString &reference) const
{
    auto id = storage::CaseRepository(m_service.database().connection()).resolve(reference);
    const bool open = m_service.access().mode() == Access::Mode::Open;
    if (!id)
        return open ? id : Result<qint64>(notFound(reference));
    if (!visible(id.value()))
        return notFound(reference);
    return id;
}

Result<CaseFile> CaseReader::caseFile(qint64 caseId) const
{
    if (auto s = mayRead(caseId); !s)
        return s.problems();
    return storage::CaseRepository(m_service.database().connection()).load(caseId);
}

Result<CaseFile> CaseReader::caseFile(const QString &reference) const
{
    auto id = resolve(reference);
    if (!id)
        return id.problems();
    return storage::CaseRepository(m_service.database().connection()).load(id.value());
}

Result<QList<AuditEntry>> CaseReader::auditTrail(qint64 caseId) const
{
    if (auto s = mayRead(caseId); !s)
        return s.problems();
    return storage::audit::entriesForCase(m_service.database().connection(), caseId);
}

Result<QList<DueItem>> CaseReader::dueItems(const DashboardQuery &query) const
{
    auto items = service::dueItems(m_service.database().connection(), query);
    if (!items)
        return items;
    // The annual report (case 0) is the unit's, not a case's: always shown.
    QList<DueItem> shown = keepVisible(std::move(items).value(), [this](const DueItem &i) { return i.row.caseId == 0 || visible(i.row.caseId); });
    // A unit head's dashboard also lists the decisions waiting for their approval (issue 17 ¶4), due today.
    const Access &access = m_service.access();
    if (access.account() && access.account()->role == Role::UnitHead) {
        auto pending = proposals(true);
        if (!pending)
            return pending.problems();
        for (const Proposal &p : pending.value()) {
            auto file = caseFile(p.caseId);
            if (!file || file->unit != access.account()->unit || file->districtCode != access.account()->districtCode)
                continue; // only the case's own unit head approves (not a joint case group's member unit)
            const CommandSpec *spec = findCommand(p.command);
            DueItem item;
            item.row.caseId = p.caseId;
            item.row.caseNo = p.caseNumber;
            item.row.title = file->title;
            item.row.unit = file->unit;
            item.row.major = file->major;
            item.row.kind = u"approval"_s;
            item.row.subject = p.command;
            item.row.trigger = QDateTime::fromString(p.proposedAt, Qt::ISODateWithMs).date();
            item.row.due = query.asOf;
            item.row.explanation = Tr::tr("%1 asks for approval: %2").arg(person(p.proposedBy).nameWithLogin(), spec ? spec->titleText() : p.command);
            item.status = DueStatus::DueToday;
            item.kindName = Tr::tr("Approval pending");
            shown.prepend(item);
        }
    }
    return shown;
}

Result<QList<Proposal>> CaseReader::proposals(bool pendingOnly) const
{
    auto list = proposalsOf(m_service.database().connection(), pendingOnly);
    if (!list)
        return list;
    return keepVisible(std::move(list).value(), [this](const Proposal &p) { return visible(p.caseId); });
}

Result<QList<DeadlineChange>> CaseReader::deadlineChangesOn(QDate day) const
{
    auto changes = storage::deadlines::changedOn(m_service.database().connection(), day);
    if (!changes)
        return changes;
    return keepVisible(std::move(changes).value(), [this](const DeadlineChange &c) { return visible(c.caseId); });
}

Result<QList<DeadlineRow>> CaseReader::majorCaseTimetable() const
{
    auto rows = storage::deadlines::majorCaseTimetable(m_service.database().connection());
    if (!rows)
        return rows;
    return keepVisible(std::move(rows).value(), [this](const DeadlineRow &r) { return visible(r.caseId); });
}

Result<QList<CaseRow>> CaseReader::similarCases(const QStringList &probes, int perProbe) const
{
    QList<CaseRow> found;
    QSet<qint64> seen;
    for (const QString &probe : probes) {
        if (probe.trimmed().isEmpty())
            continue;
        CaseListRequest request;
        request.filter.search = probe.trimmed();
        request.limit = perProbe;
        auto rows = casePage(request);
        if (!rows)
            return rows;
        for (const CaseRow &r : rows.value())
            if (!seen.contains(r.id)) {
                seen.insert(r.id);
                found << r;
            }
    }
    return found;
}

Result<QList<FiledPaper>> CaseReader::papersOf(qint64 caseId) const
{
    if (auto s = mayRead(caseId); !s)
        return s.problems();
    return PaperRegister(m_service).papersOf(caseId);
}

Result<FiledPaper> CaseReader::paper(qint64 documentId) const
{
    auto paper = PaperRegister(m_service).paper(documentId);
    if (!paper)
        return paper;
    if (auto s = mayRead(paper->caseId); !s)
        return s.problems();
    return paper;
}

Result<QList<PaperService>> CaseReader::servicesOf(qint64 documentId) const
{
    auto filed = paper(documentId);
    if (!filed)
        return filed.problems();
    return PaperRegister(m_service).servicesOf(documentId);
}

Result<QByteArray> CaseReader::paperBytes(qint64 documentId, const QString &format) const
{
    auto filed = paper(documentId);
    if (!filed)
        return filed.problems();
    return PaperRegister(m_service).bytesOf(filed.value(), format);
}

Result<QByteArray> CaseReader::evidenceBytes(qint64 caseId, const QString &sha256) const
{
    // Only a file the case holds: the store is shared by every case of the database.
    auto file = caseFile(caseId);
    if (!file)
        return file.problems();
    const bool held = std::any_of(file->evidence.cbegin(), file->evidence.cend(),
                                  [&](const EvidenceItem &e) { return e.sha256 == sha256; });
    if (!held)
        return Problem{u"file"_s, Tr::tr("Case %1 holds no evidence file %2.").arg(file->number, sha256.left(12)), {}};
    return storage::FileStore(m_service.database()).read(sha256);
}

Result<BureauSettings> CaseReader::bureauSettings() const
{
    return readBureauSettings(m_service.database().connection());
}

Result<ChainReport> CaseReader::auditChain() const
{
    return storage::audit::verify(m_service.database().connection());
}

} // namespace ecoclaim::service
