#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace ow::cli {

// onewindow-cli dept --hub URL --user NAME
//     list [--status S] [--limit N] | show CASE | act CASE POSITION ACTION [--opinion T] [--days N]
// A department officer's (or an administrator's) work on the hub's cases from a terminal or a
// script: the cases with a step of the officer's department, one case with its steps and
// history, and the actions on a step (docs/api/protocol.md, "Cases and department steps").
// CASE is a case id or a receipt number. The password comes from OW_HUB_PASSWORD or standard
// input. Exit status 0 on success, 1 when the hub refused or could not be reached.
class DeptCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeptCommand)

public:
    QString name() const override { return QStringLiteral("dept"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace ow::cli
