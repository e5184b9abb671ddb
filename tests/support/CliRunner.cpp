#include "CliRunner.h"

#include "TestPaths.h"

#include <QProcess>

namespace ow::test {

CliRun runCli(const QStringList &arguments, const QString &language)
{
    QProcess p;
    QStringList args{QStringLiteral("--lang"), language};
    args.append(arguments);
    p.start(binaryPath(QStringLiteral("onewindow-cli")), args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace ow::test
