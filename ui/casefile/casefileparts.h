#pragma once
// The heavy parts of the case page — the papers register (ui/papers), the evidence with its Art. 42
// self-check (ui/archive) and the timeline with its audit trail — built only when the caseworker scrolls
// to them or asks for their section (issue 16 ¶11, bench_scale P9: the page paints as fast as the list).
// Until then each section holds an empty placeholder of about the part's height, so the page's length
// and its scroll bar read right. A part once built stays built and follows every refresh of the page;
// one not built yet costs nothing on a refresh (the timeline's audit trail is not even read).

#include "core/domain/casefile.h"

#include <QHash>
#include <QObject>
#include <QSet>

class QTableView;
class QWidget;

namespace ecoclaim::service {
class CaseService;
}

namespace ecoclaim::ui {

class CaseSection;
class DocumentsSection;
class EvidencePanel;
class SelfCheckView;
class TimelineModel;

class CaseFileParts : public QObject
{
    Q_OBJECT
public:
    CaseFileParts(service::CaseService &service, qint64 caseId, QDate today, QObject *parent = nullptr);

    // The part `name` ("documents", "evidence", "timeline") lives in `section`: a placeholder until built.
    void attach(const QString &name, CaseSection *section);
    QStringList names() const { return m_sections.keys(); }
    bool isBuilt(const QString &name) const { return m_built.contains(name); }
    // Builds the part now (filled from the case as last shown); no-op when built.
    void build(const QString &name);
    // Builds every part whose section meets the band [top, bottom] of its column (what is in view).
    // Returns whether anything was built.
    bool buildBetween(int top, int bottom);
    // The case as read by the page: the built parts show it, the others keep it for when they are built.
    void showFor(const domain::CaseFile &file);
    TimelineModel *timeline() const { return m_timeline; }

private:
    void fillTimeline();

    service::CaseService &m_service;
    qint64 m_caseId;
    QDate m_today;
    domain::CaseFile m_file;
    bool m_hasFile = false;
    QHash<QString, CaseSection *> m_sections;
    QHash<QString, QWidget *> m_placeholders;
    QSet<QString> m_built;
    TimelineModel *m_timeline;
    QTableView *m_timelineView = nullptr;
    DocumentsSection *m_documents = nullptr;
    EvidencePanel *m_evidence = nullptr;
    SelfCheckView *m_selfCheck = nullptr;
};

} // namespace ecoclaim::ui
