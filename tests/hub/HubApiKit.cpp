#include "HubApiKit.h"

#include "support/ChildProcessSetup.h"
#include "support/TestPaths.h"

#include "core/crypto/KeyedHash.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>
#include <QWebSocket>

#include <algorithm>
#include <csignal>
#include <functional>

namespace ow::test::hubkit {

namespace {

// Only reached when something is wrong (an ASan hub on a loaded two-core machine is slow).
constexpr int ReplyTimeoutMs = 60000;
constexpr int CommandTimeoutMs = 120000;
constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

JsonReply toReply(QNetworkReply &reply, const QString &request)
{
    JsonReply result;
    result.request = request;
    result.status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.raw = reply.readAll();
    result.headers = reply.rawHeaderPairs();
    if (result.status == 0)
        result.networkError = reply.errorString();
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(result.raw, &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        result.isJsonObject = true;
        result.body = document.object();
    }
    return result;
}

QNetworkRequest makeRequest(const QUrl &url, const QString &token, const QByteArray &contentType)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    return request;
}

// Runs the event loop until every reply finished or the time is up (then aborts the rest).
void waitForAll(const QList<QNetworkReply *> &replies)
{
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    auto allDone = [&] {
        return std::all_of(replies.cbegin(), replies.cend(),
                           [](QNetworkReply *r) { return r->isFinished(); });
    };
    for (QNetworkReply *reply : replies)
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&] {
            if (allDone())
                loop.quit();
        });
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        for (QNetworkReply *reply : replies)
            if (!reply->isFinished())
                reply->abort();
        loop.quit();
    });
    timer.start(ReplyTimeoutMs);
    if (!allDone())
        loop.exec();
}

} // namespace

JsonReply callRaw(const QUrl &url, const QByteArray &method, const QByteArray &body,
                  const QString &token, const QByteArray &contentType)
{
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    std::unique_ptr<QNetworkReply> reply(
        manager.sendCustomRequest(makeRequest(url, token, contentType), method, body));
    waitForAll({reply.get()});
    return toReply(*reply, QString::fromLatin1(method) + QLatin1Char(' ') + url.toString());
}

QList<JsonReply> callConcurrently(const QList<RawRequest> &requests)
{
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    QList<QNetworkReply *> replies;
    for (const RawRequest &r : requests) {
        const bool bodiless = r.method == "GET" && r.body.isEmpty();
        replies.append(manager.sendCustomRequest(
            makeRequest(r.url, r.token,
                        bodiless ? QByteArray() : QByteArrayLiteral("application/json")),
            r.method,
            bodiless ? QByteArray() : QJsonDocument(r.body).toJson(QJsonDocument::Compact)));
    }
    waitForAll(replies);
    QList<JsonReply> results;
    for (qsizetype i = 0; i < replies.size(); ++i) {
        results.append(toReply(*replies.at(i), QString::fromLatin1(requests.at(i).method)
                                                   + QLatin1Char(' ')
                                                   + requests.at(i).url.toString()));
        delete replies.at(i);
    }
    return results;
}

QByteArray readTokenSecret(const QString &storage, QString *error)
{
    const QString name = QStringLiteral("hubkit-") + QUuid::createUuid().toString(QUuid::Id128);
    QByteArray secret;
    {
        QSqlDatabase db;
        if (storage.startsWith(QLatin1String("sqlite:"))) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(storage.mid(7));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        } else {
            const QUrl url(storage);
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setPassword(url.password());
            db.setDatabaseName(url.path().mid(1));
        }
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT value FROM hub_setting WHERE key = 'token.secret'"))
                || !q.next())
                *error = QStringLiteral("no token.secret: ") + q.lastError().text();
            else
                secret = QByteArray::fromBase64(q.value(0).toString().toLatin1());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return secret;
}

QString signToken(const QByteArray &secret, const QJsonObject &payload)
{
    core::KeyedHash mac;
    if (!mac.setKey(secret))
        return {};
    const QByteArray head =
        QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64(Base64Url);
    return QString::fromLatin1(head + '.' + mac.hash(head).toBase64(Base64Url));
}

QJsonObject tokenPayload(const QString &token)
{
    const auto json =
        QByteArray::fromBase64Encoding(token.section(QLatin1Char('.'), 0, 0).toLatin1(), Base64Url);
    return json ? QJsonDocument::fromJson(*json).object() : QJsonObject();
}

QString tamperToken(const QString &token, const QJsonObject &changes)
{
    QJsonObject payload = tokenPayload(token);
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
        payload.insert(it.key(), it.value());
    const QByteArray head =
        QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64(Base64Url);
    return QString::fromLatin1(head) + QLatin1Char('.') + token.section(QLatin1Char('.'), 1);
}

Workstation::Workstation(QString stationId)
    : m_id(std::move(stationId))
{
    if (!m_key.generate())
        qFatal("cannot generate an SM2 key: %s", qPrintable(m_key.errorString()));
}

QString Workstation::publicKeyPem() const
{
    return QString::fromLatin1(m_key.exportPublicKeyPem());
}

JsonReply Workstation::enrol(const HubProcess &hub, const QString &adminToken,
                             const QString &window) const
{
    return hub.call("POST", QStringLiteral("/workstations"),
                    {{QStringLiteral("stationId"), m_id},
                     {QStringLiteral("window"), window},
                     {QStringLiteral("publicKey"), publicKeyPem()}},
                    adminToken);
}

