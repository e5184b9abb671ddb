#pragma once

#include "core/BackgroundWorkstation.h"
#include "core/sync/SyncStatus.h"

#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QString>
#include <QUrl>

#include <functional>

namespace ow::core {
class Catalog;
}

namespace ow::bench {

// A workstation data directory driven the way the product drives it: enrolled with
// WorkstationEnrolment (as `onewindow-cli sync enrol`), synced with SyncEngine cycles (as
// `onewindow-cli sync once`), its database used on BackgroundWorkstation's thread.
class BenchWorkstation
{
public:
    explicit BenchWorkstation(const QString &dir);

    // Enrols at `hub` with the demo administrator (admin / onewindow-admin).
    bool enrol(const QUrl &hub, const QString &stationId, QString *error);
    // One sync cycle, awaited.
    core::SyncCycleReport sync();
    // Accepts `count` single-matter cases (居住证申领, demo catalog) through AcceptanceService,
    // each a new applicant, so the outbox holds `count` queued envelopes. The connection runs
    // with synchronous=OFF meanwhile (set-up, not measured) and FULL again afterwards.
    bool queueCases(const core::Catalog &catalog, int count, QString *error);
    // A workstation token from POST /auth/workstation, signed with the station's key.
    QString workstationToken(QString *error);

    // Runs `work` on the workstation's thread and waits for it in an event loop (not with
    // QFuture::waitForFinished, which may run a task not yet started on the waiting thread,
    // away from the thread that owns the connection).
    template<typename T>
    T onDatabase(std::function<T(core::Workstation &)> work)
    {
        QFuture<T> f = m_background.run<T>(std::move(work));
        QFutureWatcher<T> watcher;
        QEventLoop loop;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(f);
        if (!f.isFinished())
            loop.exec();
        return f.result();
    }

    core::BackgroundWorkstation &background() { return m_background; }

private:
    core::BackgroundWorkstation m_background;
};

} // namespace ow::bench
