#pragma once
// One section of the case file (parties, consultation…): what is on file, and under it what the rules
// still require of this part of the case before the next stage, each item with its article.

#include "core/domain/readiness.h"

#include <QFrame>

class QLabel;

namespace ecoclaim::ui {
class RichTextBlock;
}

namespace ecoclaim::ui {

class CaseSection : public QFrame
{
    Q_OBJECT
public:
    CaseSection(const QString &objectName, const QString &title, QWidget *parent = nullptr);

    void setContent(const QString &html);
    // `before` names the command the requirements are for ("Before “Sign the compensation agreement”").
    void setRequirements(const QString &before, const QList<domain::Requirement> &requirements);
    QString requirementsText() const; // plain text, for tests
    QString contentText() const; // plain text of what is on file, for tests

    // A section below the fold waits to lay its text out (an estimated height until then): the case
    // page lays it out when it comes into view or is asked for (CaseFileView, P9).
    void setTextDeferred(bool deferred);
    bool isTextDeferred() const;

    // The layout's own hint. QFrame's adds QLayout::totalSizeHint's heightForWidth at the hint width:
    // every text of the section laid out at a width it is never shown at. Heights come from
    // heightForWidth at the real width.
    QSize sizeHint() const override;

private:
    RichTextBlock *requirementsBlock(); // made when first needed
    QLabel *m_title;
    RichTextBlock *m_content; // rich text laid out once per width (a wrapped QLabel relaid it per size query)
    RichTextBlock *m_requirements = nullptr; // made the first time there is something still required
    QString m_plain;
    QString m_html, m_requirementsHtml; // as last set: unchanged text is not laid out again
};

} // namespace ecoclaim::ui
