#include "core/storage/changefeed.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace ecoclaim::storage {

ChangeFeed::ChangeFeed(Database &database, QObject *parent) : QObject(parent), m_database(database)
{
    m_timer.setInterval(500);
    connect(&m_timer, &QTimer::timeout, this, &ChangeFeed::poll);
}

ChangeFeed::~ChangeFeed()
{
    if (m_listening)
        if (QSqlDriver *driver = m_database.connection().driver())
            driver->unsubscribeFromNotification(QString::fromUtf16(dialect::changeChannel));
}

bool ChangeFeed::start()
{
    if (m_database.engine() == Engine::SQLite) {
        auto v = m_database.dataVersion();
        if (!v) {
            m_error = v.errorString();
            return false;
        }
        m_lastVersion = v.value();
        m_timer.start();
        return true;
    }
    QSqlDriver *driver = m_database.connection().driver();
    if (!driver || !driver->subscribeToNotification(QString::fromUtf16(dialect::changeChannel))) {
        m_error = driver ? driver->lastError().text() : u"no driver"_s;
        return false;
    }
    m_listening = true;
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                if (name != QStringView(dialect::changeChannel) || source == QSqlDriver::SelfSource)
                    return;
                QList<qint64> ids;
                for (const QString &part : payload.toString().split(u',', Qt::SkipEmptyParts))
                    ids << part.toLongLong();
                Q_EMIT changedElsewhere(ids);
            });
    return true;
}

void ChangeFeed::poll()
{
    auto v = m_database.dataVersion();
    if (!v || v.value() == m_lastVersion)
        return;
    m_lastVersion = v.value();
    Q_EMIT changedElsewhere({});
}

} // namespace ecoclaim::storage
