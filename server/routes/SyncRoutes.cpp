#include "Routes.h"

#include "../HubContext.h"
#include "../catalog/CatalogPublisher.h"
#include "../events/LiveEvents.h"
#include "../http/ApiRouter.h"
#include "../storage/ChangeLog.h"
#include "../storage/HubDatabase.h"

#include "core/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace ow::hub {

namespace {

class SyncText
{
    Q_DECLARE_TR_FUNCTIONS(SyncRoutes)
};

constexpr int MaxPage = 5000;
constexpr qint64 MaxBlock = 10000;
constexpr qint64 MaxReceiptNumber = 999999; // six digits, as workstations print them

// {"changes": [{"seq", "kind", "key", "body"}], "cursor", "more"} with each body spliced in as
// stored. The envelope of each change goes through QJsonDocument (escaping kind and key); only
// the body, already compact JSON written by ChangeLog::record, is not parsed again.
QByteArray changesPage(const ChangeLog::Page &page)
{
    QByteArray out;
    qsizetype size = 64;
    for (const Change &c : page.changes)
        size += c.bodyJson.size() + c.key.size() + 64;
    out.reserve(size);
    out += "{\"changes\":[";
    bool first = true;
    for (const Change &c : page.changes) {
        if (!first)
            out += ',';
        first = false;
        QByteArray head = QJsonDocument(QJsonObject{{QStringLiteral("seq"), c.seq},
                                                    {QStringLiteral("kind"), c.kind},
                                                    {QStringLiteral("key"), c.key}})
                              .toJson(QJsonDocument::Compact);
        head.chop(1); // the closing brace; the body goes in before it
        out += head;
        out += ",\"body\":";
        out += c.bodyJson.isEmpty() ? QByteArrayLiteral("{}") : c.bodyJson;
        out += '}';
    }
    out += "],\"cursor\":";
    out += QByteArray::number(page.cursor);
    out += ",\"more\":";
    out += page.more ? "true" : "false";
    out += '}';
    return out;
}

ApiResponse changes(HubContext &hub, const ApiRequest &request)
{
    bool sinceOk = true;
    bool limitOk = true;
    const QString sinceText = request.query.queryItemValue(QStringLiteral("since"));
    const QString limitText = request.query.queryItemValue(QStringLiteral("limit"));
    const qint64 since = sinceText.isEmpty() ? 0 : sinceText.toLongLong(&sinceOk);
    const int limit = limitText.isEmpty() ? 1000 : limitText.toInt(&limitOk);
    if (!sinceOk || since < 0 || !limitOk || limit < 1 || limit > MaxPage)
        return ApiResponse::badRequest(
            SyncText::tr("since must be a cursor (0 or more) and limit 1–%1.").arg(MaxPage));
    QString error;
    const std::optional<ChangeLog::Page> page =
        hub.changes.since(since, limit, request.caller.station, request.caller.isAdmin(), &error);
    if (!page)
        return ApiResponse::internal(error);
    return ApiResponse::text(changesPage(*page), QByteArrayLiteral("application/json"));
}

ApiResponse receiptBlock(HubContext &hub, const ApiRequest &request)
{
    const qint64 size = request.body.value(QStringLiteral("size")).toInteger(-1);
    if (size < 1 || size > MaxBlock)
        return ApiResponse::badRequest(
            SyncText::tr("size must be a whole number from 1 to %1.").arg(MaxBlock));
    const QString prefix = request.caller.station + QLatin1Char('-')
                           + QString::number(hub.clock.now().date().year());
    QString error;
    HubTransaction tx(hub.db);
    if (!tx.begin(&error))
        return ApiResponse::internal(error);
    QSqlQuery q(hub.db.connection());
    q.prepare(QStringLiteral("INSERT INTO hub_receipt_allocation (prefix, next_first) "
                             "VALUES (?, 1) ON CONFLICT (prefix) DO NOTHING"));
    q.addBindValue(prefix);
    if (!q.exec())
        return ApiResponse::internal(q.lastError().text());
    q.prepare(QStringLiteral("UPDATE hub_receipt_allocation SET next_first = next_first + ? "
                             "WHERE prefix = ? RETURNING next_first"));
    q.addBindValue(size);
    q.addBindValue(prefix);
    if (!q.exec() || !q.next())
        return ApiResponse::internal(q.lastError().text());
    const qint64 last = q.value(0).toLongLong() - 1;
    const qint64 first = last - size + 1;
    q.finish();
    if (last > MaxReceiptNumber)
        return ApiResponse::error(409, QStringLiteral("conflict"),
                                  SyncText::tr("The numbers of %1 are used up for this year.")
                                      .arg(prefix));
    q.prepare(QStringLiteral("INSERT INTO hub_receipt_block (prefix, first, last, station_id, "
                             "granted_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(prefix);
    q.addBindValue(first);
    q.addBindValue(last);
    q.addBindValue(request.caller.station);
    q.addBindValue(hub.now());
    if (!q.exec() || !tx.commit(&error))
        return ApiResponse::internal(error.isEmpty() ? q.lastError().text() : error);
    return ApiResponse::json({{QStringLiteral("prefix"), prefix},
                              {QStringLiteral("first"), first},
                              {QStringLiteral("last"), last}});
}

ApiResponse uploadCatalog(HubContext &hub, const ApiRequest &request)
{
    CatalogPublisher publisher(hub);
    CatalogPublisher::Summary summary;
    QString error;
    if (!publisher.publishCatalog(request.http.body(), &summary, &error))
        return ApiResponse::badRequest(error);
    hub.events.changesCommitted();
    return ApiResponse::json({{QStringLiteral("changed"), summary.changed},
                              {QStringLiteral("removed"), summary.removed},
                              {QStringLiteral("unchanged"), summary.unchanged}});
}

} // namespace

void addSyncRoutes(ApiRouter &router, HubContext &hub)
{
    using Method = QHttpServerRequest::Method;
    const QString workstation = QStringLiteral("workstation");
    const QString clerk = QStringLiteral("clerk");
    const QString admin = QStringLiteral("admin");
    router.add(Method::Get, QStringLiteral("/api/v1/changes"), {workstation, clerk, admin},
               [&hub](const ApiRequest &r) { return changes(hub, r); });
    router.add(Method::Post, QStringLiteral("/api/v1/receipt-blocks"), {workstation},
               [&hub](const ApiRequest &r) { return receiptBlock(hub, r); });
    router.add(Method::Post, QStringLiteral("/api/v1/catalog"), {admin},
               [&hub](const ApiRequest &r) { return uploadCatalog(hub, r); });
}

} // namespace ow::hub
