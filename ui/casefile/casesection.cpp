#include "ui/casefile/casesection.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecoclaim::ui {

CaseSection::CaseSection(const QString &objectName, const QString &title, QWidget *parent)
    : QFrame(parent), m_title(new QLabel(title, this)), m_content(new QLabel(this)), m_requirements(new QLabel(this))
{
    setObjectName(objectName);
    // A heading and a rule, not a box in a box: the file reads as one document.
    QFont heading = m_title->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.1);
    m_title->setFont(heading);
    m_title->setStyleSheet(u"QLabel { color: #1a3d6d; border-bottom: 1px solid #c5d3e6; padding-bottom: 2px; }"_s);
    m_content->setContentsMargins(8, 0, 0, 0);
    m_content->setTextFormat(Qt::RichText);
    m_content->setWordWrap(true);
    m_content->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_requirements->setObjectName(u"requirements"_s);
    m_requirements->setTextFormat(Qt::RichText);
    m_requirements->setWordWrap(true);
    m_requirements->setStyleSheet(u"QLabel { background: #fff8e1; color: #5d4200; border-left: 3px solid #f0b400; padding: 4px 8px; }"_s);
    m_requirements->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 10, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_content);
    layout->addWidget(m_requirements);
}

void CaseSection::setContent(const QString &html) { m_content->setText(html); }

void CaseSection::setRequirements(const QString &before, const QList<domain::Requirement> &requirements)
{
    m_plain.clear();
    if (requirements.isEmpty()) {
        m_requirements->hide();
        return;
    }
    QString items;
    for (const domain::Requirement &r : requirements)
    {
        items += u"<li>%1</li>"_s.arg(r.problem.toString().toHtmlEscaped());
        m_plain += r.problem.toString() + u'\n';
    }
    m_requirements->setText(u"<b>%1</b><ul style=\"margin-left:-20px\">%2</ul>"_s.arg(before.toHtmlEscaped(), items));
    m_requirements->show();
}

QString CaseSection::requirementsText() const { return m_plain.trimmed(); }

} // namespace ecoclaim::ui
