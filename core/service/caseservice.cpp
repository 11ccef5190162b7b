#include "core/service/caseservice.h"

#include "core/service/caseevent.h"
#include "core/service/casenotifier.h"
#include "core/service/commandparts.h"
#include "core/service/handlers.h"
#include "core/service/paperwork.h"
#include "core/service/deadlinecatalogue.h"
#include "core/service/outsidechanges.h"
#include "core/storage/accountstore.h"
#include "core/storage/auditlog.h"
#include "core/storage/calendarstore.h"
#include "core/storage/casetransfer.h"
#include "core/storage/deadlinestore.h"
#include "core/storage/filestore.h"
#include "core/storage/searchindex.h"
#include "core/storage/pdfpages.h"
#include "core/storage/database.h"
#include "core/storage/sqlquery.h"
#include "core/storage/writetransaction.h"
#include "core/domain/textrules.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::service {

namespace {
// Translations of this file live in the context ecoclaim::CaseService (lupdate reads the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::CaseService)
};

// Why a signed-in person may not make this change (access.h).
Problem refusedChange(const Access &access, const QString &caseNumber)
{
    const domain::Account &a = *access.account();
    if (a.role == Role::Supervisor || a.role == Role::Admin)
        return Problem{u"case"_s, Tr::tr("%1 (%2) reads cases and does not change them.").arg(a.login, roleDisplayName(a.role)), {}};
    if (a.role == Role::Archivist)
        return Problem{u"case"_s, Tr::tr("An archivist only archives closed cases (Art. 42)."), {}};
    return Problem{u"case"_s, Tr::tr("Case %1 belongs to another unit or district than %2's.").arg(caseNumber, a.login), {}};
}

// The date the event happened: the command's first date field that was given.
QDate occurredOn(const CommandSpec &spec, const CommandInput &input)
{
    for (const FieldSpec &f : spec.fields)
        if (f.type == FieldType::Date && f.notInFuture && input.has(f.key))
            return input.date(f.key);
    return input.today;
}

// The command as the audit log keeps it: the envelope plus the typed values, dates as ISO text.
QJsonObject auditPayload(const QJsonObject &command, const CommandInput &input)
{
    QJsonObject payload;
    payload.insert(u"cmd"_s, input.command);
    if (command.contains(u"case"_s))
        payload.insert(u"case"_s, command.value(u"case"_s));
    if (command.value(u"id"_s).isString())
        payload.insert(u"id"_s, command.value(u"id"_s));
    for (auto it = input.values.begin(); it != input.values.end(); ++it) {
        const QVariant v = storage::toStored(it.value());
        if (it.value().typeId() == QMetaType::QVariantList) {
            QJsonArray rows;
            for (const QVariant &row : it.value().toList()) {
                QJsonObject o;
                const QVariantMap m = row.toMap();
                for (auto r = m.begin(); r != m.end(); ++r)
                    o.insert(r.key(), QJsonValue::fromVariant(storage::toStored(r.value())));
                rows.append(o);
            }
            payload.insert(it.key(), rows);
        } else {
            payload.insert(it.key(), QJsonValue::fromVariant(v));
        }
    }
    return payload;
}
} // namespace

Status recordCaseEvent(storage::CaseRowWriter &repository, const CaseEvent &event)
{
    auto row = repository.insert(u"timeline"_s,
                                 {{u"case_id"_s, event.caseId}, {u"occurred_on"_s, event.occurredOn},
                                  {u"recorded_at"_s, event.recordedAt}, {u"command"_s, event.command},
                                  {u"summary"_s, event.summary}, {u"stage_from"_s, event.stageFrom},
                                  {u"stage_to"_s, event.stageTo}, {u"actor"_s, event.actor}},
                                 nullptr);
    if (!row)
        return row.problems();
    auto hash = storage::audit::append(repository.database(), event.actor, event.caseId, event.command, event.payload,
                                       storage::toJson(event.changes));
    if (!hash)
        return hash.problems();
    return success();
}

