#include "core/documents/paperamounts.h"

#include "core/domain/catalogue.h"

#include <cmath>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::documents {

namespace {
const char16_t *const categoryNumbers[] = {u"（一）", u"（二）", u"（三）", u"（四）", u"（五）"};

// The type area is 156 mm = 442 pt wide. A CJK character takes its point size, a digit or comma about
// half of it; each cell adds its padding and rule (~8 pt at cellpadding 3).
constexpr double typeAreaPoints = 442;
constexpr double cellExtra = 10;

int percentOf(double points) { return int(std::ceil(points / typeAreaPoints * 100)); }
} // namespace

QVariantMap amountColumns(int longestFigures, int longestUpper, int textColumns)
{
    // The item column keeps at least seven characters at 4号 (six at 小四), else the table changes form.
    for (const double size : {14.0, 12.0}) {
        const double figures = longestFigures * size * 0.55 + cellExtra;
        const double upper = longestUpper * size + cellExtra;
        const double text = typeAreaPoints - figures - upper;
        if (text >= (size == 14.0 ? 7 : 6) * size * textColumns + cellExtra * textColumns) {
            const int f = percentOf(figures), u = percentOf(upper);
            return {{u"stacked"_s, false}, {u"small"_s, size < 14.0}, {u"figures_width"_s, f}, {u"upper_width"_s, u},
                    {u"name_width"_s, 100 - f - u}};
        }
    }
    // Two lines in one cell: figures over 大写, in 小四.
    const int amount = qMin(75, percentOf(longestUpper * 12.0 + cellExtra));
    return {{u"stacked"_s, true}, {u"small"_s, true}, {u"amount_width"_s, amount}, {u"name_width"_s, 100 - amount}};
}

QVariantMap amountValues(const Amounts &a)
{
    const Money values[] = {a.interimLoss, a.permanentLoss, a.assessmentCosts, a.restorationCosts, a.preventionCosts};
    QVariantList rows;
    const QList<Choice> &categories = compensationCategories();
    int longestFigures = 0, longestUpper = 0;
    auto measure = [&](const Money &m) {
        longestFigures = qMax(longestFigures, int(m.toYuanString().size()));
        longestUpper = qMax(longestUpper, int(m.toChineseUppercase().size()));
    };
    for (int i = 0; i < 5; ++i) {
        measure(values[i]);
        rows << QVariantMap{{u"no"_s, QString::fromUtf16(categoryNumbers[i])},
                            {u"name"_s, i < categories.size() ? categories[i].chinese : QString()},
                            {u"figures"_s, values[i].toYuanString()},
                            {u"upper"_s, values[i].toChineseUppercase()},
                            {u"zero"_s, values[i].isZero()}};
    }
    measure(a.punitive);
    measure(a.total());
    const Money fiveTotal = a.total() - a.punitive;
    return {{u"rows"_s, rows},
            {u"subtotal_figures"_s, fiveTotal.toYuanString()},
            {u"subtotal_upper"_s, fiveTotal.toChineseUppercase()},
            {u"has_punitive"_s, !a.punitive.isZero()},
            {u"punitive_figures"_s, a.punitive.toYuanString()},
            {u"punitive_upper"_s, a.punitive.toChineseUppercase()},
            {u"total_figures"_s, a.total().toYuanString()},
            {u"total_upper"_s, a.total().toChineseUppercase()},
            {u"positive"_s, a.total() > Money()},
            {u"layout"_s, amountColumns(longestFigures, longestUpper)}};
}

} // namespace ecoclaim::documents
