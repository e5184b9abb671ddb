#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

#include <optional>

namespace ow::cli {

// A person's session with the hub for one command: log in, then JSON calls, each waited for
// in a local event loop (a command-line tool has nothing else to do meanwhile).
class DeptHubSession final
{
    Q_DECLARE_TR_FUNCTIONS(DeptHubSession)

public:
    static constexpr int TimeoutMs = 30000;

    struct Reply
    {
        int status = 0;   // HTTP status; 0 when the hub did not answer
        QJsonObject body; // the JSON answer
        QString error;    // translated, for people: the hub's message or why there is none
        bool ok() const { return error.isEmpty(); }
    };

    // `hub`: http(s)://host:port, with or without the /api/v1 path. Nothing (with `error`) when
    // it is not such an address.
    static std::optional<QUrl> apiUrl(const QString &hub, QString *error);

    explicit DeptHubSession(QUrl api)
        : m_api(std::move(api))
    {}

    // POST /auth/login; on success later calls carry the token.
    Reply logIn(const QString &username, const QString &password);
    // `path` below /api/v1 ("/cases?limit=5"); `body` sent for POST.
    Reply call(const QByteArray &method, const QString &path, const QJsonObject &body = {});

private:
    QNetworkAccessManager m_network;
    QUrl m_api;
    QString m_token;
};

} // namespace ow::cli