// The case's deadlines recomputed from its file: the dashboard rows and the list's next deadline.
Status CaseService::writeDeadlines(const CaseFile &file, const QString &command, const QString &actor, const BureauRules &rules)
{
    const QSqlDatabase db = m_database.connection();
    const QList<OpenDeadline> open = openDeadlines(file, m_calendar, rules);
    QList<storage::DeadlineRow> rows;
    for (const OpenDeadline &d : open)
        rows << toRow(d);
    if (auto s = storage::deadlines::replaceForCase(db, file.id, rows, command, actor); !s)
        return s;
    const auto next = nextDeadline(open);
    return storage::CaseRowWriter(db, {}).update(
        u"cases"_s, u"id"_s, file.id,
        {{u"next_deadline_on"_s, next ? QVariant(next->due) : QVariant(QMetaType(QMetaType::QString))},
         {u"next_deadline_kind"_s, next ? QVariant(next->kind) : QVariant(QMetaType(QMetaType::QString))}},
        nullptr);
}

Result<std::unique_ptr<CaseService>> CaseService::open(storage::Database &database, CaseNotifier &notifier)
{
    auto calendar = storage::calendars::load(database.connection());
    if (!calendar)
        return calendar.problems();
    auto service = std::make_unique<CaseService>(database, std::move(calendar).value(), notifier);
    // Schema 2 added the deadline rows: a database migrated from 1 has cases without them.
    if (database.versionAtOpen() == 1)
        if (auto s = service->rebuildAllDeadlines(); !s)
            return s.problems();
    // The search index must hold every case (searchindex.h, Coverage): repaired, and said.
    auto coverage = storage::search::coverage(database.connection());
    if (!coverage)
        return coverage.problems();
    if (!coverage->complete()) {
        storage::WriteTransaction txn(database.connection(), storage::WriteTransaction::Scope::Everything);
        if (auto s = txn.begin(); !s)
            return s.problems();
        if (auto s = storage::search::rebuild(database.connection()); !s)
            return s.problems();
        if (auto s = txn.commit(); !s)
            return s.problems();
        service->m_notes << Tr::tr("The search index held %1 of the %2 cases (an interrupted bulk load or an incomplete "
                                   "copy); it was rebuilt, and every case can be found again.")
                                .arg(std::min(coverage->text, coverage->grams))
                                .arg(coverage->cases);
    }
    if (auto s = service->takeOverDeskSettings(); !s)
        return s.problems();
    return service;
}

Result<int> CaseService::importCalendarYear(const QByteArray &json, const QString &givenActor)
{
    if (!m_access.mayAdminister())
        return Problem{{}, Tr::tr("Only an administrator may import a calendar year."), {}};
    const QString actor = actorFor(givenActor);
    // One transaction: the year stored, its audit entry, and every case's deadlines recomputed with it
    // — a failure anywhere leaves the database and this service as they were.
    const QSqlDatabase db = m_database.connection();
    storage::WriteTransaction txn(db, storage::WriteTransaction::Scope::Everything);
    if (auto s = txn.begin(); !s)
        return s.problems();
    auto year = storage::calendars::store(db, json, actor);
    if (!year)
        return year.problems();
    auto calendar = storage::calendars::load(db);
    if (!calendar)
        return calendar.problems();
    const QJsonObject payload{{u"cmd"_s, u"import_calendar"_s}, {u"year"_s, year.value()},
                              {u"source"_s, calendar.value().sourceOf(year.value())}};
    if (auto hash = storage::audit::append(db, actor, 0, u"import_calendar"_s, payload, {}); !hash)
        return hash.problems();
    calendar::WorkCalendar previous = std::exchange(m_calendar, std::move(calendar).value());
    if (auto s = rewriteAllDeadlines(); !s) {
        m_calendar = std::move(previous);
        return s.problems();
    }
    if (auto s = txn.commit(); !s) {
        m_calendar = std::move(previous);
        return s.problems();
    }
    Q_EMIT m_notifier.casesReset();
    return year.value();
}

