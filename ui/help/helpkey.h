#pragma once
// F1, anywhere in the program (also inside a modal dialog, where a main-window shortcut does not fire):
// the Help window opens at the article the refusal in sight cites — the focused widget or one of its
// parents carries it in the property "ecoclaimArticle" (ui/help/articlelinks.h) — or, without one,
// at the guide to the procedure (at the open case's stage when a widget names it in "ecoclaimStage").

#include <QObject>

namespace ecoclaim::ui {

class HelpKey : public QObject
{
    Q_OBJECT
public:
    // Installs the filter on the application once (idempotent).
    static void install();
    // What F1 opens for this widget: the article number, or 0 for the guide.
    static int articleFor(const QWidget *widget);
    // Opens Help for the widget, as F1 does.
    static void helpFor(QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace ecoclaim::ui
