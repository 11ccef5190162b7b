#include "ui/papers/documentssection.h"
#include "ui/format.h"
#include "core/domain/outputfile.h"

#include "core/domain/catalogue.h"
#include "core/service/casenotifier.h"
#include "core/service/casereader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace ecoclaim::documents;

namespace ecoclaim::ui {

namespace {
enum Column { PaperColumn, NumberColumn, VersionColumn, DateColumn, ServiceColumn, HashColumn, ColumnCount };
constexpr int DocumentIdRole = Qt::UserRole + 1;
} // namespace

DocumentsSection::DocumentsSection(service::CaseService &service, qint64 caseId, QWidget *parent)
    : QWidget(parent), m_service(service), m_caseId(caseId), m_office(std::make_unique<PaperOffice>(service)),
      m_type(new QComboBox(this)), m_subject(new QComboBox(this)), m_form(new QFormLayout),
      m_datedOn(new QDateEdit(QDate::currentDate(), this)), m_meetingOn(new QDateEdit(this)),
      m_meetingTime(new QLineEdit(this)), m_meetingPlace(new QLineEdit(this)), m_replyDueOn(new QDateEdit(this)),
      m_court(new QLineEdit(this)), m_draft(new QCheckBox(tr("Marked draft (草稿)"), this)), m_message(new QLabel(this)),
      m_papers(new QTreeWidget(this)), m_generate(new QPushButton(tr("Generate and file"), this)),
      m_preview(new QPushButton(tr("Preview…"), this)), m_print(new QPushButton(tr("Print…"), this)),
      m_savePdf(new QPushButton(tr("Save PDF…"), this)), m_saveOdt(new QPushButton(tr("Save ODT…"), this)),
      m_serve(new QPushButton(tr("Record service…"), this)), m_supersede(new QPushButton(tr("Correct under a new number…"), this))
{
    m_type->setObjectName(u"paperType"_s);
    m_subject->setObjectName(u"paperSubject"_s);
    m_datedOn->setObjectName(u"datedOn"_s);
    m_meetingOn->setObjectName(u"meetingOn"_s);
    m_meetingTime->setObjectName(u"meetingTime"_s);
    m_meetingPlace->setObjectName(u"meetingPlace"_s);
    m_replyDueOn->setObjectName(u"replyDueOn"_s);
    m_court->setObjectName(u"court"_s);
    m_draft->setObjectName(u"draft"_s);
    m_papers->setObjectName(u"papers"_s);
    m_generate->setObjectName(u"generate"_s);
    m_message->setObjectName(u"message"_s);
    for (QDateEdit *d : {m_datedOn, m_meetingOn, m_replyDueOn}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    m_meetingOn->setDate(QDate::currentDate().addDays(14));
    m_replyDueOn->setDate(QDate::currentDate().addDays(7));
    m_meetingTime->setPlaceholderText(tr("e.g. 上午9时30分"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_form->addRow(tr("Paper"), m_type);
    m_form->addRow(tr("Concerning"), m_subject);
    m_form->addRow(tr("Dated"), m_datedOn);
    m_form->addRow(tr("Meeting on"), m_meetingOn);
    m_form->addRow(tr("Meeting time"), m_meetingTime);
    m_form->addRow(tr("Meeting place"), m_meetingPlace);
    m_form->addRow(tr("Reply due on"), m_replyDueOn);
    m_form->addRow(tr("Court"), m_court);
    m_form->addRow(QString(), m_draft);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_generate);
    actions->addWidget(m_preview);
    actions->addWidget(m_print);
    actions->addStretch();

    m_papers->setColumnCount(ColumnCount);
    m_papers->setHeaderLabels({tr("Paper"), tr("Number"), tr("Version"), tr("Dated"), tr("Service"), tr("SHA-256")});
    m_papers->setRootIsDecorated(true);
    m_papers->header()->setSectionResizeMode(PaperColumn, QHeaderView::Stretch);
    m_papers->header()->setSectionResizeMode(NumberColumn, QHeaderView::ResizeToContents);
    auto *fileActions = new QHBoxLayout;
    fileActions->addWidget(m_savePdf);
    fileActions->addWidget(m_saveOdt);
    fileActions->addWidget(m_serve);
    fileActions->addWidget(m_supersede);
    fileActions->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(m_papers, 1);
    layout->addLayout(fileActions);

    connect(m_type, &QComboBox::currentIndexChanged, this, &DocumentsSection::typeChanged);
    connect(m_generate, &QPushButton::clicked, this, &DocumentsSection::generate);
    connect(m_preview, &QPushButton::clicked, this, &DocumentsSection::preview);
    connect(m_print, &QPushButton::clicked, this, &DocumentsSection::print);
    connect(m_savePdf, &QPushButton::clicked, this, [this] { saveSelected(u"pdf"_s); });
    connect(m_saveOdt, &QPushButton::clicked, this, [this] { saveSelected(u"odt"_s); });
    m_serve->setObjectName(u"serve"_s);
    connect(m_serve, &QPushButton::clicked, this, &DocumentsSection::askService);
    connect(&m_service.notifier(), &service::CaseNotifier::caseChanged, this, [this](qint64 id) {
        if (m_follows && id == m_caseId)
            refresh();
    });
    m_supersede->setObjectName(u"supersede"_s);
    connect(m_supersede, &QPushButton::clicked, this, &DocumentsSection::askSupersede);
    refresh();
}

DocumentsSection::~DocumentsSection() = default;

QString DocumentsSection::selectedType() const
{
    return m_type->currentData().toString();
}

qint64 DocumentsSection::selectedDocument() const
{
    const QTreeWidgetItem *item = m_papers->currentItem();
    return item ? item->data(PaperColumn, DocumentIdRole).toLongLong() : 0;
}

PaperOptions DocumentsSection::options() const
{
    PaperOptions o;
    o.subject = m_subject->currentData().toString();
    o.draft = m_draft->isChecked();
    o.datedOn = m_datedOn->date();
    const PaperType *type = findPaperType(selectedType());
    if (!type)
        return o;
    const QHash<QString, QString> values{{u"meeting_on"_s, m_meetingOn->date().toString(Qt::ISODate)},
                                         {u"meeting_time"_s, m_meetingTime->text().trimmed()},
                                         {u"meeting_place"_s, m_meetingPlace->text().trimmed()},
                                         {u"reply_due_on"_s, m_replyDueOn->date().toString(Qt::ISODate)},
                                         {u"court"_s, m_court->text().trimmed()}};
    for (const QString &key : type->parameters)
        if (!values.value(key).isEmpty())
            o.parameters.insert(key, values.value(key));
    return o;
}

void DocumentsSection::refresh()
{
    auto file = m_service.reader().caseFile(QString::number(m_caseId));
    if (!file) {
        showProblems(file.problems());
        return;
    }
    showFor(file.value());
}

void DocumentsSection::showFor(const domain::CaseFile &file)
{
    m_file = file;
    // Paper types: those that make sense at this stage first.
    const QString current = selectedType();
    {
        const QSignalBlocker block(m_type);
        m_type->clear();
        for (int pass = 0; pass < 2; ++pass)
            for (const PaperType &t : paperTypes())
                if (t.makesSenseIn(file.stage) == (pass == 0))
                    m_type->addItem(pass == 0 ? t.displayName() : t.displayName() + u"  "_s + tr("(not usual at this stage)"), t.id);
        const int index = m_type->findData(current);
        m_type->setCurrentIndex(index >= 0 ? index : 0);
    }
    typeChanged();
    const bool archived = file.stage == domain::Stage::Archived;
    m_generate->setEnabled(!archived);
    m_serve->setEnabled(!archived);
    m_supersede->setEnabled(!archived);
    if (archived)
        m_message->setText(tr("The case is archived: its file is closed (Art. 42). Filed papers can still be reprinted."));

    auto papers = m_service.reader().papersOf(m_caseId);
    if (!papers) {
        showProblems(papers.problems());
        return;
    }
    const qint64 selected = selectedDocument(); // kept across the refresh
    m_papers->clear();
    QHash<QString, QTreeWidgetItem *> groups;
    for (const service::FiledPaper &p : papers.value()) {
        // One entry per paper (type and subject), its versions below it, the latest shown on the entry.
        const QString key = p.paperType + u'|' + p.subject;
        QTreeWidgetItem *group = groups.value(key);
        if (!group) {
            group = new QTreeWidgetItem(m_papers);
            groups.insert(key, group);
        }
        QString service;
        if (p.paperType == QStringView(service::consultationNoticeType)) {
            const int seq = subjectNumber(PaperSubject::Party, p.subject);
            for (const domain::ConsultationNotice &n : file.notices) {
                const domain::Party *party = file.findParty(n.partyId);
                if (party && party->seq == seq) {
                    const domain::Choice *m = domain::findChoice(domain::serviceMethods(), n.serviceMethod);
                    service = formatDate(n.servedOn) + u" "_s + (m ? m->displayName() : n.serviceMethod);
                }
            }
        } else if (auto services = m_service.reader().servicesOf(p.id); services && !services->isEmpty()) {
            const domain::Choice *m = domain::findChoice(domain::serviceMethods(), services->last().method);
            service = formatDate(services->last().servedOn) + u" "_s + (m ? m->displayName() : services->last().method);
        }
        // A frozen paper says why; a superseded one by which paper (its number never changes, Art. 42).
        if (p.frozen == u"signed")
            service = service.isEmpty() ? tr("signed") : service + u"; "_s + tr("signed");
        if (!p.isCurrent())
            service = tr("superseded (%1)").arg(p.supersedeReason);
        auto *version = new QTreeWidgetItem(group);
        const QString subject = p.subject.isEmpty() ? QString() : u" ("_s + p.subject + u')';
        // The paper's name in the window's language; the title as filed (Chinese) in the tooltip.
        const PaperType *type = findPaperType(p.paperType);
        const QStringList texts{(type ? type->displayName() : p.title) + subject, p.draft ? tr("draft") : p.docNo, QString::number(p.version),
                                formatDate(p.datedOn), service, p.pdfSha256.left(16)};
        for (int c = 0; c < ColumnCount; ++c) {
            version->setText(c, texts.at(c));
            group->setText(c, texts.at(c));
        }
        version->setText(PaperColumn, tr("Version %1").arg(p.version));
        group->setToolTip(PaperColumn, p.title);
        version->setToolTip(HashColumn, tr("PDF SHA-256 %1\nODT SHA-256 %2").arg(p.pdfSha256, p.odtSha256));
        version->setData(PaperColumn, DocumentIdRole, p.id);
        group->setData(PaperColumn, DocumentIdRole, p.id);
        if (p.id == selected)
            m_papers->setCurrentItem(version);
    }
}

void DocumentsSection::typeChanged()
{
    const PaperType *type = findPaperType(selectedType());
    const std::optional<domain::CaseFile> &file = m_file;
    m_subject->clear();
    if (type && file) {
        if (type->subject == PaperSubject::Party)
            for (const domain::Party &p : file->parties)
                m_subject->addItem(p.name, subjectKey(PaperSubject::Party, p.seq));
        if (type->subject == PaperSubject::Party && file->parties.size() > 1)
            m_subject->addItem(tr("Each liable party (one paper each)"), u"all"_s); // 第十九条: one notice and receipt per party
        else if (type->subject == PaperSubject::Round)
            for (const domain::ConsultationRound &r : file->rounds)
                m_subject->addItem(tr("Round %1 (%2)").arg(r.number).arg(formatDate(r.heldOn)),
                                   subjectKey(PaperSubject::Round, r.number));
        else if (type->subject == PaperSubject::Appraisal)
            for (int i = 0; i < file->appraisals.size(); ++i)
                m_subject->addItem(file->appraisals[i].institution.isEmpty() ? tr("Appraisal %1").arg(i + 1)
                                                                              : file->appraisals[i].institution,
                                   subjectKey(PaperSubject::Appraisal, i + 1));
    }
    m_form->setRowVisible(m_subject, m_subject->count() > 0);
    const QStringList params = type ? type->parameters : QStringList();
    m_form->setRowVisible(m_meetingOn, params.contains(u"meeting_on"_s));
    m_form->setRowVisible(m_meetingTime, params.contains(u"meeting_time"_s));
    m_form->setRowVisible(m_meetingPlace, params.contains(u"meeting_place"_s));
    m_form->setRowVisible(m_replyDueOn, params.contains(u"reply_due_on"_s));
    m_form->setRowVisible(m_court, params.contains(u"court"_s));
}

void DocumentsSection::showProblems(const domain::Problems &problems)
{
    QStringList lines;
    for (const domain::Problem &p : problems.list())
        lines << p.toString();
    m_message->setText(lines.join(u'\n'));
}

// 第十九条: numbering a notice whose meeting is fewer than five working days after its issue warns first.
static bool isShortLeadWarning(const domain::Problems &problems)
{
    const domain::CommandSpec *spec = domain::findCommand(u"issue_paper");
    QString warning;
    for (const domain::Precondition &p : spec ? spec->preconditions : QList<domain::Precondition>())
        if (p.id == u"notice_lead_from_issue")
            warning = p.unmetText();
    for (const domain::Problem &p : problems.list())
        if (!warning.isEmpty() && p.message == warning)
            return true;
    return false;
}

bool DocumentsSection::generate()
{
    PaperOptions o = options();
    auto filed = m_office->issueAll(QString::number(m_caseId), selectedType(), o, service::defaultActor());
    if (!filed && isShortLeadWarning(filed.problems())
        && QMessageBox::question(this, tr("Meeting too close"),
                                 tr("The meeting is fewer than five working days after the notice's day of issue: it cannot be "
                                    "served five working days before the meeting (Art. 19). Number it anyway?"))
               == QMessageBox::Yes) {
        o.acceptShortLead = true;
        filed = m_office->issueAll(QString::number(m_caseId), selectedType(), o, service::defaultActor());
    }
    if (!filed) {
        showProblems(filed.problems());
        return false;
    }
    QStringList names;
    for (const service::FiledPaper &p : filed.value())
        names << tr("%1 %2, version %3").arg(p.title, p.draft ? tr("draft") : p.docNo).arg(p.version);
    m_message->setText(tr("Filed: %1.").arg(names.join(u"; "_s)));
    if (!filed->isEmpty())
        Q_EMIT paperFiled(filed->first().id);
    return true;
}

bool DocumentsSection::supersede(qint64 documentId, const QString &reason)
{
    auto filed = m_office->supersede(documentId, reason, options(), service::defaultActor());
    if (!filed) {
        showProblems(filed.problems());
        return false;
    }
    m_message->setText(tr("Corrected under %1; the old paper stays on file, superseded.").arg(filed->isEmpty() ? QString() : filed->first().docNo));
    return true;
}

void DocumentsSection::askSupersede()
{
    const qint64 id = selectedDocument();
    if (id == 0) {
        m_message->setText(tr("Select a paper or one of its versions first."));
        return;
    }
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Correct under a new number"),
                                                 tr("Why is the paper corrected? (It stays on file, marked superseded; the correction "
                                                    "takes the form's values and a new number.)"),
                                                 QLineEdit::Normal, QString(), &ok);
    if (ok && !reason.trimmed().isEmpty())
        supersede(id, reason.trimmed());
}

std::optional<RenderedPaper> DocumentsSection::composeForPrinting()
{
    auto rendered = m_office->compose(QString::number(m_caseId), selectedType(), options());
    if (!rendered) {
        showProblems(rendered.problems());
        return std::nullopt;
    }
    return rendered.value();
}

void DocumentsSection::paintOn(QPrinter *printer, const LaidOutPaper &layout)
{
    printer->setFullPage(true);
    applyOfficialPage(*printer);
    if (auto painted = paintPaper(layout, *printer); !painted)
        showProblems(painted.problems());
}

void DocumentsSection::preview()
{
    // The paper as it will print (a preview carries no number: it is given when the paper is filed).
    auto rendered = composeForPrinting();
    if (!rendered)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(rendered->layout.title);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this, layout = rendered->layout](QPrinter *p) { paintOn(p, layout); });
    dialog.exec();
}

