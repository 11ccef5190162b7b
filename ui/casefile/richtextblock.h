#pragma once
// A block of rich text in the case file (a section's content, its requirements): one QTextDocument laid
// out once per width. A word-wrapping QLabel shapes and lays out its whole text again for every
// sizeHint / minimumSizeHint / heightForWidth a layout asks while it settles (bench_scale P9 measured
// that as ~80 % of opening a case file); this block answers heightForWidth from a per-width cache and
// keeps the document laid out at the width it is painted at. Text can be selected with the mouse and
// copied (Ctrl+C), as with the labels it replaces.
// A block can wait to be laid out (setDeferred): until then it answers heightForWidth with an estimate
// from its text's rows and lines, and has no document at all — the case page defers the sections below
// the fold (P9: laying out every section's text was a third of opening a case).

#include <QHash>
#include <QWidget>

class QTextDocument;

namespace ecoclaim::ui {

class RichTextBlock : public QWidget
{
    Q_OBJECT
public:
    explicit RichTextBlock(QWidget *parent = nullptr);
    ~RichTextBlock() override;

    void setHtml(const QString &html);
    QString toPlainText() const;
    // A tinted box: `fill` behind the text, a 3 px `accent` rule on its left, `text` as the text colour.
    void setBox(const QColor &fill, const QColor &accent, const QColor &text);
    // While deferred the text is not laid out: heightForWidth is an estimate (a row or line of the text
    // each, no wrapping). Painted while deferred, the block lays itself out (its height follows).
    void setDeferred(bool deferred);
    bool isDeferred() const { return m_deferred; }
    // Whether the text has been laid out (its document made and filled) since it was last set.
    bool isLaidOut() const { return m_doc && !m_pending; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // The link under `pos` (widget coordinates), empty when none.
    QString linkAt(const QPoint &pos) const;

signals:
    void linkActivated(const QString &href); // a click on a link (an article of the rules: ui/help)

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    int textWidthFor(int width) const;
    QTextDocument *doc() const; // made on first use: a block never laid out costs no document
    int estimatedTextHeight() const;
    void layOutAt(int textWidth) const; // the document at this text width (no-op when it already is)
    int hitTest(const QPoint &pos) const;
    QPoint textOrigin() const;

    mutable QTextDocument *m_doc = nullptr;
    QString m_html;
    bool m_deferred = false;
    mutable bool m_pending = false; // m_html is not in m_doc yet
    mutable QHash<int, int> m_heights; // text width → document height, until the text or font changes
    mutable int m_lastHeight = -1;     // the height heightForWidth last answered, for sizeHint
    QColor m_fill, m_accent, m_text;
    int m_anchor = -1, m_position = -1; // the mouse selection, as document positions
};

} // namespace ecoclaim::ui
