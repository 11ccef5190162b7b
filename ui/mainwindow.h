#pragma once
// The main window: for now the case list with its search box and count. The case file pages and the
// lifecycle dialogs build on it (issue: the caseworker's window).

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QTableView;

namespace ecoclaim::service {
class CaseService;
}

namespace ecoclaim::ui {

class CaseListModel;

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

    service::CaseService &m_service;
    CaseListModel *m_model;
    QTableView *m_view;
    QLineEdit *m_search;
    QLabel *m_count;
};

} // namespace ecoclaim::ui
