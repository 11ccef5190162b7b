#pragma once
// The amounts table of a paper (the five categories of 细则第五条, punitive damages of 第二十六条, the total;
// instalments), with column widths set from the longest amount so that no amount in figures or in 大写
// ever breaks across lines: the 大写 and figures columns are as wide as their longest entry; when the
// item column would get too narrow at 4号 the table is set in 小四 (GB/T 9704 leaves tables' size to the
// drafter), and when even that is too narrow the figures and the 大写 stand on two lines of one cell
// ("stacked"). Cells holding an amount are marked nowrap.

#include "core/domain/casefile.h"

#include <QVariantMap>

namespace ecoclaim::documents {

// {rows[]{no,name,figures,upper,zero}, subtotal_*, has_punitive, punitive_*, total_figures, total_upper,
//  positive, layout{stacked, small, name_width, figures_width, upper_width, amount_width}}
QVariantMap amountValues(const domain::Amounts &amounts);

// Widths (per cent of the type area) for a table with a text column and amounts: see above.
QVariantMap amountColumns(int longestFigures, int longestUpper, int textColumns = 1);

} // namespace ecoclaim::documents
