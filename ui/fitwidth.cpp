#include "ui/fitwidth.h"

#include <QComboBox>
#include <QHeaderView>

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

void keepNarrow(QComboBox *combo, int characters)
{
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(characters);
}

} // namespace ecoclaim::ui
