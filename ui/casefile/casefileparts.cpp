#include "ui/casefile/casefileparts.h"

#include "ui/archive/evidencepanel.h"
#include "ui/archive/selfcheckview.h"
#include "ui/papers/documentssection.h"

#include "core/service/casereader.h"
#include "core/service/caseservice.h"
#include "ui/casefile/casesection.h"
#include "ui/casefile/timelinemodel.h"

#include <QHeaderView>
#include <QLayout>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace ecoclaim::ui {

namespace {
// About the height each part takes once built (a register of a few papers, a list of materials with the
// self-check, the timeline's minimum): the page's length changes little when it is built.
int placeholderHeight(const QString &name)
{
    return name == u"timeline" ? 320 : name == u"evidence" ? 360 : 300;
}
} // namespace

CaseFileParts::CaseFileParts(service::CaseService &service, qint64 caseId, QDate today, QObject *parent)
    : QObject(parent), m_service(service), m_caseId(caseId), m_today(today), m_timeline(new TimelineModel(this))
{
}

void CaseFileParts::attach(const QString &name, CaseSection *section)
{
    auto *placeholder = new QWidget(section);
    placeholder->setObjectName(u"placeholder"_s);
    placeholder->setFixedHeight(placeholderHeight(name));
    section->layout()->addWidget(placeholder);
    m_sections.insert(name, section);
    m_placeholders.insert(name, placeholder);
}

bool CaseFileParts::buildBetween(int top, int bottom)
{
    bool any = false;
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it) {
        const QRect r = it.value()->geometry();
        if (!m_built.contains(it.key()) && r.bottom() >= top && r.top() <= bottom) {
            build(it.key());
            any = true;
        }
    }
    return any;
}

void CaseFileParts::build(const QString &name)
{
    CaseSection *section = m_sections.value(name);
    if (!section || m_built.contains(name))
        return;
    m_built.insert(name);
    QList<QWidget *> made;
    if (name == u"documents") {
        m_documents = new DocumentsSection(m_service, m_caseId, section);
        m_documents->setFollowsNotifier(false); // the page reads the case once and hands it over
        made << m_documents;
    } else if (name == u"evidence") {
        // Those widgets address a case as commands do: by number or id (as the service resolves them).
        m_evidence = new EvidencePanel(m_service, QString::number(m_caseId), section);
        m_evidence->setFollowsNotifier(false);
        m_selfCheck = new SelfCheckView(m_service, QString::number(m_caseId), section);
        made << m_evidence << m_selfCheck;
    } else if (name == u"timeline") {
        m_timelineView = new QTableView(section);
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
        made << m_timelineView;
    }
    delete m_placeholders.take(name);
    for (QWidget *w : std::as_const(made)) {
        section->layout()->addWidget(w);
        w->show(); // a widget added to a shown section is shown only when the event loop gets to it
    }
    if (m_hasFile) {
        if (name == u"documents")
            m_documents->showFor(m_file);
        else if (name == u"evidence") {
            m_evidence->showFor(m_file);
            m_selfCheck->showFor(m_file, m_today);
        } else if (name == u"timeline")
            fillTimeline();
    }
    section->layout()->activate();
}

void CaseFileParts::showFor(const domain::CaseFile &file)
{
    m_file = file;
    m_hasFile = true;
    if (m_documents)
        m_documents->showFor(m_file);
    if (m_evidence)
        m_evidence->showFor(m_file);
    if (m_selfCheck)
        m_selfCheck->showFor(m_file, m_today);
    if (m_built.contains(u"timeline"_s))
        fillTimeline();
}

void CaseFileParts::fillTimeline()
{
    auto trail = m_service.reader().auditTrail(m_caseId);
    const auto people = m_service.reader().people(); // the actor as the person's name (issue 16 ¶2)
    m_timeline->setCaseFile(m_file, trail ? trail.value() : QList<domain::AuditEntry>{},
                            people ? people.value() : QHash<QString, domain::Person>{});
}

} // namespace ecoclaim::ui
