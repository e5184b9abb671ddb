#include "HubClient.h"

#include "SyncLog.h"

#include "../Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUuid>

#include <QCoroNetworkReply>

namespace ow::core {
namespace {

constexpr char CancelledProperty[] = "ow_cancelled";
constexpr char TooLargeProperty[] = "ow_too_large";

QString hubMessage(const QJsonObject &body)
{
    const QJsonObject error = body.value(u"error").toObject();
    return error.value(u"message").toString().left(1000);
}

QString hubCode(const QJsonObject &body)
{
    return body.value(u"error").toObject().value(u"code").toString().left(64);
}

} // namespace

// Awaited calls are made into named tasks first, never awaited inside a larger expression: see
// the note at the top of SyncEngine.cpp (GCC 12 and temporaries across co_await).

HubClient::HubClient(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_nam(new QNetworkAccessManager(this))
{
    // The hub is reached directly or through the system proxy; redirects are not followed, so
    // a token never travels to a host the administrator did not name.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HubClient::~HubClient()
{
    *m_alive = false;
    abortAll();
}

bool HubClient::isUsableHubUrl(const QUrl &hub)
{
    return hub.isValid() && (hub.scheme() == u"http" || hub.scheme() == u"https")
        && !hub.host().isEmpty() && !hub.hasQuery() && !hub.hasFragment();
}

void HubClient::setHubUrl(const QUrl &hub)
{
    if (hub != m_hub)
        forgetToken();
    m_hub = isUsableHubUrl(hub) ? hub : QUrl();
}

void HubClient::setWorkstation(const QString &stationId, Signer signer)
{
    if (stationId != m_stationId)
        forgetToken();
    m_stationId = stationId;
    m_signer = std::move(signer);
}

void HubClient::forgetToken()
{
    m_token.clear();
    m_tokenExpires = {};
}

QString HubClient::newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void HubClient::abortAll()
{
    // abort() emits finished() at once and resumes the waiting coroutine, which removes its
    // reply from m_inFlight: iterate over a copy.
    const QSet<QNetworkReply *> replies = m_inFlight;
    for (QNetworkReply *reply : replies) {
        if (m_inFlight.contains(reply)) {
            reply->setProperty(CancelledProperty, true);
            reply->abort();
        }
    }
}

QUrl HubClient::apiUrl(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_hub;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + QStringLiteral("/api/v1") + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

HubClient::Response HubClient::interpret(QNetworkReply *reply, const QString &requestId) const
{
    Response r;
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    r.status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    const QString echoed = QString::fromLatin1(reply->rawHeader("X-Request-Id")).left(64);
    const QString id = echoed.isEmpty() ? requestId : echoed;
    const QNetworkReply::NetworkError netError = reply->error();

    if (reply->property(CancelledProperty).toBool()) {
        r.error = HubError::make(HubError::Kind::Cancelled,
                                 HubErrorText::tr("The request to the hub was cancelled."), id);
        return r;
    }
    if (reply->property(TooLargeProperty).toBool()) {
        r.error = HubError::badAnswer(HubErrorText::tr("larger than %1 MiB")
                                          .arg(MaxAnswerBytes / (1024 * 1024)),
                                      id, r.status);
        return r;
    }
    const QByteArray data = reply->readAll();
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    const QJsonObject body = doc.object();

    // An HTTP status says the hub answered; a transport error on a 2xx means the body broke
    // off, which is no answer at all.
    if (r.status >= 200 && r.status < 300) {
        if (netError != QNetworkReply::NoError) {
            r.error = HubError::make(HubError::Kind::Unreachable,
                                     HubErrorText::tr("The connection to the hub broke off "
                                                      "before the answer was complete (%1).")
                                         .arg(reply->errorString()),
                                     id, r.status);
            return r;
        }
        if (parseError.error != QJsonParseError::NoError) {
            r.error = HubError::badAnswer(
                HubErrorText::tr("not JSON: %1").arg(parseError.errorString()), id, r.status);
            return r;
        }
        if (!doc.isObject()) {
            r.error = HubError::badAnswer(HubErrorText::tr("not a JSON object"), id, r.status);
            return r;
        }
        r.body = body;
        return r;
    }
    if (r.status >= 400) {
        const QString message = hubMessage(body);
        const QString code = hubCode(body);
        if (r.status == 401) {
            r.error = HubError::make(
                HubError::Kind::Unauthorized,
                message.isEmpty() ? HubErrorText::tr("The hub refused the credentials.")
                                  : HubErrorText::tr("The hub refused the credentials: %1")
                                        .arg(message),
                id, r.status, code);
        } else if (r.status >= 500) {
            r.error = HubError::make(
                HubError::Kind::HubFailure,
                message.isEmpty()
                    ? HubErrorText::tr("The hub failed to answer (HTTP %1).").arg(r.status)
                    : HubErrorText::tr("The hub failed to answer (HTTP %1): %2")
                          .arg(r.status)
                          .arg(message),
                id, r.status, code);
        } else {
            r.error = HubError::make(
                HubError::Kind::Refused,
                message.isEmpty()
                    ? HubErrorText::tr("The hub refused the request (HTTP %1).").arg(r.status)
                    : HubErrorText::tr("The hub refused the request (HTTP %1): %2")
                          .arg(r.status)
                          .arg(message),
                id, r.status, code);
        }
        return r;
    }
    if (r.status != 0) {
        r.error = HubError::badAnswer(HubErrorText::tr("unexpected HTTP status %1").arg(r.status),
                                      id, r.status);
        return r;
    }
    switch (netError) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts this way
        r.error = HubError::make(HubError::Kind::Timeout,
                                 HubErrorText::tr("The hub did not answer within %1 seconds.")
                                     .arg(m_timeout.count() / 1000.0, 0, 'f', 1),
                                 id);
        break;
    default:
        r.error = HubError::make(
            HubError::Kind::Unreachable,
            HubErrorText::tr("The hub cannot be reached: %1").arg(reply->errorString()), id);
        break;
    }
    return r;
}

QCoro::Task<HubClient::Response> HubClient::send(Method method, QString path, QUrlQuery query,
                                                 std::optional<QJsonObject> body,
                                                 QByteArray bearer, QString requestId)
{
    const std::shared_ptr<bool> alive = m_alive;
    if (m_hub.isEmpty()) {
        Response r;
        r.error = HubError::make(HubError::Kind::NotEnrolled,
                                 HubErrorText::tr("No hub is configured for this workstation; "
                                                  "enrol it with “onewindow-cli sync enrol”."),
                                 requestId);
        co_return r;
    }
    QNetworkRequest request(apiUrl(path, query));
    request.setTransferTimeout(int(m_timeout.count()));
    request.setRawHeader("X-Request-Id", requestId.toLatin1());
    request.setRawHeader("Accept", "application/json");
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    QNetworkReply *reply = nullptr;
    if (method == Method::Get) {
        reply = m_nam->get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        reply = m_nam->post(request, QJsonDocument(body.value_or(QJsonObject()))
                                         .toJson(QJsonDocument::Compact));
    }
    m_inFlight.insert(reply);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > MaxAnswerBytes && !reply->property(TooLargeProperty).toBool()) {
            reply->setProperty(TooLargeProperty, true);
            reply->abort();
        }
    });
    co_await reply;
    if (!*alive) {
        // The client is being destroyed: its network manager deletes the reply.
        Response r;
        r.error = HubError::make(HubError::Kind::Cancelled, QString(), requestId);
        co_return r;
    }
    m_inFlight.remove(reply);
    Response r = interpret(reply, requestId);
    reply->deleteLater();
    if (r.error)
        qCInfo(lcSync) << "hub call" << path << "failed:" << r.error.message << "request"
                       << r.error.requestId;
    co_return r;
}

