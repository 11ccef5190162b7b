// CaseService's commands on the bureau's settings (bureausettings.h): change_settings, and the one
// take-over of a desk's QSettings when a database older than the bureau settings is first opened.

#include "core/service/caseservice.h"

#include "core/service/casenotifier.h"
#include "core/storage/auditlog.h"
#include "core/storage/caserepository.h"
#include "core/storage/database.h"
#include "core/storage/migrations.h"
#include "core/storage/settingsstore.h"
#include "core/storage/writetransaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <QSettings>

using namespace Qt::StringLiterals;
using namespace ecoclaim::domain;

namespace ecoclaim::service {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Settings)
};

// The schema version that brought the bureau_settings table (found by the migration's name, so a
// renumbering of the migration keeps this right).
int bureauSettingsVersion()
{
    for (const storage::Migration &m : storage::migrations())
        if (m.name == u"bureau_settings")
            return m.version;
    return 0;
}
} // namespace

Result<QList<FieldChange>> CaseService::changeSettings(const QList<SettingValue> &values, const QString &actor)
{
    if (!m_access.mayAdminister()) // the bureau's settings are the administrator's (issue 17)
        return Problem{{}, Tr::tr("Only an administrator may change the bureau's settings."), {}};
    return writeSettings(values, actorFor(actor), u"change_settings"_s, {});
}

Result<QList<FieldChange>> CaseService::writeSettings(const QList<SettingValue> &values, const QString &actor,
                                                      const QString &command, const QJsonObject &note)
{
    Problems refused;
    QSet<QString> asked;
    for (const SettingValue &v : values) {
        if (const QString p = settingProblem(v); !p.isEmpty())
            refused.add(v.name, p);
        const QString key = v.unit + u'\n' + v.name;
        if (asked.contains(key))
            refused.add(v.name, Tr::tr("%1 is given twice; give each setting once.").arg(v.unit.isEmpty() ? v.name : v.unit + u' ' + v.name));
        asked.insert(key);
    }
    if (!refused.isEmpty())
        return refused;

    // The bureau's numbers (days to sue, to answer a reporter) move deadlines of every case: their change
    // recomputes them all in the same transaction, which so never interleaves with a command.
    bool deadlinesMove = false;
    for (const SettingValue &v : values)
        deadlinesMove = deadlinesMove || changesDeadlines(v.name);
    const QSqlDatabase db = m_database.connection();
    storage::WriteTransaction txn(db, deadlinesMove ? storage::WriteTransaction::Scope::Everything : storage::WriteTransaction::Scope::Cases);
    if (auto s = txn.begin(); !s)
        return s.problems();
    auto current = readBureauSettings(db);
    if (!current)
        return current.problems();
    QList<FieldChange> changes;
    QJsonArray written;
    for (const SettingValue &v : values) {
        // Compared with what is in force: a default written out explicitly changes nothing.
        const QString before = current->value(v.name, v.unit);
        if (before == v.value)
            continue;
        if (auto s = storage::settings::write(db, v.unit, v.name, v.value, actor); !s)
            return s.problems();
        changes << FieldChange{u"bureau_settings"_s, 0, v.unit.isEmpty() ? v.name : v.unit + u':' + v.name,
                               before.isEmpty() ? QVariant() : QVariant(before), v.value};
        written.append(QJsonObject{{u"unit"_s, v.unit}, {u"name"_s, v.name}, {u"value"_s, v.value}});
    }
    if (changes.isEmpty())
        return changes; // nothing differed: nothing written, nothing audited (the transaction rolls back)
    QJsonObject payload = note;
    payload.insert(u"cmd"_s, command);
    payload.insert(u"settings"_s, written);
    if (auto hash = storage::audit::append(db, actor, 0, command, payload, storage::toJson(changes)); !hash)
        return hash.problems();
    bool recomputed = false;
    for (const FieldChange &c : changes)
        if (changesDeadlines(c.field))
            recomputed = true;
    if (recomputed)
        if (auto s = rewriteAllDeadlines(); !s)
            return s.problems();
    if (auto s = txn.commit(); !s)
        return s.problems();
    Q_EMIT m_notifier.settingsChanged();
    if (recomputed)
        Q_EMIT m_notifier.casesReset();
    return changes;
}

Status CaseService::takeOverDeskSettings()
{
    // Only on the open that migrates a database from before the bureau settings: once per database.
    const int before = m_database.versionAtOpen();
    if (before == 0 || before >= bureauSettingsVersion())
        return success();

    // Where earlier versions kept them on this desk (QSettings, shared by window and CLI).
    const QSettings desk;
    QList<SettingValue> values;
    QJsonArray skipped;
    auto offer = [&](const SettingValue &v) {
        if (settingProblem(v).isEmpty())
            values << v;
        else
            skipped.append(QJsonObject{{u"unit"_s, v.unit}, {u"name"_s, v.name}, {u"value"_s, v.value}});
    };
    if (desk.contains(u"deadlines/serviceLeadReading"_s))
        offer({{}, serviceLeadReadingSetting.toString(), desk.value(u"deadlines/serviceLeadReading"_s).toString(), {}, {}});
    for (const SettingSpec &spec : settingSpecs()) {
        if (!spec.name.startsWith(u"lead_days."))
            continue;
        const QString old = u"deadlines/leadDays/"_s + spec.name.mid(int(qstrlen("lead_days.")));
        if (desk.contains(old))
            offer({{}, spec.name, desk.value(old).toString(), {}, {}});
    }
    // papers/units: an array of {key, name, prefix, contact, phone, address} (documents/papersettings).
    QSettings units;
    const int n = units.beginReadArray(u"papers/units"_s);
    for (int i = 0; i < n; ++i) {
        units.setArrayIndex(i);
        const QString unit = units.value(u"key"_s).toString();
        const std::pair<QStringView, QStringView> fields[] = {
            {u"name", unitNameSetting}, {u"prefix", numberPrefixSetting}, {u"contact", contactPersonSetting},
            {u"phone", contactPhoneSetting}, {u"address", addressSetting}};
        for (const auto &[old, name] : fields) {
            const QString value = units.value(old.toString()).toString().trimmed();
            if (!value.isEmpty())
                offer({unit, name.toString(), value, {}, {}});
        }
    }
    units.endArray();
    if (values.isEmpty() && skipped.isEmpty())
        return success();

    const QJsonObject note{
        {u"source"_s, desk.fileName()},
        {u"reason"_s, Tr::tr("Taken over once from this desk's own settings, when this database was first opened by a "
                             "version that keeps these settings in the database for every desk.")},
        {u"skipped"_s, skipped}};
    auto written = writeSettings(values, defaultActor(), u"take_over_desk_settings"_s, note);
    if (!written)
        return written.problems();
    return success();
}

} // namespace ecoclaim::service
