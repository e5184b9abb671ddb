#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace ow::cli {

// onewindow-cli db status|migrate: the workstation database's location and schema version.
class DatabaseCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCommand)

public:
    QString name() const override { return QStringLiteral("db"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace ow::cli
