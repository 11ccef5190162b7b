// ecoclaim-cli document …: generate, file, list, reprint and serve the official papers of a case.
#include "app/cli/documentverbs.h"

#include "core/documents/paperoffice.h"
#include "core/documents/papertypes.h"
#include "core/service/casereader.h"
#include "core/domain/catalogue.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;
using namespace ecoclaim::documents;

namespace ecoclaim::cli {

namespace {
// Translations of this file live in the context ecoclaim::Cli (lupdate reads the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Cli)
};

int documentUsage()
{
    err() << Tr::tr("usage: ecoclaim-cli document types\n"
                    "       ecoclaim-cli document render CASE_ID TYPE [--party N|all] [--subject S] [--param KEY=VALUE]… [--date YYYY-MM-DD]\n"
                    "                    --format pdf|odt --out FILE_OR_DIR [--draft] [--preview] [--accept-short-lead]\n"
                    "       ecoclaim-cli document supersede DOC_ID --reason TEXT [--param KEY=VALUE]… [--date YYYY-MM-DD] --out FILE_OR_DIR\n"
                    "       ecoclaim-cli document export DOC_ID [--version V] --format pdf|odt --out FILE\n"
                    "       ecoclaim-cli document render-many TYPE --cases ID,ID… --out-dir DIR [--format pdf|odt] [--param KEY=VALUE]… [--draft]\n"
                    "       ecoclaim-cli document list CASE_ID [--json]\n"
                    "       ecoclaim-cli document reprint DOC_ID --out FILE [--format pdf|odt]\n"
                    "       ecoclaim-cli document serve DOC_ID --method direct|mail|left|electronic|public_notice --on YYYY-MM-DD\n"
                    "                    [--recipient NAME] [--proof EVIDENCE_ID] [--note TEXT]\n"
                    "       ecoclaim-cli document unit CASE_ID [--name NAME] [--prefix PREFIX] [--contact NAME] [--phone PHONE] [--address TEXT]\n"
                    "       ecoclaim-cli document templates [FOLDER | --built-in]")
          << Qt::endl;
    return Usage;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err() << Tr::tr("The file %1 could not be written.").arg(path) << Qt::endl;
        return false;
    }
    return true;
}

// --param key=value, repeated; --subject; --date; --draft.
bool takePaperOptions(QStringList &args, const Options &options, PaperOptions *paper)
{
    bool missing = false;
    for (;;) {
        const QString param = takeOption(args, u"--param"_s, &missing);
        if (param.isEmpty())
            break;
        const qsizetype eq = param.indexOf(u'=');
        if (eq <= 0) {
            err() << Tr::tr("--param takes KEY=VALUE, not \"%1\".").arg(param) << Qt::endl;
            return false;
        }
        paper->parameters.insert(param.left(eq), param.mid(eq + 1));
    }
    paper->subject = takeOption(args, u"--subject"_s, &missing);
    // --party N | all: the liable party's paper, or one to each (and one receipt each) in one command.
    if (const QString party = takeOption(args, u"--party"_s, &missing); !party.isEmpty())
        paper->subject = party == u"all" ? u"all"_s : u"party:"_s + party;
    // --date: the day of issue; a paper that records an act bears the act's date whatever is given.
    const QString date = takeOption(args, u"--date"_s, &missing);
    paper->datedOn = options.today;
    paper->draft = takeFlag(args, u"--draft"_s);
    paper->acceptShortLead = takeFlag(args, u"--accept-short-lead"_s);
    if (missing)
        return false;
    if (!date.isEmpty()) {
        const auto day = dateValue(date);
        if (!day) {
            paper->datedOn = QDate(); // a bad value, not a usage error: the caller exits with 1
            return true;
        }
        paper->datedOn = *day;
    }
    return true;
}

QString formatOf(const QString &format, const QString &path)
{
    if (!format.isEmpty())
        return format.toLower();
    return QFileInfo(path).suffix().toLower() == u"odt" ? u"odt"_s : u"pdf"_s;
}

