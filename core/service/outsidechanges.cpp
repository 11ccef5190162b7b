#include "core/service/outsidechanges.h"

#include "core/service/casenotifier.h"
#include "core/storage/database.h"

namespace ecoclaim::service {

OutsideChanges::OutsideChanges(storage::Database &database, CaseNotifier &notifier, QObject *parent)
    : QObject(parent), m_database(database), m_notifier(notifier)
{
    if (auto v = m_database.dataVersion())
        m_seen = v.value();
    connect(&m_timer, &QTimer::timeout, this, &OutsideChanges::check);
}

void OutsideChanges::start(int intervalMs)
{
    m_timer.start(intervalMs);
}

bool OutsideChanges::check()
{
    // PRAGMA data_version changes when ANOTHER connection commits; this connection's own commits leave
    // it alone (the service has signalled those already).
    auto v = m_database.dataVersion();
    if (!v || v.value() == m_seen)
        return false;
    m_seen = v.value();
    Q_EMIT m_notifier.casesReset();
    return true;
}

} // namespace ecoclaim::service
