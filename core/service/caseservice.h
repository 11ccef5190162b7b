#pragma once
// The one way to change a case (DESIGN.md). The window, the command line, scripts and tests all hand
// the service a command — a JSON object such as {"cmd": "start_verification", "case": "2025-310115-0003",
// "started_on": "2025-03-04"} — and the service, in one BEGIN IMMEDIATE transaction:
//   1. reads the case file, 2. validates every field, 3. checks the stage and every precondition of
//   the lifecycle table, 4. writes the change, 5. records the timeline event and the chained audit
//   entry, 6. commits, then notifies.
// A refused or failed command changes nothing and returns every problem with its article.
//
// Not thread-safe: one service per database connection (per thread).

#include "core/calendar/workcalendar.h"
#include "core/domain/casefile.h"
#include "core/domain/contentdigest.h"
#include "core/domain/fieldchange.h"
#include "core/domain/lifecycle.h"
#include "core/domain/result.h"
#include "core/service/access.h"
#include "core/service/bureausettings.h"
#include "core/service/casereader.h"

#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <functional>
#include <memory>

namespace ecoclaim::storage {
class Database;
class CaseRepository;
}

namespace ecoclaim::service {

class Accounts;
class CaseNotifier;
class OutsideChanges;
class PaperComposer;
struct StoredUpload;
struct PaperWork;
struct StoredByCommand; // commandparts.h

struct CommandOutcome
{
    qint64 caseId = 0;
    QString caseNumber;
    domain::Stage before = domain::Stage::Clue, after = domain::Stage::Clue;
    QString summary;
    QList<domain::FieldChange> changes;
    QList<qint64> papersFiled; // issue_paper / supersede_paper: the documents filed (or found unchanged)
    int papersRenderedInLock = 0; // papers whose text changed between the render and the lock
    qint64 proposalId = 0; // a caseworker's decision proposed for the unit head's approval: nothing else changed
    // The command carried an "id" that was applied before: nothing was done (an idempotent rerun).
    bool alreadyApplied = false;
};

// A case from an archive of another database (core/archive/archiveimport.h), its files already put into
// this database's store: written by CaseService::importCase in one transaction.
struct CaseImport
{
    struct File
    {
        domain::ContentDigest digest;
        QString mediaType;
    };
    QJsonObject tables;       // the case's rows, as storage/casetransfer.h dumps them
    QList<File> files;        // recorded as committed
    QJsonObject auditPayload; // the import_case audit entry's payload
};

// A spreadsheet import (core/import): each row of the file as the register_clue command it would be
// typed as, with the file's row number. CaseService::importBatch runs them all in one transaction.
struct ImportBatchRequest
{
    QString kind = QStringLiteral("clues");
    QString sourceName, sourceSha256, encoding; // recorded with the batch
    QList<std::pair<int, QJsonObject>> rows;    // file row → command
    // A legacy case ledger (core/import/caseledger.h): file row → the commands that follow the row's creating
    // command on the case it created ("case" is filled in here), each through the same path as typed input.
    QMap<int, QList<QJsonObject>> following;
    bool dryRun = false;                        // run every row, then roll everything back
};
struct ImportRowOutcome
{
    int row = 0;
    domain::Problems problems; // empty: the row was taken
    qint64 caseId = 0;
    QString caseNumber;        // as it was (dry run: would be) numbered
    QString refusedCommand;    // the command of the row that was refused (its problems' fields are that command's)
    QStringList commands;      // what the row ran, in order
};
struct ImportBatchOutcome
{
    qint64 batchId = 0;  // 0: nothing was recorded (a dry run, or a row refused)
    bool applied = false;
    QList<ImportRowOutcome> rows;
    int refusedRows() const;
};
struct ImportBatchSummary
{
    qint64 id = 0;
    QString kind, sourceName, encoding, importedAt, importedBy, undoneAt, undoneBy;
    int rowCount = 0;
};
struct UndoneImport
{
    qint64 batchId = 0;
    QStringList caseNumbers; // removed
};

class CaseService
{
public:
    CaseService(storage::Database &database, calendar::WorkCalendar calendar, CaseNotifier &notifier);
    ~CaseService();
    Q_DISABLE_COPY_MOVE(CaseService)

