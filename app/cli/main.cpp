// ecoclaim-cli: every change to a case, scripted, through the same core as the window.
// Exit codes: 0 done, 1 refused or bad input, 2 usage.

#include "app/cli/archiveverbs.h"
#include "app/cli/calendarverbs.h"
#include "app/cli/caseverbs.h"
#include "app/cli/clioptions.h"
#include "app/cli/deadlineverbs.h"
#include "app/cli/myworkverbs.h"
#include "app/cli/documentverbs.h"
#include "app/cli/keyverbs.h"
#include "app/cli/disclosureverbs.h"
#include "app/cli/importverbs.h"
#include "app/cli/reportverbs.h"
#include "app/cli/serververbs.h"

#include "core/i18n/language.h"

#include "core/domain/commandreference.h"
#include "core/service/caseservice.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QStringDecoder>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ecoclaim::cli;

namespace {
// Translations of this file live in the context ecoclaim::Cli (lupdate reads the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Cli)
};

// A script that issues or corrects papers renders them: it needs fonts, so a QGuiApplication.
bool scriptIssuesPapers(const char *path)
{
    QFile script(QString::fromLocal8Bit(path));
    return script.open(QIODevice::ReadOnly) && (script.readAll().contains("_paper\""));
}

int usage()
{
    err() << Tr::tr("usage: ecoclaim-cli [--db PATH] [--user LOGIN] [--actor NAME] [--today YYYY-MM-DD] [--lang zh_CN|en] VERB …\n"
                "verbs:\n"
                "  init                                   create or upgrade the database\n"
                "  demo                                   load the demo case set into an empty database\n"
                "  generate --cases N [--seed S]          a synthetic register of N cases (for measuring)\n"
                "  case list [--stage S] [--district D] [--search TEXT] [--overdue] [--major] [--json | --xlsx F | --csv F]\n"
                "  case show ID|CASE_NO [--json]          the whole case file, timeline included\n"
                "  apply FILE.jsonl                       run lifecycle commands, one JSON object per line\n"
                "  commands                               print the command vocabulary (Markdown)\n"
                "  audit verify                           check the audit log's hash chain\n"
                "  audit show ID|CASE_NO [--json]         a case's audit trail in words: who changed what, old → new\n"
                "  backup --out FILE                      a consistent copy of the database, checked (quick_check)\n"
                "  deadlines [--as-of DATE] [--within N] [--unit U] [--changed-on DATE] [--json | --pdf FILE] [--xlsx F] [--csv F]\n"
                "  ledger [--district D | --unit U] [--json] [--pdf F] [--xlsx F] [--csv F]   the major-case ledger (Art. 39)\n"
                "  ledger --timetable [--json | --csv F | --xlsx F]   the open deadlines of major cases\n"
                "  ledger report CASE --on DATE --to WHOM --content TEXT   report the major case upward (report_major_case)\n"
                "  disclosure CASE [--pdf F] [--txt F] [--json] [--mask NAME]... [--issue --reviewed-by NAME]   publication text without personal data (Art. 35)\n"
                "  import clues|cases FILE [--mapping M] [--save-mapping M] [--dry-run] [--json] | undo BATCH | batches   a clue register or a legacy case ledger from CSV/XLSX, one batch\n"
                "  report annual --year Y | screening --from D --to D  [--district D | --unit U] [--pdf F] [--xlsx F] [--json] [--detail]\n"
                "  report statistics [--district D] [--unit U] [--from D --to D] [--json] [--cases CHART SERIES CATEGORY]\n"
                "  calendar is-workday DATE | add-workdays DATE N | latest-service MEETING_DATE\n"
                "  calendar years | import FILE.json     holiday calendars; import a later year\n"
                "  document types | render | render-many | list | reprint | serve   official papers (docs/papers.md)\n"
                "  evidence add CASE FILE --title T --kind K [--dated D] [--source S] | list CASE [--json] | check\n"
                "  archive check CASE                     the pre-archive self-check (Art. 42)\n"
                "  archive export CASE --out FILE.zip | --cases A,B --out-dir DIR   [--passphrase-file FILE]\n"
                "  archive verify FILE.zip [--json] [--trust-key FILE.pem]   DA/T 70 checks, the signature included\n"
                "  archive import FILE.zip [--accept-key FINGERPRINT]   bring an archived case into this database\n"
                "  key create --holder NAME [--passphrase-file FILE] | list | public | trust FILE.pem --holder N --fingerprint F\n"
                "                                         the unit's signing key and the keys it trusts\n"
                "  settings list [--unit U] [--json]      the bureau's settings (Art. 19 reading, warning days, units)\n"
                "  settings set NAME VALUE [--unit U]     change one, audited; U is DISTRICT_CODE/DEPARTMENT\n"
                "  user add LOGIN --name N --role R [--unit U] [--district D] | list [--json] | disable LOGIN | set-role LOGIN R\n"
                "                                         accounts (the first an administrator; then sign in as one)\n"
                "  approval list [--all] [--json] | approve ID | refuse ID --reason TEXT   decisions awaiting the unit head\n"
                "  mywork [--as-of D] [--unit U] [--district C] [--snoozed] [--json] | snooze CASE ITEM --until D --reason R\n"
                "                                         a day's work: deadlines, approvals, papers to serve, replies due\n"
                "  migrate-to postgresql://USER@HOST:PORT/DB --from FILE.db   move a desk's database to the bureau's server\n"
                "--user LOGIN signs in (password from ECOCLAIM_PASSWORD or asked); a database with accounts requires it.\n"
                "--db takes a file path or a server address (postgresql://USER@HOST:PORT/DB; password from PGPASSWORD or ~/.pgpass).\n"
                "See docs/commands.md for the command vocabulary.")
          << Qt::endl;
    return Usage;
}
} // namespace

