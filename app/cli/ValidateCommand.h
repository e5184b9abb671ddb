#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace ow::cli {

// onewindow-cli validate id|credit-code|division VALUE [--json]
class ValidateCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ValidateCommand)

public:
    QString name() const override { return QStringLiteral("validate"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace ow::cli
