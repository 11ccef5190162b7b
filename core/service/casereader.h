#pragma once
// What a desk reads of the cases: the one door through which the window (ui/) and the CLI's read verbs
// see case data — a page of the case list and its count, one case file, the audit entries of its
// timeline, the deadlines due (the dashboard), the day's deadline changes, the major-case timetable,
// the cases a new clue may repeat, the papers register of a case, the bytes of its evidence and papers,
// and the bureau's settings. Widgets never touch QSqlDatabase, QSqlQuery or a repository: ui/'s include
// root has no core/storage (docs/ARCHITECTURE.md, "Layers").
//
// Who may see what (issue 17) is decided here and only here: every read of one case passes its id
// through mayRead(), every list passes its filter through scoped() and its rows through visible().
// They follow service/access.h: who is signed in, their role, unit and district.
//
// Reads only; owned by the CaseService (CaseService::reader()), one per connection, not thread-safe.

#include "core/domain/account.h"
#include "core/domain/auditentry.h"
#include "core/domain/casefile.h"
#include "core/domain/caselistpage.h"
#include "core/domain/deadlinerows.h"
#include "core/domain/result.h"
#include "core/service/bureausettings.h"
#include "core/service/dashboard.h"
#include "core/service/majorledger.h"
#include "core/service/paperregister.h"

#include <QByteArray>
#include <QMap>

namespace ecoclaim::service {

class CaseService;

class CaseReader
{
public:
    explicit CaseReader(CaseService &service);
    Q_DISABLE_COPY_MOVE(CaseReader)

    // The case list: one page by key (never OFFSET), the number of cases under a filter, and the
    // count per stage (the filter's own stage ignored).
    domain::Result<QList<domain::CaseRow>> casePage(const domain::CaseListRequest &request) const;
    domain::Result<qint64> caseCount(const domain::CaseListFilter &filter) const;
    domain::Result<qint64> caseCount() const; // every case
    domain::Result<QMap<QString, qint64>> caseCountsByStage(const domain::CaseListFilter &filter) const;
    // The filter narrowed to what the person working may see (access.h): what the list and its counts
    // use, and what the statistics (core/reports/statistics.h) count under.
    domain::CaseListFilter visibleFilter(domain::CaseListFilter filter) const { return scoped(std::move(filter)); }

    // One case: its id from "42" or a number such as "2025-310115-0003", its whole file, and the audit
    // entries of its timeline (old → new), in the order they were written.
    domain::Result<qint64> resolve(const QString &reference) const;
    domain::Result<domain::CaseFile> caseFile(qint64 caseId) const;
    domain::Result<domain::CaseFile> caseFile(const QString &reference) const;
    domain::Result<QList<domain::AuditEntry>> auditTrail(qint64 caseId) const;

    // Deadlines: what is due (the dashboard), what was entered or changed on a day, the major cases'
    // timetable (Art. 39).
    domain::Result<QList<DueItem>> dueItems(const DashboardQuery &query) const;
    domain::Result<QList<domain::DeadlineChange>> deadlineChangesOn(QDate day) const;
    domain::Result<QList<domain::DeadlineRow>> majorCaseTimetable() const;
    // Every major case (Art. 39), with or without open deadlines, in case-number order (majorledger.cpp).
    domain::Result<QList<MajorCaseEntry>> majorCaseLedger() const;

    // Cases whose title, parties, address or description contain any of the probes (the new-clue
    // warning): at most `perProbe` per probe, each case once.
    domain::Result<QList<domain::CaseRow>> similarCases(const QStringList &probes, int perProbe = 5) const;

    // The papers register of a case, one paper, its service records; the bytes of a filed version
    // ("pdf" | "odt") and of an evidence file of the case, checked against their hash.
    domain::Result<QList<FiledPaper>> papersOf(qint64 caseId) const;
    domain::Result<FiledPaper> paper(qint64 documentId) const;
    domain::Result<QList<PaperService>> servicesOf(qint64 documentId) const;
    domain::Result<QByteArray> paperBytes(qint64 documentId, const QString &format) const;
    domain::Result<QByteArray> evidenceBytes(qint64 caseId, const QString &sha256) const;

    // Decisions proposed for the unit head's approval (issue 17 ¶4), of the cases one may see; pending only,
    // or all with their outcome.
    domain::Result<QList<domain::Proposal>> proposals(bool pendingOnly = true) const;
    // Whether the person working may see this case (access.h).
    bool visibleCase(qint64 caseId) const { return visible(caseId); }

    // The bureau's settings as they are now (bureausettings.h).
    domain::Result<BureauSettings> bureauSettings() const;
    // The audit log's hash chain, checked from its first entry.
    domain::Result<domain::ChainReport> auditChain() const;

    // What a signed-in person is told of a case they may not see, or that does not exist: the same.
    domain::Problem notFound(const QString &reference) const;

private:
    // Who may see what (access.h). A refused case reads as "no such case".
    domain::Status mayRead(qint64 caseId) const;
    domain::CaseListFilter scoped(domain::CaseListFilter filter) const;
    bool visible(qint64 caseId) const;

    CaseService &m_service;
};

} // namespace ecoclaim::service
