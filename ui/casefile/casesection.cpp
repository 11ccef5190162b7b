#include "ui/casefile/casesection.h"
#include "ui/help/articlelinks.h"

#include "ui/casefile/richtextblock.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecoclaim::ui {

CaseSection::CaseSection(const QString &objectName, const QString &title, QWidget *parent)
    : QFrame(parent), m_title(new QLabel(title, this)), m_content(new RichTextBlock(this))
{
    setObjectName(objectName);
    // A heading and a rule, not a box in a box: the file reads as one document.
    QFont heading = m_title->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.1);
    m_title->setFont(heading);
    // Colour and rule by palette and a one-pixel line, not a style sheet: a style sheet on each of the page's
    // titles cost a quarter of building the page (Qt re-polishes every widget under it; P9).
    QPalette ink = m_title->palette();
    ink.setColor(QPalette::WindowText, QColor(0x1a3d6d));
    m_title->setPalette(ink);
    auto *rule = new QWidget(this);
    rule->setFixedHeight(1);
    rule->setAutoFillBackground(true);
    QPalette line = rule->palette();
    line.setColor(QPalette::Window, QColor(0xc5d3e6));
    rule->setPalette(line);
    m_content->setContentsMargins(8, 0, 0, 0);
    m_content->setObjectName(u"content"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 10, 4, 4);
    layout->addWidget(m_title);
    layout->addSpacing(2);
    layout->addWidget(rule);
    layout->addWidget(m_content);
}

RichTextBlock *CaseSection::requirementsBlock()
{
    // Made the first time the section has requirements: most sections of a case have none (P9).
    if (!m_requirements) {
        m_requirements = new RichTextBlock(this);
        m_requirements->setObjectName(u"requirements"_s);
        m_requirements->setBox(QColor(0xfff8e1), QColor(0xf0b400), QColor(0x5d4200));
        // The label this was kept its text half an "x" in from the rule (QLabel's indent beside a frame).
        m_requirements->setContentsMargins(8 + m_requirements->fontMetrics().horizontalAdvance(u'x') / 2, 4, 8, 4);
        m_requirements->setDeferred(m_content->isDeferred());
        m_requirements->hide();
        connect(m_requirements, &RichTextBlock::linkActivated, this, [this](const QString &href) { openArticleLink(href, this); });
        layout()->addWidget(m_requirements); // under the content
    }
    return m_requirements;
}

void CaseSection::setContent(const QString &html)
{
    if (html != m_html) { // a refresh that changed nothing here lays nothing out again
        m_html = html;
        m_content->setHtml(html);
    }
}

QSize CaseSection::sizeHint() const
{
    const QMargins m = contentsMargins();
    return layout()->sizeHint() + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QString CaseSection::contentText() const { return m_content->toPlainText(); }

void CaseSection::setTextDeferred(bool deferred)
{
    if (deferred == m_content->isDeferred())
        return;
    m_content->setDeferred(deferred);
    if (m_requirements)
        m_requirements->setDeferred(deferred);
    // The page asks the new height at once (its column settles now, not on the next event).
    layout()->invalidate();
    updateGeometry();
}

bool CaseSection::isTextDeferred() const { return m_content->isDeferred(); }

void CaseSection::setRequirements(const QString &before, const QList<domain::Requirement> &requirements)
{
    m_plain.clear();
    if (requirements.isEmpty()) {
        if (m_requirements) {
            m_requirements->hide();
            citeOnWidget(m_requirements, {});
            m_requirements->setHtml(QString());
        }
        m_requirementsHtml.clear();
        return;
    }
    QString items;
    for (const domain::Requirement &r : requirements)
    {
        items += u"<li>%1</li>"_s.arg(problemHtml(r.problem)); // the article: a link to its text in Help
        m_plain += r.problem.toString() + u'\n';
    }
    const QString html = u"<b>%1</b><ul style=\"margin-left:-20px\">%2</ul>"_s.arg(before.toHtmlEscaped(), items);
    if (html != m_requirementsHtml) {
        m_requirementsHtml = html;
        requirementsBlock()->setHtml(html);
    }
    domain::Problems cited; // F1 in the case opens the first article still required
    for (const domain::Requirement &r : requirements)
        cited.add(r.problem);
    citeOnWidget(m_requirements, cited);
    m_requirements->show();
}

QString CaseSection::requirementsText() const { return m_plain.trimmed(); }

} // namespace ecoclaim::ui
