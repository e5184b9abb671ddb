// Hub throughput for status pulls: `wrk` (Debian's) with --connections (64) keep-alive
// connections for --duration (10) seconds against GET /api/v1/changes?since=<recent>&limit=2000
// with a workstation token — what a workstation's sync engine asks between cycles, answered
// with the few case.status changes departments made since — and the same against nginx
// serving a static file of exactly that response's bytes on another loopback port (the
// ceiling of this machine for an answer of that size). Both servers and wrk share the machine.
//
//   bench_hub_status_pull [--duration 10] [--connections 64] [--threads 2] [--changes 5]
//
// Set-up (not timed): a SQLite hub with the demo data; a workstation enrolled, 20 cases pushed,
// its cursor noted; departments approve --changes steps, so the pull returns that many
// case.status changes. nginx runs from a temporary config as a foreground child
// (worker_processes auto, access log off) and is stopped afterwards. Prints
// hub_status_pull_rps, hub_status_pull_p99, nginx_static_rps, nginx_static_p99 and
// hub_vs_nginx_ratio (hub requests per second over nginx's).
#include "support/BenchHttp.h"
#include "support/BenchHub.h"
#include "support/BenchWorkstation.h"

#include "core/catalog/CatalogJson.h"
#include "core/sync/SyncSettings.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <cstdio>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

using namespace ow;

namespace {

constexpr int PushedCases = 20;
constexpr int NginxStartTimeoutMs = 30000;

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_hub_status_pull: %s\n", qPrintable(message));
    return 1;
}

struct WrkResult
{
    double requestsPerSecond = 0;
    double p99Ms = 0;
    qint64 requests = 0;
    QString problem; // non-2xx answers or socket errors; empty when clean
};

double toMs(double value, const QString &unit)
{
    if (unit == QLatin1String("us"))
        return value / 1000.0;
    if (unit == QLatin1String("s"))
        return value * 1000.0;
    if (unit == QLatin1String("m"))
        return value * 60000.0;
    return value; // ms
}

// Runs wrk --latency and reads its report.
std::optional<WrkResult> runWrk(const QString &wrk, const QString &url, const QString &header,
                                int threads, int connections, int duration, QString *error)
{
    QStringList arguments{QStringLiteral("-t%1").arg(threads),
                          QStringLiteral("-c%1").arg(connections),
                          QStringLiteral("-d%1s").arg(duration), QStringLiteral("--latency")};
    if (!header.isEmpty())
        arguments << QStringLiteral("-H") << header;
    arguments << url;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    bench::dieWithParent(process, SIGKILL);
    process.start(wrk, arguments);
    if (!process.waitForStarted() || !process.waitForFinished((duration + 60) * 1000)
        || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        process.kill();
        process.waitForFinished();
        *error = QStringLiteral("wrk failed: %1 %2")
                     .arg(process.errorString(), QString::fromLocal8Bit(process.readAll()));
        return std::nullopt;
    }
    const QString out = QString::fromLocal8Bit(process.readAll());
    static const QRegularExpression rps(QStringLiteral("Requests/sec:\\s+([0-9.]+)"));
    static const QRegularExpression p99(QStringLiteral("\\n\\s+99%\\s+([0-9.]+)(us|ms|s|m)\\b"));
    static const QRegularExpression total(QStringLiteral("(\\d+) requests in"));
    static const QRegularExpression non2xx(QStringLiteral("Non-2xx or 3xx responses: (\\d+)"));
    static const QRegularExpression socket(QStringLiteral("Socket errors: ([^\\n]+)"));
    const auto r = rps.match(out);
    const auto p = p99.match(out);
    const auto t = total.match(out);
    if (!r.hasMatch() || !p.hasMatch() || !t.hasMatch()) {
        *error = QStringLiteral("cannot read wrk's report:\n") + out;
        return std::nullopt;
    }
    WrkResult w;
    w.requestsPerSecond = r.captured(1).toDouble();
    w.p99Ms = toMs(p.captured(1).toDouble(), p.captured(2));
    w.requests = t.captured(1).toLongLong();
    if (const auto m = non2xx.match(out); m.hasMatch())
        w.problem += QStringLiteral("%1 answers were not 2xx. ").arg(m.captured(1));
    if (const auto m = socket.match(out); m.hasMatch())
        w.problem += QStringLiteral("Socket errors: %1").arg(m.captured(1));
    return w;
}

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

