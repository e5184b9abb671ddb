#include "ChangeLog.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace ow::hub {

namespace {
constexpr qint64 ChangeOrderLockKey = 0x4f574348; // "OWCH"
}

std::optional<qint64> ChangeLog::record(const QString &kind, const QString &key,
                                        const QString &stationId, const QJsonObject &body,
                                        const QString &now, QString *error)
{
    QSqlDatabase db = m_db.connection();
    if (m_db.dialect() == HubDatabase::Dialect::Postgres) {
        QSqlQuery lock(db);
        if (!lock.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(ChangeOrderLockKey))) {
            *error = lock.lastError().text();
            return std::nullopt;
        }
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO hub_change (kind, key, station_id, body, created_at) "
                             "VALUES (?, ?, ?, ?, ?) RETURNING seq"));
    q.addBindValue(kind);
    q.addBindValue(key);
    q.addBindValue(stationId.isEmpty() ? QVariant() : QVariant(stationId));
    q.addBindValue(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
    q.addBindValue(now);
    if (!q.exec() || !q.next()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

std::optional<ChangeLog::Page> ChangeLog::since(qint64 since, int limit, const QString &stationId,
                                                bool allStations, QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (allStations) {
        q.prepare(QStringLiteral("SELECT seq, kind, key, body FROM hub_change WHERE seq > ? "
                                 "ORDER BY seq LIMIT ?"));
        q.addBindValue(since);
    } else {
        q.prepare(QStringLiteral("SELECT seq, kind, key, body FROM hub_change WHERE seq > ? "
                                 "AND (station_id IS NULL OR station_id = ?) ORDER BY seq LIMIT ?"));
        q.addBindValue(since);
        q.addBindValue(stationId);
    }
    q.addBindValue(limit + 1);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    Page page;
    page.cursor = since;
    while (q.next()) {
        if (page.changes.size() == limit) {
            page.more = true;
            break;
        }
        Change c;
        c.seq = q.value(0).toLongLong();
        c.kind = q.value(1).toString();
        c.key = q.value(2).toString();
        c.bodyJson = q.value(3).toString().toUtf8();
        page.cursor = c.seq;
        page.changes.append(std::move(c));
    }
    return page;
}

qint64 ChangeLog::latest(QString *error) const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM hub_change")) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return 0;
    }
    return q.value(0).toLongLong();
}

} // namespace ow::hub
