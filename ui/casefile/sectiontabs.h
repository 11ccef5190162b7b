#pragma once
// The case page's table of contents (issue 16 ¶5): one tab per section of the case file above the
// page. A click (or the arrow keys on the bar) asks for that section; as the caseworker scrolls, the tab
// of the section at the top of the page becomes the current one. A section whose part of the case still
// lacks something the rules require is marked (its tab in amber, the reason as its tooltip).

#include <QTabBar>

namespace ecoclaim::ui {

class SectionTabs : public QTabBar
{
    Q_OBJECT
public:
    explicit SectionTabs(QWidget *parent = nullptr);

    void addSection(const QString &name, const QString &shortTitle, const QString &fullTitle);
    QString sectionAt(int index) const { return tabData(index).toString(); }
    int indexOf(const QString &name) const;
    // Makes `name` the current tab without asking for its section (the page scrolled there).
    void follow(const QString &name);
    // Marks a section that still lacks something (`why`: the tooltip), or clears the mark (empty).
    void setAttention(const QString &name, const QString &why);

Q_SIGNALS:
    void sectionRequested(const QString &name);

private:
    QStringList m_fullTitles;
    bool m_following = false;
};

} // namespace ecoclaim::ui