QCoro::Task<HubError> HubClient::renewToken()
{
    const std::shared_ptr<bool> alive = m_alive;
    if (m_stationId.isEmpty() || !m_signer)
        co_return HubError::make(HubError::Kind::NotEnrolled,
                                 HubErrorText::tr("This workstation is not enrolled at a hub; "
                                                  "enrol it with “onewindow-cli sync enrol”."));
    const QString stationId = m_stationId;
    const QString time = m_clock.now().toUTC().toString(Qt::ISODate);
    const QByteArray message = "onewindow-workstation-auth\n" + stationId.toUtf8() + '\n'
                               + time.toUtf8();
    // The copy lives in this frame for as long as the signer's coroutine may use it.
    const Signer signer = m_signer;
    const QByteArray signature = co_await signer(message);
    if (!*alive)
        co_return HubError::make(HubError::Kind::Cancelled, QString());
    if (signature.isEmpty())
        co_return HubError::make(HubError::Kind::NotEnrolled,
                                 HubErrorText::tr("The workstation's key cannot sign; check "
                                                  "its key file."));
    // Arguments are built before co_await: GCC 12 cannot keep array temporaries (the literals
    // inside QStringLiteral) alive across a suspension in the same full-expression.
    const QString path = QStringLiteral("/auth/workstation");
    const QJsonObject body{{QStringLiteral("stationId"), stationId},
                           {QStringLiteral("time"), time},
                           {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())}};
    auto call = send(Method::Post, path, {}, body, {}, newRequestId());
    const Response r = co_await call;
    if (!*alive)
        co_return HubError::make(HubError::Kind::Cancelled, QString());
    if (r.error)
        co_return r.error;
    QString why;
    const auto token = HubAnswers::token(r.body, &why);
    if (!token)
        co_return HubError::badAnswer(why, QString(), r.status);
    m_token = token->token;
    m_tokenExpires = token->expiresAt;
    co_return HubError{};
}

