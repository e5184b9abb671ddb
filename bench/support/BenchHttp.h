#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace ow::bench {

// One answer of the hub as the bench setup reads it.
struct JsonReply
{
    int status = 0;   // HTTP status; 0 when no answer came
    QByteArray raw;   // the body as received
    QJsonObject body; // the body when it is a JSON object
    QString error;    // transport failure; empty when an answer came
};

// Blocking JSON calls for the benches' set-up steps (never inside a timed section): each runs
// a local event loop until the answer or the timeout.
JsonReply callJson(const QByteArray &method, const QUrl &url, const QJsonObject &body = {},
                   const QString &token = {}, int timeoutMs = 30000);

// `base` + "/api/v1" + `path` (path may carry a query: "/changes?since=3").
QUrl apiUrl(const QUrl &base, const QString &path);

// POST /auth/login; the token, or empty with `error` set.
QString login(const QUrl &base, const QString &username, const QString &password, QString *error);

} // namespace ow::bench
