#pragma once

#include <QString>
#include <QStringList>

namespace ow::test {

// Runs the real onewindow-cli binary of this build, as an administrator's script would.
struct CliRun
{
    int exitCode = -1; // -1: did not finish in time; -2: crashed
    QString out;
    QString err;
};

CliRun runCli(const QStringList &arguments, const QString &language = QStringLiteral("en"));

} // namespace ow::test
