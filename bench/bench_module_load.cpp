// Start-up cost of the domain plugins: the time ModuleRegistry::load takes to find, resolve and
// load every module plugin of the build (property, project, business and their widget plugins'
// metadata), parse and check each module's catalog, and install its translations — what the
// workbench pays once at start.
//
// dlopen caches a library for the life of a process, so loading twice in one process measures
// nothing: the program runs itself once per sample (`--once` prints one sample in microseconds)
// and reports the median and the worst of the samples.
#include "core/modules/ModuleRegistry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace ow::core;

namespace {

constexpr int kSamples = 15;

int once()
{
    ModuleRegistry::Options options;
    options.directories = ModuleRegistry::defaultDirectories();
    options.language = QStringLiteral("zh_CN");
    QElapsedTimer timer;
    timer.start();
    const auto registry = ModuleRegistry::load(options);
    const qint64 micros = timer.nsecsElapsed() / 1000;
    int matterModules = 0;
    for (const LoadedModule &m : registry->modules())
        matterModules += m.module ? 1 : 0;
    QTextStream(stdout) << micros << ' ' << matterModules << ' ' << registry->skipped().size()
                        << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().contains(QStringLiteral("--once")))
        return once();

    QList<double> millis;
    int modules = 0;
    int skipped = 0;
    for (int i = 0; i < kSamples; ++i) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--once")});
        if (!child.waitForFinished(60000) || child.exitCode() != 0) {
            std::fprintf(stderr, "bench_module_load: a sample failed: %s\n",
                         child.readAllStandardError().constData());
            return 1;
        }
        const QList<QByteArray> parts = child.readAllStandardOutput().trimmed().split(' ');
        if (parts.size() != 3)
            return 1;
        millis.append(double(parts.at(0).toLongLong()) / 1000.0);
        modules = parts.at(1).toInt();
        skipped = parts.at(2).toInt();
    }
    std::sort(millis.begin(), millis.end());
    if (modules != 3 || skipped != 0)
        std::fprintf(stderr, "bench_module_load: %d domain modules loaded, %d skipped (expected "
                             "3 and 0)\n", modules, skipped);
    std::printf("module_load_3_plugins_median: %.1f ms\n", millis.at(millis.size() / 2));
    std::printf("module_load_3_plugins_max: %.1f ms\n", millis.last());
    return modules == 3 && skipped == 0 ? 0 : 1;
}
