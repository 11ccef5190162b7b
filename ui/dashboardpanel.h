#pragma once
// The deadline dashboard: overdue, due today and coming items as of a day, for one district and unit or
// all, each with its reason and article. It belongs to the case list (under it, on the list's tab; View ▸
// Deadlines, Ctrl+D shows or hides it) and follows the list's filters — stage, district, unit, major,
// overdue (setListFilter). "Print list…" goes through the print dialog; the printed list repeats its
// header on each page and keeps rows whole (core/reports/tablepages.h); the day's changes print as PDF.

#include "core/domain/caselistpage.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;
class QTableView;

namespace ecoclaim::service {
class CaseService;
struct DashboardQuery;
}

namespace ecoclaim::ui {

class DueItemsModel;

class DashboardPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPanel(service::CaseService &service, QWidget *parent = nullptr);

    DueItemsModel *model() const { return m_model; }
    // The case list's filters: the district and unit choices follow them; stage, major and overdue apply.
    void setListFilter(const domain::CaseListFilter &filter);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void caseActivated(qint64 caseId);

protected:
    bool event(QEvent *event) override; // fills the list after the first paint

private:
    void printDueList();
    service::DashboardQuery currentQuery() const;
    void printChanges();

    service::CaseService &m_service;
    DueItemsModel *m_model;
    QDateEdit *m_asOf;
    QSpinBox *m_within;
    QComboBox *m_unit;
    QComboBox *m_district;
    domain::CaseListFilter m_listFilter;
    QLabel *m_summary;
    QTableView *m_view;
    bool m_filled = false;
};

} // namespace ecoclaim::ui
