#pragma once
// The main window: tabs — the case list (filters, search box with its hit count, and under it the
// deadline dashboard, which follows the list's filters; View ▸ Deadlines) first, then one tab per open
// case file, and View ▸ My work (ui/myworkview.h).
// Every change goes through CaseService and every read through its CaseReader; CaseNotifier (this
// window's commits, and other connections' through OutsideChanges) refreshes the list, the dashboard
// and the open case files.

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QTableView;
class QTabWidget;

namespace ecoclaim::service {
class CaseService;
}

namespace ecoclaim::ui {

class CaseFileView;
class CaseFilterBar;
class CaseListModel;
class DashboardPanel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(service::CaseService &service, QWidget *parent = nullptr);

    // Opens the case in its tab (or brings its tab forward).
    CaseFileView *openCase(qint64 caseId);
    // Ctrl+N: the register_clue dialog; opens the new case when it was registered.
    void newClue();
    // Re-reads the list, the dashboard and the open case files when another connection has committed.
    void refreshAll();
    void reloadList(); // keeps the selected case selected
    CaseListModel *listModel() const { return m_model; }
    QTableView *listView() const { return m_view; }
    QTabWidget *tabs() const { return m_tabs; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void applyFilter();
    void closeTab(int index);
    void openCurrentCase();
    void updateCount();
    void buildMenus();
    void exportLedger();
    // ui/mainwindow_volume.cpp: papers for several cases, archive export and verification.
    QList<qint64> chosenCaseIds() const;
    void paperForSeveralCases();
    void exportArchive();
    void verifyArchive();
    void manageSigningKey(); // File ▸ Signing key…: the administrator's key for signing archives
    void importCalendar();

    service::CaseService &m_service;
    CaseListModel *m_model;
    QTableView *m_view;
    QTabWidget *m_tabs;
    CaseFilterBar *m_filters;
    QLineEdit *m_search;
    QLabel *m_count;
    DashboardPanel *m_dashboard;
};

} // namespace ecoclaim::ui