Status CaseService::rebuildAllDeadlines()
{
    storage::WriteTransaction txn(m_database.connection(), storage::WriteTransaction::Scope::Everything);
    if (auto s = txn.begin(); !s)
        return s;
    if (auto s = rewriteAllDeadlines(); !s)
        return s;
    if (auto s = txn.commit(); !s)
        return s;
    Q_EMIT m_notifier.casesReset();
    return success();
}

Status CaseService::rewriteAllDeadlines()
{
    const QSqlDatabase db = m_database.connection();
    storage::CaseRepository repository(db);
    auto ids = storage::idList(db, u"SELECT id FROM cases ORDER BY id"_s);
    if (!ids)
        return ids.problems();
    // The bureau's numbers as this transaction sees them (a change of them is what may have called this).
    auto bureau = readBureauSettings(db);
    if (!bureau)
        return bureau.problems();
    const BureauRules rules = bureau->bureauRules();
    for (qint64 id : ids.value()) {
        auto file = repository.load(id);
        if (!file)
            return file.problems();
        if (auto s = writeDeadlines(file.value(), u"rebuild_deadlines"_s, u"system"_s, rules); !s)
            return s;
    }
    return success();
}

Result<StoredUpload> CaseService::putFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Problem{u"file"_s, Tr::tr("The file %1 cannot be read: %2").arg(path, file.errorString()), {}};
    const QByteArray head = file.read(4096);
    file.close();
    StoredUpload upload;
    upload.originalName = QFileInfo(path).fileName();
    upload.mediaType = storage::FileStore::mediaTypeOf(upload.originalName, head);
    storage::FileStore store(m_database);
    auto digest = store.put(path);
    if (!digest)
        return digest.problems();
    upload.digest = digest.value();
    if (upload.mediaType == u"application/pdf") {
        // Counted from the stored copy: what the volume holds is what was counted.
        if (auto bytes = store.read(upload.digest.sha256))
            upload.pages = storage::pdfPageCount(bytes.value());
    }
    return upload;
}

QString defaultActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? u"unknown"_s : user;
}

CaseService::CaseService(storage::Database &database, calendar::WorkCalendar calendar, CaseNotifier &notifier)
    : m_database(database), m_calendar(std::move(calendar)), m_notifier(notifier),
      m_outside(std::make_unique<OutsideChanges>(database, notifier)),
      // Every suite's SQLite run sets it (tests/CMakeLists.txt), so each command of every suite, the CLI's
      // included, proves that bringing the file up to date table by table gives the file read whole.
      m_checkReadBack(qEnvironmentVariableIsSet("ECOCLAIM_CHECK_READBACK"))
{
    refreshAccess();
}

void CaseService::setAccess(Access access)
{
    m_access = std::move(access);
    const QSqlDatabase db = m_database.connection();
    if (m_access.account())
        storage::audit::setSignedIn(db, m_access.account()->login);
    else if (m_database.engine() != storage::Engine::PostgreSQL)
        storage::audit::setSignedIn(db, {});
}

void CaseService::refreshAccess()
{
    const QSqlDatabase db = m_database.connection();
    if (m_database.engine() == storage::Engine::PostgreSQL) {
        // The server knows who connected: its owner (or a superuser) works as before accounts; anyone
        // else is the account of their login, and every audit entry they write names that login (the
        // audit log's policy refuses any other name).
        auto unrestricted = storage::accountstore::unrestricted(db);
        if (unrestricted && unrestricted.value()) {
            setAccess(Access::open());
            return;
        }
        auto user = storage::accountstore::sessionUser(db);
        if (!user) {
            setAccess(Access::signInRequired());
            return;
        }
        storage::audit::setSignedIn(db, user.value());
        auto row = storage::accountstore::find(db, user.value());
        if (row && row->has_value() && !row->value().account.disabled)
            setAccess(Access::signedIn(row->value().account));
        else
            setAccess(Access::signInRequired());
        return;
    }
    auto n = storage::accountstore::count(db);
    setAccess(n && n.value() == 0 ? Access::open() : Access::signInRequired()); // a failed read opens nothing
}

QString CaseService::actorFor(const QString &given) const
{
    if (m_access.account())
        return m_access.account()->login;
    return given.isEmpty() ? defaultActor() : given;
}

