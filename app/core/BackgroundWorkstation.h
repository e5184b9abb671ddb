#pragma once

#include "Workstation.h"

#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>

namespace ow::core {

// Runs work against the workstation cache on one background thread, so that commits (which
// wait for the disk: synchronous = FULL) and larger reads never block the GUI thread. The
// thread opens its own connection and its own vault on first use (Qt SQL connections and the
// cipher belong to one thread); the GUI continues on its own thread with QFuture::then:
//     background.run<R>([request](Workstation &ws) { … }).then(this, [](const R &r) { … });
// Work runs in submission order, one item at a time.
class BackgroundWorkstation final
{
public:
    explicit BackgroundWorkstation(DataDirectory directory);
    ~BackgroundWorkstation(); // waits for queued work, then closes the connection

    BackgroundWorkstation(const BackgroundWorkstation &) = delete;
    BackgroundWorkstation &operator=(const BackgroundWorkstation &) = delete;

    // `work` receives the thread's Workstation, or is not called and `T{}` is returned with
    // `openError()` set when the cache cannot be opened there.
    template<typename T>
    QFuture<T> run(std::function<T(Workstation &)> work)
    {
        return QtConcurrent::run(&m_pool, [this, work = std::move(work)]() -> T {
            Workstation *ws = workstation();
            return ws ? work(*ws) : T{};
        });
    }

    QString openError() const;

private:
    Workstation *workstation(); // on the pool's thread only

    DataDirectory m_directory;
    QThreadPool m_pool;
    std::unique_ptr<Workstation> m_workstation; // created and destroyed on the pool's thread
    QString m_openError;
};

} // namespace ow::core
