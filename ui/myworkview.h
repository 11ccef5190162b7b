#pragma once
// A day's work (issue 16 part 3): the items of service::myWork — overdue, due today, this week, decisions
// waiting for my approval, papers to serve, replies due — each with the one action that settles it
// (Enter or "Do it": the case opens and the command's dialog with it) and "Put off…" (a day and a
// reason, through service::snoozeWorkItem and the audit log). Filters: the day, the district, the unit,
// and whether put-off items are listed. Reads through CaseReader::myWork; re-reads on the notifier.

#include "core/service/mywork.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QMainWindow;
class QMenu;
class QTabWidget;
class QTableWidget;

namespace ecoclaim::service {
class CaseService;
}

namespace ecoclaim::ui {

class CaseFileView;

class MyWorkView : public QWidget
{
    Q_OBJECT
public:
    // `openCase` opens a case in its tab and returns its view (MainWindow::openCase).
    MyWorkView(service::CaseService &service, std::function<CaseFileView *(qint64)> openCase, QDate asOf = QDate::currentDate(),
               QWidget *parent = nullptr);

    const QList<service::WorkItem> &items() const { return m_items; }
    QTableWidget *table() const { return m_table; }
    // Runs the settling action of row `row`; returns whether it was done.
    bool settle(int row);
    // Puts row `row` off until `until` because of `reason`; the refusal's text, empty when done.
    QString snooze(int row, QDate until, const QString &reason);

public Q_SLOTS:
    void refresh();

private:
    void askSnooze();

    service::CaseService &m_service;
    std::function<CaseFileView *(qint64)> m_openCase;
    QDateEdit *m_asOf;
    QComboBox *m_district, *m_unit;
    QCheckBox *m_showSnoozed;
    QLabel *m_summary;
    QTableWidget *m_table;
    QList<service::WorkItem> m_items;
};

// The one-line hook of MainWindow: View ▸ My work (Ctrl+Shift+W) opens the page as a tab of `tabs`.
void addMyWorkPage(QMenu *viewMenu, QTabWidget *tabs, service::CaseService &service,
                   std::function<CaseFileView *(qint64)> openCase);

} // namespace ecoclaim::ui
