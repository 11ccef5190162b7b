#pragma once
// The top of an open case: number, title, stage, next deadline, and the actions the lifecycle table
// allows now — the next main step(s) as buttons (disabled, with what is missing as their tooltip,
// when the rules do not allow them yet) preceded, where one is blocked, by the step that unblocks it
// (core/domain/nextstep.h); every other available command in the "Other actions" menu, grouped by the
// part of the case it concerns.
// An archived case shows no action at all (Art. 42).

#include "core/domain/casefile.h"
#include "core/domain/readiness.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QToolButton;

namespace ecoclaim::ui {

class CaseFileHeader : public QWidget
{
    Q_OBJECT
public:
    explicit CaseFileHeader(QWidget *parent = nullptr);

    // `missing` holds, per main-path command name, what it still requires.
    void show(const domain::CaseFile &file, QDate today, const QHash<QString, QList<domain::Requirement>> &missing);
    // Opens the first enabled main step (Ctrl+Return).
    void triggerNextStep();
    void showOtherActions();

Q_SIGNALS:
    void commandRequested(const QString &command);

private:
    QLabel *m_number, *m_title, *m_stage, *m_deadline, *m_where;
    QHBoxLayout *m_actions;
    QToolButton *m_more;
};

} // namespace ecoclaim::ui
