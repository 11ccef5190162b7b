#pragma once
// Widths that fit the language shown (issue 16 part 8): English titles and unit names are two to four times
// as long as the Chinese ones, and the window must still fit 1024 × 700 without clipping a title.
// - a column's width chosen by a view is a minimum, widened to the header text;
// - a list of districts or units keeps a fixed width (its entries show whole when it is opened).

class QAbstractItemView;
class QComboBox;
class QHeaderView;

namespace ecoclaim::ui {

// Widens each visible, interactive section of `header` to its title's size; call after the widths are set.
void widenToTitles(QHeaderView *header);

// Column `column` of `view` is at least as wide as the longest date (with `withTime`, date and time) the
// language writes (ui/format.h): 2026年12月28日 is wider than 2026-12-28.
void fitDateColumn(QAbstractItemView *view, int column, bool withTime = false);

// The combo box is as wide as `characters` characters, whatever its longest entry.
void keepNarrow(QComboBox *combo, int characters);

} // namespace ecoclaim::ui
