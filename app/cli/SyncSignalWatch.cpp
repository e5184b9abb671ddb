#include "SyncSignalWatch.h"

#include <QSocketNotifier>

#include <csignal>

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ow::cli {
namespace {

int g_writeFd = -1;
struct sigaction g_previousInt = {};
struct sigaction g_previousTerm = {};

extern "C" void onSignal(int)
{
    const char byte = 1;
    if (g_writeFd >= 0) {
        // Nothing to do when the pipe is full: a byte is already waiting.
        [[maybe_unused]] const ssize_t written = ::write(g_writeFd, &byte, 1);
    }
}

} // namespace

SyncSignalWatch::SyncSignalWatch(QObject *parent)
    : QObject(parent)
{
    if (g_writeFd >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, m_fds) != 0)
        return;
    ::fcntl(m_fds[0], F_SETFL, O_NONBLOCK);
    ::fcntl(m_fds[1], F_SETFL, O_NONBLOCK);
    g_writeFd = m_fds[1];
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, &g_previousInt);
    ::sigaction(SIGTERM, &action, &g_previousTerm);
    m_notifier = new QSocketNotifier(m_fds[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char buffer[16];
        while (::read(m_fds[0], buffer, sizeof buffer) > 0) {
        }
        emit triggered();
    });
}

SyncSignalWatch::~SyncSignalWatch()
{
    if (!m_notifier)
        return;
    ::sigaction(SIGINT, &g_previousInt, nullptr);
    ::sigaction(SIGTERM, &g_previousTerm, nullptr);
    g_writeFd = -1;
    delete m_notifier;
    ::close(m_fds[0]);
    ::close(m_fds[1]);
}

} // namespace ow::cli
