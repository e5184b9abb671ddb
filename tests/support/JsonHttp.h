#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace ow::test {

// The answer to one JSON call. `status` 0: no HTTP answer at all (refused, closed, timed out);
// `networkError` then says why. `body` is the answer when it is a JSON object, else empty, and
// `raw` always holds the bytes received.
struct JsonReply
{
    QString request; // "GET http://127.0.0.1:4711/api/v1/health"
    int status = 0;
    bool isJsonObject = false;
    QJsonObject body;
    QByteArray raw;
    QString networkError;
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray &name) const; // case-insensitive
    // "GET http://… → 500 {…}" for failure messages in tests.
    QString describe() const;
};

// Synchronous JSON over HTTP for tests: sends the request with QNetworkAccessManager, runs a
// local event loop until the answer (or `timeoutMs`), never goes through a system proxy.
// `body` is sent as JSON unless it is empty on a GET/HEAD/DELETE; `token` as a Bearer
// credential when not empty.
JsonReply callJson(const QUrl &url, const QByteArray &method, const QJsonObject &body = {},
                   const QString &token = {},
                   const QList<QPair<QByteArray, QByteArray>> &headers = {},
                   int timeoutMs = 60000);

// `base` joined with `path`: callJson(join(QUrl("http://h:1/api/v1"), "/health")).
QUrl joinUrl(const QUrl &base, const QString &path);

} // namespace ow::test