QCoro::Task<HubError> HubClient::ensureToken()
{
    if (!m_token.isEmpty() && m_tokenExpires.isValid()
        && m_clock.now().secsTo(m_tokenExpires) > TokenRenewSeconds)
        co_return HubError{};
    forgetToken();
    co_return co_await renewToken();
}

QCoro::Task<HubClient::Response> HubClient::sendAsWorkstation(Method method, QString path,
                                                              QUrlQuery query,
                                                              std::optional<QJsonObject> body,
                                                              QString requestId)
{
    const std::shared_ptr<bool> alive = m_alive;
    Response r;
    if ((r.error = co_await ensureToken()))
        co_return r;
    if (!*alive)
        co_return r;
    auto firstCall = send(method, path, query, body, m_token, requestId);
    r = co_await firstCall;
    if (!*alive || r.error.kind != HubError::Kind::Unauthorized)
        co_return r;
    // The token may have been revoked or the hub's secret changed: one fresh token, one retry.
    forgetToken();
    const HubError renewed = co_await ensureToken();
    if (!*alive)
        co_return r;
    if (renewed) {
        r.error = renewed;
        co_return r;
    }
    auto retryCall = send(method, path, query, body, m_token, requestId);
    co_return co_await retryCall;
}

QCoro::Task<HubResult<HubLogin>> HubClient::login(QString username, QString password)
{
    const QString path = QStringLiteral("/auth/login");
    const QJsonObject body{{QStringLiteral("username"), username},
                           {QStringLiteral("password"), password}};
    auto call = send(Method::Post, path, {}, body, {}, newRequestId());
    const Response r = co_await call;
    HubResult<HubLogin> result;
    if ((result.error = r.error))
        co_return result;
    QString why;
    if (const auto login = HubAnswers::login(r.body, &why))
        result.value = *login;
    else
        result.error = HubError::badAnswer(why, QString(), r.status);
    co_return result;
}

QCoro::Task<HubResult<HubEnrolment>> HubClient::enrolWorkstation(QByteArray adminToken,
                                                                 QString stationId, QString window,
                                                                 QByteArray publicKeyPem)
{
    const QString path = QStringLiteral("/workstations");
    const QJsonObject body{{QStringLiteral("stationId"), stationId},
                           {QStringLiteral("window"), window},
                           {QStringLiteral("publicKey"), QString::fromLatin1(publicKeyPem)}};
    auto call = send(Method::Post, path, {}, body, adminToken, newRequestId());
    const Response r = co_await call;
    HubResult<HubEnrolment> result;
    if ((result.error = r.error))
        co_return result;
    QString why;
    if (const auto enrolment = HubAnswers::enrolment(r.body, &why))
        result.value = *enrolment;
    else
        result.error = HubError::badAnswer(why, QString(), r.status);
    co_return result;
}

