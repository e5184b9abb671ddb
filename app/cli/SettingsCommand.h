#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace ow::cli {

// onewindow-cli settings idle-lock [MINUTES]
// Shows or changes the workstation's settings; changes are audited as "cli:<system user>".
class SettingsCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SettingsCommand)

public:
    QString name() const override { return QStringLiteral("settings"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;

private:
    int idleLock(const QString &minutes, CliContext &context);
};

} // namespace ow::cli
