#include "ui/casefile/richtextblock.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QtMath>

namespace ecoclaim::ui {

namespace {
constexpr int accentWidth = 3;
constexpr int hintWidth = 480; // the width a size hint is given for (the layout then gives the real one)
} // namespace

RichTextBlock::RichTextBlock(QWidget *parent) : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setFocusPolicy(Qt::ClickFocus);
    setCursor(Qt::IBeamCursor);
    setMouseTracking(true); // the pointing hand over a link
}

RichTextBlock::~RichTextBlock() = default;

QTextDocument *RichTextBlock::doc() const
{
    if (!m_doc) {
        auto *self = const_cast<RichTextBlock *>(this);
        m_doc = new QTextDocument(self);
        m_doc->setDocumentMargin(0); // as a label's: the widget's contents margins are the padding
        m_doc->setUndoRedoEnabled(false);
        m_doc->setDefaultFont(font());
    }
    return m_doc;
}

void RichTextBlock::setDeferred(bool deferred)
{
    if (deferred == m_deferred)
        return;
    m_deferred = deferred;
    m_heights.clear();
    m_lastHeight = -1;
    updateGeometry();
    update();
}

int RichTextBlock::estimatedTextHeight() const
{
    // One line per table row, line break and list item (the sections' text is label/value rows:
    // sectiontext.h); a row's cell padding (2 px above and below) on each row. Wrapping is not guessed.
    if (m_html.isEmpty())
        return 0;
    const int rows = int(m_html.count(u"<tr"));
    const int lines = rows + int(m_html.count(u"<br")) + int(m_html.count(u"<li")) + int(m_html.count(u"<ul"));
    return qMax(1, lines) * fontMetrics().lineSpacing() + rows * 4;
}

void RichTextBlock::setHtml(const QString &html)
{
    // Kept until a width is asked for: a document lays its text out as it goes in, at whatever width it
    // had, and the layout is about to ask for another one.
    m_html = html;
    m_pending = true;
    m_heights.clear();
    m_lastHeight = -1;
    m_anchor = m_position = -1;
    updateGeometry();
    update();
}

QString RichTextBlock::toPlainText() const
{
    layOutAt(textWidthFor(width()));
    return doc()->toPlainText();
}

void RichTextBlock::setBox(const QColor &fill, const QColor &accent, const QColor &text)
{
    m_fill = fill;
    m_accent = accent;
    m_text = text;
    update();
}

int RichTextBlock::textWidthFor(int width) const
{
    const QMargins m = contentsMargins();
    return qMax(1, width - m.left() - m.right() - (m_accent.isValid() ? accentWidth : 0));
}

void RichTextBlock::layOutAt(int textWidth) const
{
    QTextDocument *d = doc();
    if (!qFuzzyCompare(d->textWidth(), qreal(textWidth)))
        d->setTextWidth(textWidth);
    if (m_pending) {
        m_pending = false;
        d->setHtml(m_html); // laid out once, at this width
    }
}

int RichTextBlock::heightForWidth(int width) const
{
    const QMargins margins = contentsMargins();
    if (m_deferred) {
        m_lastHeight = estimatedTextHeight() + margins.top() + margins.bottom();
        return m_lastHeight;
    }
    const int textWidth = textWidthFor(width);
    auto it = m_heights.constFind(textWidth);
    if (it == m_heights.cend()) {
        layOutAt(textWidth);
        it = m_heights.insert(textWidth, qCeil(m_doc->size().height()));
    }
    const QMargins m = contentsMargins();
    m_lastHeight = *it + m.top() + m.bottom();
    return m_lastHeight;
}

QSize RichTextBlock::sizeHint() const
{
    // A hint, not a layout: the height last given for a real width (one line before any). Layouts that
    // place this block ask heightForWidth; laying the text out here, at a width it will never be shown
    // at, was a second shaping of every section while the page settled.
    const QMargins m = contentsMargins();
    return {hintWidth, m_lastHeight >= 0 ? m_lastHeight : fontMetrics().height() + m.top() + m.bottom()};
}

