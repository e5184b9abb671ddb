#include "PgCluster.h"

#include "ChildProcessSetup.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTcpServer>
#include <QVersionNumber>

#include <algorithm>
#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

namespace ow::test {

namespace {

constexpr int ToolTimeoutMs = 120000;  // initdb under a loaded machine
constexpr int StartTimeoutMs = 60000;  // only reached when something is wrong
constexpr int StopTimeoutMs = 30000;
constexpr int StartAttempts = 5;       // another process may take the port we picked
const char *const ServerAccountName = "nobody";
const char *const PostgresRoot = "/usr/lib/postgresql";

bool runningAsRoot()
{
    return geteuid() == 0;
}

std::optional<UnixAccount> serverAccount()
{
    if (!runningAsRoot())
        return std::nullopt;
    return lookUpAccount(QString::fromLatin1(ServerAccountName));
}

// Every directory from `path` up to "/" lets others pass (x for "other"), so the server
// account reaches a directory below it.
bool traversableByOthers(const QString &path)
{
    QString dir = QDir(path).absolutePath();
    for (;;) {
        struct stat info {};
        if (::stat(QFile::encodeName(dir).constData(), &info) != 0 || !(info.st_mode & S_IXOTH))
            return false;
        if (dir == QLatin1String("/"))
            return true;
        dir = QFileInfo(dir).path();
    }
}

QString temporaryBase()
{
    const QString base = QDir::tempPath();
    // As root the cluster belongs to another account, which must reach the directory.
    if (runningAsRoot() && !traversableByOthers(base))
        return QStringLiteral("/tmp");
    return base;
}

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

// The environment of PostgreSQL programs: PG* variables of the caller must not redirect
// them to another server or database.
QProcessEnvironment toolEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList keys = env.keys();
    for (const QString &key : keys)
        if (key.startsWith(QLatin1String("PG")))
            env.remove(key);
    env.insert(QStringLiteral("HOME"), home);
    return env;
}

QString tail(const QString &text, int lines = 30)
{
    QStringList all = text.split(QLatin1Char('\n'));
    if (all.size() > lines)
        all = all.mid(all.size() - lines);
    return all.join(QLatin1Char('\n'));
}

} // namespace

QString PgCluster::binDirectory()
{
    const QDir root(QString::fromLatin1(PostgresRoot));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
        return QVersionNumber::fromString(a) > QVersionNumber::fromString(b);
    });
    for (const QString &version : versions) {
        const QDir bin(root.filePath(version + QStringLiteral("/bin")));
        static const char *const tools[] = {"initdb", "postgres", "createdb"};
        const bool complete =
            std::all_of(std::begin(tools), std::end(tools), [&bin](const char *tool) {
                return QFileInfo(bin.filePath(QString::fromLatin1(tool))).isExecutable();
            });
        if (complete)
            return bin.path();
    }
    return {};
}

bool PgCluster::available(QString *why)
{
    QString reason;
    if (binDirectory().isEmpty())
        reason = QStringLiteral("PostgreSQL is not installed: no %1/<version>/bin with initdb, "
                                "postgres and createdb (Debian package postgresql)")
                     .arg(QString::fromLatin1(PostgresRoot));
    else if (runningAsRoot() && !serverAccount())
        reason = QStringLiteral("running as root, and there is no account '%1' to run "
                                "PostgreSQL as (it refuses to run as root)")
                     .arg(QString::fromLatin1(ServerAccountName));
    if (why)
        *why = reason;
    return reason.isEmpty();
}

bool PgCluster::required()
{
    return qEnvironmentVariable("OW_REQUIRE_POSTGRES") == QLatin1String("1");
}

PgCluster::PgCluster()
    : m_dir(temporaryBase() + QStringLiteral("/ow-pg-XXXXXX")), m_binDir(binDirectory())
{
    if (!available(&m_error))
        return;
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory: ") + m_dir.errorString();
        return;
    }
    if (const auto account = serverAccount();
        account && ::chown(QFile::encodeName(m_dir.path()).constData(), account->uid, account->gid)
                       != 0) {
        m_error = QStringLiteral("cannot give %1 to the account %2")
                      .arg(m_dir.path(), account->name);
        return;
    }
    if (initialise())
        startServer();
}

PgCluster::~PgCluster()
{
    stopServer();
}

bool PgCluster::isRunning() const
{
    return m_error.isEmpty() && m_server && m_server->state() == QProcess::Running;
}

QString PgCluster::dataDirectory() const
{
    return m_dir.filePath(QStringLiteral("data"));
}

QString PgCluster::logPath() const
{
    return m_dir.filePath(QStringLiteral("server.log"));
}

