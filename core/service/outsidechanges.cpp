#include "core/service/outsidechanges.h"

#include "core/service/casenotifier.h"
#include "core/storage/changefeed.h"

namespace ecoclaim::service {

OutsideChanges::OutsideChanges(storage::Database &database, CaseNotifier &notifier, QObject *parent)
    : QObject(parent), m_feed(std::make_unique<storage::ChangeFeed>(database)), m_notifier(notifier)
{
    connect(m_feed.get(), &storage::ChangeFeed::changedElsewhere, this, [this](const QList<qint64> &caseIds) {
        if (caseIds.isEmpty()) {
            Q_EMIT m_notifier.casesReset(); // the other desk did not say which (SQLite, a calendar year…)
            return;
        }
        for (const qint64 id : caseIds)
            Q_EMIT m_notifier.caseChanged(id);
    });
}

OutsideChanges::~OutsideChanges() = default;

bool OutsideChanges::start()
{
    return m_feed->start();
}

QString OutsideChanges::errorString() const
{
    return m_feed->errorString();
}

} // namespace ecoclaim::service