CaseService::~CaseService() = default;

void CaseService::setPaperComposer(std::unique_ptr<PaperComposer> composer)
{
    m_paperComposer = std::move(composer);
}

QString CaseService::databaseLocation() const
{
    return m_database.path();
}

namespace {
// The envelope's texts are stored (the actor in every audit entry, the id in applied_commands), so they
// obey the same rules as a field's text (textrules.h).
Problems envelopeProblems(const QJsonObject &command, const QString &actor)
{
    Problems problems;
    if (const QString why = textProblem(actor, Tr::tr("Actor"), TextShape::OneLine, actorLimit); !why.isEmpty())
        problems.add(u"actor"_s, why);
    else if (actor.trimmed() != actor)
        problems.add(u"actor"_s, Tr::tr("Actor: \"%1\" begins or ends with blanks.").arg(actor));
    const QJsonValue id = command.value(u"id"_s);
    if (!id.isUndefined()) {
        if (!id.isString() || id.toString().trimmed().isEmpty())
            problems.add(u"id"_s, Tr::tr("\"id\" names the line for a rerun: it must be a non-empty text (a JSON string)."));
        else if (const QString why = textProblem(id.toString(), u"id"_s, TextShape::OneLine, oneLineLimit); !why.isEmpty())
            problems.add(u"id"_s, why);
    }
    return problems;
}
} // namespace

Problem CaseService::idTaken(const QString &id)
{
    return Problem{u"id"_s, Tr::tr("The id \"%1\" names a command applied before on a case you may not see: give this line "
                                   "another id. Nothing was done.").arg(id), {}};
}

Result<std::optional<CommandOutcome>> CaseService::appliedBefore(const QString &id, const QByteArray &digest) const
{
    const QSqlDatabase db = m_database.connection();
    std::optional<CommandOutcome> found;
    QString storedDigest, when, who;
    if (auto s = storage::forEachCachedRow(
            db, u"SELECT a.digest, a.command, a.case_no, a.applied_at, a.applied_by, c.id, c.stage "
                "FROM applied_commands a LEFT JOIN cases c ON c.case_no = a.case_no WHERE a.command_id = ?"_s,
            {id}, [&](const QSqlQuery &q) {
                storedDigest = q.value(0).toString();
                when = q.value(3).toString();
                who = q.value(4).toString();
                CommandOutcome o;
                o.alreadyApplied = true;
                o.caseNumber = q.value(2).toString();
                o.caseId = q.value(5).toLongLong();
                Stage stage = Stage::Clue;
                stageFromKey(q.value(6).toString(), &stage);
                o.before = o.after = stage;
                o.summary = Tr::tr("Already applied (id \"%1\", %2 by %3): skipped.").arg(id, when, who);
                found = o;
            });
        !s)
        return s.problems();
    // An id someone used on a case this person may not see says nothing of that case, its time or its author.
    if (found && found->caseId != 0 && !m_reader.visibleCase(found->caseId))
        return idTaken(id);
    if (found && storedDigest != QString::fromLatin1(digest))
        return Problem{u"id"_s, Tr::tr("The id \"%1\" was applied on %2 by %3 to a different command; an id names one "
                                       "command only. Nothing was done.").arg(id, when, who), {}};
    return found;
}

