#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace ow::cli {

// onewindow-cli verify-receipt FILE.pdf|SEALTEXT [--public-key FILE.pem] [--json]
// Checks the SM2 seal of a receipt, notice, refusal or commitment letter: read from a PDF that
// OneWindow wrote, or given as the text of its QR code. Without --public-key the key of this
// workstation (--data-dir) is used. Exit status: 0 genuine, 1 not genuine, 2 usage error or the
// check could not be made (no such file, no key).
class VerifyReceiptCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(VerifyReceiptCommand)

public:
    QString name() const override { return QStringLiteral("verify-receipt"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace ow::cli
