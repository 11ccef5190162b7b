#include "ui/statistics/statisticspage.h"

#include "core/service/casenotifier.h"
#include "core/service/caseservice.h"
#include "ui/casefilterbar.h"
#include "ui/statistics/barcasesdialog.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecoclaim::ui {

namespace {
// How each chart is drawn: horizontal bars where the category names are long (districts, channels,
// categories of Art. 5, kinds of deadline), stacked where the series are parts of one whole.
enum class Shape { Columns, Bars, StackedBars };

Shape shapeOf(const QString &key)
{
    if (key == u"flow")
        return Shape::Columns;
    if (key == u"stages" || key == u"deadlines")
        return Shape::StackedBars;
    return Shape::Bars;
}

// The districts and kinds of deadline without a case are left out; the fixed lists (channels, categories,
// months) are shown whole, so a zero is seen as a zero.
bool dropsEmpty(const QString &key)
{
    return key == u"stages" || key == u"deadlines";
}

// Fifteen colours told apart on screen and in print (the theme's own run out after ten and fade to white,
// which hid the later stages). A series keeps its colour by its place in the chart's fixed list.
QColor seriesColour(int index)
{
    static const QList<QColor> colours{QColor(0x1f77b4), QColor(0xff7f0e), QColor(0x2ca02c), QColor(0xd62728), QColor(0x9467bd),
                                       QColor(0x8c564b), QColor(0xe377c2), QColor(0x7f7f7f), QColor(0xbcbd22), QColor(0x17becf),
                                       QColor(0x393b79), QColor(0xad494a), QColor(0x637939), QColor(0xe7ba52), QColor(0x5254a3)};
    return colours.at(index % colours.size());
}
} // namespace

StatisticsPage::StatisticsPage(service::CaseService &service, QDate today, QWidget *parent)
    : QWidget(parent), m_service(service), m_today(today), m_filters(new CaseFilterBar(this)), m_search(new QLineEdit(this)),
      m_usePeriod(new QCheckBox(tr("Received from"), this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_summary(new QLabel(this)), m_charts(new QTabWidget(this))
{
    setObjectName(u"statisticsPage"_s);
    m_search->setObjectName(u"statisticsSearch"_s);
    m_search->setPlaceholderText(tr("Search titles, parties, addresses, descriptions"));
    m_search->setClearButtonEnabled(true);
    m_usePeriod->setObjectName(u"statisticsPeriod"_s);
    m_usePeriod->setToolTip(tr("Only the cases whose clue was received in the period; the flow shows its months."));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(u"yyyy-MM-dd"_s);
        d->setEnabled(false);
    }
    m_from->setObjectName(u"statisticsFrom"_s);
    m_to->setObjectName(u"statisticsTo"_s);
    m_from->setDate(QDate(today.year(), 1, 1));
    m_to->setDate(today);
    m_summary->setObjectName(u"statisticsSummary"_s);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_usePeriod);
    top->addWidget(m_from);
    top->addWidget(new QLabel(tr("to"), this));
    top->addWidget(m_to);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_charts, 1);

    for (const QString &key : reports::statisticsCharts()) {
        auto *view = new QChartView(this);
        view->setObjectName(u"chart_"_s + key);
        view->setRenderHint(QPainter::Antialiasing);
        m_charts->addTab(view, reports::statisticsChartTitle(key)); // titled before computed: tabs are computed when opened
    }
    connect(m_charts, &QTabWidget::currentChanged, this, &StatisticsPage::showCurrentChart);

    auto *later = new QTimer(this); // a burst of changes (typing, several commits): one read
    later->setSingleShot(true);
    later->setInterval(250);
    connect(later, &QTimer::timeout, this, &StatisticsPage::refresh);
    connect(m_search, &QLineEdit::textChanged, later, qOverload<>(&QTimer::start));
    connect(m_filters, &CaseFilterBar::changed, later, qOverload<>(&QTimer::start));
    connect(m_usePeriod, &QCheckBox::toggled, this, [this, later](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        later->start();
    });
    connect(m_from, &QDateEdit::dateChanged, later, qOverload<>(&QTimer::start));
    connect(m_to, &QDateEdit::dateChanged, later, qOverload<>(&QTimer::start));
    // The register changed (here, in the CLI, on another desk): re-read now if shown, else when shown.
    auto stale = [this, later] {
        m_stale = true;
        if (isVisible())
            later->start();
    };
    service::CaseNotifier &notifier = m_service.notifier();
    connect(&notifier, &service::CaseNotifier::caseChanged, this, stale);
    connect(&notifier, &service::CaseNotifier::caseAdded, this, stale);
    connect(&notifier, &service::CaseNotifier::casesReset, this, stale);
}

