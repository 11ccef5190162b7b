#include "ui/fitwidth.h"

#include "ui/format.h"

#include <QComboBox>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>
#include <QTreeView>

namespace ecoclaim::ui {

void widenToTitles(QHeaderView *header)
{
    if (!header || !header->model())
        return;
    for (int logical = 0; logical < header->count(); ++logical) {
        if (header->isSectionHidden(logical) || header->sectionResizeMode(logical) != QHeaderView::Interactive)
            continue;
        if (const int needs = header->sectionSizeHint(logical); needs > header->sectionSize(logical))
            header->resizeSection(logical, needs);
    }
}

void fitDateColumn(QAbstractItemView *view, int column, bool withTime)
{
    auto *table = qobject_cast<QTableView *>(view);
    QHeaderView *header = table ? table->horizontalHeader() : nullptr;
    if (auto *tree = qobject_cast<QTreeView *>(view))
        header = tree->header();
    if (!header)
        return;
    const QDate widest(2026, 12, 28);
    const QString text = withTime ? formatTimestamp(QDateTime(widest, QTime(23, 58)).toUTC()) : formatDate(widest);
    // The text, the cell's margins on both sides (the style's focus frame margin plus one) and a little air.
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    const int needs = view->fontMetrics().horizontalAdvance(text) + 2 * margin + 8;
    if (needs > header->sectionSize(column))
        header->resizeSection(column, needs);
}

void keepNarrow(QComboBox *combo, int characters)
{
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(characters);
}

} // namespace ecoclaim::ui
