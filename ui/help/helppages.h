#pragma once
// The pages of the Help window as HTML: the guide (one part per stage, each citing its articles as
// links), an article of the rules with its chapter and neighbours, the keyboard shortcuts, About.

#include <QString>

namespace ecoclaim::ui::help {

QString guideHtml();
QString articleHtml(int number); // empty for an article the rules do not have
QString shortcutsHtml();
QString aboutHtml();

} // namespace ecoclaim::ui::help