reports::StatisticsQuery StatisticsPage::query() const
{
    reports::StatisticsQuery q;
    q.filter.today = m_today;
    m_filters->applyTo(q.filter);
    q.filter.search = m_search->text().trimmed();
    if (m_usePeriod->isChecked()) {
        q.from = m_from->date();
        q.to = m_to->date();
    }
    return q;
}

QChartView *StatisticsPage::chartView(const QString &chartKey) const
{
    return findChild<QChartView *>(u"chart_"_s + chartKey);
}

void StatisticsPage::showChart(const QString &chartKey)
{
    if (QChartView *view = chartView(chartKey))
        m_charts->setCurrentWidget(view);
}

void StatisticsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void StatisticsPage::refresh()
{
    // Only the chart on screen, and the district × stage chart the summary line counts from: each chart
    // is its own statement, and at 100,000 cases the five together take several times one of them. The
    // others are computed when their tab is opened (showCurrentChart).
    m_fresh.clear();
    QStringList wanted{u"stages"_s};
    if (const QString current = currentChartKey(); !current.isEmpty() && current != u"stages")
        wanted << current;
    auto stats = reports::caseStatistics(m_service, query(), wanted);
    if (!stats) {
        m_summary->setText(stats.errorString());
        return;
    }
    m_stale = false;
    m_statistics = std::move(stats).value();
    qint64 cases = 0;
    if (const reports::StatisticsChart *stages = m_statistics.chart(u"stages"_s))
        for (const QString &s : stages->seriesKeys)
            cases += stages->total(s);
    m_summary->setText(tr("%n case(s) under these filters. Click a bar for the cases behind it.", nullptr, int(cases)));
    // Only the chart on screen is drawn now (building a chart costs about as much as its statement at
    // 100,000 cases); the district × stage chart, computed for the summary line, is drawn when its tab opens.
    m_undrawn.clear();
    const QString onScreen = currentChartKey();
    for (const reports::StatisticsChart &c : m_statistics.charts) {
        m_fresh.insert(c.key);
        if (c.key == onScreen || onScreen.isEmpty()) {
            draw(c);
        } else {
            m_undrawn.insert(c.key);
            if (QChartView *view = chartView(c.key))
                m_charts->setTabText(m_charts->indexOf(view), c.title);
        }
    }
}

QString StatisticsPage::currentChartKey() const
{
    const QWidget *view = m_charts->currentWidget();
    return view ? view->objectName().mid(6) : QString(); // "chart_<key>"
}

void StatisticsPage::showCurrentChart()
{
    const QString key = currentChartKey();
    if (!m_stale && m_undrawn.remove(key)) { // computed with the last refresh, not drawn yet
        if (const reports::StatisticsChart *c = m_statistics.chart(key))
            draw(*c);
        return;
    }
    if (m_stale || key.isEmpty() || m_fresh.contains(key))
        return; // a refresh is due anyway (it computes the chart on screen), or the chart is up to date
    auto stats = reports::caseStatistics(m_service, query(), {key});
    if (!stats) {
        m_summary->setText(stats.errorString());
        return;
    }
    for (const reports::StatisticsChart &c : stats.value().charts) {
        m_statistics.charts.removeIf([&c](const reports::StatisticsChart &old) { return old.key == c.key; });
        m_statistics.charts << c;
        m_fresh.insert(c.key);
        draw(c);
    }
}

