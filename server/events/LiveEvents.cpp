#include "LiveEvents.h"

#include "../auth/TokenService.h"
#include "../http/HubLogging.h"
#include "../storage/ChangeLog.h"
#include "../storage/HubDatabase.h"

#include <QAbstractHttpServer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QUrlQuery>
#include <QWebSocket>

namespace ow::hub {

namespace {
const QString Channel = QStringLiteral("ow_changes");
}

LiveEvents::LiveEvents(QAbstractHttpServer &server, HubDatabase &db, ChangeLog &changes,
                       const TokenService &tokens, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_changes(changes)
    , m_tokens(tokens)
{
    connect(&server, &QAbstractHttpServer::newWebSocketConnection, this,
            [this, &server] { accept(server); });
    if (db.dialect() == HubDatabase::Dialect::Postgres) {
        QSqlDriver *driver = db.connection().driver();
        m_listening = driver->subscribeToNotification(Channel);
        if (m_listening) {
            connect(driver, &QSqlDriver::notification, this,
                    [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &) {
                        if (name == Channel)
                            broadcast();
                    });
        } else {
            qCWarning(lcHubEvents) << "LISTEN" << Channel << "failed; live events stay local";
        }
    }
}

void LiveEvents::accept(QAbstractHttpServer &server)
{
    while (server.hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = server.nextPendingWebSocketConnection();
        const QUrl url = socket->requestUrl();
        QString why;
        const std::optional<Caller> caller =
            url.path() == QLatin1String(Path)
                ? m_tokens.verify(QUrlQuery(url).queryItemValue(QStringLiteral("token")).toLatin1(),
                                  &why)
                : std::nullopt;
        if (!caller || caller->role == QLatin1String("department")) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                          why.isEmpty() ? QStringLiteral("not allowed") : why);
            socket.release()->deleteLater();
            continue;
        }
        QWebSocket *client = socket.release();
        client->setParent(this);
        m_clients.append(client);
        connect(client, &QWebSocket::disconnected, this, [this, client] {
            m_clients.removeOne(client);
            client->deleteLater();
        });
        QString error;
        client->sendTextMessage(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("cursor"), m_changes.latest(&error)}})
                .toJson(QJsonDocument::Compact)));
    }
}

void LiveEvents::changesCommitted()
{
    if (m_listening) {
        // Every listener, this process included, hears it and broadcasts.
        QSqlQuery(m_db.connection()).exec(QStringLiteral("NOTIFY ") + Channel);
        return;
    }
    broadcast();
}

void LiveEvents::broadcast()
{
    if (m_clients.isEmpty())
        return;
    QString error;
    const QString message = QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("cursor"), m_changes.latest(&error)}})
            .toJson(QJsonDocument::Compact));
    for (QWebSocket *client : std::as_const(m_clients))
        client->sendTextMessage(message);
}

} // namespace ow::hub
