#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace ow::cli {

// onewindow-cli calendar deadline DATE N | is-workday DATE | year YEAR [--json]
// Working days by the built-in calendar (resources/calendar/); years it does not cover count
// Monday to Friday and say so on standard error (and in "warnings" with --json).
class CalendarCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CalendarCommand)

public:
    QString name() const override { return QStringLiteral("calendar"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace ow::cli