void StatisticsPage::draw(const reports::StatisticsChart &data)
{
    QChartView *view = chartView(data.key);
    if (!view)
        return;
    m_charts->setTabText(m_charts->indexOf(view), data.title);
    const Shape shape = shapeOf(data.key);
    // Which categories are drawn, in the order they are drawn (horizontal bars go bottom-up: reversed, so
    // the list reads from the top as it does in the report).
    QList<int> shown;
    for (int k = 0; k < data.categoryKeys.size(); ++k) {
        qint64 sum = 0;
        for (const QList<qint64> &row : data.values)
            sum += row.value(k);
        if (!dropsEmpty(data.key) || sum != 0)
            shown << k;
    }
    if (shape != Shape::Columns)
        std::reverse(shown.begin(), shown.end());

    QAbstractBarSeries *series = nullptr;
    switch (shape) {
    case Shape::Columns: series = new QBarSeries; break;
    case Shape::Bars: series = new QHorizontalBarSeries; break;
    case Shape::StackedBars: series = new QHorizontalStackedBarSeries; break;
    }
    for (int s = 0; s < data.seriesKeys.size(); ++s) {
        if (dropsEmpty(data.key) && data.total(data.seriesKeys.at(s)) == 0)
            continue;
        auto *set = new QBarSet(data.seriesLabels.at(s));
        set->setProperty("seriesKey", data.seriesKeys.at(s));
        set->setColor(seriesColour(s));
        set->setBorderColor(seriesColour(s));
        for (int k : shown) {
            const qint64 v = data.values.value(s).value(k);
            set->append(data.money ? double(v) / 1000000.0 : double(v)); // money in 万元 (10,000 yuan = 1,000,000 fen)
        }
        series->append(set);
    }
    QStringList categoryKeys, labels;
    for (int k : shown) {
        categoryKeys << data.categoryKeys.at(k);
        labels << data.categoryLabels.at(k);
    }
    connect(series, &QAbstractBarSeries::clicked, this, [this, key = data.key, categoryKeys](int index, QBarSet *set) {
        openBar(key, set->property("seriesKey").toString(), categoryKeys.value(index));
    });

    auto *chart = new QChart;
    chart->setTitle(data.title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    auto *values = new QValueAxis;
    values->setLabelFormat(data.money ? u"%.1f"_s : u"%d"_s);
    values->setTitleText(data.money ? tr("10,000 yuan") : tr("Number"));
    values->setMin(0);
    chart->addAxis(categories, shape == Shape::Columns ? Qt::AlignBottom : Qt::AlignLeft);
    chart->addAxis(values, shape == Shape::Columns ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(values);
    values->applyNiceNumbers();
    chart->legend()->setAlignment(Qt::AlignBottom);
    view->setToolTip(data.note);
    QChart *old = view->chart();
    view->setChart(chart); // the view owns the new chart and lets go of the old one
    delete old;
}

void StatisticsPage::openBar(const QString &chartKey, const QString &seriesKey, const QString &categoryKey)
{
    auto rows = reports::statisticsCases(m_service, query(), chartKey, seriesKey, categoryKey);
    if (!rows) {
        QMessageBox::warning(this, tr("Statistics"), rows.errorString());
        return;
    }
    QString heading;
    if (const reports::StatisticsChart *c = m_statistics.chart(chartKey)) {
        heading = c->title + u" — "_s + c->seriesLabels.value(c->seriesKeys.indexOf(seriesKey)) + u" · "_s
            + c->categoryLabels.value(c->categoryKeys.indexOf(categoryKey));
    }
    for (auto *old : findChildren<BarCasesDialog *>())
        old->close(); // one list at a time
    auto *dialog = new BarCasesDialog(heading, rows.value(), this);
    connect(dialog, &BarCasesDialog::caseActivated, this, &StatisticsPage::caseActivated);
    dialog->show();
}

} // namespace ecoclaim::ui