void DocumentsSection::print()
{
    auto rendered = composeForPrinting();
    if (!rendered)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        paintOn(&printer, rendered->layout);
}

void DocumentsSection::saveSelected(const QString &format)
{
    const qint64 id = selectedDocument();
    if (id == 0) {
        m_message->setText(tr("Select a paper or one of its versions first."));
        return;
    }
    auto bytes = m_office->reprint(id, format);
    if (!bytes) {
        showProblems(bytes.problems());
        return;
    }
    const QString filter = format == u"odt" ? tr("OpenDocument text (*.odt)") : tr("PDF (*.pdf)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the paper as filed"), domain::defaultExportFolder(), filter);
    if (path.isEmpty())
        return;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes.value()) != bytes->size() || !out.commit())
        m_message->setText(tr("The file %1 could not be written.").arg(path));
}

bool DocumentsSection::recordService(const service::PaperService &service)
{
    auto served = m_office->serve(service, service::defaultActor(), QDate::currentDate());
    if (!served) {
        showProblems(served.problems());
        return false;
    }
    m_message->setText(tr("Service recorded."));
    return true;
}

void DocumentsSection::askService()
{
    const qint64 id = selectedDocument();
    if (id == 0) {
        m_message->setText(tr("Select a paper or one of its versions first."));
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Record service"));
    auto *method = new QComboBox(&dialog);
    for (const domain::Choice &c : domain::serviceMethods())
        method->addItem(c.displayName(), c.key);
    auto *servedOn = new QDateEdit(QDate::currentDate(), &dialog);
    servedOn->setCalendarPopup(true);
    servedOn->setDisplayFormat(u"yyyy-MM-dd"_s);
    auto *recipient = new QLineEdit(&dialog);
    auto *note = new QLineEdit(&dialog);
    // The proof (a scanned 送达回证, a postal receipt) is a file of the case's evidence; receipts first.
    auto *proof = new QComboBox(&dialog);
    proof->setObjectName(u"proof"_s);
    proof->addItem(tr("(none on file yet)"), qint64(0));
    if (m_file) {
        QList<domain::EvidenceItem> items = m_file->evidence;
        std::stable_sort(items.begin(), items.end(), [](const auto &a, const auto &b) {
            return (a.kind == u"service_proof") > (b.kind == u"service_proof");
        });
        for (const domain::EvidenceItem &e : std::as_const(items))
            proof->addItem(e.datedOn.isValid() ? u"%1（%2）"_s.arg(e.title, formatDate(e.datedOn)) : e.title, e.id);
        if (proof->count() > 1 && items.first().kind == u"service_proof")
            proof->setCurrentIndex(1);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Method of service"), method);
    form->addRow(tr("Served on"), servedOn);
    form->addRow(tr("Received by"), recipient);
    form->addRow(tr("Note (refusal, witness)"), note);
    form->addRow(tr("Proof of service"), proof);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    recordService(service::PaperService{0, id, method->currentData().toString(), servedOn->date(),
                                        recipient->text().trimmed(), proof->currentData().toLongLong(),
                                        note->text().trimmed(), {}, {}});
}

} // namespace ecoclaim::ui