QJsonObject paperJson(const service::FiledPaper &p, const QList<service::PaperService> &services)
{
    QJsonArray served;
    for (const service::PaperService &s : services)
        served.append(QJsonObject{{u"method"_s, s.method}, {u"served_on"_s, s.servedOn.toString(Qt::ISODate)},
                                  {u"recipient"_s, s.recipient}, {u"note"_s, s.note}});
    return {{u"id"_s, p.id}, {u"case_no"_s, p.caseNumber}, {u"type"_s, p.paperType}, {u"subject"_s, p.subject},
            {u"title"_s, p.title}, {u"doc_no"_s, p.docNo}, {u"version"_s, p.version},
            {u"dated_on"_s, p.datedOn.toString(Qt::ISODate)}, {u"draft"_s, p.draft}, {u"pages"_s, p.pages},
            {u"pdf_sha256"_s, p.pdfSha256}, {u"odt_sha256"_s, p.odtSha256}, {u"created_by"_s, p.createdBy},
            {u"created_at"_s, p.createdAt}, {u"parameters"_s, p.parameters}, {u"services"_s, served}};
}

// One paper: to FILE. Several (a notice and a receipt to each party): into the folder FILE_OR_DIR, each
// named after its case, type, subject and version. Prints one line per paper filed.
bool writePapers(PaperOffice &office, const QList<service::FiledPaper> &filed, const QString &format, const QString &path)
{
    // A path without a suffix is a folder; with one, the first paper goes there and the others beside it.
    const bool folder = QFileInfo(path).isDir() || QFileInfo(path).suffix().isEmpty();
    if (folder && !QDir().mkpath(path)) {
        err() << Tr::tr("The folder %1 could not be created.").arg(path) << Qt::endl;
        return false;
    }
    for (const service::FiledPaper &p : filed) {
        auto bytes = office.reprint(p.id, format);
        if (!bytes) {
            printProblems(bytes.problems());
            return false;
        }
        QString subject = p.subject;
        subject.replace(u':', u'-');
        const QString base = u"%1-%2%3-v%4.%5"_s.arg(p.caseNumber, p.paperType, subject.isEmpty() ? QString() : u"-"_s + subject)
                                 .arg(p.version)
                                 .arg(format);
        const QString name = folder ? QDir(path).filePath(base)
                             : &p == &filed.first() ? path
                                                    : QFileInfo(path).dir().filePath(QFileInfo(path).completeBaseName() + u'-' + base);
        if (!writeFile(name, bytes.value()))
            return false;
        out() << Tr::tr("Filed %1 %2 (version %3, document %4), %5 page(s), SHA-256 %6")
                     .arg(p.title, p.docNo.isEmpty() ? (p.draft ? Tr::tr("[draft]") : u"—"_s) : p.docNo)
                     .arg(p.version)
                     .arg(p.id)
                     .arg(p.pages)
                     .arg(format == u"odt" ? p.odtSha256 : p.pdfSha256)
              << Qt::endl;
    }
    return true;
}

int runTypes()
{
    for (const PaperType &t : paperTypes())
        out() << t.id << '\t' << t.chinese << Qt::endl;
    return Done;
}

int runRender(const Options &options, QStringList args)
{
    PaperOptions paper;
    if (!takePaperOptions(args, options, &paper))
        return Usage;
    if (!paper.datedOn.isValid())
        return Refused;
    bool missing = false;
    const QString path = takeOption(args, u"--out"_s, &missing);
    const QString format = formatOf(takeOption(args, u"--format"_s, &missing), path);
    const bool preview = takeFlag(args, u"--preview"_s);
    if (missing || args.size() != 2 || path.isEmpty() || (format != u"pdf" && format != u"odt"))
        return documentUsage();
    auto session = openSession(options);
    if (!session)
        return Refused;
    PaperOffice office(*session->service);
    if (preview) {
        // Not filed, no number: what the paper will say.
        auto rendered = office.compose(args.at(0), args.at(1), paper);
        if (!rendered) {
            printProblems(rendered.problems());
            return Refused;
        }
        auto bytes = format == u"odt" ? paperOdt(rendered->layout) : paperPdf(rendered->layout);
        if (!bytes) {
            printProblems(bytes.problems());
            return Refused;
        }
        return writeFile(path, bytes.value()) ? Done : Refused;
    }
    auto filed = office.issueAll(args.at(0), args.at(1), paper, options.actor, options.today);
    if (!filed) {
        printProblems(filed.problems());
        return Refused;
    }
    return writePapers(office, filed.value(), format, path) ? Done : Refused;
}

