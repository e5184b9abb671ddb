#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace ow::ui {

// Tells when nobody has touched the keyboard or the mouse of this application for an interval.
// An application-wide event filter notes every input event; a single-shot QTimer wakes up when
// the interval could be over and either fires idle() or sleeps for the rest. idle() fires once
// per start(); start() again (after the screen was unlocked) to watch again.
class IdleWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;

    // 0 switches the watcher off: start() then does nothing.
    void setIdleMinutes(int minutes);
    // Any interval, for tests; restarts the watch when it is running.
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_interval; }
    bool isActive() const { return m_timer.isActive(); }

public slots:
    void start();
    void stop();

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void check();

    std::chrono::milliseconds m_interval{0};
    QTimer m_timer;
    QElapsedTimer m_sinceInput;
};

} // namespace ow::ui
