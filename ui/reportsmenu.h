#pragma once
// The window's Reports menu: the annual report and the screening results (Art. 36) and the supervision
// ledger of major cases (Art. 39), each computed by the same core as `ecoclaim-cli report` / `ledger`
// (core/reports) and saved as PDF and XLSX where the caseworker chooses.

class QMenuBar;
class QWidget;

namespace ecoclaim::service {
class CaseService;
}

namespace ecoclaim::ui {

void addReportsMenu(QMenuBar *bar, QWidget *parent, service::CaseService &service);

} // namespace ecoclaim::ui