// nginx in the foreground with everything (pid, logs, temporary files) under `dir`.
class Nginx
{
public:
    explicit Nginx(QString dir)
        : m_dir(std::move(dir))
    {}
    ~Nginx() { stop(); }

    bool start(const QString &binary, const QString &root, QString *error)
    {
        QDir().mkpath(m_dir + QStringLiteral("/tmp"));
        m_port = freeLoopbackPort();
        // As root the workers drop to nobody, which must read the file; the directory
        // chain of a QTemporaryDir is owner-only.
        const QString user = geteuid() == 0 ? QStringLiteral("user nobody nogroup;\n") : QString();
        QString config =
            QStringLiteral("daemon off;\nworker_processes auto;\npid %1/nginx.pid;\nerror_log "
                           "%1/error.log warn;\n"
                           "%2events { worker_connections 4096; }\n"
                           "http {\n  access_log off;\n  sendfile on;\n  tcp_nopush on;\n"
                           "  keepalive_requests 1000000;\n  keepalive_timeout 65;\n"
                           "  client_body_temp_path %1/tmp/body;\n  proxy_temp_path %1/tmp/proxy;\n"
                           "  fastcgi_temp_path %1/tmp/fastcgi;\n  uwsgi_temp_path %1/tmp/uwsgi;\n"
                           "  scgi_temp_path %1/tmp/scgi;\n"
                           "  types { application/json json; }\n"
                           "  server { listen 127.0.0.1:%3; root %4; }\n}\n")
                .arg(m_dir, user)
                .arg(m_port)
                .arg(root);
        QFile file(m_dir + QStringLiteral("/nginx.conf"));
        if (!file.open(QIODevice::WriteOnly) || file.write(config.toUtf8()) < 0) {
            *error = QStringLiteral("cannot write the nginx config");
            return false;
        }
        file.close();
        m_process.setProgram(binary);
        m_process.setArguments({QStringLiteral("-p"), m_dir, QStringLiteral("-e"),
                                m_dir + QStringLiteral("/error.log"), QStringLiteral("-c"),
                                file.fileName()});
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.setStandardOutputFile(m_dir + QStringLiteral("/output.log"));
        bench::dieWithParent(m_process, SIGTERM);
        m_process.start();
        if (!m_process.waitForStarted()) {
            *error = QStringLiteral("cannot start nginx: ") + m_process.errorString();
            return false;
        }
        QDeadlineTimer deadline(NginxStartTimeoutMs);
        while (!deadline.hasExpired()) {
            if (m_process.waitForFinished(50))
                break;
            if (bench::callJson("GET", url(QStringLiteral("/")), {}, {}, 2000).status != 0)
                return true;
            QThread::msleep(50);
        }
        QFile log(m_dir + QStringLiteral("/error.log"));
        log.open(QIODevice::ReadOnly);
        *error = QStringLiteral("nginx did not start:\n") + QString::fromUtf8(log.readAll());
        return false;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate(); // fast shutdown; the workers go with the master
        if (!m_process.waitForFinished(30000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
    }

private:
    QString m_dir;
    quint16 m_port = 0;
    QProcess m_process;
};

// Departments approve the first step of `count` cases: `count` case.status changes for the
// station that accepted them.
bool approveSteps(const QUrl &hub, int count, QString *error)
{
    const QString admin =
        bench::login(hub, QStringLiteral("admin"), QStringLiteral("onewindow-admin"), error);
    if (admin.isEmpty())
        return false;
    const bench::JsonReply list = bench::callJson(
        "GET", bench::apiUrl(hub, QStringLiteral("/cases?limit=%1").arg(count)), {}, admin);
    const QJsonArray cases = list.body.value(QStringLiteral("cases")).toArray();
    if (list.status != 200 || cases.size() < count) {
        *error = QStringLiteral("GET /cases: HTTP %1 %2")
                     .arg(list.status)
                     .arg(QString::fromUtf8(list.raw.left(300)));
        return false;
    }
    QHash<QString, QString> tokens; // department → its officer's token
    for (const QJsonValue &c : cases) {
        const QJsonObject step =
            c.toObject().value(QStringLiteral("steps")).toArray().first().toObject();
        const QString department = step.value(QStringLiteral("department")).toString();
        if (!tokens.contains(department)) {
            tokens.insert(department, bench::login(hub, QStringLiteral("dept-") + department,
                                                   QStringLiteral("onewindow-dept"), error));
            if (tokens.value(department).isEmpty())
                return false;
        }
        const bench::JsonReply acted = bench::callJson(
            "POST",
            bench::apiUrl(hub, QStringLiteral("/cases/%1/steps/%2")
                                   .arg(c.toObject().value(QStringLiteral("id")).toString())
                                   .arg(step.value(QStringLiteral("position")).toInt())),
            {{QStringLiteral("action"), QStringLiteral("approve")},
             {QStringLiteral("opinion"), QStringLiteral("材料齐全，同意")}},
            tokens.value(department));
        if (acted.status != 200) {
            *error = QStringLiteral("step action: HTTP %1 %2")
                         .arg(acted.status)
                         .arg(QString::fromUtf8(acted.raw.left(300)));
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int duration = 10, connections = 64, threads = 2, changes = 5;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        bool ok = i + 1 < args.size();
        int *target = nullptr;
        if (args.at(i) == QLatin1String("--duration"))
            target = &duration;
        else if (args.at(i) == QLatin1String("--connections"))
            target = &connections;
        else if (args.at(i) == QLatin1String("--threads"))
            target = &threads;
        else if (args.at(i) == QLatin1String("--changes"))
            target = &changes;
        if (target && ok)
            *target = args.at(++i).toInt(&ok);
        if (!target || !ok || *target < 1 || changes > PushedCases)
            return fail(QStringLiteral("usage: bench_hub_status_pull [--duration S] "
                                       "[--connections N] [--threads N] [--changes 1..%1]")
                            .arg(PushedCases));
    }
    const QString wrk = QStandardPaths::findExecutable(QStringLiteral("wrk"));
    QString nginx = QStandardPaths::findExecutable(QStringLiteral("nginx"));
    if (nginx.isEmpty())
        nginx = QStandardPaths::findExecutable(
            QStringLiteral("nginx"),
            {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
    if (wrk.isEmpty() || nginx.isEmpty())
        return fail(QStringLiteral("needs wrk and nginx (Debian packages wrk and nginx-light)"));

    QFile catalogFile(QStringLiteral(OW_DEMO_CATALOG));
    if (!catalogFile.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1").arg(catalogFile.fileName()));
    const core::CatalogParseResult demo = core::CatalogJson::parse(catalogFile.readAll());

    const QString base = qEnvironmentVariable("OW_BENCH_DIR", QDir::tempPath());
    QTemporaryDir dir(base + QStringLiteral("/ow-bench-status-XXXXXX"));
    if (!dir.isValid() || !demo.ok())
        return fail(QStringLiteral("cannot create a temporary directory in %1").arg(base));
    bench::BenchHub hub(bench::BenchHub::sqliteStorage(dir.path()), dir.path());
    if (!hub.init({QStringLiteral("--demo"), QStringLiteral("--catalog"),
                   QStringLiteral(OW_DEMO_CATALOG)})
        || !hub.start())
        return fail(hub.errorString());

    bench::BenchWorkstation station(dir.filePath(QStringLiteral("workstation")));
    QString error;
    if (!station.enrol(hub.baseUrl(), QStringLiteral("BENCH03"), &error)
        || !station.queueCases(demo.catalog, PushedCases, &error))
        return fail(error);
    const core::SyncCycleReport pushed = station.sync();
    if (!pushed.complete() || pushed.confirmed != PushedCases)
        return fail(QStringLiteral("pushing the cases: ") + pushed.error);
    const qint64 since = station.onDatabase<qint64>([](core::Workstation &ws) {
        core::StorageError e;
        return core::SyncSettings::read(ws.database(), &e).cursor;
    });
    if (!approveSteps(hub.baseUrl(), changes, &error))
        return fail(error);

    const QString token = station.workstationToken(&error);
    if (token.isEmpty())
        return fail(error);
    const QString path = QStringLiteral("/changes?since=%1&limit=2000").arg(since);
    const bench::JsonReply sample =
        bench::callJson("GET", bench::apiUrl(hub.baseUrl(), path), {}, token);
    const qsizetype changeCount = sample.body.value(QStringLiteral("changes")).toArray().size();
    if (sample.status != 200 || changeCount != changes)
        return fail(QStringLiteral("the status pull answered HTTP %1 with %2 changes, not %3")
                        .arg(sample.status)
                        .arg(changeCount)
                        .arg(changes));

    // The static twin: the same bytes, from a directory the nginx workers can read.
    const QString www = dir.filePath(QStringLiteral("www"));
    QDir().mkpath(www);
    QFile twin(www + QStringLiteral("/status.json"));
    if (!twin.open(QIODevice::WriteOnly) || twin.write(sample.raw) != sample.raw.size())
        return fail(QStringLiteral("cannot write %1").arg(twin.fileName()));
    twin.close();
    for (const QString &p : {dir.path(), www})
        ::chmod(QFile::encodeName(p).constData(), 0755);
    ::chmod(QFile::encodeName(twin.fileName()).constData(), 0644);
    Nginx server(dir.filePath(QStringLiteral("nginx")));
    if (!server.start(nginx, www, &error))
        return fail(error);
    const bench::JsonReply staticSample =
        bench::callJson("GET", server.url(QStringLiteral("/status.json")));
    if (staticSample.status != 200 || staticSample.raw != sample.raw)
        return fail(QStringLiteral("nginx answered HTTP %1 with %2 bytes, not the %3 of the hub")
                        .arg(staticSample.status)
                        .arg(staticSample.raw.size())
                        .arg(sample.raw.size()));

    const auto hubRun = runWrk(wrk, bench::apiUrl(hub.baseUrl(), path).toString(),
                               QStringLiteral("Authorization: Bearer ") + token, threads,
                               connections, duration, &error);
    if (!hubRun)
        return fail(error);
    const auto nginxRun = runWrk(wrk, server.url(QStringLiteral("/status.json")).toString(), {},
                                 threads, connections, duration, &error);
    if (!nginxRun)
        return fail(error);
    server.stop();
    hub.stop();
    if (!hubRun->problem.isEmpty() || !nginxRun->problem.isEmpty())
        return fail(QStringLiteral("hub: %1 nginx: %2").arg(hubRun->problem, nginxRun->problem));

    std::printf("hub_status_pull_body: %lld bytes (%lld case.status changes)\n",
                qint64(sample.raw.size()), qint64(changeCount));
    std::printf("hub_status_pull_rps: %.0f req/s\n", hubRun->requestsPerSecond);
    std::printf("hub_status_pull_p99: %.2f ms\n", hubRun->p99Ms);
    std::printf("nginx_static_rps: %.0f req/s\n", nginxRun->requestsPerSecond);
    std::printf("nginx_static_p99: %.2f ms\n", nginxRun->p99Ms);
    std::printf("hub_vs_nginx_ratio: %.3f\n",
                nginxRun->requestsPerSecond > 0
                    ? hubRun->requestsPerSecond / nginxRun->requestsPerSecond
                    : 0.0);
    return 0;
}
