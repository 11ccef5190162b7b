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
#include "core/domain/lifecycle.h"
#include "core/domain/result.h"
#include "core/storage/caserepository.h"

#include <QJsonObject>

#include <memory>

namespace ecoclaim::storage {
class Database;
}

namespace ecoclaim::service {

class CaseNotifier;
struct StoredUpload;

struct ServiceSettings
{
    // How "served five working days before the meeting" is counted (reference.md §6.4); the
    // stricter reading by default.
    calendar::ServiceLeadReading serviceLeadReading = calendar::ServiceLeadReading::Strict;

    // From QSettings (deadlines/serviceLeadReading = strict | lenient), shared by window and CLI.
    static ServiceSettings load();
    void save() const;
};

struct CommandOutcome
{
    qint64 caseId = 0;
    QString caseNumber;
    domain::Stage before = domain::Stage::Clue, after = domain::Stage::Clue;
    QString summary;
    QList<storage::Change> changes;
    // The command carried an "id" that was applied before: nothing was done (an idempotent rerun).
    bool alreadyApplied = false;
};

class CaseService
{
public:
    CaseService(storage::Database &database, calendar::WorkCalendar calendar, CaseNotifier *notifier = nullptr);
    Q_DISABLE_COPY_MOVE(CaseService)

    // The service as the applications start it: the calendar with the years imported into this
    // database, and derived data brought up to date after a migration that added it.
    // A search index that does not hold every case is rebuilt here, and notes() says so.
    static domain::Result<std::unique_ptr<CaseService>> open(storage::Database &database, CaseNotifier *notifier = nullptr);
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

    domain::Result<domain::CaseFile> caseFile(const QString &reference) const;
    domain::Result<qint64> resolve(const QString &reference) const;

    // Recomputes the deadline rows of every case, in one transaction: after a migration that added
    // them, or a calendar year imported (its holiday notes change).
    domain::Status rebuildAllDeadlines();

    void setSettings(const ServiceSettings &settings) { m_settings = settings; }
    const ServiceSettings &settings() const { return m_settings; }
    // Who is told after a command commits (may be null): the window listens on it.
    CaseNotifier *notifier() const { return m_notifier; }
    const calendar::WorkCalendar &calendar() const { return m_calendar; }
    storage::Database &database() { return m_database; }

private:
    domain::Status writeDeadlines(const domain::CaseFile &file, const QString &command, const QString &actor);
    domain::Status rewriteAllDeadlines(); // inside the caller's write transaction
    domain::Result<CommandOutcome> executeInTransaction(const domain::CommandSpec &spec, const QJsonObject &command,
                                                        const QString &actor, QDate today,
                                                        const domain::Result<StoredUpload> *upload);
    // Inside the transaction: the outcome of an "id" applied before, a refusal when that id names another
    // command, nullopt when the id is new.
    domain::Result<std::optional<CommandOutcome>> appliedBefore(const QString &id, const QByteArray &digest) const;
    domain::Result<StoredUpload> putFile(const QString &path) const;

    storage::Database &m_database;
    calendar::WorkCalendar m_calendar;
    CaseNotifier *m_notifier;
    ServiceSettings m_settings;
    QStringList m_notes;
};

// The actor recorded when none is given: the operating-system user.
QString defaultActor();

} // namespace ecoclaim::service
