#include "ui/casefile/casefileview.h"

#include "ui/accounts/approvalspanel.h"
#include "ui/archive/evidencepanel.h"
#include "ui/archive/selfcheckview.h"
#include "ui/papers/documentssection.h"

#include "core/domain/readiness.h"
#include "core/service/casenotifier.h"
#include "core/service/casereader.h"
#include "core/service/caseservice.h"
#include "ui/casefile/casefileheader.h"
#include "ui/casefile/casemenus.h"
#include "ui/casefile/casesection.h"
#include "ui/casefile/sectiontext.h"
#include "ui/casefile/timelinemodel.h"
#include "ui/commanddialog/commanddialog.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecoclaim::ui {

namespace {
using Render = QString (*)(const domain::CaseFile &);
struct SectionDef
{
    const char *name;
    const char *title; // QT_TRANSLATE_NOOP in ecoclaim::ui::CaseFileView
    Render render;
};
const SectionDef sectionDefs[] = {
    {"parties", QT_TRANSLATE_NOOP("ecoclaim::ui::CaseFileView", "Liable parties"), sections::parties},
    {"clue", QT_TRANSLATE_NOOP("ecoclaim::ui::CaseFileView", "Clue and preliminary verification"), sections::clueAndVerification},
    {"investigation", QT_TRANSLATE_NOOP("ecoclaim::ui::CaseFileView", "Damage investigation"), sections::investigation},
    {"appraisal", QT_TRANSLATE_NOOP("ecoclaim::ui::CaseFileView", "Appraisal"), sections::appraisal},
    {"consultation", QT_TRANSLATE_NOOP("ecoclaim::ui::CaseFileView", "Consultation: notices, service, rounds"), sections::consultation},
    {"agreement", QT_TRANSLATE_NOOP("ecoclaim::ui::CaseFileView", "Agreement and payments"), sections::agreementAndPayments},
    {"litigation", QT_TRANSLATE_NOOP("ecoclaim::ui::CaseFileView", "Judicial confirmation and litigation"), sections::confirmationAndLitigation},
    {"enforcement", QT_TRANSLATE_NOOP("ecoclaim::ui::CaseFileView", "Enforcement and the dishonest debtor list"), sections::enforcement},
    {"restoration", QT_TRANSLATE_NOOP("ecoclaim::ui::CaseFileView", "Restoration and effect evaluation"), sections::restorationAndEvaluation},
    {"proceedings", QT_TRANSLATE_NOOP("ecoclaim::ui::CaseFileView", "Linked proceedings"), sections::linkedProceedings},
    {"costs", QT_TRANSLATE_NOOP("ecoclaim::ui::CaseFileView", "Emergencies, costs advanced and accounts"), sections::emergenciesAndCosts},
    {"jurisdiction", QT_TRANSLATE_NOOP("ecoclaim::ui::CaseFileView", "Jurisdiction, joint case group, grounds and supervision"), sections::jurisdictionAndSupervision},
};

// The page's scroll area. QScrollArea's size hint is its widget's, bounded to 36 × 24 lines; the
// widget's is the height of every section's text at a width none is shown at (QLayout::totalSizeHint
// asks heightForWidth of the hint width). A case file is always larger than the bound: give it at once.
class PageScrollArea : public QScrollArea
{
public:
    using QScrollArea::QScrollArea;
    QSize sizeHint() const override
    {
        const int h = fontMetrics().height();
        return {36 * h, 24 * h};
    }
};

// The column of sections inside it. Its size hint is its layout's, without QLayout::totalSizeHint's
// heightForWidth at the hint width (QScrollArea asks the hint on every resize: each section's text was
// laid out once more at a width never shown). Its height comes from heightForWidth at the real width.
class SectionsColumn : public QWidget
{
public:
    using QWidget::QWidget;
    QSize sizeHint() const override
    {
        const QMargins m = contentsMargins();
        return layout() ? layout()->sizeHint() + QSize(m.left() + m.right(), m.top() + m.bottom()) : QWidget::sizeHint();
    }
};

QString sectionOfStage(domain::Stage s)
{
    using domain::Stage;
    switch (s) {
    case Stage::Investigation: return u"investigation"_s;
    case Stage::Consultation: return u"consultation"_s;
    case Stage::Agreement:
    case Stage::Terminated:
    case Stage::Closed: return u"agreement"_s;
    case Stage::Litigation: return u"litigation"_s;
    case Stage::Restoration:
    case Stage::Evaluation: return u"restoration"_s;
    default: return u"clue"_s;
    }
}
} // namespace