QJsonObject Workstation::authBody(const QDateTime &time, const core::Sm2Key *signer) const
{
    const QString stamp = time.toUTC().toString(Qt::ISODateWithMs);
    const QByteArray message =
        "onewindow-workstation-auth\n" + m_id.toUtf8() + '\n' + stamp.toUtf8();
    const QByteArray signature = (signer ? *signer : m_key).sign(message);
    return {{QStringLiteral("stationId"), m_id},
            {QStringLiteral("time"), stamp},
            {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())}};
}

QString Workstation::logIn(const HubProcess &hub, QString *error) const
{
    const JsonReply reply = hub.call("POST", QStringLiteral("/auth/workstation"),
                                     authBody(QDateTime::currentDateTimeUtc()));
    const QString token = reply.body.value(QStringLiteral("token")).toString();
    if (error)
        *error = reply.status == 200 && !token.isEmpty() ? QString() : reply.describe();
    return reply.status == 200 ? token : QString();
}

EventsClient::EventsClient()
    : m_socket(std::make_unique<QWebSocket>())
{
    m_socket->setProxy(QNetworkProxy::NoProxy);
    QObject::connect(m_socket.get(), &QWebSocket::textMessageReceived, m_socket.get(),
                     [this](const QString &text) { m_messages.append(text); });
    QObject::connect(m_socket.get(), &QWebSocket::disconnected, m_socket.get(),
                     [this] { m_closed = true; });
}

EventsClient::~EventsClient() = default;

void EventsClient::open(const HubProcess &hub, const QString &token)
{
    QUrl url = hub.baseUrl();
    url.setScheme(QStringLiteral("ws"));
    url.setPath(QStringLiteral("/api/v1/events"));
    url.setQuery(QUrlQuery{{QStringLiteral("token"), token}});
    m_socket->open(url);
}

bool EventsClient::waitUntil(const std::function<bool()> &done)
{
    QDeadlineTimer deadline(ReplyTimeoutMs);
    while (!done() && !deadline.hasExpired()) {
        // Wakes on a message or the close; the short timer only bounds each round.
        QEventLoop loop;
        QTimer::singleShot(100, &loop, &QEventLoop::quit);
        QObject::connect(m_socket.get(), &QWebSocket::textMessageReceived, &loop,
                         &QEventLoop::quit);
        QObject::connect(m_socket.get(), &QWebSocket::disconnected, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done();
}

bool EventsClient::waitForMessages(int count)
{
    return waitUntil([&] { return m_messages.size() >= count || m_closed; })
           && m_messages.size() >= count;
}

bool EventsClient::waitForClose()
{
    return waitUntil([&] { return m_closed; });
}

QList<qint64> EventsClient::cursors() const
{
    QList<qint64> out;
    for (const QString &text : m_messages)
        out.append(QJsonDocument::fromJson(text.toUtf8())
                       .object()
                       .value(QStringLiteral("cursor"))
                       .toInteger(-1));
    return out;
}

bool addAccount(const QString &storage, const QString &username, const QString &role,
                const QString &password, QString *error, const QString &department)
{
    QProcess process;
    QStringList arguments{QStringLiteral("account"), username, QStringLiteral("--storage"), storage,
                          QStringLiteral("--role"),  role};
    if (!department.isEmpty())
        arguments << QStringLiteral("--department") << department;
    process.setProgram(HubProcess::binary());
    process.setArguments(arguments);
    process.setProcessChannelMode(QProcess::MergedChannels);
    prepareChildProcess(process, SIGKILL);
    process.start();
    process.write(password.toUtf8() + '\n');
    process.closeWriteChannel();
    if (!process.waitForFinished(CommandTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        *error = QStringLiteral("onewindow-hub account did not finish");
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QString::fromUtf8(process.readAll());
        return false;
    }
    return true;
}

QByteArray demoCatalog()
{
    QFile file(sourcePath(QStringLiteral("resources/catalog/demo-catalog.json")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<QJsonObject> allChanges(const HubProcess &hub, const QString &token, qint64 since, int limit,
                              QString *error)
{
    QList<QJsonObject> out;
    qint64 cursor = since;
    for (;;) {
        const JsonReply page = hub.call(
            "GET", QStringLiteral("/changes?since=%1&limit=%2").arg(cursor).arg(limit), {}, token);
        const QJsonArray changes = page.body.value(QStringLiteral("changes")).toArray();
        const qint64 next = page.body.value(QStringLiteral("cursor")).toInteger(-1);
        const bool more = page.body.value(QStringLiteral("more")).toBool();
        if (page.status != 200 || changes.size() > limit || (more && changes.size() != limit)) {
            *error = page.describe();
            return {};
        }
        for (const QJsonValue &c : changes) {
            const qint64 seq = c.toObject().value(QStringLiteral("seq")).toInteger();
            if (seq <= cursor) {
                *error = QStringLiteral("seq %1 not after the cursor %2: ").arg(seq).arg(cursor)
                         + page.describe();
                return {};
            }
            cursor = seq;
            out.append(c.toObject());
        }
        if (next != cursor) {
            *error = QStringLiteral("cursor %1 is not the last seq %2: ").arg(next).arg(cursor)
                     + page.describe();
            return {};
        }
        if (!more)
            return out;
    }
}

} // namespace ow::test::hubkit
