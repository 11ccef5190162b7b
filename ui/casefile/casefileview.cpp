#include "ui/casefile/casefileview.h"

#include "ui/accounts/approvalspanel.h"

#include "core/domain/readiness.h"
#include "core/service/casenotifier.h"
#include "core/service/casereader.h"
#include "core/service/caseservice.h"
#include "ui/casefile/casefileheader.h"
#include "ui/casefile/casemenus.h"
#include "ui/casefile/casefileparts.h"
#include "ui/casefile/casesection.h"
#include "ui/casefile/sectiontabs.h"
#include "ui/casefile/sectiontext.h"
#include "ui/casefile/successtext.h"
#include "ui/casefile/timelinemodel.h"
#include "ui/commanddialog/commanddialog.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QStatusBar>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace ecoclaim::ui {

namespace {
using Render = QString (*)(const domain::CaseFile &);
struct SectionDef
{
    const char *name;
    const char *title; // QT_TRANSLATE_NOOP in ecoclaim::ui::CaseFileView
    const char *tab;   // the section's tab above the page (short)
    Render render;
};
const SectionDef sectionDefs[] = {
    {"parties", QT_TRANSLATE_NOOP("ecoclaim::ui::CaseFileView", "Liable parties"), QT_TRANSLATE_NOOP("ecoclaim::ui::CaseFileView", "Parties"), sections::parties},
    {"clue", QT_TRANSLATE_NOOP("ecoclaim::ui::CaseFileView", "Clue and preliminary verification"), QT_TRANSLATE_NOOP("ecoclaim::ui::CaseFileView", "Clue"), sections::clueAndVerification},
    {"investigation", QT_TRANSLATE_NOOP("ecoclaim::ui::CaseFileView", "Damage investigation"), QT_TRANSLATE_NOOP("ecoclaim::ui::CaseFileView", "Investigation"), sections::investigation},
    {"appraisal", QT_TRANSLATE_NOOP("ecoclaim::ui::CaseFileView", "Appraisal"), QT_TRANSLATE_NOOP("ecoclaim::ui::CaseFileView", "Appraisal"), sections::appraisal},
    {"consultation", QT_TRANSLATE_NOOP("ecoclaim::ui::CaseFileView", "Consultation: notices, service, rounds"), QT_TRANSLATE_NOOP("ecoclaim::ui::CaseFileView", "Consultation"), sections::consultation},
    {"agreement", QT_TRANSLATE_NOOP("ecoclaim::ui::CaseFileView", "Agreement and payments"), QT_TRANSLATE_NOOP("ecoclaim::ui::CaseFileView", "Agreement"), sections::agreementAndPayments},
    {"litigation", QT_TRANSLATE_NOOP("ecoclaim::ui::CaseFileView", "Judicial confirmation and litigation"), QT_TRANSLATE_NOOP("ecoclaim::ui::CaseFileView", "Court"), sections::confirmationAndLitigation},
    {"enforcement", QT_TRANSLATE_NOOP("ecoclaim::ui::CaseFileView", "Enforcement and the dishonest debtor list"), QT_TRANSLATE_NOOP("ecoclaim::ui::CaseFileView", "Enforcement"), sections::enforcement},
    {"restoration", QT_TRANSLATE_NOOP("ecoclaim::ui::CaseFileView", "Restoration and effect evaluation"), QT_TRANSLATE_NOOP("ecoclaim::ui::CaseFileView", "Restoration"), sections::restorationAndEvaluation},
    {"proceedings", QT_TRANSLATE_NOOP("ecoclaim::ui::CaseFileView", "Linked proceedings"), QT_TRANSLATE_NOOP("ecoclaim::ui::CaseFileView", "Proceedings"), sections::linkedProceedings},
    {"costs", QT_TRANSLATE_NOOP("ecoclaim::ui::CaseFileView", "Emergencies, costs advanced and accounts"), QT_TRANSLATE_NOOP("ecoclaim::ui::CaseFileView", "Costs"), sections::emergenciesAndCosts},
    {"jurisdiction", QT_TRANSLATE_NOOP("ecoclaim::ui::CaseFileView", "Jurisdiction, joint case group, grounds and supervision"), QT_TRANSLATE_NOOP("ecoclaim::ui::CaseFileView", "Jurisdiction"), sections::jurisdictionAndSupervision},
};
// The parts built when scrolled to (casefileparts.h), after the sections above.
struct PartDef
{
    const char *name, *title, *tab;
};
const PartDef partDefs[] = {
    {"documents", QT_TRANSLATE_NOOP("ecoclaim::ui::CaseFileView", "Documents"), QT_TRANSLATE_NOOP("ecoclaim::ui::CaseFileView", "Papers")},
    {"evidence", QT_TRANSLATE_NOOP("ecoclaim::ui::CaseFileView", "Evidence and materials"), QT_TRANSLATE_NOOP("ecoclaim::ui::CaseFileView", "Evidence")},
    {"timeline", QT_TRANSLATE_NOOP("ecoclaim::ui::CaseFileView", "Timeline and audit trail"), QT_TRANSLATE_NOOP("ecoclaim::ui::CaseFileView", "Timeline")},
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
// It also tells when it moves (the page scrolled) or changes size (a part built, a window resized): the
// page then builds the parts that came into view before they are painted.
class SectionsColumn : public QWidget
{
public:
    using QWidget::QWidget;
    QSize sizeHint() const override
    {
        const QMargins m = contentsMargins();
        return layout() ? layout()->sizeHint() + QSize(m.left() + m.right(), m.top() + m.bottom()) : QWidget::sizeHint();
    }
    std::function<void()> moved;

protected:
    void moveEvent(QMoveEvent *) override
    {
        if (moved)
            moved();
    }
    void resizeEvent(QResizeEvent *) override
    {
        if (moved)
            moved();
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
      m_sectionsWidget(new SectionsColumn(this)), m_scroll(new PageScrollArea(this)), m_tabs(new SectionTabs(this)),
      m_parts(new CaseFileParts(service, caseId, today, this)), m_error(new QLabel(this))
{
    setObjectName(u"caseFile_%1"_s.arg(caseId));
    // The page paints its own background: what lies beneath it (the tab widget's pane, another page) is
    // not painted again each time the page is.
    setAutoFillBackground(true);
    // The scroll area takes the sections' widget while it is still empty: setWidget asks the widget's
    // size hint, which once filled lays out every section's text at a width it will never have.
    m_scroll->setWidget(m_sectionsWidget);
    m_scroll->setWidgetResizable(true);
    // A case file is longer than the window: with the bar always there the sections are laid out at
    // one width, not first at the width without it and then again with it.
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    auto *column = new QVBoxLayout(m_sectionsWidget);
    for (const SectionDef &d : sectionDefs) {
        addSection(QString::fromLatin1(d.name), tr(d.title));
        m_tabs->addSection(QString::fromLatin1(d.name), tr(d.tab), tr(d.title));
    }
    // The papers register (卷内文件, ui/papers), the evidence with the pre-archive self-check (Art. 42,
    // ui/archive) and the timeline: each in its section, built when it comes into view.
    for (const PartDef &d : partDefs) {
        const QString name = QString::fromLatin1(d.name);
        auto *section = new CaseSection(name, tr(d.title), m_sectionsWidget);
        column->addWidget(section);
        m_sections.insert(name, section);
        m_parts->attach(name, section);
        m_tabs->addSection(name, tr(d.tab), tr(d.title));
    }
    column->addStretch();
    static_cast<SectionsColumn *>(m_sectionsWidget)->moved = [this] { pageMoved(); };
    m_scroll->viewport()->installEventFilter(this); // a taller window shows more of the page
    connect(m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, this, &CaseFileView::pageMoved);
    connect(m_tabs, &SectionTabs::sectionRequested, this, &CaseFileView::showSection);

    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs);
    layout->addWidget(m_scroll, 1);

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

TimelineModel *CaseFileView::timeline()
{
    m_parts->build(u"timeline"_s);
    return m_parts->timeline();
}

bool CaseFileView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        pageMoved();
    return QWidget::eventFilter(watched, event);
}

void CaseFileView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The page's widgets are placed by now: what is in view is laid out before the page first paints.
    pageMoved();
}

void CaseFileView::pageMoved()
{
    if (m_inPageMoved)
        return;
    m_inPageMoved = true;
    // What the page shows now, in the column's coordinates: the parts there are built before they paint.
    // Not while the column is still settling — shorter than its sections need, or its sections not yet
    // placed (the layouts settling as the page is first shown): its next resize asks again.
    const int top = -m_sectionsWidget->y();
    const int bottom = top + m_scroll->viewport()->height();
    if (m_sectionsWidget->height() >= m_sectionsWidget->heightForWidth(m_sectionsWidget->width()) - 1
        && m_sections.value(u"timeline"_s)->y() > 0) {
        QScrollBar *bar = m_scroll->verticalScrollBar();
        const bool atEnd = bar->maximum() > 0 && bar->value() == bar->maximum();
        const bool laidOut = layOutTextDownTo(bottom);
        if ((m_parts->buildBetween(top, bottom) || laidOut) && atEnd && !m_keepAtEndPending) {
            // Taken to the end of the page (End, the bar dragged down): it stays at the end once the
            // sections' and parts' real heights have replaced their estimates.
            m_keepAtEndPending = true;
            QMetaObject::invokeMethod(this, &CaseFileView::keepAtEnd, Qt::QueuedConnection);
        }
    }
    m_inPageMoved = false;
    // The tab follows once the layouts have placed the sections (after the events already queued).
    if (!m_followPending) {
        m_followPending = true;
        QMetaObject::invokeMethod(this, &CaseFileView::followPage, Qt::QueuedConnection);
    }
}

void CaseFileView::keepAtEnd()
{
    m_keepAtEndPending = false;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    settleColumn();
    QScrollBar *bar = m_scroll->verticalScrollBar();
    // Held by a tab (the Timeline's: the page's end) the page stays that tab's, though another section is
    // now at its top: the end moved because the parts above were built, not because the caseworker scrolled.
    const bool heldByTab = m_jumpedTo >= 0 && bar->value() == m_jumpedTo;
    bar->setValue(bar->maximum());
    if (heldByTab)
        m_jumpedTo = bar->value();
}

void CaseFileView::followPage()
{
    m_followPending = false;
    // The tab of the section at the top of the page (the one a tab asked for while the page stays there).
    const int value = m_scroll->verticalScrollBar()->value();
    if (value == m_jumpedTo)
        return;
    m_jumpedTo = -1;
    const int top = -m_sectionsWidget->y();
    QString atTop;
    int best = -1;
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it) {
        const int y = it.value()->y();
        if (y <= top + 4 && y > best) {
            best = y;
            atTop = it.key();
        }
    }
    if (!atTop.isEmpty())
        m_tabs->follow(atTop);
}

bool CaseFileView::layOutTextDownTo(int bottom)
{
    bool any = false;
    for (;;) {
        bool more = false;
        for (const QString &name : std::as_const(m_textSections)) {
            CaseSection *s = m_sections.value(name);
            if (s->y() > bottom)
                break;
            if (s->isTextDeferred()) {
                s->setTextDeferred(false);
                more = true;
            }
        }
        if (!more)
            return any;
        any = true;
        // Laid out, a section takes its real height: the ones below move, and more may come into view.
        settleColumn();
    }
}

void CaseFileView::layOutTextUpTo(const QString &name)
{
    const qsizetype last = m_textSections.contains(name) ? m_textSections.indexOf(name) : m_textSections.size() - 1;
    for (qsizetype i = 0; i <= last; ++i)
        m_sections.value(m_textSections.at(i))->setTextDeferred(false);
}

void CaseFileView::settleColumn()
{
    const int width = m_sectionsWidget->width();
    const int height = std::max(m_scroll->viewport()->height(), m_sectionsWidget->heightForWidth(width));
    if (height != m_sectionsWidget->height())
        m_sectionsWidget->resize(width, height);
    m_sectionsWidget->layout()->activate();
}

void CaseFileView::showSection(const QString &name)
{
    CaseSection *section = m_sections.value(name);
    if (!section)
        return;
    // Its text and that of every section above it laid out, its part built: their real heights, before
    // the page is scrolled to it.
    layOutTextUpTo(name);
    m_parts->build(name);
    // The page's layouts settle now (the built part's height, the column's), not on the next event.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    settleColumn();
    QScrollBar *bar = m_scroll->verticalScrollBar();
    const int to = std::min(section->y(), bar->maximum());
    m_jumpedTo = to;
    m_tabs->follow(name);
    bar->setValue(to);
    m_jumpedTo = bar->value();
    m_tabs->follow(name);
}

void CaseFileView::addSection(const QString &name, const QString &title)
{
    auto *s = new CaseSection(name, title, m_sectionsWidget);
    s->setTextDeferred(true); // until the page shows where it is (pageMoved)
    m_sectionsWidget->layout()->addWidget(s);
    m_sections.insert(name, s);
    m_textSections << name;
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

void CaseFileView::showApprovalsWhenPending()
{
    if (m_approvals)
        return; // once made it follows the case itself (and keeps its last message)
    auto pending = m_service.reader().proposals(true);
    if (!pending)
        return;
    for (const domain::Proposal &p : pending.value())
        if (p.caseId == m_caseId) {
            m_approvals = new ApprovalsPanel(m_service, m_caseId, m_today, this);
            if (auto *box = qobject_cast<QVBoxLayout *>(layout()))
                box->insertWidget(box->indexOf(m_header) + 1, m_approvals);
            return;
        }
}

void CaseFileView::refresh()
{
    showApprovalsWhenPending();
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
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it) {
        if (it.key() == u"documents" || it.key() == u"evidence" || it.key() == u"timeline")
            continue;
        const QList<domain::Requirement> still = perSection.value(it.key());
        it.value()->setRequirements(tr("Before %1 the rules still require:").arg(beforeText.value(it.key())), still);
        // Its tab is marked while something is still required there.
        m_tabs->setAttention(it.key(), still.isEmpty() ? QString() : tr("Before %1 the rules still require something here.").arg(beforeText.value(it.key())));
    }

    m_header->show(m_file, m_today, missing);
    // The case as read once above, for the papers, evidence, self-check and timeline parts (those built).
    m_parts->showFor(m_file);
    Q_EMIT titleChanged(m_file.number);
}

bool CaseFileView::runCommand(const QString &command)
{
    const domain::CommandSpec *spec = domain::findCommand(command);
    if (!spec || m_file.stage == domain::Stage::Archived)
        return false;
    const domain::CaseFile before = m_file;
    CommandDialog dialog(m_service, *spec, &m_file, m_today, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    // The notifier has refreshed this view already: m_file is the case after the step.
    const QString done = successText(*spec, dialog.outcome(), before, m_file);
    if (auto *main = qobject_cast<QMainWindow *>(window()))
        main->statusBar()->showMessage(done, 30000);
    Q_EMIT stepDone(done);
    return true;
}

} // namespace ecoclaim::ui
