#pragma once
// Reports ▸ Annual report… (Art. 36 ¶2, issue 13 part 1): the year's report of a district, a unit or the
// city shown in the window, one tab per table. A click on a number lists exactly the cases behind it (the
// case numbers the core's report carries with every figure, reports::annualReport — the same as
// `ecoclaim-cli report annual --detail`); a double click on a case opens it. The PDF and XLSX are saved
// from the same report. No SQL here: the figures come from core/reports.

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace ecoclaim::service {
class CaseService;
}
namespace ecoclaim::reports {
struct Report;
}

namespace ecoclaim::ui {

class AnnualReportView : public QDialog
{
    Q_OBJECT

public:
    // `openCase` is called with the case's id on a double click in the list of cases.
    AnnualReportView(service::CaseService &service, int year, std::function<void(qint64)> openCase, QWidget *parent = nullptr);
    ~AnnualReportView() override;

    // Reads the report for the year and scope chosen (also what "Show" does).
    void showReport();

private:
    void listCases(int table, int row, int column);
    void openListed(int row);
    void save();

    service::CaseService &m_service;
    std::function<void(qint64)> m_openCase;
    std::unique_ptr<reports::Report> m_report;
    QSpinBox *m_year = nullptr;
    QComboBox *m_district = nullptr;
    QComboBox *m_unit = nullptr;
    QLabel *m_status = nullptr;
    QTabWidget *m_tables = nullptr;
    QLabel *m_casesCaption = nullptr;
    QTableWidget *m_cases = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace ecoclaim::ui
