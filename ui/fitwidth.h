#pragma once
// Widths that fit the language shown (issue 16 part 8): English titles and unit names are two to four times
// as long as the Chinese ones, and the window must still fit 1024 × 700 without clipping a title.
// - a column's width chosen by a view is a minimum, widened to the header text;
// - a list of districts or units keeps a fixed width (its entries show whole when it is opened).

class QComboBox;
class QHeaderView;

namespace ecoclaim::ui {

// Widens each visible, interactive section of `header` to its title's size; call after the widths are set.
void widenToTitles(QHeaderView *header);

// The combo box is as wide as `characters` characters, whatever its longest entry.
void keepNarrow(QComboBox *combo, int characters);

} // namespace ecoclaim::ui