int runRenderMany(const Options &options, QStringList args)
{
    PaperOptions paper;
    if (!takePaperOptions(args, options, &paper))
        return Usage;
    if (!paper.datedOn.isValid())
        return Refused;
    bool missing = false;
    const QString cases = takeOption(args, u"--cases"_s, &missing);
    const QString dir = takeOption(args, u"--out-dir"_s, &missing);
    const QString format = formatOf(takeOption(args, u"--format"_s, &missing), u"x.pdf"_s);
    if (missing || args.size() != 1 || cases.isEmpty() || dir.isEmpty() || (format != u"pdf" && format != u"odt"))
        return documentUsage();
    if (!QDir().mkpath(dir)) {
        err() << Tr::tr("The folder %1 could not be created.").arg(dir) << Qt::endl;
        return Refused;
    }
    auto session = openSession(options);
    if (!session)
        return Refused;
    PaperOffice office(*session->service);
    const QStringList ids = cases.split(u',', Qt::SkipEmptyParts);
    int done = 0, refused = 0;
    const QString actor = options.actor;
    for (int i = 0; i < ids.size(); ++i) {
        const QString id = ids.at(i).trimmed();
        auto filed = office.issue(id, args.at(0), paper, actor, options.today);
        // Progress on stderr, one line per case, so a script can follow it.
        if (!filed) {
            ++refused;
            err() << u"[%1/%2] %3: "_s.arg(i + 1).arg(ids.size()).arg(id) << Tr::tr("refused") << Qt::endl;
            printProblems(filed.problems());
            continue;
        }
        auto bytes = session->service->reader().paperBytes(filed->id, format);
        const QString name = QDir(dir).filePath(u"%1-%2-v%3.%4"_s.arg(filed->caseNumber, filed->paperType).arg(filed->version).arg(format));
        if (!bytes || !writeFile(name, bytes.value())) {
            ++refused;
            continue;
        }
        ++done;
        err() << u"[%1/%2] %3: "_s.arg(i + 1).arg(ids.size()).arg(id) << name << Qt::endl;
    }
    out() << Tr::tr("%1 paper(s) generated, %2 refused.").arg(done).arg(refused) << Qt::endl;
    return refused == 0 ? Done : Refused;
}

int runList(const Options &options, QStringList args)
{
    const bool json = takeFlag(args, u"--json"_s);
    if (args.size() != 1)
        return documentUsage();
    auto session = openSession(options);
    if (!session)
        return Refused;
    auto caseId = session->service->reader().resolve(args.first());
    if (!caseId) {
        printProblems(caseId.problems());
        return Refused;
    }
    PaperOffice office(*session->service);
    auto papers = session->service->reader().papersOf(caseId.value());
    if (!papers) {
        printProblems(papers.problems());
        return Refused;
    }
    QJsonArray rows;
    for (const service::FiledPaper &p : papers.value()) {
        auto services = session->service->reader().servicesOf(p.id);
        if (!services) {
            printProblems(services.problems());
            return Refused;
        }
        if (json) {
            rows.append(paperJson(p, services.value()));
            continue;
        }
        out() << p.id << '\t' << p.paperType << '\t' << tsvField(p.subject) << '\t' << (p.docNo.isEmpty() ? u"—"_s : p.docNo) << '\t'
              << u"v"_s << p.version << '\t' << p.datedOn.toString(Qt::ISODate) << '\t' << (p.draft ? Tr::tr("draft") : QString())
              << '\t' << p.pdfSha256.left(16) << Qt::endl;
    }
    if (json)
        out() << QJsonDocument(rows).toJson();
    return Done;
}

int runReprint(const Options &options, QStringList args)
{
    bool missing = false;
    const QString path = takeOption(args, u"--out"_s, &missing);
    const QString format = formatOf(takeOption(args, u"--format"_s, &missing), path);
    if (missing || args.size() != 1 || path.isEmpty())
        return documentUsage();
    const auto paperId = wholeNumberValue(args.first(), Tr::tr("Paper id"), 1, std::numeric_limits<qint64>::max());
    if (!paperId)
        return Refused;
    const qint64 id = *paperId;
    auto session = openSession(options);
    if (!session)
        return Refused;
    PaperOffice office(*session->service);
    auto bytes = office.reprint(id, format);
    if (!bytes) {
        printProblems(bytes.problems());
        return Refused;
    }
    return writeFile(path, bytes.value()) ? Done : Refused;
}

