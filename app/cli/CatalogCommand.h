#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace ow::cli {

// onewindow-cli catalog import FILE | export [FILE] | info | search QUERY
class CatalogCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CatalogCommand)

public:
    QString name() const override { return QStringLiteral("catalog"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;

private:
    int importFile(const QString &path, CliContext &context);
    int exportTo(const QString &path, CliContext &context);
    int info(CliContext &context);
    int search(const QString &query, int limit, bool json, CliContext &context);
};

} // namespace ow::cli
