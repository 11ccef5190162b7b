#pragma once
// The main window: the case list with its search box and count, and the deadline dashboard docked
// below it (shown on start, View ▸ Deadlines). The case file pages and lifecycle dialogs build on it.

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QTableView;

namespace ecoclaim::service {
class CaseService;
}

namespace ecoclaim::ui {

class CaseListModel;
class DashboardPanel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(service::CaseService &service, QWidget *parent = nullptr);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void applySearch();
    void updateCount();
    void buildMenus();
    void exportLedger();
    void importCalendar();

    service::CaseService &m_service;
    CaseListModel *m_model;
    QTableView *m_view;
    QLineEdit *m_search;
    QLabel *m_count;
    DashboardPanel *m_dashboard;
};

} // namespace ecoclaim::ui
