// Catalog pull: a hub with a published --matters (20,000) matter catalog — the demo catalog's
// matters, departments and bundles plus matters derived from them, as ow-seed-workstation makes
// it — and an empty workstation, just enrolled. Timed: one SyncEngine cycle from its start
// until the change cursor has reached the hub's end and every matter is in the workstation's
// catalog tables (pages of 2,000 changes, each checked with the catalog file's rules and
// applied in one transaction with synchronous=FULL). Target: ≤ 2 s for 20,000 matters.
//
//   bench_catalog_pull [--matters 20000] [--catalog FILE] [--storage STORAGE]
//
// The catalog file is made first when --catalog is not given or names no file yet (then it is
// kept there for the next run): ow-seed-workstation --cases 0, then onewindow-cli catalog
// export; not timed. STORAGE as for bench_sync_push; by default SQLite
// in a temporary directory (OW_BENCH_DIR=<dir> puts it there). Prints catalog_pull_<N>: S s.
#include "support/BenchHub.h"
#include "support/BenchWorkstation.h"

#include "core/storage/CatalogRepository.h"
#include "core/sync/SyncSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace ow;

namespace {

constexpr int ToolTimeoutMs = 600000;

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_catalog_pull: %s\n", qPrintable(message));
    return 1;
}

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString storage;
    QString catalog;
    int matters = 20000;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        bool ok = i + 1 < args.size();
        if (ok && args.at(i) == QLatin1String("--storage"))
            storage = args.at(++i);
        else if (ok && args.at(i) == QLatin1String("--catalog"))
            catalog = args.at(++i);
        else if (ok && args.at(i) == QLatin1String("--matters"))
            matters = args.at(++i).toInt(&ok);
        else
            ok = false;
        if (!ok || matters < 1)
            return fail(QStringLiteral("usage: bench_catalog_pull [--matters N] [--catalog FILE] "
                                       "[--storage STORAGE]"));
    }

    const QString base = qEnvironmentVariable("OW_BENCH_DIR", QDir::tempPath());
    QTemporaryDir dir(base + QStringLiteral("/ow-bench-pull-XXXXXX"));
    if (!dir.isValid())
        return fail(QStringLiteral("cannot create a temporary directory in %1").arg(base));
    const QString log = dir.filePath(QStringLiteral("tools.log"));
    QString error;
    QElapsedTimer step;
    if (catalog.isEmpty())
        catalog = dir.filePath(QStringLiteral("catalog.json"));
    if (!QFileInfo::exists(catalog)) {
        step.start();
        const QString seedDir = dir.filePath(QStringLiteral("seed"));
        if (!bench::runTool(QStringLiteral(OW_SEED_WORKSTATION),
                            {seedDir, QStringLiteral("--matters"), QString::number(matters),
                             QStringLiteral("--cases"), QStringLiteral("0")},
                            log, ToolTimeoutMs, &error)
            || !bench::runTool(
                QDir(bench::BenchHub::binDirectory()).filePath(QStringLiteral("onewindow-cli")),
                {QStringLiteral("--data-dir"), seedDir, QStringLiteral("catalog"),
                 QStringLiteral("export"), catalog},
                log, ToolTimeoutMs, &error))
            return fail(error);
        std::fprintf(stderr, "bench_catalog_pull: catalog file made in %.1f s\n", seconds(step));
    }

    if (storage.isEmpty())
        storage = bench::BenchHub::sqliteStorage(dir.path());
    bench::BenchHub hub(storage, dir.path());
    step.start();
    if (!hub.init({QStringLiteral("--demo"), QStringLiteral("--catalog"), catalog}))
        return fail(hub.errorString());
    std::fprintf(stderr, "bench_catalog_pull: hub init with the catalog published in %.1f s\n",
                 seconds(step));
    if (!hub.start())
        return fail(hub.errorString());

    bench::BenchWorkstation station(dir.filePath(QStringLiteral("workstation")));
    if (!station.enrol(hub.baseUrl(), QStringLiteral("BENCH02"), &error))
        return fail(QStringLiteral("enrolment: ") + error);

    const double cpuBefore = bench::ownCpuSeconds() + hub.cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    const core::SyncCycleReport report = station.sync();
    const double pull = seconds(timer);
    const double cpu = bench::ownCpuSeconds() + hub.cpuSeconds() - cpuBefore;
    if (!report.complete() || !report.pulledToEnd)
        return fail(QStringLiteral("the cycle did not complete: ") + report.error);

    struct Pulled
    {
        core::CatalogRepository::Info info;
        qint64 cursor = 0;
        QString error;
    };
    const Pulled pulled = station.onDatabase<Pulled>([](core::Workstation &ws) {
        Pulled p;
        core::StorageError infoError;
        core::StorageError cursorError;
        p.info = core::CatalogRepository(ws.database()).info(&infoError);
        p.cursor = core::SyncSettings::read(ws.database(), &cursorError).cursor;
        p.error = infoError ? infoError.detail : cursorError.detail;
        return p;
    });
    if (!pulled.error.isEmpty() || pulled.info.matterCount != matters)
        return fail(QStringLiteral("the workstation holds %1 matters, not %2 %3")
                        .arg(pulled.info.matterCount)
                        .arg(matters)
                        .arg(pulled.error));
    hub.stop();
    std::printf("catalog_pull_%d: %.2f s\n", matters, pull);
    std::printf("catalog_pull_%d_cpu: %.2f s (workstation and hub together)\n", matters, cpu);
    std::printf("catalog_pull_%d_changes: %d count (%d skipped, cursor %lld, %d departments, "
                "%d bundles)\n",
                matters, report.applied, report.skipped, pulled.cursor, pulled.info.departmentCount,
                pulled.info.bundleCount);
    return report.skipped == 0 ? 0 : fail(QStringLiteral("changes were skipped"));
}
