#pragma once
// "Changed nothing" by content: every ordinary table of a database (FTS shadow tables included, so the
// search index is covered) as its row count and a SHA-256 of its sorted rows. Equal fingerprints mean
// no row was added, removed or changed — a row count alone misses an UPDATE, and a refused command that
// rewrote a title would pass it. Shared by every test that says "a refused … changes nothing".

#include <QCryptographicHash>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace ecoclaim::test {

inline QMap<QString, QString> fingerprint(const QSqlDatabase &db)
{
    using namespace Qt::StringLiterals;
    QMap<QString, QString> out;
    QStringList tables;
    {
        QSqlQuery q(db);
        if (!q.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"_s))
            out.insert(u"sqlite_schema"_s, u"error: "_s + q.lastError().text());
        while (q.next())
            tables << q.value(0).toString();
        if (q.lastError().isValid())
            out.insert(u"sqlite_schema"_s, u"error: "_s + q.lastError().text());
    }
    for (const QString &t : std::as_const(tables)) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT * FROM \"%1\""_s.arg(t))) {
            out.insert(t, u"error: "_s + q.lastError().text());
            continue;
        }
        QStringList rows;
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i) {
                const QVariant v = q.value(i);
                cells << (v.typeId() == QMetaType::QByteArray ? QString::fromLatin1(v.toByteArray().toHex())
                                                              : v.isNull() ? u"∅"_s : v.toString());
            }
            rows << cells.join(QChar(0x1f));
        }
        if (q.lastError().isValid()) {
            out.insert(t, u"error: "_s + q.lastError().text());
            continue;
        }
        rows.sort();
        out.insert(t, u"%1 rows %2"_s.arg(rows.size()).arg(QString::fromLatin1(
                          QCryptographicHash::hash(rows.join(QChar(0x1e)).toUtf8(), QCryptographicHash::Sha256).toHex())));
    }
    return out;
}

} // namespace ecoclaim::test
