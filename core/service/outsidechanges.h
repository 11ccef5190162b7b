#pragma once
// Commits by other connections — a colleague's window on the same database, the CLI beside the window —
// which the CaseNotifier cannot hear (it hears this process's service). One small interface, so that
// the engine decides how it learns of them: on SQLite by polling PRAGMA data_version
// (storage::Database::dataVersion, every 3 s in the window); on PostgreSQL by LISTEN/NOTIFY (issue 12,
// the storage part). When it learns of one it tells the CaseNotifier (casesReset), so the window has one
// source of "re-read" whoever committed.

#include <QObject>
#include <QTimer>

namespace ecoclaim::storage {
class Database;
}

namespace ecoclaim::service {

class CaseNotifier;

class OutsideChanges : public QObject
{
    Q_OBJECT
public:
    OutsideChanges(storage::Database &database, CaseNotifier &notifier, QObject *parent = nullptr);

    // Starts watching: asks every `intervalMs` (an engine that is told, not asked, ignores it).
    void start(int intervalMs = 3000);
    // Asks now: true, after CaseNotifier::casesReset, when another connection committed since last asked.
    bool check();

private:
    storage::Database &m_database;
    CaseNotifier &m_notifier;
    QTimer m_timer;
    qint64 m_seen = 0;
};

} // namespace ecoclaim::service
