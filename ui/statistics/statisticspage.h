#pragma once
// The statistics page (issue 13 part 2): five Qt Charts of the cases the person working may see — cases
// by district and stage, clues by channel, amounts by the categories of Art. 5, the monthly flow, deadlines
// kept and missed — under the case list's filters and a period. The figures are core's
// (core/reports/statistics.h, the same as `ecoclaim-cli report statistics`); a click on a bar lists the
// cases behind it (BarCasesDialog), and a case there opens in the window. Re-reads when the register
// changes (CaseNotifier), only while shown, and only the chart on screen: a tab's chart is computed when
// the tab is opened.

#include "core/reports/statistics.h"

#include <QSet>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTabWidget;
class QChartView;

namespace ecoclaim::service {
class CaseService;
}

namespace ecoclaim::ui {

class CaseFilterBar;

class StatisticsPage : public QWidget
{
    Q_OBJECT
public:
    explicit StatisticsPage(service::CaseService &service, QDate today, QWidget *parent = nullptr);

    // The charts computed so far: the one on screen and "stages" (the others when their tab is opened).
    const reports::Statistics &statistics() const { return m_statistics; }
    reports::StatisticsQuery query() const;
    QChartView *chartView(const QString &chartKey) const; // objectName "chart_<key>"
    void showChart(const QString &chartKey);

public Q_SLOTS:
    void refresh();
    // What a click on a bar does: the cases behind it, in a list (objectName "barCases").
    void openBar(const QString &chartKey, const QString &seriesKey, const QString &categoryKey);

Q_SIGNALS:
    void caseActivated(qint64 caseId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void draw(const reports::StatisticsChart &chart);
    QString currentChartKey() const;
    void showCurrentChart(); // computes the chart on screen when the register changed since it was drawn

    service::CaseService &m_service;
    QDate m_today;
    CaseFilterBar *m_filters;
    QLineEdit *m_search;
    QCheckBox *m_usePeriod;
    QDateEdit *m_from, *m_to;
    QLabel *m_summary;
    QTabWidget *m_charts;
    reports::Statistics m_statistics;
    bool m_stale = true;
    QSet<QString> m_fresh; // the charts computed since the register or the filters last changed
    QSet<QString> m_undrawn; // computed, not drawn yet: not on screen when computed (drawn when their tab opens)
};

} // namespace ecoclaim::ui