Result<CommandOutcome> CaseService::execute(const QJsonObject &command, const QString &actor, QDate today)
{
    if (Problems refused = envelopeProblems(command, actor.isEmpty() ? defaultActor() : actor); !refused.isEmpty())
        return refused;
    const QString name = command.value(u"cmd"_s).toString();
    const CommandSpec *spec = findCommand(name);
    if (!spec) {
        if (name.isEmpty())
            return Problem{u"cmd"_s, Tr::tr("The command has no \"cmd\": say what to do, such as \"register_clue\"."), {}};
        return Problem{u"cmd"_s, Tr::tr("\"%1\" is not a command EcoClaim knows (see docs/commands.md).").arg(name), {}};
    }
    // A command that brings a file (add_evidence) copies it into the store first, outside the write
    // lock: the bytes are put before the transaction and recorded inside it; a refused command leaves an
    // unrecorded file that FileStore::check removes later. The original is only read.
    std::optional<Result<StoredUpload>> upload;
    if (spec->field(u"file") && command.value(u"file"_s).isString() && !command.value(u"file"_s).toString().isEmpty())
        upload = putFile(command.value(u"file"_s).toString());
    // A paper command renders its papers here, outside the write lock too (paperwork.h): the case as
    // read now, the numbers as they will be taken; the transaction checks both and redoes what changed.
    std::optional<PaperWork> papers;
    if (spec->name == u"issue_paper" || spec->name == u"supersede_paper") {
        papers = PaperWork{m_paperComposer.get(), &m_database, {}, 0};
        if (auto file = caseFile(command.value(u"case"_s).isDouble() ? QString::number(command.value(u"case"_s).toInteger())
                                                                     : command.value(u"case"_s).toString());
            file && checkStage(*spec, file.value()).isEmpty())
            if (auto input = parseCommandInput(*spec, command, &file.value(), today))
                preparePapers(m_database.connection(), file.value(), input.value(), *papers);
    }
    if (m_access.mode() == Access::Mode::SignInRequired)
        return Problem{{}, Tr::tr("This database has accounts: sign in before changing a case."), {}};
    if (needsApproval(spec->name) && m_access.account() && m_access.account()->role == Role::Caseworker)
        return propose(*spec, command, actorFor(actor), today);
    auto outcome = executeInTransaction(*spec, command, actorFor(actor), today,
                                        upload ? &*upload : nullptr, papers ? &*papers : nullptr);
    if (outcome && !outcome->alreadyApplied) {
        if (spec->from.isEmpty())
            Q_EMIT m_notifier.caseAdded(outcome->caseId);
        else
            Q_EMIT m_notifier.caseChanged(outcome->caseId);
    }
    return outcome;
}

Result<CaseFile> CaseService::readBack(const storage::CaseRepository &repository, const CaseFile &before, qint64 caseId,
                                       const QSet<QString> &written, bool withVolume) const
{
    using Parts = storage::CaseRepository::Parts;
    if (before.id != caseId) // a new case (register_clue): nothing was read before the command
        return repository.load(caseId, Parts::ForDeadlines);
    CaseFile after = before; // implicitly shared lists: only the parts read again are copied
    QSet<QString> again = written;
    if (!withVolume) // a file read without the volume's records stays without them (add_evidence writes one)
        for (const QString &table : {u"evidence"_s, u"documents"_s, u"document_services"_s, u"liability_shares"_s})
            again.remove(table);
    if (auto s = repository.reload(after, again); !s)
        return s.problems();
    if (m_checkReadBack) {
        auto whole = repository.load(caseId, withVolume ? Parts::ForCommands : Parts::ForDeadlines);
        if (!whole)
            return whole.problems();
        if (after.toJson() != whole->toJson())
            return Problem{{}, Tr::tr("The case file brought up to date after the command (tables %1) differs from the file "
                                      "read whole: a write did not report its table.")
                                   .arg(QStringList(written.values()).join(u", "_s)), {}};
    }
    return after;
}

Result<CommandOutcome> CaseService::executeInTransaction(const CommandSpec &spec, const QJsonObject &command,
                                                         const QString &actor, QDate today,
                                                         const Result<StoredUpload> *upload, PaperWork *papers,
                                                         const std::function<Status(qint64)> &beforeCommit, bool trialOnly)
{
    // The parts of the case file the command reads (commandparts.h); in the suites, a command declared not
    // to read the volume is checked against a run that reads it.
    const bool withVolume = partsReadBy(spec.name) == storage::CaseRepository::Parts::ForCommands;
    if (!withVolume && !spec.from.isEmpty() && m_checkReadBack && m_database.engine() == storage::Engine::SQLite)
        return runCommandTwice(spec, command, actor, today, upload, papers, beforeCommit, trialOnly);
    return runCommand(spec, command, actor, today, upload, papers, beforeCommit, trialOnly, withVolume, nullptr);
}

