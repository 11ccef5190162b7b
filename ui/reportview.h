#pragma once
// The reports a district sends upward (Art. 36, issue 13 part 1) shown in the window, one tab per table:
// Reports ▸ Annual report… (¶2: a year) and Reports ▸ Clue screening results… (¶1: the clues received in
// a period, as they stand at its end), for a district, a unit or the city. A click on a number lists
// exactly the cases behind it (the case numbers the core's report carries with every figure,
// reports::annualReport / screeningReport — the same as `ecoclaim-cli report annual|screening --detail`);
// a double click on a case opens it. The PDF and XLSX are saved from the same report. No SQL here: the
// figures come from core/reports.

#include <QDate>
#include <QDialog>

#include <functional>

class QComboBox;
class QDateEdit;
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
enum class ReportKind;
}

namespace ecoclaim::ui {

class ReportView : public QDialog
{
    Q_OBJECT

public:
    // The annual report opens on the year of `from`; the screening results on the period `from`–`to`.
    // `openCase` is called with the case's id on a double click in the list of cases.
    ReportView(service::CaseService &service, reports::ReportKind kind, QDate from, QDate to,
               std::function<void(qint64)> openCase, QWidget *parent = nullptr);
    ~ReportView() override;

    // Reads the report for the period and scope chosen (also what "Show" does).
    void showReport();

private:
    void listCases(int table, int row, int column);
    void openListed(int row);
    void save();

    service::CaseService &m_service;
    reports::ReportKind m_kind;
    std::function<void(qint64)> m_openCase;
    std::unique_ptr<reports::Report> m_report;
    QSpinBox *m_year = nullptr;  // the annual report's
    QDateEdit *m_from = nullptr; // the screening results'
    QDateEdit *m_to = nullptr;
    QComboBox *m_district = nullptr;
    QComboBox *m_unit = nullptr;
    QLabel *m_status = nullptr;
    QTabWidget *m_tables = nullptr;
    QLabel *m_casesCaption = nullptr;
    QTableWidget *m_cases = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace ecoclaim::ui
