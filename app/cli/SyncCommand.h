#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

class QCommandLineParser;

namespace ow::core {
struct SyncCycleReport;
}

namespace ow::cli {

// onewindow-cli sync enrol --hub URL [--station ID] [--window NAME] --user ADMIN
//                  | status [--json] | once [--timeout S] | watch [--interval S] [--timeout S]
// enrol: an administrator's password from OW_HUB_PASSWORD or standard input; registers this
// workstation's SM2 key at the hub, stores the hub's address and key, fetches receipt numbers.
// once: one full cycle (push, pull, verifications, receipt numbers); exit 0 only when
// everything due was confirmed and pulled. watch: cycles until SIGINT/SIGTERM, a line each.
class SyncCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)

public:
    QString name() const override { return QStringLiteral("sync"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;

    // The one line `sync watch` prints per cycle (and `sync once` prints at its end).
    static QString describe(const core::SyncCycleReport &report);

private:
    int enrol(const QCommandLineParser &parser, CliContext &context);
    int status(bool json, CliContext &context);
    int once(int timeoutSeconds, CliContext &context);
    int watch(int intervalSeconds, int timeoutSeconds, CliContext &context);
};

} // namespace ow::cli
