#pragma once
// The reports shown in the window (issue 13 part 1, ui/reportview.h): the annual report and the clue
// screening results of the whole city, each with the cases behind its first non-zero figure listed, as
// annual-report-view<suffix>.png and screening-view<suffix>.png.

#include <QDate>

#include <functional>

class QString;
class QWidget;

namespace ecoclaim::service {
class CaseService;
}

bool renderReportShots(ecoclaim::service::CaseService &service, QDate from, QDate to,
                       const std::function<bool(QWidget *, const QString &)> &save, const QString &suffix);