int runServe(const Options &options, QStringList args)
{
    bool missing = false;
    service::PaperService s;
    s.method = takeOption(args, u"--method"_s, &missing);
    const QString on = takeOption(args, u"--on"_s, &missing);
    s.recipient = takeOption(args, u"--recipient"_s, &missing);
    const QString proof = takeOption(args, u"--proof"_s, &missing);
    s.note = takeOption(args, u"--note"_s, &missing);
    if (missing || args.size() != 1 || s.method.isEmpty() || on.isEmpty())
        return documentUsage();
    const auto day = dateValue(on);
    const auto id = wholeNumberValue(args.first(), Tr::tr("Paper id"), 1, std::numeric_limits<qint64>::max());
    const auto proofId = proof.isEmpty() ? std::optional<qint64>(0)
                                         : wholeNumberValue(proof, u"--proof"_s, 1, std::numeric_limits<qint64>::max());
    if (!day || !id || !proofId)
        return Refused;
    s.servedOn = *day;
    s.documentId = *id;
    s.proofEvidenceId = *proofId;
    auto session = openSession(options);
    if (!session)
        return Refused;
    PaperOffice office(*session->service);
    auto served = office.serve(s, options.actor, options.today);
    if (!served) {
        printProblems(served.problems());
        return Refused;
    }
    out() << Tr::tr("Service recorded.") << Qt::endl;
    return Done;
}
// A corrected paper under a new number; the old one stays on file, marked superseded.
int runSupersede(const Options &options, QStringList args)
{
    PaperOptions paper;
    if (!takePaperOptions(args, options, &paper))
        return Usage;
    bool missing = false;
    const QString reason = takeOption(args, u"--reason"_s, &missing);
    const QString path = takeOption(args, u"--out"_s, &missing);
    const QString format = formatOf(takeOption(args, u"--format"_s, &missing), path);
    bool ok = false;
    const qint64 id = args.size() == 1 ? args.first().toLongLong(&ok) : 0;
    if (missing || !ok || reason.isEmpty() || path.isEmpty())
        return documentUsage();
    auto session = openSession(options);
    if (!session)
        return Refused;
    PaperOffice office(*session->service);
    auto filed = office.supersede(id, reason, paper, options.actor, options.today);
    if (!filed) {
        printProblems(filed.problems());
        return Refused;
    }
    return writePapers(office, filed.value(), format, path) ? Done : Refused;
}

// A filed version exactly as filed (its stored bytes): exporting never files anything.
int runExport(const Options &options, QStringList args)
{
    bool missing = false;
    const QString version = takeOption(args, u"--version"_s, &missing);
    const QString path = takeOption(args, u"--out"_s, &missing);
    const QString format = formatOf(takeOption(args, u"--format"_s, &missing), path);
    bool ok = false;
    const qint64 id = args.size() == 1 ? args.first().toLongLong(&ok) : 0;
    if (missing || !ok || path.isEmpty() || (format != u"pdf" && format != u"odt"))
        return documentUsage();
    auto session = openSession(options);
    if (!session)
        return Refused;
    PaperOffice office(*session->service);
    const service::CaseReader &reader = session->service->reader();
    auto paper = reader.paper(id);
    if (!paper) {
        printProblems(paper.problems());
        return Refused;
    }
    service::FiledPaper chosen = paper.value();
    if (!version.isEmpty()) {
        // The version V of the same paper (type and subject) of the same case.
        auto papers = reader.papersOf(paper->caseId);
        if (!papers) {
            printProblems(papers.problems());
            return Refused;
        }
        bool found = false;
        for (const service::FiledPaper &p : papers.value())
            if (p.paperType == paper->paperType && p.subject == paper->subject && QString::number(p.version) == version) {
                chosen = p;
                found = true;
            }
        if (!found) {
            err() << Tr::tr("%1 has no version %2.").arg(paper->title, version) << Qt::endl;
            return Refused;
        }
    }
    auto bytes = reader.paperBytes(chosen.id, format);
    if (!bytes) {
        printProblems(bytes.problems());
        return Refused;
    }
    return writeFile(path, bytes.value()) ? Done : Refused;
}

