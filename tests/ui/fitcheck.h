#pragma once
// What "the text fits" means for a widget laid out at its real size (issue 16 part 8), measured with the
// widget's own font and style: a button narrower than its size hint (which is its text's width plus the
// style's margins), a header section narrower than its contents, a one-line label narrower than its text,
// a table cell holding a date narrower than the date.
// Each clipped text is returned as "class 'text': needs N px, has M px" so a failure names what to fix.

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QStyle>
#include <QTableView>
#include <QStringList>

namespace ecoclaim::test {

// QHeaderView::sectionSizeFromContents is protected: the size a section needs for its own text and icon.
struct HeaderPeek : QHeaderView
{
    using QHeaderView::sectionSizeFromContents;
};

inline bool shownIn(const QWidget *w, const QWidget *root)
{
    return w->isVisibleTo(root) && w->width() > 0 && w->height() > 0;
}

inline QStringList clippedTexts(const QWidget *root)
{
    using namespace Qt::StringLiterals;
    QStringList out;
    const auto note = [&](const QWidget *w, const QString &text, int needs, int has) {
        out << u"%1 '%2' (%3): needs %4 px, has %5 px"_s.arg(QString::fromLatin1(w->metaObject()->className()), text,
                                                            w->objectName())
                   .arg(needs)
                   .arg(has);
    };
    for (const QAbstractButton *b : root->findChildren<QAbstractButton *>()) {
        if (!shownIn(b, root) || b->text().isEmpty() || b->inherits("QTabBar") || b->parentWidget()->inherits("QTabBar"))
            continue;
        if (b->sizeHint().width() > b->width())
            note(b, b->text(), b->sizeHint().width(), b->width());
    }
    for (const QHeaderView *h : root->findChildren<QHeaderView *>()) {
        if (!shownIn(h, root) || h->orientation() != Qt::Horizontal || !h->model())
            continue;
        for (int logical = 0; logical < h->count(); ++logical) {
            if (h->isSectionHidden(logical) || h->sectionSize(logical) == 0)
                continue;
            const int needs = static_cast<const HeaderPeek *>(h)->sectionSizeFromContents(logical).width();
            if (needs > h->sectionSize(logical))
                note(h, h->model()->headerData(logical, Qt::Horizontal).toString(), needs, h->sectionSize(logical));
        }
    }
    // A cell holding a date (alone, or with its time) shows it whole: a date cut to "2026年11月…" is useless.
    static const QRegularExpression date(u"^(\\d{4}年\\d{1,2}月\\d{1,2}日|\\d{1,2} [A-Z][a-z]{2} \\d{4})( \\d\\d:\\d\\d)?$"_s);
    for (const QTableView *t : root->findChildren<QTableView *>()) {
        if (!shownIn(t, root) || !t->model() || t->wordWrap())
            continue;
        const int margin = t->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, t) + 1;
        for (int r = 0; r < std::min(t->model()->rowCount(), 30); ++r)
            for (int c = 0; c < t->model()->columnCount(); ++c) {
                const QString text = t->model()->index(r, c).data().toString();
                if (t->isColumnHidden(c) || !date.match(text).hasMatch())
                    continue;
                const int needs = t->fontMetrics().horizontalAdvance(text) + 2 * margin;
                if (needs > t->columnWidth(c))
                    note(t, text, needs, t->columnWidth(c));
            }
    }
    for (const QLabel *l : root->findChildren<QLabel *>()) {
        if (!shownIn(l, root) || l->wordWrap() || l->text().isEmpty() || !l->pixmap().isNull())
            continue;
        if (l->sizeHint().width() > l->width() + 1)
            note(l, l->text().left(60), l->sizeHint().width(), l->width());
    }
    return out;
}

// The widgets (deepest first) whose minimum width is more than `width`: what makes a window too wide.
inline QStringList widerThan(const QWidget *root, int width)
{
    using namespace Qt::StringLiterals;
    QStringList out;
    for (const QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root) || std::max(w->minimumSizeHint().width(), w->minimumWidth()) <= width)
            continue;
        bool childToo = false;
        for (const QWidget *c : w->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
            childToo |= c->isVisibleTo(root) && std::max(c->minimumSizeHint().width(), c->minimumWidth()) > width;
        if (!childToo)
            out << u"%1 %2 '%3': %4 px"_s.arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                             w->property("text").toString().left(80))
                       .arg(std::max(w->minimumSizeHint().width(), w->minimumWidth()));
    }
    return out;
}

} // namespace ecoclaim::test