CaseFileView::CaseFileView(service::CaseService &service, qint64 caseId, QDate today, QWidget *parent)
    : QWidget(parent), m_service(service), m_caseId(caseId), m_today(today), m_header(new CaseFileHeader(this)),
      m_sectionsWidget(new SectionsColumn(this)), m_timeline(new TimelineModel(this)), m_timelineView(new QTableView(this)),
      m_error(new QLabel(this))
{
    setObjectName(u"caseFile_%1"_s.arg(caseId));
    // The scroll area takes the sections' widget while it is still empty: setWidget asks the widget's
    // size hint, which once filled lays out every section's text at a width it will never have.
    auto *scroll = new PageScrollArea(this);
    scroll->setWidget(m_sectionsWidget);
    scroll->setWidgetResizable(true);
    // A case file is longer than the window: with the bar always there the sections are laid out at
    // one width, not first at the width without it and then again with it.
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    auto *column = new QVBoxLayout(m_sectionsWidget);
    for (const SectionDef &d : sectionDefs)
        addSection(QString::fromLatin1(d.name), tr(d.title));

    // The papers register (卷内文件): its own self-contained section widget (ui/papers).
    auto *documents = new CaseSection(u"documents"_s, tr("Documents"), m_sectionsWidget);
    m_documents = new DocumentsSection(m_service, m_caseId, documents);
    m_documents->setFollowsNotifier(false); // this view reads the case once and hands it over
    documents->layout()->addWidget(m_documents);
    column->addWidget(documents);
    m_sections.insert(u"documents"_s, documents);

    // Evidence and materials (Art. 42) with the pre-archive self-check under them (ui/archive). Those
    // widgets address a case as commands do: by number or id (as the service resolves them).
    auto *evidence = new CaseSection(u"evidence"_s, tr("Evidence and materials"), m_sectionsWidget);
    m_evidence = new EvidencePanel(m_service, QString::number(caseId), evidence);
    m_evidence->setFollowsNotifier(false);
    m_selfCheck = new SelfCheckView(m_service, QString::number(caseId), evidence);
    evidence->layout()->addWidget(m_evidence);
    evidence->layout()->addWidget(m_selfCheck);
    column->addWidget(evidence);
    m_sections.insert(u"evidence"_s, evidence);

    auto *timelineBox = new CaseSection(u"timeline"_s, tr("Timeline and audit trail"), m_sectionsWidget);
    m_timelineView->setObjectName(u"timelineView"_s);
    m_timelineView->setModel(m_timeline);
    m_timelineView->verticalHeader()->hide();
    // Row heights follow the wrapped text at the real column widths (a case has tens of rows).
    m_timelineView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timelineView->setWordWrap(true);
    m_timelineView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timelineView->horizontalHeader()->setSectionResizeMode(TimelineModel::Changes, QHeaderView::Stretch);
    m_timelineView->horizontalHeader()->resizeSection(TimelineModel::OccurredOn, 120);
    m_timelineView->horizontalHeader()->resizeSection(TimelineModel::RecordedAt, 150);
    m_timelineView->horizontalHeader()->resizeSection(TimelineModel::Summary, 220);
    m_timelineView->horizontalHeader()->resizeSection(TimelineModel::StageChange, 150);
    m_timelineView->setMinimumHeight(320);
    timelineBox->layout()->addWidget(m_timelineView);
    column->addWidget(timelineBox);
    m_sections.insert(u"timeline"_s, timelineBox);
    column->addStretch();

    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(new ApprovalsPanel(m_service, m_caseId, m_today, this)); // issue 17: this case's decisions awaiting approval
    layout->addWidget(m_error);
    layout->addWidget(scroll, 1);

    connect(m_header, &CaseFileHeader::commandRequested, this, &CaseFileView::runCommand);
    auto *next = new QShortcut(QKeySequence(tr("Ctrl+Return")), this);
    connect(next, &QShortcut::activated, m_header, &CaseFileHeader::triggerNextStep);
    auto *more = new QShortcut(QKeySequence(tr("Alt+A")), this);
    connect(more, &QShortcut::activated, m_header, &CaseFileHeader::showOtherActions);
    // Re-read on every commit that concerns this case — by a dialog of this view, a paper filed, another
    // desk — and when the bureau's settings change (Art. 19's reading changes what is still required).
    service::CaseNotifier &notifier = m_service.notifier();
    connect(&notifier, &service::CaseNotifier::caseChanged, this, [this](qint64 id) {
        if (id == m_caseId)
            refresh();
    });
    connect(&notifier, &service::CaseNotifier::casesReset, this, &CaseFileView::refresh);
    connect(&notifier, &service::CaseNotifier::settingsChanged, this, &CaseFileView::refresh);
    refresh();
    CaseMenus::install(this, m_service); // right-click menus of the page's parts (ui/casefile/casemenus.h)
}