QString PgCluster::serverLog() const
{
    QFile log(logPath());
    if (!log.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(log.readAll());
}

bool PgCluster::runTool(const QString &program, const QStringList &arguments,
                        bool asServerAccount, QString *failure)
{
    QProcess process;
    process.setProgram(QDir(m_binDir).filePath(program));
    process.setArguments(arguments);
    // PostgreSQL programs look up their own directory and the current one; as another
    // account they could not enter the test's working directory.
    process.setWorkingDirectory(m_dir.path());
    process.setProcessEnvironment(toolEnvironment(m_dir.path()));
    process.setProcessChannelMode(QProcess::MergedChannels);
    prepareChildProcess(process, SIGKILL, asServerAccount ? serverAccount() : std::nullopt);
    process.start();
    if (!process.waitForStarted()) {
        *failure = program + QStringLiteral(" did not start: ") + process.errorString();
        return false;
    }
    if (!process.waitForFinished(ToolTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        *failure = program + QStringLiteral(" did not finish in time");
        return false;
    }
    const QString output = QString::fromLocal8Bit(process.readAll());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *failure = QStringLiteral("%1 failed (exit code %2%3):\n%4")
                       .arg(program)
                       .arg(process.exitCode())
                       .arg(process.exitCode() == 126
                                ? QStringLiteral(", could not switch to the server account")
                                : QString(),
                            tail(output));
        return false;
    }
    return true;
}

bool PgCluster::initialise()
{
    return runTool(QStringLiteral("initdb"),
                   {QStringLiteral("--pgdata"), dataDirectory(), QStringLiteral("--username"),
                    user(), QStringLiteral("--auth"), QStringLiteral("trust"),
                    QStringLiteral("--encoding"), QStringLiteral("UTF8"),
                    QStringLiteral("--no-locale"), QStringLiteral("--no-sync")},
                   true, &m_error);
}

bool PgCluster::startServer()
{
    for (int attempt = 1; attempt <= StartAttempts; ++attempt) {
        m_port = freeLoopbackPort();
        if (m_port == 0) {
            m_error = QStringLiteral("no free port on 127.0.0.1");
            return false;
        }
        QFile::remove(logPath()); // a failed attempt's log must not decide about this one
        m_server = std::make_unique<QProcess>();
        m_server->setProgram(QDir(m_binDir).filePath(QStringLiteral("postgres")));
        // Durability is worth nothing in a cluster that is deleted after the test.
        m_server->setArguments(
            {QStringLiteral("-D"), dataDirectory(), QStringLiteral("-p"), QString::number(m_port),
             QStringLiteral("-k"), m_dir.path(), QStringLiteral("-c"),
             QStringLiteral("listen_addresses=127.0.0.1"), QStringLiteral("-c"),
             QStringLiteral("fsync=off"), QStringLiteral("-c"),
             QStringLiteral("synchronous_commit=off"), QStringLiteral("-c"),
             QStringLiteral("full_page_writes=off"), QStringLiteral("-c"),
             QStringLiteral("shared_buffers=32MB"), QStringLiteral("-c"),
             QStringLiteral("max_parallel_workers_per_gather=0")});
        m_server->setWorkingDirectory(m_dir.path());
        m_server->setProcessEnvironment(toolEnvironment(m_dir.path()));
        m_server->setProcessChannelMode(QProcess::MergedChannels);
        m_server->setStandardOutputFile(logPath(), QIODevice::Append);
        // SIGQUIT is PostgreSQL's immediate shutdown (what "pg_ctl stop -m immediate" sends).
        prepareChildProcess(*m_server, SIGQUIT, serverAccount());
        m_server->start();
        if (!m_server->waitForStarted()) {
            m_error = QStringLiteral("postgres did not start: ") + m_server->errorString();
            return false;
        }

        // The server writes "ready" into line 8 of postmaster.pid once it accepts
        // connections; pg_ctl waits for the same.
        const QString pidFile = QDir(dataDirectory()).filePath(QStringLiteral("postmaster.pid"));
        QDeadlineTimer deadline(StartTimeoutMs);
        bool exited = false;
        while (!deadline.hasExpired()) {
            QFile pid(pidFile);
            if (pid.open(QIODevice::ReadOnly)) {
                const QList<QByteArray> lines = pid.readAll().split('\n');
                if (lines.size() >= 8 && lines.at(7).trimmed() == "ready")
                    return true;
            }
            if (m_server->state() == QProcess::NotRunning || m_server->waitForFinished(100)) {
                exited = true;
                break;
            }
        }
        const QString log = serverLog();
        if (exited && log.contains(QLatin1String("could not bind"))) {
            m_server.reset();
            continue; // the port was taken between our probe and the server's bind
        }
        stopServer();
        m_error = QStringLiteral("postgres %1; its log:\n%2")
                      .arg(exited ? QStringLiteral("stopped while starting")
                                  : QStringLiteral("was not ready within %1 ms").arg(StartTimeoutMs),
                           tail(log));
        return false;
    }
    m_error = QStringLiteral("postgres found no free port in %1 attempts").arg(StartAttempts);
    return false;
}

void PgCluster::stopServer()
{
    if (!m_server || m_server->state() == QProcess::NotRunning)
        return;
    ::kill(static_cast<pid_t>(m_server->processId()), SIGQUIT);
    if (!m_server->waitForFinished(StopTimeoutMs)) {
        m_server->kill();
        m_server->waitForFinished();
    }
}

QString PgCluster::connectionString(const QString &database) const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(user(), host(), QString::number(m_port), database);
}

QString PgCluster::createDatabase(const QString &name, QString *error)
{
    static const QRegularExpression validName(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    QString failure;
    if (!validName.match(name).hasMatch())
        failure = QStringLiteral("'%1' is not a plain database name (a-z, 0-9, _; at most 63)")
                      .arg(name);
    else if (!isRunning())
        failure = QStringLiteral("the cluster is not running: ") + m_error;
    else
        runTool(QStringLiteral("createdb"),
                {QStringLiteral("--host"), host(), QStringLiteral("--port"),
                 QString::number(m_port), QStringLiteral("--username"), user(),
                 QStringLiteral("--no-password"), name},
                false, &failure);
    if (error)
        *error = failure;
    return failure.isEmpty() ? connectionString(name) : QString();
}

} // namespace ow::test
