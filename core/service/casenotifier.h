#pragma once
// Tells whoever listens (list models, open case pages) that a case changed, after the change is
// committed. One object, handed to the service and to the models that need it — never a global
// (STYLE.md, after Subsurface's notifier without its singleton).

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
    // Many cases changed at once (a script, an import): re-read everything.
    void casesReset();
};

} // namespace ecoclaim::service