    // The service as the applications start it: the calendar with the years imported into this
    // database, derived data brought up to date after a migration that added it, and — on the first
    // open of a database older than the bureau settings — this desk's settings taken over once.
    // A search index that does not hold every case is rebuilt here, and notes() says so.
    static domain::Result<std::unique_ptr<CaseService>> open(storage::Database &database, CaseNotifier &notifier);
    // What open() repaired, one translated sentence each, for the caller to show.
    const QStringList &notes() const { return m_notes; }

    // Validates and stores a holiday calendar year, then recomputes every case's deadlines with it.
    domain::Result<int> importCalendarYear(const QByteArray &json, const QString &actor);

    // `today` is the date commands are judged on (dates "in the future" are refused against it).
    // A command may carry "id" (a script line's own name for itself): it is recorded in the command's
    // transaction, and a command whose id was applied before is not applied again — the outcome says
    // alreadyApplied — while the same id on a different command is refused.
    domain::Result<CommandOutcome> execute(const QJsonObject &command, const QString &actor,
                                           QDate today = QDate::currentDate());

    // Approvals (issue 17 ¶4; domain::needsApproval): a signed-in caseworker's execute() of such a decision
    // is checked as if taken, then stored as a proposal (audit "propose_decision") and nothing else changes.
    // The unit head of the case's unit approves it — the command then runs as the unit head, checked again
    // against the case as it is now, in one transaction with the approval (audit "approve_decision") — or
    // refuses it with a reason (audit "refuse_decision"). On a database without accounts, whoever works.
    domain::Result<CommandOutcome> approve(qint64 proposalId, const QString &actor, QDate today = QDate::currentDate());
    domain::Status refuseProposal(qint64 proposalId, const QString &reason, const QString &actor);

    // Changes bureau settings (bureausettings.h), all or none: each value is checked, those that differ
    // from what is stored are written, and one audit entry "change_settings" names each old → new.
    // Returns the changes (none: nothing differed, nothing written).
    domain::Result<QList<domain::FieldChange>> changeSettings(const QList<SettingValue> &values, const QString &actor);

    // Writes an imported case (its rows with new ids, its files recorded, the search index, one
    // import_case audit entry) in one transaction; returns the new case id.
    domain::Result<qint64> importCase(const CaseImport &import, const QString &actor);

    // Registers the rows of a spreadsheet as one batch (importbatch.cpp): every row through the same
    // command path as typed input (each in a savepoint of one transaction, so every refused row is
    // reported), then all rows committed with the batch's record and one "import_batch" audit entry —
    // or, when any row was refused or for a dry run, none. Only creating commands (register_clue).
    domain::Result<ImportBatchOutcome> importBatch(const ImportBatchRequest &request, const QString &actor,
                                                   QDate today = QDate::currentDate());
    // Removes exactly the cases a batch created, while nothing else has happened to any of them (their
    // registration is all their timeline and audit trail hold); otherwise refuses, naming the case and why.
    // One transaction, one "undo_import_batch" audit entry; the batch stays recorded as undone.
    domain::Result<UndoneImport> undoImportBatch(qint64 batchId, const QString &actor);
    // The batches imported, newest first (undone ones too, with when and by whom).
    domain::Result<QList<ImportBatchSummary>> importBatches() const;

    // Reads (the window and the CLI read only through reader()).
    const CaseReader &reader() const { return m_reader; }
    domain::Result<domain::CaseFile> caseFile(const QString &reference) const { return m_reader.caseFile(reference); }
    domain::Result<qint64> resolve(const QString &reference) const { return m_reader.resolve(reference); }

    // Recomputes the deadline rows of every case, in one transaction: after a migration that added
    // them, or a calendar year imported (its holiday notes change).
    domain::Status rebuildAllDeadlines();

    // Who is working and what they may see and change (access.h; signing in: accounts.h).
    const Access &access() const { return m_access; }
    // The actor an audit entry, a timeline event or a setting records: the signed-in person's login when
    // someone signed in (`given` — a --actor — is then no claim of identity), else `given` or the
    // operating-system user.
    QString actorFor(const QString &given) const;

