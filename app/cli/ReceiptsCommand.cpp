#include "ReceiptsCommand.h"

#include "CommandLine.h"
#include "WorkstationAccess.h"

#include "core/Clock.h"
#include "core/audit/AuditLog.h"
#include "core/cases/ReceiptNumberBlocks.h"
#include "core/storage/Transaction.h"

namespace ow::cli {

QString ReceiptsCommand::summary() const
{
    return tr("Grant this window a block of receipt numbers, or show what is left.");
}

int ReceiptsCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("grant PREFIX FIRST LAST: let this window hand out PREFIX-000FIRST to PREFIX-000LAST "
           "without the network (normally the hub grants blocks).\nstatus: the blocks and how "
           "many numbers are left."));
    parser.addPositionalArgument(QStringLiteral("action"), tr("grant or status."));
    if (const int code = CommandLine::parse(parser, name(), arguments, context); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool grant = action == u"grant" && positional.size() == 4;
    if (!grant && !(action == u"status" && positional.size() == 1))
        return CommandLine::usageError(context, name(),
                                       tr("Give one action: grant PREFIX FIRST LAST, or status."));
    qint64 first = 0;
    qint64 last = 0;
    if (grant) {
        bool okFirst = false;
        bool okLast = false;
        first = positional.at(2).toLongLong(&okFirst);
        last = positional.at(3).toLongLong(&okLast);
        if (!okFirst || !okLast)
            return CommandLine::usageError(context, name(),
                                           tr("FIRST and LAST must be whole numbers."));
    }
    const auto db = openWorkstation(context);
    if (!db)
        return ExitFailure;
    core::ReceiptNumberBlocks blocks(*db);
    const QDateTime now = core::Clock::system().now();
    if (grant) {
        core::Transaction tx(*db);
        core::StorageError error = tx.begin();
        if (!error)
            error = blocks.grant(positional.at(1), first, last, QStringLiteral("cli"), now);
        if (!error)
            error = core::AuditLog(*db).append(QStringLiteral("cli"),
                                               QStringLiteral("receipts.grant"), positional.at(1),
                                               QStringLiteral("%1-%2").arg(first).arg(last), now);
        if (!error)
            error = tx.commit();
        if (error) {
            context.err << error.message << Qt::endl;
            return ExitFailure;
        }
        context.out << tr("Granted %1 to %2.")
                           .arg(core::ReceiptNumberBlocks::format(positional.at(1), first),
                                core::ReceiptNumberBlocks::format(positional.at(1), last))
                    << Qt::endl;
        return ExitOk;
    }
    core::StorageError error;
    const auto list = blocks.blocks(&error);
    if (error) {
        context.err << error.message << Qt::endl;
        return ExitFailure;
    }
    qint64 remaining = 0;
    for (const auto &b : list) {
        remaining += b.remaining();
        context.out << tr("%1 … %2: %3 left (from %4, %5)")
                           .arg(core::ReceiptNumberBlocks::format(b.prefix, b.first),
                                core::ReceiptNumberBlocks::format(b.prefix, b.last))
                           .arg(b.remaining())
                           .arg(b.source, b.grantedAt.toLocalTime().toString(Qt::ISODate))
                    << Qt::endl;
    }
    context.out << tr("numbers left: %1").arg(remaining) << Qt::endl;
    return ExitOk;
}

} // namespace ow::cli
