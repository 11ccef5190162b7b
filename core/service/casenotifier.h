#pragma once
// Tells whoever listens (list models, open case pages, the dashboard) that something changed, after
// the change is committed. One object, handed to the service and to the models that need it — never a
// global (STYLE.md, after Subsurface's notifier without its singleton). The service cannot run without
// one: every path that commits — a command, a paper filed or served, a calendar year imported, an
// archive imported, deadlines rebuilt after a migration, the bureau's settings changed — signals here,
// so no widget re-reads by hand after a change it made itself. Commits by another connection (another
// desk, the CLI) arrive here too, as casesReset, through OutsideChanges (outsidechanges.h).

#include <QObject>

namespace ecoclaim::service {

class CaseNotifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    void caseChanged(qint64 caseId);
    void caseAdded(qint64 caseId);
    // Many cases changed at once (a calendar year, a rebuild, another desk's commit): re-read everything.
    void casesReset();
    // The bureau's settings changed (bureausettings.h): warning days, Art. 19's reading, units' papers.
    void settingsChanged();
};

} // namespace ecoclaim::service
