#pragma once
// Commits by other connections — a colleague's desk on the same database, the CLI beside the window —
// which the CaseNotifier cannot hear (it hears this process's service). The engine's way of learning of
// them is storage's (storage/changefeed.h: SQLite's PRAGMA data_version polled twice a second,
// PostgreSQL's LISTEN on the channel every write transaction NOTIFYs); this is the one small interface
// the window sees, and it passes what it learns on to the CaseNotifier — caseChanged for each case
// another desk named, casesReset when it did not say which — so the window has one source of "re-read",
// whoever committed.

#include <QObject>

#include <memory>

namespace ecoclaim::storage {
class Database;
class ChangeFeed;
} // namespace ecoclaim::storage

namespace ecoclaim::service {

class CaseNotifier;

class OutsideChanges : public QObject
{
    Q_OBJECT
public:
    OutsideChanges(storage::Database &database, CaseNotifier &notifier, QObject *parent = nullptr);
    ~OutsideChanges() override;

    // Starts listening (or polling); false with the reason in errorString() when the server refuses.
    // Needs the event loop of the database's thread (the window's).
    bool start();
    QString errorString() const;

private:
    std::unique_ptr<storage::ChangeFeed> m_feed;
    CaseNotifier &m_notifier;
};

} // namespace ecoclaim::service
