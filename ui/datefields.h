#pragma once
// Every date field of the window written as the window writes dates (issue 16 part 8): 2026年12月6日 in
// Chinese, 6 Dec 2026 in English (core/domain/dateformat.h) — not 2026-12-06 in one dialog and 06/12/2026
// in another. One application-wide event filter, installed once (MainWindow's constructor calls install()),
// gives each QDateEdit that form when it is polished, whatever its constructor set. The values a field
// sends are unchanged (QDate → ISO in the commands).

#include <QObject>

namespace ecoclaim::ui {

class DateFields : public QObject
{
public:
    // Installs the filter on the application, once (later calls do nothing). Needs a QApplication.
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace ecoclaim::ui
