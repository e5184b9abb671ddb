#include "JsonHttp.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <memory>

namespace ow::test {

QByteArray JsonReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

QString JsonReply::describe() const
{
    QString text = request + QStringLiteral(" → ");
    if (status == 0)
        return text + QStringLiteral("no HTTP answer: ") + networkError;
    text += QString::number(status) + QLatin1Char(' ') + QString::fromUtf8(raw.left(2000));
    if (!networkError.isEmpty())
        text += QStringLiteral(" (then: ") + networkError + QLatin1Char(')');
    return text;
}

QUrl joinUrl(const QUrl &base, const QString &path)
{
    QString text = base.toString(QUrl::StripTrailingSlash);
    if (!path.startsWith(QLatin1Char('/')))
        text += QLatin1Char('/');
    return QUrl(text + path);
}

JsonReply callJson(const QUrl &url, const QByteArray &method, const QJsonObject &body,
                   const QString &token, const QList<QPair<QByteArray, QByteArray>> &headers,
                   int timeoutMs)
{
    JsonReply result;
    result.request = QString::fromLatin1(method) + QLatin1Char(' ') + url.toString();

    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy); // loopback only, whatever http_proxy says
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);

    const bool bodiless = body.isEmpty()
                          && (method == "GET" || method == "HEAD" || method == "DELETE");
    std::unique_ptr<QNetworkReply> reply;
    if (bodiless) {
        reply.reset(manager.sendCustomRequest(request, method));
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        reply.reset(manager.sendCustomRequest(request, method,
                                              QJsonDocument(body).toJson(QJsonDocument::Compact)));
    }

    bool timedOut = false;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort(); // finishes the reply, which ends the loop
    });
    timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();

    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.raw = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    // Errors below 200 are the transport's (connection, proxy); the others restate the
    // HTTP status, which `status` already carries.
    const QNetworkReply::NetworkError error = reply->error();
    if (error != QNetworkReply::NoError && (error < 200 || result.status == 0))
        result.networkError = timedOut
                                  ? QStringLiteral("no answer within %1 ms").arg(timeoutMs)
                                  : reply->errorString();
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(result.raw, &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        result.isJsonObject = true;
        result.body = document.object();
    }
    return result;
}

} // namespace ow::test
