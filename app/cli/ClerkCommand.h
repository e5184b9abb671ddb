#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

class QCommandLineParser;

namespace ow::core {
class Database;
}

namespace ow::cli {

// onewindow-cli clerk add LOGIN --name NAME --role ROLES [--window W] [--password-stdin]
//                     | list [--json] | passwd LOGIN [--password-stdin]
//                     | disable LOGIN | enable LOGIN | roles LOGIN ROLES
// Every change is written to the audit trail as "cli:<system user>".
class ClerkCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ClerkCommand)

public:
    QString name() const override { return QStringLiteral("clerk"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;

private:
    int add(const QString &login, const QCommandLineParser &parser, CliContext &context);
    int list(bool json, CliContext &context);
    int passwd(const QString &login, bool fromStdin, CliContext &context);
    int setDisabled(const QString &login, bool disabled, CliContext &context);
    int setRoles(const QString &login, const QString &roles, CliContext &context);
};

} // namespace ow::cli
