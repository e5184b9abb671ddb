#include "BenchHttp.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace ow::bench {

JsonReply callJson(const QByteArray &method, const QUrl &url, const QJsonObject &body,
                   const QString &token, int timeoutMs)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QByteArray payload;
    if (method != "GET") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    QNetworkReply *reply = nam.sendCustomRequest(request, method, payload);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    JsonReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.raw = reply->readAll();
    r.body = QJsonDocument::fromJson(r.raw).object();
    if (r.status == 0)
        r.error = reply->errorString();
    delete reply;
    return r;
}

QUrl apiUrl(const QUrl &base, const QString &path)
{
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    QUrl url = base;
    url.setPath(QStringLiteral("/api/v1") + path.left(question));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    return url;
}

QString login(const QUrl &base, const QString &username, const QString &password, QString *error)
{
    const JsonReply r =
        callJson("POST", apiUrl(base, QStringLiteral("/auth/login")),
                 {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}});
    const QString token = r.body.value(QStringLiteral("token")).toString();
    if (r.status != 200 || token.isEmpty())
        *error = QStringLiteral("log-in as %1: HTTP %2 %3%4")
                     .arg(username)
                     .arg(r.status)
                     .arg(QString::fromUtf8(r.raw.left(300)), r.error);
    return token;
}

} // namespace ow::bench