QCoro::Task<HubResult<QList<HubEnvelopeResult>>>
HubClient::pushEnvelopes(QList<QJsonObject> envelopes, QString requestId)
{
    QJsonArray array;
    QStringList ids;
    for (const QJsonObject &e : std::as_const(envelopes)) {
        array.append(e);
        ids.append(e.value(u"id").toString());
    }
    const QString path = QStringLiteral("/envelopes");
    const QJsonObject body{{QStringLiteral("envelopes"), array}};
    auto call = sendAsWorkstation(Method::Post, path, {}, body, requestId);
    const Response r = co_await call;
    HubResult<QList<HubEnvelopeResult>> result;
    if ((result.error = r.error))
        co_return result;
    QString why;
    if (const auto results = HubAnswers::envelopeResults(r.body, ids, &why))
        result.value = *results;
    else
        result.error = HubError::badAnswer(why, requestId, r.status);
    co_return result;
}

QCoro::Task<HubResult<HubChangesPage>> HubClient::changes(qint64 since, int limit)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"), QString::number(since));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    const QString requestId = newRequestId();
    const QString path = QStringLiteral("/changes");
    auto call = sendAsWorkstation(Method::Get, path, query, std::nullopt, requestId);
    const Response r = co_await call;
    HubResult<HubChangesPage> result;
    if ((result.error = r.error))
        co_return result;
    QString why;
    if (const auto page = HubAnswers::changes(r.body, since, limit, &why))
        result.value = *page;
    else
        result.error = HubError::badAnswer(why, requestId, r.status);
    co_return result;
}

QCoro::Task<HubResult<HubReceiptBlock>> HubClient::receiptBlock(int size)
{
    const QString requestId = newRequestId();
    const QString path = QStringLiteral("/receipt-blocks");
    const QJsonObject body{{QStringLiteral("size"), size}};
    auto call = sendAsWorkstation(Method::Post, path, {}, body, requestId);
    const Response r = co_await call;
    HubResult<HubReceiptBlock> result;
    if ((result.error = r.error))
        co_return result;
    QString why;
    if (const auto block = HubAnswers::receiptBlock(r.body, &why))
        result.value = *block;
    else
        result.error = HubError::badAnswer(why, requestId, r.status);
    co_return result;
}

QCoro::Task<HubResult<HubSignedAnswer>> HubClient::verify(QString kind, QJsonObject subject,
                                                          QString caseId)
{
    QJsonObject body{{QStringLiteral("kind"), kind}, {QStringLiteral("subject"), subject}};
    if (!caseId.isEmpty())
        body.insert(QStringLiteral("caseId"), caseId);
    const QString requestId = newRequestId();
    const QString path = QStringLiteral("/verifications");
    auto call = sendAsWorkstation(Method::Post, path, {}, body, requestId);
    const Response r = co_await call;
    HubResult<HubSignedAnswer> result;
    if ((result.error = r.error))
        co_return result;
    QString why;
    if (const auto answer = HubAnswers::signedAnswer(r.body, &why))
        result.value = *answer;
    else
        result.error = HubError::badAnswer(why, requestId, r.status);
    co_return result;
}

QCoro::Task<HubResult<QUrl>> HubClient::eventsUrl()
{
    const std::shared_ptr<bool> alive = m_alive;
    HubResult<QUrl> result;
    if ((result.error = co_await ensureToken()) || !*alive)
        co_return result;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("token"), QString::fromLatin1(m_token));
    QUrl url = apiUrl(QStringLiteral("/events"), query);
    url.setScheme(m_hub.scheme() == u"https" ? QStringLiteral("wss") : QStringLiteral("ws"));
    result.value = url;
    co_return result;
}

} // namespace ow::core
