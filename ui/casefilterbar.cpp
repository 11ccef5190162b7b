#include "ui/casefilterbar.h"

#include "core/domain/catalogue.h"
#include "ui/fitwidth.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace ecoclaim::ui {

CaseFilterBar::CaseFilterBar(QWidget *parent)
    : QWidget(parent), m_stage(new QComboBox(this)), m_district(new QComboBox(this)), m_unit(new QComboBox(this)),
      m_overdue(new QCheckBox(tr("&Overdue"), this)), m_major(new QCheckBox(tr("&Major cases"), this))
{
    m_stage->setObjectName(u"stageFilter"_s);
    m_district->setObjectName(u"districtFilter"_s);
    m_unit->setObjectName(u"unitFilter"_s);
    m_overdue->setObjectName(u"overdueFilter"_s);
    m_major->setObjectName(u"majorFilter"_s);

    m_stage->addItem(tr("Every stage"), QString());
    for (domain::Stage s : domain::allStages())
        m_stage->addItem(domain::stageDisplayName(s), domain::stageKey(s));
    m_district->addItem(tr("Every district"), QString());
    for (const domain::District &d : domain::districts())
        m_district->addItem(d.displayName(), d.code);
    m_unit->addItem(tr("Every handling unit"), QString());
    for (const domain::Department &d : domain::departments())
        m_unit->addItem(d.displayName(), d.key);
    // The units' English names run to 60 characters: the lists keep a fixed width (their entries show in
    // full when opened), so the window still fits 1024 pixels in English (issue 16 part 8).
    keepNarrow(m_unit, 22); // ui/fitwidth.h
    keepNarrow(m_district, 12);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *stageLabel = new QLabel(tr("&Stage"), this);
    stageLabel->setBuddy(m_stage);
    layout->addWidget(stageLabel);
    layout->addWidget(m_stage);
    auto *districtLabel = new QLabel(tr("D&istrict"), this);
    districtLabel->setBuddy(m_district);
    layout->addWidget(districtLabel);
    layout->addWidget(m_district);
    auto *unitLabel = new QLabel(tr("&Unit"), this);
    unitLabel->setBuddy(m_unit);
    layout->addWidget(unitLabel);
    layout->addWidget(m_unit);
    layout->addWidget(m_overdue);
    layout->addWidget(m_major);
    layout->addStretch();

    for (QComboBox *c : {m_stage, m_district, m_unit})
        connect(c, &QComboBox::currentIndexChanged, this, &CaseFilterBar::changed);
    for (QCheckBox *c : {m_overdue, m_major})
        connect(c, &QCheckBox::toggled, this, &CaseFilterBar::changed);
}

void CaseFilterBar::applyTo(domain::CaseListFilter &filter) const
{
    domain::Stage stage;
    filter.stage.reset();
    if (domain::stageFromKey(m_stage->currentData().toString(), &stage))
        filter.stage = stage;
    filter.districtCode = m_district->currentData().toString();
    filter.unit = m_unit->currentData().toString();
    filter.overdueOnly = m_overdue->isChecked();
    filter.majorOnly = m_major->isChecked();
}

void CaseFilterBar::save() const
{
    QSettings s;
    s.setValue(u"list/filter/stage"_s, m_stage->currentData());
    s.setValue(u"list/filter/district"_s, m_district->currentData());
    s.setValue(u"list/filter/unit"_s, m_unit->currentData());
    s.setValue(u"list/filter/overdue"_s, m_overdue->isChecked());
    s.setValue(u"list/filter/major"_s, m_major->isChecked());
}

void CaseFilterBar::restore()
{
    const QSignalBlocker b1(m_stage), b2(m_district), b3(m_unit), b4(m_overdue), b5(m_major);
    QSettings s;
    m_stage->setCurrentIndex(qMax(0, m_stage->findData(s.value(u"list/filter/stage"_s).toString())));
    m_district->setCurrentIndex(qMax(0, m_district->findData(s.value(u"list/filter/district"_s).toString())));
    m_unit->setCurrentIndex(qMax(0, m_unit->findData(s.value(u"list/filter/unit"_s).toString())));
    m_overdue->setChecked(s.value(u"list/filter/overdue"_s).toBool());
    m_major->setChecked(s.value(u"list/filter/major"_s).toBool());
}

void CaseFilterBar::clear()
{
    {
        const QSignalBlocker b1(m_stage), b2(m_district), b3(m_unit), b4(m_overdue), b5(m_major);
        m_stage->setCurrentIndex(0);
        m_district->setCurrentIndex(0);
        m_unit->setCurrentIndex(0);
        m_overdue->setChecked(false);
        m_major->setChecked(false);
    }
    Q_EMIT changed();
}

} // namespace ecoclaim::ui
