#include "ui/casefile/casesection.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecoclaim::ui {

CaseSection::CaseSection(const QString &objectName, const QString &title, QWidget *parent)
    : QGroupBox(title, parent), m_content(new QLabel(this)), m_requirements(new QLabel(this))
{
    setObjectName(objectName);
    m_content->setTextFormat(Qt::RichText);
    m_content->setWordWrap(true);
    m_content->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_requirements->setObjectName(u"requirements"_s);
    m_requirements->setTextFormat(Qt::RichText);
    m_requirements->setWordWrap(true);
    m_requirements->setStyleSheet(u"QLabel { background: #fff8e1; color: #5d4200; border-left: 3px solid #f0b400; padding: 4px 8px; }"_s);
    m_requirements->hide();
    auto *layout = new QVBoxLayout(this);
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