void CaseFileView::addSection(const QString &name, const QString &title)
{
    auto *s = new CaseSection(name, title, m_sectionsWidget);
    m_sectionsWidget->layout()->addWidget(s);
    m_sections.insert(name, s);
}

QString CaseFileView::sectionFor(const QString &id) const
{
    // Which part of the file a requirement is about, by the precondition's id in the lifecycle table.
    const QList<QPair<QStringList, QString>> byWord{
        {{u"enforce"_s, u"dishonest"_s}, u"enforcement"_s},
        {{u"advanced"_s, u"emergency"_s}, u"costs"_s},
        {{u"simple"_s, u"punitive"_s, u"city"_s, u"town"_s, u"major"_s, u"joint"_s, u"penalty"_s}, u"jurisdiction"_s},
        {{u"judg"_s}, u"litigation"_s},
        {{u"party"_s, u"obligor"_s}, u"parties"_s},
        {{u"appraisal"_s}, u"appraisal"_s},
        {{u"investigation"_s}, u"investigation"_s},
        {{u"agreement"_s, u"paid"_s, u"instalment"_s}, u"agreement"_s},
        {{u"consult"_s, u"round"_s, u"notice"_s}, u"consultation"_s},
        {{u"restoration"_s, u"evaluation"_s, u"plan"_s, u"milestone"_s}, u"restoration"_s},
        {{u"verification"_s, u"damage"_s, u"receipt"_s, u"conclusion"_s}, u"clue"_s}};
    for (const auto &[words, section] : byWord)
        for (const QString &w : words)
            if (id.contains(w))
                return section;
    return sectionOfStage(m_file.stage);
}

void CaseFileView::refresh()
{
    auto loaded = m_service.reader().caseFile(m_caseId);
    if (!loaded) {
        m_error->setText(loaded.errorString());
        m_error->show();
        return;
    }
    m_error->hide();
    m_file = std::move(loaded).value();

    for (const SectionDef &d : sectionDefs)
        m_sections.value(QString::fromLatin1(d.name))->setContent(d.render(m_file));

    // What the next main step still requires, from the lifecycle table, spread over the sections.
    QHash<QString, QList<domain::Requirement>> missing;
    QHash<QString, QList<domain::Requirement>> perSection;
    QHash<QString, QString> beforeText;
    for (const domain::CommandSpec *spec : domain::nextSteps(m_file, m_today)) {
        const QList<domain::Requirement> still = domain::stillRequired(*spec, m_file, m_today);
        missing.insert(spec->name, still);
        for (const domain::Requirement &r : still) {
            const QString section = sectionFor(r.id);
            perSection[section] << r;
            QString &before = beforeText[section];
            const QString title = u"“%1”"_s.arg(spec->titleText());
            if (!before.contains(title))
                before = before.isEmpty() ? title : before + tr(" or ") + title;
        }
    }
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it)
        if (it.key() != u"documents" && it.key() != u"evidence" && it.key() != u"timeline")
            it.value()->setRequirements(tr("Before %1 the rules still require:").arg(beforeText.value(it.key())),
                                        perSection.value(it.key()));

    m_header->show(m_file, m_today, missing);
    auto trail = m_service.reader().auditTrail(m_caseId);
    const auto people = m_service.reader().people(); // the actor as the person's name (issue 16 ¶2)
    m_timeline->setCaseFile(m_file, trail ? trail.value() : QList<domain::AuditEntry>{}, people ? people.value() : QHash<QString, domain::Person>{});
    // The case as read once above, for the papers, evidence and self-check sections too.
    m_documents->showFor(m_file);
    m_evidence->showFor(m_file);
    m_selfCheck->showFor(m_file, m_today);
    Q_EMIT titleChanged(m_file.number);
}

bool CaseFileView::runCommand(const QString &command)
{
    const domain::CommandSpec *spec = domain::findCommand(command);
    if (!spec || m_file.stage == domain::Stage::Archived)
        return false;
    CommandDialog dialog(m_service, *spec, &m_file, m_today, this);
    return dialog.exec() == QDialog::Accepted; // the notifier has refreshed this view already
}

} // namespace ecoclaim::ui
