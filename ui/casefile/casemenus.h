#pragma once
// Right-click menus inside a case page (issue 16 part 10): on a filed paper (open, save as PDF/ODT, record
// service, correct under a new number, preview and print), on an evidence file (open, check it against its
// fingerprint, copy the fingerprint), on timeline rows (copy), on a section (copy its text; on the liable
// parties: add or correct a party), and everywhere the case's own actions (next step, other actions,
// papers, export the archive, open the export folder). Every entry calls what the page's buttons and the
// main window's menus call — nothing here changes a case by itself.
// One filter on the case page catches the right clicks its parts do not handle, so the parts may be built
// later (when scrolled to) and still get their menu.

#include <QObject>
#include <QPointer>

class QMenu;
class QPoint;

namespace ecoclaim::service {
class CaseService;
}

namespace ecoclaim::ui {

class CaseFileView;

class CaseMenus : public QObject
{
    Q_OBJECT
public:
    // The hook: gives `view` its menus (owned by the view).
    static CaseMenus *install(CaseFileView *view, service::CaseService &service);

    // The menu a right click on `clicked` (a widget of the page) opens; the caller owns it.
    QMenu *menuFor(QWidget *clicked);
    // The case's own actions, as a menu of their own (the last part of every menu).
    void addCaseActions(QMenu *menu);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    CaseMenus(CaseFileView *view, service::CaseService &service);
    void addPaperActions(QMenu *menu, QWidget *papers);
    void addEvidenceActions(QMenu *menu, QWidget *list);
    void addTimelineActions(QMenu *menu, QWidget *table);
    void addSectionActions(QMenu *menu, QWidget *section);
    void checkEvidence(const QString &sha256);

    CaseFileView *m_view;
    service::CaseService &m_service;
};

} // namespace ecoclaim::ui
