#include "ui/casefile/sectiontabs.h"

using namespace Qt::StringLiterals;

namespace ecoclaim::ui {

SectionTabs::SectionTabs(QWidget *parent) : QTabBar(parent)
{
    setObjectName(u"sectionTabs"_s);
    setDocumentMode(true);
    setExpanding(false);
    setUsesScrollButtons(true); // fifteen sections: at 1024 px in English the bar scrolls, never the window
    setElideMode(Qt::ElideNone);
    setFocusPolicy(Qt::TabFocus);
    setAccessibleName(tr("Sections of the case"));
    connect(this, &QTabBar::currentChanged, this, [this](int i) {
        if (!m_following && i >= 0)
            Q_EMIT sectionRequested(sectionAt(i));
    });
    // A click on the tab already current jumps there again (the caseworker scrolled away meanwhile).
    connect(this, &QTabBar::tabBarClicked, this, [this](int i) {
        if (i >= 0 && i == currentIndex())
            Q_EMIT sectionRequested(sectionAt(i));
    });
}

void SectionTabs::addSection(const QString &name, const QString &shortTitle, const QString &fullTitle)
{
    m_following = true; // the first tab added becomes current: not a request
    const int i = addTab(shortTitle);
    m_following = false;
    setTabData(i, name);
    setTabToolTip(i, fullTitle);
    m_fullTitles << fullTitle;
}

int SectionTabs::indexOf(const QString &name) const
{
    for (int i = 0; i < count(); ++i)
        if (sectionAt(i) == name)
            return i;
    return -1;
}

void SectionTabs::follow(const QString &name)
{
    const int i = indexOf(name);
    if (i < 0 || i == currentIndex())
        return;
    m_following = true;
    setCurrentIndex(i);
    m_following = false;
}

void SectionTabs::setAttention(const QString &name, const QString &why)
{
    const int i = indexOf(name);
    if (i < 0)
        return;
    setTabTextColor(i, why.isEmpty() ? QColor() : QColor(0x8a, 0x5a, 0x00));
    setTabToolTip(i, why.isEmpty() ? m_fullTitles.value(i) : u"%1\n%2"_s.arg(m_fullTitles.value(i), why));
}

} // namespace ecoclaim::ui
