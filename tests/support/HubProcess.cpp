#include "HubProcess.h"

#include "ChildProcessSetup.h"
#include "TestPaths.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <csignal>

namespace ow::test {

namespace {

// Generous: the tests run the hub under AddressSanitizer on a shared two-core machine; these
// limits are only reached when something is wrong.
constexpr int InitTimeoutMs = 300000;
constexpr int StartTimeoutMs = 120000;
constexpr int StopTimeoutMs = 30000;
constexpr int HealthTimeoutMs = 5000;
constexpr int LogTailLines = 40;

QString tail(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    if (lines.size() > LogTailLines)
        lines = lines.mid(lines.size() - LogTailLines);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

HubProcess::HubProcess(QString storage, QString dataDir)
    : m_storage(std::move(storage)), m_dataDir(std::move(dataDir))
{
}

HubProcess::~HubProcess()
{
    if (isRunning())
        kill();
}

QString HubProcess::binary()
{
    return binaryPath(QStringLiteral("onewindow-hub"));
}

QString HubProcess::sqliteStorage(const QString &directory)
{
    return QStringLiteral("sqlite:") + QDir(directory).filePath(QStringLiteral("hub.db"));
}

QStringList HubProcess::demoArguments()
{
    return {QStringLiteral("--demo"), QStringLiteral("--catalog"),
            sourcePath(QStringLiteral("resources/catalog/demo-catalog.json"))};
}

QString HubProcess::logPath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("hub.log"));
}

QString HubProcess::log() const
{
    return logSince(0);
}

QString HubProcess::logSince(qint64 offset) const
{
    QFile file(logPath());
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString HubProcess::failure(const QString &what, qint64 logOffset) const
{
    return what + QStringLiteral("\n--- onewindow-hub output ---\n") + tail(logSince(logOffset));
}

bool HubProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

QUrl HubProcess::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QUrl HubProcess::apiUrl() const
{
    return joinUrl(baseUrl(), QStringLiteral("/api/v1"));
}

bool HubProcess::init(const QStringList &extraArguments)
{
    m_error.clear();
    const qint64 offset = QFileInfo(logPath()).size();
    QProcess process;
    process.setProgram(binary());
    process.setArguments(QStringList{QStringLiteral("init"), QStringLiteral("--storage"), m_storage}
                         + extraArguments);
    process.setWorkingDirectory(m_dataDir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardOutputFile(logPath(), QIODevice::Append);
    prepareChildProcess(process, SIGKILL);
    process.start();
    if (!process.waitForStarted()) {
        m_error = QStringLiteral("cannot start %1: %2").arg(binary(), process.errorString());
        return false;
    }
    if (!process.waitForFinished(InitTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        m_error = failure(QStringLiteral("onewindow-hub init did not finish in time"), offset);
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = failure(process.exitStatus() == QProcess::NormalExit
                              ? QStringLiteral("onewindow-hub init failed with exit code %1")
                                    .arg(process.exitCode())
                              : QStringLiteral("onewindow-hub init crashed"),
                          offset);
        return false;
    }
    return true;
}

bool HubProcess::start()
{
    m_error.clear();
    if (isRunning())
        return true;
    const qint64 offset = QFileInfo(logPath()).size();
    const QString portFile = QDir(m_dataDir).filePath(QStringLiteral("hub.port"));
    QFile::remove(portFile);
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(binary());
    m_process->setArguments({QStringLiteral("serve"), QStringLiteral("--storage"), m_storage,
                             QStringLiteral("--listen"),
                             QStringLiteral("127.0.0.1:%1").arg(m_port),
                             QStringLiteral("--port-file"), portFile});
    m_process->setWorkingDirectory(m_dataDir);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(logPath(), QIODevice::Append);
    prepareChildProcess(*m_process, SIGKILL);
    m_process->start();
    if (!m_process->waitForStarted()) {
        m_error = QStringLiteral("cannot start %1: %2").arg(binary(), m_process->errorString());
        return false;
    }
    return waitUntilServing(offset);
}

bool HubProcess::waitUntilServing(qint64 logOffset)
{
    static const QRegularExpression listening(
        QStringLiteral("onewindow-hub: listening on http://127\\.0\\.0\\.1:(\\d+)"));
    const QString portFile = QDir(m_dataDir).filePath(QStringLiteral("hub.port"));
    bool portKnown = m_port != 0;
    JsonReply lastHealth;
    QDeadlineTimer deadline(StartTimeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process->state() == QProcess::NotRunning || m_process->waitForFinished(50)) {
            m_error = failure(QStringLiteral("onewindow-hub serve stopped while starting "
                                             "(exit code %1)")
                                  .arg(m_process->exitCode()),
                              logOffset);
            return false;
        }
        if (!portKnown) {
            // The port file is written once the port is chosen; the log line says the same.
            QFile file(portFile);
            quint16 port = 0;
            if (file.open(QIODevice::ReadOnly))
                port = file.readAll().trimmed().toUShort();
            if (port == 0) {
                const QRegularExpressionMatch match = listening.match(logSince(logOffset));
                if (match.hasMatch())
                    port = match.captured(1).toUShort();
            }
            if (port == 0)
                continue;
            m_port = port;
            portKnown = true;
        }
        lastHealth = callJson(joinUrl(apiUrl(), QStringLiteral("/health")), "GET", {}, {}, {},
                              HealthTimeoutMs);
        if (lastHealth.status == 200)
            return true;
    }
    m_error = failure(QStringLiteral("onewindow-hub serve did not answer /health within %1 ms "
                                     "(last: %2)")
                          .arg(StartTimeoutMs)
                          .arg(portKnown ? lastHealth.describe() : QStringLiteral("no port yet")),
                      logOffset);
    kill();
    return false;
}

bool HubProcess::terminate()
{
    m_error.clear();
    if (!isRunning())
        return true;
    const qint64 offset = QFileInfo(logPath()).size();
    m_process->terminate();
    if (!m_process->waitForFinished(StopTimeoutMs)) {
        kill();
        m_error = failure(QStringLiteral("onewindow-hub did not stop within %1 ms of SIGTERM")
                              .arg(StopTimeoutMs),
                          offset);
        return false;
    }
    if (m_process->exitStatus() != QProcess::NormalExit || m_process->exitCode() != 0) {
        m_error = failure(QStringLiteral("onewindow-hub ended on SIGTERM with %1")
                              .arg(m_process->exitStatus() == QProcess::NormalExit
                                       ? QStringLiteral("exit code %1").arg(m_process->exitCode())
                                       : QStringLiteral("a crash")),
                          offset);
        return false;
    }
    return true;
}

void HubProcess::kill()
{
    if (!isRunning())
        return;
    m_process->kill();
    m_process->waitForFinished();
}

bool HubProcess::restart()
{
    const bool stopped = terminate();
    const QString stopError = m_error;
    const bool started = start();
    if (!stopped)
        m_error = stopError + (started ? QString() : QStringLiteral("\n") + m_error);
    return stopped && started;
}

JsonReply HubProcess::call(const QByteArray &method, const QString &path,
                           const QJsonObject &body, const QString &token) const
{
    return callJson(joinUrl(apiUrl(), path), method, body, token);
}

QString HubProcess::login(const QString &username, const QString &password,
                          QString *error) const
{
    const JsonReply reply = call("POST", QStringLiteral("/auth/login"),
                                 {{QStringLiteral("username"), username},
                                  {QStringLiteral("password"), password}});
    const QString token = reply.body.value(QStringLiteral("token")).toString();
    if (reply.status != 200 || token.isEmpty()) {
        if (error)
            *error = reply.describe();
        return {};
    }
    if (error)
        error->clear();
    return token;
}

} // namespace ow::test
