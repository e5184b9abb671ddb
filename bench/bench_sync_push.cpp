// Push throughput: a workstation with --cases (10,000) queued envelopes, enrolled at a hub on
// loopback (the release build's onewindow-hub, a child process), drains its outbox with
// SyncEngine cycles exactly as the product does (batches of 200 per POST /envelopes, each
// batch's outcome committed on the workstation with synchronous=FULL). Only the cycles are
// timed; the hub's start, the enrolment, a first cycle (the demo catalog and calendars) and
// the acceptance of the cases (synchronous=OFF) come before. Target: ≥ 2,000 cases/s on SQLite.
//
//   bench_sync_push [--storage STORAGE] [--cases 10000]
//
// STORAGE is the hub's (sqlite:/path/hub.db or postgresql://user@host:port/db, an empty
// database); by default a SQLite hub in a temporary directory. Prints
// sync_push_<sqlite|postgresql>: N cases/s. OW_BENCH_DIR=<dir> puts the temporary directory
// there.
#include "support/BenchHub.h"
#include "support/BenchWorkstation.h"

#include "core/catalog/CatalogJson.h"
#include "core/sync/OutboxStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace ow;

namespace {

constexpr int MaxCycles = 5; // one cycle drains everything; more only if the hub failed once

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_sync_push: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString storage;
    int cases = 10000;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        bool ok = i + 1 < args.size();
        if (ok && args.at(i) == QLatin1String("--storage"))
            storage = args.at(++i);
        else if (ok && args.at(i) == QLatin1String("--cases"))
            cases = args.at(++i).toInt(&ok);
        else
            ok = false;
        if (!ok || cases < 1)
            return fail(QStringLiteral("usage: bench_sync_push [--storage STORAGE] [--cases N]"));
    }

    QFile catalogFile(QStringLiteral(OW_DEMO_CATALOG));
    if (!catalogFile.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1").arg(catalogFile.fileName()));
    const core::CatalogParseResult demo = core::CatalogJson::parse(catalogFile.readAll());
    if (!demo.ok())
        return fail(QStringLiteral("%1 is not a valid catalog").arg(catalogFile.fileName()));

    const QString base = qEnvironmentVariable("OW_BENCH_DIR", QDir::tempPath());
    QTemporaryDir dir(base + QStringLiteral("/ow-bench-push-XXXXXX"));
    if (!dir.isValid())
        return fail(QStringLiteral("cannot create a temporary directory in %1").arg(base));
    if (storage.isEmpty())
        storage = bench::BenchHub::sqliteStorage(dir.path());
    bench::BenchHub hub(storage, dir.path());
    if (!hub.init({QStringLiteral("--demo"), QStringLiteral("--catalog"),
                   QStringLiteral(OW_DEMO_CATALOG)})
        || !hub.start())
        return fail(hub.errorString());

    bench::BenchWorkstation station(dir.filePath(QStringLiteral("workstation")));
    QString error;
    if (!station.enrol(hub.baseUrl(), QStringLiteral("BENCH01"), &error))
        return fail(QStringLiteral("enrolment: ") + error);
    const core::SyncCycleReport first = station.sync();
    if (!first.complete())
        return fail(QStringLiteral("first cycle: ") + first.error);
    if (!station.queueCases(demo.catalog, cases, &error))
        return fail(QStringLiteral("queueing cases: ") + error);

    int confirmed = 0;
    const double cpuBefore = bench::ownCpuSeconds() + hub.cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    for (int cycle = 0; cycle < MaxCycles && confirmed < cases; ++cycle) {
        const core::SyncCycleReport report = station.sync();
        confirmed += report.confirmed;
        if (report.rejected > 0)
            return fail(QStringLiteral("the hub refused %1 envelopes: %2")
                            .arg(report.rejected)
                            .arg(report.rejections.value(0)));
        if (!report.error.isEmpty())
            std::fprintf(stderr, "bench_sync_push: cycle %d: %s\n", cycle + 1,
                         qPrintable(report.error));
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpu = bench::ownCpuSeconds() + hub.cpuSeconds() - cpuBefore;

    // What the outbox says, not only what the cycles counted.
    const core::OutboxCounts counts =
        station.onDatabase<core::OutboxCounts>([](core::Workstation &ws) {
            core::StorageError e;
            return core::OutboxStore(ws.database(), ws.vault()).counts(&e);
        });
    if (counts.confirmed != cases || counts.queued + counts.failed + counts.rejected != 0)
        return fail(QStringLiteral("after %1 s: %2 confirmed, %3 queued, %4 failed, %5 refused")
                        .arg(seconds)
                        .arg(counts.confirmed)
                        .arg(counts.queued)
                        .arg(counts.failed)
                        .arg(counts.rejected));
    hub.stop();
    std::printf("sync_push_%s: %.0f cases/s\n", qPrintable(hub.storageKind()),
                double(cases) / seconds);
    std::printf("sync_push_%s_time: %.2f s (%d cases)\n", qPrintable(hub.storageKind()), seconds,
                cases);
    // The PostgreSQL server's own CPU time is not in it (another process tree, maybe another
    // account).
    std::printf("sync_push_%s_cpu: %.3f ms per case (workstation and hub together)\n",
                qPrintable(hub.storageKind()), cpu * 1e3 / cases);
    return 0;
}
