#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace ow::cli {

// onewindow-cli case list [--limit N] [--json] | show RECEIPT [--json]
//               | import FILE [--clerk LOGIN] [--window NAME] (CaseImport)
class CaseCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CaseCommand)

public:
    QString name() const override { return QStringLiteral("case"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace ow::cli