// The issuing unit of a case's papers: shown, or changed and saved (QSettings, shared with the window).
// The issuing unit of a case's papers: shown, or changed — the bureau's settings, through the audited
// command change_settings (the same as `ecoclaim-cli settings set … --unit`).
int runUnit(const Options &options, QStringList args)
{
    bool missing = false;
    const QString name = takeOption(args, u"--name"_s, &missing);
    const QString prefix = takeOption(args, u"--prefix"_s, &missing);
    const QString contact = takeOption(args, u"--contact"_s, &missing);
    const QString phone = takeOption(args, u"--phone"_s, &missing);
    const QString address = takeOption(args, u"--address"_s, &missing);
    if (missing || args.size() != 1)
        return documentUsage();
    auto session = openSession(options);
    if (!session)
        return Refused;
    auto file = session->service->reader().caseFile(args.first());
    if (!file) {
        printProblems(file.problems());
        return Refused;
    }
    auto loaded = PaperSettings::load(*session->service);
    if (!loaded) {
        printProblems(loaded.problems());
        return Refused;
    }
    PaperSettings settings = loaded.value();
    UnitPaperSettings unit = settings.unitFor(file.value());
    if (!name.isEmpty() || !prefix.isEmpty() || !contact.isEmpty() || !phone.isEmpty() || !address.isEmpty()) {
        unit.unitName = name.isEmpty() ? unit.unitName : name;
        unit.numberPrefix = prefix.isEmpty() ? unit.numberPrefix : prefix;
        unit.contactPerson = contact.isEmpty() ? unit.contactPerson : contact;
        unit.contactPhone = phone.isEmpty() ? unit.contactPhone : phone;
        unit.address = address.isEmpty() ? unit.address : address;
        settings.setUnit(file->districtCode, file->unit, unit);
        if (auto s = settings.save(*session->service, options.actor); !s) {
            printProblems(s.problems());
            return Refused;
        }
    }
    out() << Tr::tr("Unit: %1\nNumber prefix: %2 (e.g. %2磋告〔%3〕1号)\nContact: %4 %5\nAddress: %6")
                 .arg(unit.unitName, unit.numberPrefix, QString::number(options.today.year()), unit.contactPerson,
                      unit.contactPhone, unit.address)
          << Qt::endl;
    return Done;
}

// This desk's folder of templates (a folder on this computer: QSettings, not the bureau's settings).
int runTemplates(QStringList args)
{
    PaperSettings settings = PaperSettings::fromBureau({});
    if (args == QStringList{u"--built-in"_s}) {
        settings.templateFolder.clear();
        settings.saveTemplateFolder();
    } else if (args.size() == 1) {
        if (!QFileInfo(args.first()).isDir()) {
            err() << Tr::tr("%1 is not a folder.").arg(args.first()) << Qt::endl;
            return Refused;
        }
        settings.templateFolder = QFileInfo(args.first()).absoluteFilePath();
        settings.saveTemplateFolder();
    } else if (!args.isEmpty()) {
        return documentUsage();
    }
    out() << (settings.templateFolder.isEmpty() ? Tr::tr("Templates: built in") : Tr::tr("Templates: %1 (built in where it has none)").arg(settings.templateFolder))
          << Qt::endl;
    return Done;
}
} // namespace

int runDocument(const Options &options, QStringList args)
{
    if (args.isEmpty())
        return documentUsage();
    const QString sub = args.takeFirst();
    if (sub == u"types"_s && args.isEmpty())
        return runTypes();
    if (sub == u"render"_s)
        return runRender(options, args);
    if (sub == u"render-many"_s)
        return runRenderMany(options, args);
    if (sub == u"list"_s)
        return runList(options, args);
    if (sub == u"reprint"_s)
        return runReprint(options, args);
    if (sub == u"serve"_s)
        return runServe(options, args);
    if (sub == u"supersede"_s)
        return runSupersede(options, args);
    if (sub == u"export"_s)
        return runExport(options, args);
    if (sub == u"unit"_s)
        return runUnit(options, args);
    if (sub == u"templates"_s)
        return runTemplates(args);
    return documentUsage();
}

} // namespace ecoclaim::cli
