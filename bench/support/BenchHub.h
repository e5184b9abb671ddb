#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace ow::bench {

// The release build's onewindow-hub as a child process of a bench: `init` once, then `serve`
// on 127.0.0.1 on a port the hub picks (--port-file), ready once GET /api/v1/health answers.
// Its output goes to <dir>/hub.log. The hub gets SIGKILL if the bench dies, so none outlives
// it; stop() ends it with SIGTERM as an operator would.
class BenchHub
{
public:
    // `storage`: "sqlite:/path/hub.db" or "postgresql://user@host:port/db"; `dir` must exist.
    BenchHub(QString storage, QString dir);
    ~BenchHub();
    BenchHub(const BenchHub &) = delete;
    BenchHub &operator=(const BenchHub &) = delete;

    static QString binDirectory(); // where the release build puts onewindow-hub and -cli
    static QString sqliteStorage(const QString &dir);

    // `onewindow-hub init --storage <S> <arguments>` to its end.
    bool init(const QStringList &arguments);
    bool start();
    void stop();

    QUrl baseUrl() const; // http://127.0.0.1:<port>
    QString storage() const { return m_storage; }
    // "sqlite" or "postgresql", from the storage string: the suffix of the figures' names.
    QString storageKind() const;
    QString errorString() const { return m_error; }
    // CPU time (user + system) the serving hub has used so far; -1 when not running.
    double cpuSeconds() const;

private:
    QString logTail() const;

    QString m_storage;
    QString m_dir;
    QString m_error;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_process;
};

// Runs a program of the release build to its end (output into `logFile`); false with `error`.
bool runTool(const QString &program, const QStringList &arguments, const QString &logFile,
             int timeoutMs, QString *error);

// Makes `process` die with the bench (PR_SET_PDEATHSIG).
void dieWithParent(QProcess &process, int signal);

// CPU time (user + system, all threads) this process has used so far. Beside wall time
// because the benches share a two-core machine: wall time also counts waiting for a core.
double ownCpuSeconds();

} // namespace ow::bench