    // Told after every commit; the window listens on it.
    CaseNotifier &notifier() const { return m_notifier; }
    // Commits by other connections, told to the notifier (the window starts it).
    OutsideChanges &outsideChanges() const { return *m_outside; }
    // What issue_paper and supersede_paper render papers with (core/documents gives it: the service
    // never sees a template or a font). Without one, those commands are refused.
    void setPaperComposer(std::unique_ptr<PaperComposer> composer);
    const PaperComposer *paperComposer() const { return m_paperComposer.get(); }
    const calendar::WorkCalendar &calendar() const { return m_calendar; }
    storage::Database &database() { return m_database; }
    // Where the database is, as the caseworker named it (a file, later a server).
    QString databaseLocation() const;

private:
    friend class Accounts;
    void setAccess(Access access);
    // Who works here when nobody signed in through Accounts: everything on a database without accounts
    // (or for a server's owner), else nothing until someone signs in; on a server, the account of the
    // connection's login.
    void refreshAccess();

    // The case file as a command left it: the file read before it, with the tables it wrote read again.
    domain::Result<domain::CaseFile> readBack(const storage::CaseRepository &repository, const domain::CaseFile &before,
                                              qint64 caseId, const QSet<QString> &written, bool withVolume) const;
    domain::Status writeDeadlines(const domain::CaseFile &file, const QString &command, const QString &actor,
                                  const domain::BureauRules &rules);
    domain::Status rewriteAllDeadlines(); // inside the caller's write transaction
    domain::Result<CommandOutcome> executeInTransaction(const domain::CommandSpec &spec, const QJsonObject &command,
                                                        const QString &actor, QDate today,
                                                        const domain::Result<StoredUpload> *upload, PaperWork *papers,
                                                        const std::function<domain::Status(qint64 caseId)> &beforeCommit = {},
                                                        bool trialOnly = false);
    // executeInTransaction's work on the case file read with or without the volume's records (evidence,
    // papers, shares: commandparts.h); `record`, when given, receives what the command stored.
    domain::Result<CommandOutcome> runCommand(const domain::CommandSpec &spec, const QJsonObject &command,
                                              const QString &actor, QDate today, const domain::Result<StoredUpload> *upload,
                                              PaperWork *papers, const std::function<domain::Status(qint64 caseId)> &beforeCommit,
                                              bool trialOnly, bool withVolume, StoredByCommand *record);
    // The check of commandparts.h: a command declared not to read the volume run with it first (rolled
    // back), then without it; any difference refuses the command (commandpartscheck.cpp).
    domain::Result<CommandOutcome> runCommandTwice(const domain::CommandSpec &spec, const QJsonObject &command,
                                                   const QString &actor, QDate today,
                                                   const domain::Result<StoredUpload> *upload, PaperWork *papers,
                                                   const std::function<domain::Status(qint64 caseId)> &beforeCommit,
                                                   bool trialOnly);
    domain::Result<CommandOutcome> propose(const domain::CommandSpec &spec, const QJsonObject &command, const QString &actor,
                                           QDate today); // approvals.cpp
    domain::Status approverOfCase(qint64 caseId) const; // approvals.cpp
    // Inside the transaction: the outcome of an "id" applied before, a refusal when that id names another
    // command, nullopt when the id is new.
    domain::Result<std::optional<CommandOutcome>> appliedBefore(const QString &id, const QByteArray &digest) const;
    static domain::Problem idTaken(const QString &id);
    domain::Result<StoredUpload> putFile(const QString &path) const;
    domain::Result<QList<domain::FieldChange>> writeSettings(const QList<SettingValue> &values, const QString &actor,
                                                             const QString &command, const QJsonObject &note);
    domain::Status takeOverDeskSettings(); // settingstakeover.cpp

    storage::Database &m_database;
    calendar::WorkCalendar m_calendar;
    CaseNotifier &m_notifier;
    Access m_access = Access::signInRequired();
    CaseReader m_reader{*this};
    std::unique_ptr<OutsideChanges> m_outside;
    std::unique_ptr<PaperComposer> m_paperComposer;
    QStringList m_notes;
    // ECOCLAIM_CHECK_READBACK (set for the suites' SQLite runs): after each command, the case file brought up to date
    // table by table (what the command wrote) is compared with the file read whole, and a difference
    // refuses the command — a handler that wrote without reporting its table; and a command declared not
    // to read the volume's records is run with them too (commandparts.h). Off in the program, where it
    // would be the second whole read again.
    bool m_checkReadBack = false;
};

// The actor recorded when none is given: the operating-system user.
QString defaultActor();

} // namespace ecoclaim::service
