#pragma once

#include "JsonHttp.h"

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace ow::test {

// A real onewindow-hub of this build, run as a child process for a test: `init` once, then
// `serve` on 127.0.0.1 on a free port, waiting until GET /api/v1/health answers. Everything the
// hub prints goes to <dataDir>/hub.log (appended across restarts), so a chatty hub never blocks
// on a full pipe and failure messages can quote it. The hub gets SIGKILL if the test process
// dies, so no hub outlives its test.
//
//     HubProcess hub(HubProcess::sqliteStorage(dir.path()), dir.path());
//     QVERIFY2(hub.init(), qPrintable(hub.errorString()));      // with the demo data
//     QVERIFY2(hub.start(), qPrintable(hub.errorString()));
//     const QString token = hub.login("admin", "onewindow-admin");
//     const JsonReply health = hub.call("GET", "/health");
class HubProcess
{
public:
    // `storage`: "sqlite:/path/hub.db" or "postgresql://user@host:port/db" (PgCluster).
    // `dataDir`: where the log and the port file go; must exist.
    HubProcess(QString storage, QString dataDir);
    ~HubProcess(); // kills a hub still running
    HubProcess(const HubProcess &) = delete;
    HubProcess &operator=(const HubProcess &) = delete;

    static QString binary();                                // <build>/bin/onewindow-hub
    static QString sqliteStorage(const QString &directory); // sqlite:<directory>/hub.db

    // --demo --catalog <source>/resources/catalog/demo-catalog.json: the demo catalog,
    // calendars and accounts (admin/onewindow-admin, clerk01/onewindow-demo, dept-<id>).
    static QStringList demoArguments();

    // `onewindow-hub init --storage <S> <extraArguments>` to its end; true on exit code 0.
    bool init(const QStringList &extraArguments = demoArguments());
    // `onewindow-hub serve`, on the port of the previous run if there was one (so clients and
    // proxies pointed at it find it again), else on a free one; true once /health answers 200.
    bool start();
    // SIGTERM and wait; true when the hub ended on its own with exit code 0.
    bool terminate();
    // SIGKILL and wait: the hub dies mid-whatever, as in a power cut.
    void kill();
    // terminate() (when running), then start() on the same port.
    bool restart();

    bool isRunning() const;
    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // http://127.0.0.1:<port> — what a workstation is configured with
    QUrl apiUrl() const;  // baseUrl() + /api/v1
    QString storage() const { return m_storage; }
    QString errorString() const { return m_error; }
    QString log() const; // everything the hub printed, all runs
    QString logPath() const;

    // A JSON call to the hub; `path` is below /api/v1 ("/health", "/cases?limit=5").
    JsonReply call(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                   const QString &token = {}) const;
    // POST /auth/login; the token, or empty (with `error` describing the answer).
    QString login(const QString &username, const QString &password,
                  QString *error = nullptr) const;

private:
    bool waitUntilServing(qint64 logOffset);
    QString logSince(qint64 offset) const;
    QString failure(const QString &what, qint64 logOffset) const;

    QString m_storage;
    QString m_dataDir;
    QString m_error;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_process;
};

} // namespace ow::test
