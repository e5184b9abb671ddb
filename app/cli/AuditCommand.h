#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace ow::cli {

// onewindow-cli audit list [--limit N] [--action A] [--json] | verify
// Reads the workstation's hash-chained audit trail; verify exits 1 when the chain is broken.
class AuditCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;

private:
    int list(int limit, const QString &action, bool json, CliContext &context);
    int verify(CliContext &context);
};

} // namespace ow::cli
