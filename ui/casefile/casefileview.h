#pragma once
// One open case (a tab of the main window): the header with the actions available now, then the
// sections of the case file in the caseworker's order, each with what the rules still require before
// the next stage, the documents register (ui/papers), and the timeline with its audit trail.
// Reads through the service's CaseReader, and again whenever CaseNotifier says the case (or the bureau's
// settings) changed — never by hand after its own dialogs; an archived case is shown read-only.

#include "core/domain/casefile.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QTableView;

namespace ecoclaim::service {
class CaseService;
}

namespace ecoclaim::ui {

class CaseFileHeader;
class CaseSection;
class TimelineModel;
class DocumentsSection;
class EvidencePanel;
class SelfCheckView;

class CaseFileView : public QWidget
{
    Q_OBJECT
public:
    // `today` is the day deadlines and the rules are judged on (tests fix it).
    CaseFileView(service::CaseService &service, qint64 caseId, QDate today = QDate::currentDate(), QWidget *parent = nullptr);

    qint64 caseId() const { return m_caseId; }
    const domain::CaseFile &caseFile() const { return m_file; }
    CaseSection *section(const QString &name) const { return m_sections.value(name); }
    CaseFileHeader *header() const { return m_header; }
    TimelineModel *timeline() const { return m_timeline; }

public Q_SLOTS:
    void refresh();
    // Opens the dialog of `command` for this case; returns whether it was executed.
    bool runCommand(const QString &command);

Q_SIGNALS:
    void titleChanged(const QString &tabTitle);

private:
    void addSection(const QString &name, const QString &title);
    QString sectionFor(const QString &requirementId) const;

    service::CaseService &m_service;
    qint64 m_caseId;
    QDate m_today;
    domain::CaseFile m_file;
    CaseFileHeader *m_header;
    QHash<QString, CaseSection *> m_sections;
    QWidget *m_sectionsWidget;
    TimelineModel *m_timeline;
    QTableView *m_timelineView;
    QLabel *m_error;
    DocumentsSection *m_documents = nullptr;
    EvidencePanel *m_evidence = nullptr;
    SelfCheckView *m_selfCheck = nullptr;
};

} // namespace ecoclaim::ui
