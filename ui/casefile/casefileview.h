#pragma once
// One open case (a tab of the main window): the header with the actions available now, then the
// sections of the case file in the caseworker's order, each with what the rules still require before
// the next stage, the documents register (ui/papers), and the timeline with its audit trail. Tabs above
// the page jump to each section (issue 16 ¶5); the papers, evidence and timeline parts are built when
// scrolled to or asked for (ui/casefile/casefileparts.h, issue 16 ¶11). A step done through the page
// says what it did in the main window's status bar.
// Reads through the service's CaseReader, and again whenever CaseNotifier says the case (or the bureau's
// settings) changed — never by hand after its own dialogs; an archived case is shown read-only.

#include "core/domain/casefile.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QScrollArea;

namespace ecoclaim::service {
class CaseService;
}

namespace ecoclaim::ui {

class ApprovalsPanel;

class CaseFileHeader;
class CaseSection;
class TimelineModel;
class CaseFileParts;
class SectionTabs;

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
    // The timeline's rows (the timeline part is built first when it was not yet).
    TimelineModel *timeline();
    SectionTabs *tabs() const { return m_tabs; }

public Q_SLOTS:
    void refresh();
    // Opens the dialog of `command` for this case; returns whether it was executed.
    bool runCommand(const QString &command);
    // Scrolls the page so that section `name` starts at its top (as far as the page goes), building its
    // part first when it is one built on demand; its tab becomes the current one.
    void showSection(const QString &name);

Q_SIGNALS:
    void titleChanged(const QString &tabTitle);
    // A step done through this page, in words (also shown in the main window's status bar).
    void stepDone(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void addSection(const QString &name, const QString &title);
    QString sectionFor(const QString &requirementId) const;
    void pageMoved();  // lays out the sections and builds the parts now in view; the tabs follow (followPage, queued)
    // Lays out the text of every section that starts above `bottom` (column coordinates): the sections
    // in view and all above them, so that laying one out never moves what is already in view. The
    // sections below wait with an estimated height (P9: the page paints as fast as the list).
    bool layOutTextDownTo(int bottom);
    void layOutTextUpTo(const QString &name); // that section's text and every one above it
    void settleColumn(); // the column's height and its sections' places, now (not on the next event)
    void followPage(); // the tab of the section at the top of the page becomes current
    void keepAtEnd();  // back to the end of the page after what came into view there took its real height
    // Issue 17's panel of this case's decisions awaiting approval, made the first time the case has one:
    // on most pages it would hold nothing, and building it was a third of the page's time (P9).
    void showApprovalsWhenPending();

    service::CaseService &m_service;
    qint64 m_caseId;
    QDate m_today;
    domain::CaseFile m_file;
    CaseFileHeader *m_header;
    QHash<QString, CaseSection *> m_sections;
    QStringList m_textSections; // the sections of text (not the parts), in the page's order
    QWidget *m_sectionsWidget;
    QScrollArea *m_scroll;
    SectionTabs *m_tabs;
    CaseFileParts *m_parts;
    QLabel *m_error;
    ApprovalsPanel *m_approvals = nullptr;
    bool m_inPageMoved = false;
    bool m_followPending = false;
    bool m_keepAtEndPending = false;
    int m_jumpedTo = -1; // the scroll position a tab asked for: the tab stays current there
};

} // namespace ecoclaim::ui
