#include "core/storage/settingsstore.h"

#include "core/storage/sqlquery.h"

using namespace Qt::StringLiterals;

namespace ecoclaim::storage::settings {

domain::Result<QList<StoredSetting>> readAll(const QSqlDatabase &db)
{
    // Read by every command inside its transaction (a legal outcome depends on them, so never cached
    // between commands): the statement is kept prepared instead (P10), and a read that stopped early is
    // an error, never "no setting stored" (which would mean the defaults).
    QList<StoredSetting> all;
    if (auto s = forEachCachedRow(db, u"SELECT unit_key, name, value, changed_at, changed_by FROM bureau_settings ORDER BY unit_key, name"_s,
                                  {}, [&all](const QSqlQuery &q) {
                                      all << StoredSetting{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                                           q.value(3).toString(), q.value(4).toString()};
                                  });
        !s)
        return s.problems();
    return all;
}

domain::Status write(const QSqlDatabase &db, const QString &unit, const QString &name, const QString &value,
                     const QString &actor)
{
    auto q = exec(db,
                  u"INSERT INTO bureau_settings(unit_key, name, value, changed_at, changed_by) VALUES(?, ?, ?, ?, ?) "
                  "ON CONFLICT(unit_key, name) DO UPDATE SET value = excluded.value, changed_at = excluded.changed_at, "
                  "changed_by = excluded.changed_by"_s,
                  {unit, name, value, nowTimestamp(), actor});
    if (!q)
        return q.problems();
    return domain::success();
}

} // namespace ecoclaim::storage::settings
