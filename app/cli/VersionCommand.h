#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace ow::cli {

// onewindow-cli version [--json]
class VersionCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(VersionCommand)

public:
    QString name() const override { return QStringLiteral("version"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace ow::cli
