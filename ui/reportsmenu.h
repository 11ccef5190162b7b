#pragma once
// The window's Reports menu: the annual report and the screening results (Art. 36), the supervision
// ledger of major cases (Art. 39), each computed by the same core as `ecoclaim-cli report` / `ledger`
// (core/reports) and saved as PDF and XLSX where the caseworker chooses; and the disclosure text of a
// case (Art. 35 ¶2, ui/disclosuredialog.h), as `ecoclaim-cli disclosure`.

class QMenuBar;
class QWidget;

namespace ecoclaim::service {
class CaseService;
}

namespace ecoclaim::ui {

void addReportsMenu(QMenuBar *bar, QWidget *parent, service::CaseService &service);

} // namespace ecoclaim::ui
