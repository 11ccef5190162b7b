#pragma once
// The deadline dashboard: overdue, due today and coming items as of a day, for one unit or all, each
// with its reason and article; printable as PDF, with the day's changes printable too. Shown on start
// (a dock of the main window) and always reachable (View ▸ Deadlines, Ctrl+D).

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;
class QTableView;

namespace ecoclaim::service {
class CaseService;
}

namespace ecoclaim::ui {

class DueItemsModel;

class DashboardPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPanel(service::CaseService &service, QWidget *parent = nullptr);

    DueItemsModel *model() const { return m_model; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void caseActivated(qint64 caseId);

protected:
    bool event(QEvent *event) override; // fills the list after the first paint

private:
    void printDueList();
    void printChanges();

    service::CaseService &m_service;
    DueItemsModel *m_model;
    QDateEdit *m_asOf;
    QSpinBox *m_within;
    QComboBox *m_unit;
    QLabel *m_summary;
    QTableView *m_view;
    bool m_filled = false;
};

} // namespace ecoclaim::ui
