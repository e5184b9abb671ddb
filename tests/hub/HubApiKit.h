#pragma once

#include "support/HubProcess.h"
#include "support/JsonHttp.h"

#include "core/crypto/Sm2Key.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QWebSocket;

// What the hub API tests share beyond HubProcess/JsonHttp: raw bodies, tokens made outside the
// hub (forged, expired), an enrolled workstation with its SM2 key, live-event sockets, and a
// few hub commands. Everything talks to a real onewindow-hub over loopback or reads its database
// the way an attacker with a copy of it would; nothing links the hub's own code.
namespace ow::test::hubkit {

// A call whose body is sent exactly as given (not valid JSON, not an object, huge).
JsonReply callRaw(const QUrl &url, const QByteArray &method, const QByteArray &body,
                  const QString &token = {},
                  const QByteArray &contentType = QByteArrayLiteral("application/json"));

struct RawRequest
{
    QUrl url;
    QByteArray method;
    QJsonObject body;
    QString token;
};
// Sends every request at once (QNetworkAccessManager opens several connections per host) and
// waits for all; replies in request order.
QList<JsonReply> callConcurrently(const QList<RawRequest> &requests);

// The hub's token secret (hub_setting 'token.secret', base64 in the database), read straight
// from its SQLite file or PostgreSQL database; empty with `error` set on failure.
QByteArray readTokenSecret(const QString &storage, QString *error);

// A token signed as the hub signs them: base64url(payload) "." base64url(HMAC-SM3).
QString signToken(const QByteArray &secret, const QJsonObject &payload);
// `token` with its payload decoded, `changes` merged in, re-encoded — and the old signature kept.
QString tamperToken(const QString &token, const QJsonObject &changes);
// The decoded payload of a token (empty when it is not one).
QJsonObject tokenPayload(const QString &token);

// A workstation as the sync engine is one: a station id and its SM2 key pair.
class Workstation
{
public:
    explicit Workstation(QString stationId);
    const QString &id() const { return m_id; }
    const core::Sm2Key &key() const { return m_key; }
    QString publicKeyPem() const;

    // POST /workstations as `adminToken`; the reply.
    JsonReply enrol(const HubProcess &hub, const QString &adminToken,
                    const QString &window = QStringLiteral("Window 1")) const;
    // The body of POST /auth/workstation for `time`, signed with `signer` (default: own key).
    QJsonObject authBody(const QDateTime &time, const core::Sm2Key *signer = nullptr) const;
    // POST /auth/workstation now; the token or empty (with `error`).
    QString logIn(const HubProcess &hub, QString *error = nullptr) const;

private:
    QString m_id;
    core::Sm2Key m_key;
};

// A live-event client: connects to ws://…/api/v1/events?token=…, collects text messages.
class EventsClient
{
public:
    EventsClient();
    ~EventsClient();
    void open(const HubProcess &hub, const QString &token);
    QWebSocket &socket() { return *m_socket; }
    // Waits (with a generous limit) until `count` messages arrived in all; false when the
    // socket closed or the time ran out first.
    bool waitForMessages(int count);
    bool waitForClose();
    QList<qint64> cursors() const;
    QStringList messages() const { return m_messages; }
    bool closed() const { return m_closed; }

private:
    bool waitUntil(const std::function<bool()> &done);

    std::unique_ptr<QWebSocket> m_socket;
    QStringList m_messages;
    bool m_closed = false;
};

// `onewindow-hub account USER --role R [--department D]` with the password on stdin.
bool addAccount(const QString &storage, const QString &username, const QString &role,
                const QString &password, QString *error, const QString &department = {});

// The demo catalog file as shipped.
QByteArray demoCatalog();

// GET /changes as `token` from `since`, following `more` with pages of `limit`; the changes in
// order. Fails (empty list and `error`) on any non-200 or a page that breaks the paging rules.
QList<QJsonObject> allChanges(const HubProcess &hub, const QString &token, qint64 since, int limit,
                              QString *error);

} // namespace ow::test::hubkit
