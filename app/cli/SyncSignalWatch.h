#pragma once

#include <QObject>

class QSocketNotifier;

namespace ow::cli {

// Turns SIGINT and SIGTERM into a Qt signal for `sync watch`, so it stops between (or by
// cancelling) network calls and leaves the outbox consistent, instead of dying mid-write. The
// handlers only write a byte to a pipe (all a signal handler may safely do); the previous
// handlers come back when the object is destroyed. One instance at a time.
class SyncSignalWatch final : public QObject
{
    Q_OBJECT

public:
    explicit SyncSignalWatch(QObject *parent = nullptr);
    ~SyncSignalWatch() override;

    bool isActive() const { return m_notifier != nullptr; }

signals:
    void triggered();

private:
    QSocketNotifier *m_notifier = nullptr;
    int m_fds[2] = {-1, -1};
};

} // namespace ow::cli
