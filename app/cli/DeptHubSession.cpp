#include "DeptHubSession.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace ow::cli {

std::optional<QUrl> DeptHubSession::apiUrl(const QString &hub, QString *error)
{
    QUrl url(hub.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) || url.hasQuery()
        || url.hasFragment()) {
        *error =
            tr("--hub must be the hub's address, e.g. http://127.0.0.1:8470 (not “%1”).")
                .arg(hub);
        return std::nullopt;
    }
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.endsWith(QLatin1String("/api/v1")))
        path += QLatin1String("/api/v1");
    url.setPath(path);
    return url;
}

DeptHubSession::Reply DeptHubSession::logIn(const QString &username, const QString &password)
{
    Reply reply =
        call("POST", QStringLiteral("/auth/login"),
             {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}});
    if (reply.ok())
        m_token = reply.body.value(QStringLiteral("token")).toString();
    return reply;
}

DeptHubSession::Reply DeptHubSession::call(const QByteArray &method, const QString &path,
                                           const QJsonObject &body)
{
    QUrl url = m_api;
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    url.setPath(m_api.path() + path.left(question));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    QNetworkRequest request(url);
    request.setTransferTimeout(TimeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + m_token.toLatin1());
    const QByteArray payload =
        method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply *network = m_network.sendCustomRequest(request, method, payload);
    QEventLoop loop;
    QObject::connect(network, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    network->deleteLater();

    Reply reply;
    reply.status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply.body = QJsonDocument::fromJson(network->readAll()).object();
    if (reply.status == 0) {
        reply.error = tr("Cannot reach the hub at %1: %2")
                          .arg(m_api.toString(QUrl::RemovePath), network->errorString());
    } else if (reply.status < 200 || reply.status >= 300) {
        const QString message = reply.body.value(QStringLiteral("error"))
                                    .toObject()
                                    .value(QStringLiteral("message"))
                                    .toString();
        reply.error =
            message.isEmpty()
                ? tr("The hub answered %1 %2.")
                      .arg(reply.status)
                      .arg(
                          network->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())
                : message;
    }
    return reply;
}

} // namespace ow::cli