int main(int argc, char *argv[])
{
    // Printing a PDF needs fonts, so a QGuiApplication — on the offscreen platform when there is no
    // display. Everything else runs on a plain QCoreApplication.
    bool needsGui = false;
    for (int i = 1; i < argc; ++i)
        needsGui = needsGui || qstrcmp(argv[i], "--pdf") == 0 || qstrcmp(argv[i], "document") == 0 || qstrcmp(argv[i], "export") == 0
                   || (qstrcmp(argv[i], "apply") == 0 && i + 1 < argc && scriptIssuesPapers(argv[i + 1]));
    if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application(needsGui ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(u"EcoClaim"_s);
    QCoreApplication::setApplicationName(u"EcoClaim"_s);

    Options options;
    QStringList args = app.arguments().mid(1);
    bool missing = false;
    options.databasePath = takeOption(args, u"--db"_s, &missing);
    options.actor = takeOption(args, u"--actor"_s, &missing);
    options.user = takeOption(args, u"--user"_s, &missing);
    if (options.actor.isEmpty()) // resolved once here: every verb records the same person
        options.actor = ecoclaim::service::defaultActor();
    const QString today = takeOption(args, u"--today"_s, &missing);
    options.language = takeOption(args, u"--lang"_s, &missing);
    ecoclaim::i18n::installTranslators(app, options.language);
    if (missing)
        return usage();
    // Text arrives as bytes; a terminal in another encoding (GB18030) would hand over a title that Qt
    // turns into U+FFFD. Refused before anything is opened (core/domain/textrules.h).
    for (int i = 1; i < argc; ++i) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        [[maybe_unused]] const QString decoded = utf8.decode(QByteArrayView(argv[i]));
        if (utf8.hasError()) {
            err() << Tr::tr("Argument %1 is not valid UTF-8 text (typed in another encoding, such as GB18030?); nothing "
                            "was done.").arg(i) << Qt::endl;
            return Refused;
        }
    }
    options.today = QDate::currentDate();
    if (!today.isEmpty()) {
        const auto day = dateValue(today);
        if (!day)
            return Refused;
        options.today = *day;
    }
    if (args.isEmpty() || args.first() == u"--help"_s || args.first() == u"help"_s)
        return usage();

    const QString verb = args.takeFirst();
    if (verb == u"init"_s && args.isEmpty())
        return runInit(options);
    if (verb == u"demo"_s && args.isEmpty())
        return runDemo(options);
    if (verb == u"backup"_s)
        return runBackup(options, args);
    if (verb == u"migrate-to"_s)
        return runMigrateTo(options, args);
    if (verb == u"generate"_s)
        return runGenerate(options, args);
    if (verb == u"apply"_s)
        return runApply(options, args);
    if (verb == u"case"_s && !args.isEmpty()) {
        const QString sub = args.takeFirst();
        if (sub == u"list"_s)
            return runCaseList(options, args);
        if (sub == u"show"_s)
            return runCaseShow(options, args);
    }
    if (verb == u"audit"_s && args == QStringList{u"verify"_s})
        return runAuditVerify(options);
    if (verb == u"audit"_s && !args.isEmpty() && args.first() == u"show"_s)
        return runAuditShow(options, args.mid(1));
    if (verb == u"commands"_s && args.isEmpty()) {
        out() << ecoclaim::domain::commandReferenceMarkdown();
        out().flush();
        return Done;
    }
    if (verb == u"deadlines"_s)
        return runDeadlines(options, args);
    if (verb == u"ledger"_s)
        return runLedger(options, args);
    if (verb == u"calendar"_s)
        return runCalendar(options, args);
    if (verb == u"document"_s)
        return runDocument(options, args);
    if (verb == u"evidence"_s)
        return runEvidence(options, args);
    if (verb == u"archive"_s)
        return runArchive(options, args);
    if (verb == u"key"_s)
        return runKey(options, args);
    if (verb == u"settings"_s)
        return runSettings(options, args);
    if (verb == u"report"_s)
        return runReport(options, args);
    if (verb == u"disclosure"_s)
        return runDisclosure(options, args);
    if (verb == u"import"_s)
        return runImport(options, args);
    if (verb == u"user"_s)
        return runUser(options, args);
    if (verb == u"approval"_s)
        return runApproval(options, args);
    if (verb == u"mywork"_s)
        return runMyWork(options, args); // myworkverbs.cpp: a day's work (issue 16)
    return usage();
}
