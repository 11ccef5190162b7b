#pragma once
// Tells a window that another desk (or the command line beside it) committed a change, within about a
// second: SQLite — PRAGMA data_version polled twice a second (it moves when another connection commits
// to the file); PostgreSQL — LISTEN on dialect::changeChannel, which every write transaction NOTIFYs
// at commit with the ids of the cases it changed (writetransaction.h). Changes made through this
// desk's own connection are not reported here: the service's CaseNotifier tells of those.
//
// Lives in the thread of the database's connection and needs its event loop (the window's).

#include "core/storage/database.h"

#include <QObject>
#include <QTimer>

namespace ecoclaim::storage {

class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    explicit ChangeFeed(Database &database, QObject *parent = nullptr);
    ~ChangeFeed() override;

    // Starts listening (or polling); false with the reason in errorString() when the server refuses.
    bool start();
    QString errorString() const { return m_error; }

Q_SIGNALS:
    // The cases another desk changed; empty when it did not say (a calendar year imported, a
    // migration, any change to an SQLite file): re-read everything.
    void changedElsewhere(const QList<qint64> &caseIds);

private:
    void poll();
    Database &m_database;
    QTimer m_timer;
    qint64 m_lastVersion = -1;
    bool m_listening = false;
    QString m_error;
};

} // namespace ecoclaim::storage
