#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace ow::cli {

// onewindow-cli receipts grant PREFIX FIRST LAST | status
class ReceiptsCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptsCommand)

public:
    QString name() const override { return QStringLiteral("receipts"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace ow::cli
