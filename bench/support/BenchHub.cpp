#include "BenchHub.h"

#include "BenchHttp.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>

#include <csignal>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

namespace ow::bench {

namespace {

// Generous: only reached when something is wrong (the machine may be busy with builds).
constexpr int InitTimeoutMs = 600000; // a 20,000-matter catalog is published in one go
constexpr int StartTimeoutMs = 120000;
constexpr int StopTimeoutMs = 30000;

QString tailOf(const QString &path, int lines = 30)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList all = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    if (all.size() > lines)
        all = all.mid(all.size() - lines);
    return all.join(QLatin1Char('\n'));
}

} // namespace

void dieWithParent(QProcess &process, int signal)
{
    const pid_t parent = getpid();
    process.setChildProcessModifier([parent, signal] {
        prctl(PR_SET_PDEATHSIG, signal);
        if (getppid() != parent) // the bench died before prctl took effect
            _exit(126);
    });
}

bool runTool(const QString &program, const QStringList &arguments, const QString &logFile,
             int timeoutMs, QString *error)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardOutputFile(logFile, QIODevice::Append);
    dieWithParent(process, SIGKILL);
    process.start();
    if (!process.waitForStarted()) {
        *error = QStringLiteral("cannot start %1: %2").arg(program, process.errorString());
        return false;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        *error = QStringLiteral("%1 did not finish in time").arg(program);
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("%1 %2 failed (exit code %3):\n%4")
                     .arg(program, arguments.value(0))
                     .arg(process.exitCode())
                     .arg(tailOf(logFile));
        return false;
    }
    return true;
}

BenchHub::BenchHub(QString storage, QString dir)
    : m_storage(std::move(storage))
    , m_dir(std::move(dir))
{}

BenchHub::~BenchHub()
{
    stop();
}

QString BenchHub::binDirectory()
{
    return QStringLiteral(OW_BENCH_BIN_DIR);
}

QString BenchHub::sqliteStorage(const QString &dir)
{
    return QStringLiteral("sqlite:") + QDir(dir).filePath(QStringLiteral("hub.db"));
}

QString BenchHub::storageKind() const
{
    return m_storage.startsWith(QLatin1String("postgresql:")) ? QStringLiteral("postgresql")
                                                              : QStringLiteral("sqlite");
}

QString BenchHub::logTail() const
{
    return tailOf(QDir(m_dir).filePath(QStringLiteral("hub.log")));
}

bool BenchHub::init(const QStringList &arguments)
{
    return runTool(QDir(binDirectory()).filePath(QStringLiteral("onewindow-hub")),
                   QStringList{QStringLiteral("init"), QStringLiteral("--storage"), m_storage}
                       + arguments,
                   QDir(m_dir).filePath(QStringLiteral("hub.log")), InitTimeoutMs, &m_error);
}

bool BenchHub::start()
{
    const QString portFile = QDir(m_dir).filePath(QStringLiteral("hub.port"));
    QFile::remove(portFile);
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(QDir(binDirectory()).filePath(QStringLiteral("onewindow-hub")));
    m_process->setArguments({QStringLiteral("serve"), QStringLiteral("--storage"), m_storage,
                             QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                             QStringLiteral("--port-file"), portFile});
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(QDir(m_dir).filePath(QStringLiteral("hub.log")),
                                     QIODevice::Append);
    dieWithParent(*m_process, SIGKILL);
    m_process->start();
    if (!m_process->waitForStarted()) {
        m_error = QStringLiteral("cannot start onewindow-hub: ") + m_process->errorString();
        return false;
    }
    QDeadlineTimer deadline(StartTimeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process->waitForFinished(50)) {
            m_error = QStringLiteral("onewindow-hub serve stopped while starting:\n") + logTail();
            return false;
        }
        if (m_port == 0) {
            QFile file(portFile);
            if (file.open(QIODevice::ReadOnly))
                m_port = file.readAll().trimmed().toUShort();
            if (m_port == 0)
                continue;
        }
        if (callJson("GET", apiUrl(baseUrl(), QStringLiteral("/health")), {}, {}, 5000).status
            == 200)
            return true;
        QThread::msleep(50);
    }
    m_error = QStringLiteral("onewindow-hub did not answer /health in time:\n") + logTail();
    return false;
}

void BenchHub::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(StopTimeoutMs)) {
        m_process->kill();
        m_process->waitForFinished();
    }
}

double BenchHub::cpuSeconds() const
{
    if (!m_process || m_process->state() != QProcess::Running)
        return -1;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(m_process->processId()));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    // Fields after the command name (which may hold spaces): state is the 3rd field of
    // proc(5), utime and stime the 14th and 15th.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong())
           / double(sysconf(_SC_CLK_TCK));
}

double ownCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) {
        return double(t.tv_sec) + double(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

QUrl BenchHub::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

} // namespace ow::bench
