#pragma once
// The window's Reports menu: the annual report and the clue screening results (Art. 36, shown in the
// window: ui/reportview.h), the supervision
// ledger of major cases (Art. 39), each computed by the same core as `ecoclaim-cli report` / `ledger`
// (core/reports) and saved as PDF and XLSX where the caseworker chooses; and the disclosure text of a
// case (Art. 35 ¶2, ui/disclosuredialog.h), as `ecoclaim-cli disclosure`.

#include <QtGlobal>

#include <functional>

class QMenuBar;
class QWidget;

namespace ecoclaim::service {
class CaseService;
}

namespace ecoclaim::ui {

// `openCase`: what a double click on a case in a report's view does (ui/reportview.h).
void addReportsMenu(QMenuBar *bar, QWidget *parent, service::CaseService &service, std::function<void(qint64)> openCase = {});

} // namespace ecoclaim::ui
