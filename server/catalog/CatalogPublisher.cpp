#include "CatalogPublisher.h"

#include "../HubContext.h"
#include "../storage/ChangeLog.h"
#include "../storage/HubDatabase.h"

#include "core/catalog/CatalogJson.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace ow::hub {

namespace {

struct Item
{
    QString kind;
    QString key;
    QJsonObject body;
};

// Any number will do as long as every hub process uses the same one.
constexpr qint64 PublishLockKey = 0x4f574350; // "OWCP"

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// Brings hub_catalog_item for `kinds` to exactly `items`, recording a change per difference.
bool publish(HubContext &hub, const QStringList &kinds, const QList<Item> &items,
             CatalogPublisher::Summary *summary, QString *error)
{
    HubTransaction tx(hub.db);
    if (!tx.begin(error))
        return false;
    if (hub.db.dialect() == HubDatabase::Dialect::Postgres) {
        // Publishers on other hub processes wait here until this one commits, so the state
        // read below includes theirs: without it two concurrent uploads each diff against the
        // catalog as it was before both, and the hub ends with a mixture of the two files.
        // (SQLite's BEGIN IMMEDIATE already serialises writers.)
        QSqlQuery lock(hub.db.connection());
        if (!lock.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(PublishLockKey))) {
            *error = lock.lastError().text();
            return false;
        }
    }
    QHash<QString, QString> published; // kind + '\n' + key → body
    {
        QSqlQuery q(hub.db.connection());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT kind, key, body FROM hub_catalog_item"))) {
            *error = q.lastError().text();
            return false;
        }
        while (q.next()) {
            if (kinds.contains(q.value(0).toString()))
                published.insert(q.value(0).toString() + QLatin1Char('\n') + q.value(1).toString(),
                                 q.value(2).toString());
        }
    }
    const QString now = hub.now();
    auto write = [&](const QString &kind, const QString &key, const QJsonObject &body,
                     bool removed) {
        const std::optional<qint64> seq = hub.changes.record(kind, key, {}, body, now, error);
        if (!seq)
            return false;
        QSqlQuery q(hub.db.connection());
        if (removed) {
            q.prepare(QStringLiteral("DELETE FROM hub_catalog_item WHERE kind = ? AND key = ?"));
            q.addBindValue(kind);
            q.addBindValue(key);
        } else {
            q.prepare(QStringLiteral(
                "INSERT INTO hub_catalog_item (kind, key, body, seq) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (kind, key) DO UPDATE SET body = excluded.body, seq = excluded.seq"));
            q.addBindValue(kind);
            q.addBindValue(key);
            q.addBindValue(compact(body));
            q.addBindValue(*seq);
        }
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        return true;
    };
    for (const Item &item : items) {
        const QString id = item.kind + QLatin1Char('\n') + item.key;
        const auto found = published.constFind(id);
        if (found != published.constEnd() && *found == compact(item.body)) {
            ++summary->unchanged;
        } else {
            if (!write(item.kind, item.key, item.body, false))
                return false;
            ++summary->changed;
        }
        published.remove(id);
    }
    for (auto it = published.constBegin(); it != published.constEnd(); ++it) {
        const QStringList parts = it.key().split(QLatin1Char('\n'));
        if (!write(parts.value(0), parts.value(1), {{QStringLiteral("removed"), true}}, true))
            return false;
        ++summary->removed;
    }
    return tx.commit(error);
}

} // namespace

bool CatalogPublisher::publishCatalog(const QByteArray &catalogJson, Summary *summary,
                                      QString *error)
{
    const core::CatalogParseResult parsed = core::CatalogJson::parse(catalogJson);
    if (!parsed.ok()) {
        QStringList lines;
        for (const core::CatalogIssue &issue : parsed.issues)
            lines.append(issue.toString());
        *error = tr("The catalog was not published:") + QLatin1Char('\n')
                 + lines.join(QLatin1Char('\n'));
        return false;
    }
    QList<Item> items;
    // Published in file order, so a first pull's seq order is the catalog's order.
    for (const core::Department &d : parsed.catalog.departments())
        items.append({QStringLiteral("department"), d.id,
                      {{QStringLiteral("id"), d.id}, {QStringLiteral("name"), d.name}}});
    for (const core::Matter &m : parsed.catalog.matters())
        items.append({QStringLiteral("matter"), m.implementationCode,
                      core::CatalogJson::matterToJson(m)});
    for (const core::Bundle &b : parsed.catalog.bundles())
        items.append({QStringLiteral("bundle"), b.code, core::CatalogJson::bundleToJson(b)});
    return publish(m_hub, {QStringLiteral("department"), QStringLiteral("matter"),
                           QStringLiteral("bundle")},
                   items, summary, error);
}

bool CatalogPublisher::publishCalendars(Summary *summary, QString *error)
{
    QList<Item> items;
    const QDir dir(QStringLiteral(":/calendar"));
    for (const QString &name : dir.entryList({QStringLiteral("cn-*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = file.errorString();
            return false;
        }
        const QJsonObject body = QJsonDocument::fromJson(file.readAll()).object();
        const int year = body.value(QStringLiteral("year")).toInt();
        if (year <= 0) {
            *error = tr("The built-in calendar %1 has no year.").arg(name);
            return false;
        }
        items.append({QStringLiteral("calendar"), QString::number(year), body});
    }
    return publish(m_hub, {QStringLiteral("calendar")}, items, summary, error);
}

} // namespace ow::hub