Result<CommandOutcome> CaseService::runCommand(const CommandSpec &spec, const QJsonObject &command, const QString &actor,
                                               QDate today, const Result<StoredUpload> *upload, PaperWork *papers,
                                               const std::function<Status(qint64)> &beforeCommit, bool trialOnly,
                                               bool withVolume, StoredByCommand *record)
{
    const QSqlDatabase db = m_database.connection();
    storage::CaseRowWriter repository(db, {});
    storage::WriteTransaction txn(db);
    if (auto s = txn.begin(); !s)
        return s.problems();

    // 0. A line applied before (its "id" recorded by the transaction that applied it) is not applied again.
    const QString lineId = command.value(u"id"_s).toString();
    const QByteArray digest = lineId.isEmpty() ? QByteArray()
        : QCryptographicHash::hash(QJsonDocument(command).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256).toHex();
    if (!lineId.isEmpty()) {
        auto before = appliedBefore(lineId, digest);
        if (!before)
            return before.problems();
        if (before.value())
            return *before.value(); // the transaction rolls back: nothing was written
    }

    // 1. The case as it is now (the write lock is held, so it cannot change under us).
    CaseFile file;
    if (!spec.from.isEmpty()) {
        const QJsonValue ref = command.value(u"case"_s);
        if (ref.isUndefined() || ref.isNull())
            return Problem{u"case"_s, Tr::tr("Say which case: \"case\" is its number or id."), {}};
        auto id = repository.resolve(ref.isDouble() ? QString::number(ref.toInteger()) : ref.toString());
        if (!id)
            return id.problems();
        // On a server, another desk's command on this case finishes first; this one then judges the
        // case as that desk left it (no lost update). SQLite's write lock already covers it.
        if (auto s = txn.lockCase(id.value()); !s)
            return s.problems();
        // Without the timeline: no rule or handler reads it, and it is the longest part of a file (P10);
        // without evidence, papers and shares unless the command's rules read them (commandparts.h).
        auto loaded = repository.load(id.value(), withVolume ? storage::CaseRepository::Parts::ForCommands
                                                             : storage::CaseRepository::Parts::ForDeadlines);
        if (!loaded)
            return loaded.problems();
        file = std::move(loaded).value();
        // Who may change it (access.h); a case one may not even see reads as no such case.
        if (!m_access.maySee(file.districtCode, file.unit, file.stage, jointMembersOf(file)))
            return m_reader.notFound(ref.isDouble() ? QString::number(ref.toInteger()) : ref.toString());
        if (!m_access.mayChange(file.districtCode, file.unit, file.stage, spec.name, jointMembersOf(file)))
            return refusedChange(m_access, file.number);
    }

    // 2. The stage: a command that cannot be taken here is refused before its fields are read.
    if (Problems refused = checkStage(spec, file); !refused.isEmpty())
        return refused;

    // 3. Fields, then every precondition: all problems at once.
    auto input = parseCommandInput(spec, command, spec.from.isEmpty() ? nullptr : &file, today);
    if (!input)
        return input.problems();
    // Art. 19's reading is the bureau's (bureausettings.h), read inside the transaction: another desk
    // may have changed it a moment ago.
    auto bureau = readBureauSettings(db);
    if (!bureau)
        return bureau.problems();
    const calendar::ServiceLeadReading reading = bureau->serviceLeadReading();
    // So are its numbers (days to sue, the simple-case threshold, days to answer a reporter).
    const BureauRules rules = bureau->bureauRules();
    const RuleContext context{file, input.value(), [this, reading](QDate served, QDate meeting) {
                                  return m_calendar.serviceLeadSatisfied(served, meeting, 5, reading);
                              }, rules};
    if (Problems refused = checkPreconditions(spec, context); !refused.isEmpty())
        return refused;

    if (spec.field(u"file")) {
        if (!upload)
            return Problem{u"file"_s, Tr::tr("Say which file to add: \"file\" is its path."), {}};
        if (!*upload)
            return upload->problems();
    }

    // 4. The change itself.
    const Handler handler = handlers().value(spec.name);
    Q_ASSERT(handler);
    HandlerContext hc{repository, file, input.value(), file.id, {}, {}, false, nullptr, actor, papers, {}, {}};
    hc.upload = upload && *upload ? &upload->value() : nullptr;
    hc.papers = papers;
    if (auto s = handler(hc); !s)
        return s.problems();
    txn.touch(hc.caseId); // a case the command created is announced too
    const Stage before = file.stage;
    const Stage after = hc.stageAfter.value_or(spec.to.value_or(before));
    const QString now = storage::nowTimestamp();
    QVariantMap caseColumns{{u"updated_at"_s, now}};
    if (spec.to && !spec.from.isEmpty())
        caseColumns.insert(u"stage"_s, stageKey(after));
    QList<FieldChange> stageChange;
    if (auto s = repository.update(u"cases"_s, u"id"_s, hc.caseId, caseColumns, &stageChange); !s)
        return s.problems();
    for (const FieldChange &c : stageChange)
        if (c.field == u"stage")
            hc.changes << c; // updated_at is on every command; the audit entry has its own time

    // What the command wrote: every write of a handler goes through the repository and reports its table.
    QSet<QString> written{u"cases"_s};
    for (const FieldChange &c : std::as_const(hc.changes))
        written.insert(c.entity);
    // Derived columns of the list — party names, amount claimed, search text — only when what they are
    // made of may have changed (the next deadline is written with the deadlines below).
    if (spec.from.isEmpty() || hc.searchTextChanged || written.intersects(storage::CaseRowWriter::derivedColumnsReadFrom()))
        if (auto s = repository.refreshDerived(hc.caseId, hc.searchTextChanged); !s)
            return s.problems();
    // The case file as the command left it, for its deadlines: the file read in step 1 with the tables
    // the command wrote read again (P10: a second whole read was a third of a command's time).
    auto updated = readBack(repository, file, hc.caseId, written, withVolume);
    if (!updated)
        return updated.problems();
    // The case as the command leaves it must be one this person may change too: a new case in their own
    // unit and district, never one moved out of it.
    if (!m_access.mayChange(updated->districtCode, updated->unit, updated->stage, spec.name, jointMembersOf(updated.value())))
        return refusedChange(m_access, updated->number);
    if (auto s = writeDeadlines(updated.value(), spec.name, actor, rules); !s)
        return s.problems();

    // 5. Timeline and audit.
    const QString summary = hc.summary.isEmpty() ? spec.titleText() : hc.summary;
    if (auto s = recordCaseEvent(repository, CaseEvent{hc.caseId, occurredOn(spec, input.value()), now, spec.name, summary,
                                                     spec.from.isEmpty() ? QString() : stageKey(before), stageKey(after),
                                                     actor, auditPayload(command, input.value()), hc.changes});
        !s)
        return s.problems();

    if (!lineId.isEmpty())
        if (auto q = storage::execWrite(db, u"INSERT INTO applied_commands(command_id, digest, command, case_no, applied_at, applied_by) "
                                            "VALUES(?, ?, ?, ?, ?, ?)"_s,
                                        {lineId, QString::fromLatin1(digest), spec.name, updated->number, now, actor});
            !q)
            // On a server, row-level security hides an id used on a case this login may not see; the
            // primary key still refuses it.
            return m_access.account() ? Problems{idTaken(lineId)} : q.problems();

    if (record)
        if (auto s = recordStored(db, hc.caseId, *record); !s)
            return s.problems();

    // 6. Commit (an approval's own rows first; a proposal's trial rolls back instead).
    if (beforeCommit)
        if (auto s = beforeCommit(hc.caseId); !s)
            return s.problems();
    if (trialOnly) {
        txn.rollback();
        return CommandOutcome{hc.caseId, updated->number, before, after, summary, hc.changes, {}, 0};
    }
    if (auto s = txn.commit(); !s)
        return s.problems();
    return CommandOutcome{hc.caseId, updated->number, before, after, summary, hc.changes, hc.papersFiled,
                          papers ? papers->renderedInLock : 0};
}

} // namespace ecoclaim::service