QSize RichTextBlock::minimumSizeHint() const
{
    // Any width down to a few characters: the text wraps (heightForWidth gives the height).
    const QMargins m = contentsMargins();
    return {fontMetrics().averageCharWidth() * 8 + m.left() + m.right(), fontMetrics().height() + m.top() + m.bottom()};
}

QPoint RichTextBlock::textOrigin() const
{
    const QRect r = contentsRect();
    return {r.left() + (m_accent.isValid() ? accentWidth : 0), r.top()};
}

void RichTextBlock::paintEvent(QPaintEvent *event)
{
    if (m_deferred) // shown before its page asked for it (a grab of the whole page): its real height follows
        const_cast<RichTextBlock *>(this)->setDeferred(false);
    QPainter p(this);
    if (m_fill.isValid())
        p.fillRect(rect(), m_fill);
    if (m_accent.isValid())
        p.fillRect(QRect(0, 0, accentWidth, height()), m_accent);
    layOutAt(textWidthFor(width()));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = palette();
    if (m_text.isValid())
        context.palette.setColor(QPalette::Text, m_text);
    else
        context.palette.setColor(QPalette::Text, palette().color(foregroundRole())); // a label's text colour
    if (m_anchor >= 0 && m_position >= 0 && m_anchor != m_position) {
        QTextCursor cursor(m_doc);
        cursor.setPosition(m_anchor);
        cursor.setPosition(m_position, QTextCursor::KeepAnchor);
        QAbstractTextDocumentLayout::Selection selection;
        selection.cursor = cursor;
        selection.format.setBackground(palette().brush(QPalette::Highlight));
        selection.format.setForeground(palette().brush(QPalette::HighlightedText));
        context.selections << selection;
    }
    const QPoint origin = textOrigin();
    p.translate(origin);
    context.clip = QRectF(event->rect().translated(-origin));
    p.setClipRect(context.clip);
    m_doc->documentLayout()->draw(&p, context);
}

void RichTextBlock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        if (m_doc)
            m_doc->setDefaultFont(font());
        m_heights.clear();
        m_lastHeight = -1;
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

QString RichTextBlock::linkAt(const QPoint &pos) const
{
    layOutAt(textWidthFor(width()));
    return m_doc->documentLayout()->anchorAt(QPointF(pos - textOrigin()));
}

int RichTextBlock::hitTest(const QPoint &pos) const
{
    layOutAt(textWidthFor(width()));
    return m_doc->documentLayout()->hitTest(QPointF(pos - textOrigin()), Qt::FuzzyHit);
}

void RichTextBlock::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    if (const QString href = linkAt(event->position().toPoint()); !href.isEmpty()) {
        emit linkActivated(href);
        return;
    }
    m_anchor = m_position = hitTest(event->position().toPoint());
    update();
}

void RichTextBlock::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_anchor < 0) {
        setCursor(linkAt(event->position().toPoint()).isEmpty() ? Qt::IBeamCursor : Qt::PointingHandCursor);
        return QWidget::mouseMoveEvent(event);
    }
    m_position = hitTest(event->position().toPoint());
    update();
}

void RichTextBlock::mouseDoubleClickEvent(QMouseEvent *event)
{
    // A word (a Chinese run breaks by characters as the text layout does).
    const int at = qMax(0, hitTest(event->position().toPoint()));
    QTextCursor cursor(m_doc);
    cursor.setPosition(at);
    cursor.select(QTextCursor::WordUnderCursor);
    m_anchor = cursor.anchor();
    m_position = cursor.position();
    update();
}

void RichTextBlock::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::SelectAll)) {
        layOutAt(textWidthFor(width()));
        m_anchor = 0;
        m_position = m_doc->characterCount() - 1;
        update();
    } else if (event->matches(QKeySequence::Copy) && m_doc && m_anchor >= 0 && m_position >= 0 && m_anchor != m_position) {
        QTextCursor cursor(m_doc);
        cursor.setPosition(m_anchor);
        cursor.setPosition(m_position, QTextCursor::KeepAnchor);
        QApplication::clipboard()->setText(cursor.selection().toPlainText());
    } else {
        QWidget::keyPressEvent(event);
    }
}

} // namespace ecoclaim::ui
