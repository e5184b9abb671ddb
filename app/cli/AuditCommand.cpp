#include "AuditCommand.h"

#include "CommandLine.h"
#include "WorkstationAccess.h"

#include "core/audit/AuditLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ow::cli {

QString AuditCommand::summary() const
{
    return tr("List the audit trail of this workstation or verify its hash chain.");
}

int AuditCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("list: the newest entries first — sequence number, time, who, what, on what.\n"
           "verify: recompute the SM3 hash chain; exits 1 when an entry was changed or removed "
           "outside OneWindow."));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most this many entries (list)."),
                                   tr("count"), QStringLiteral("50"));
    const QCommandLineOption action(QStringLiteral("action"),
                                    tr("Only entries of this action, e.g. clerk.login (list)."),
                                    tr("action"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON (list)."));
    parser.addOptions({limit, action, json});
    parser.addPositionalArgument(QStringLiteral("action"), tr("list or verify."));
    if (const int code = CommandLine::parse(parser, name(), arguments, context); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional == QStringList{QStringLiteral("verify")})
        return verify(context);
    if (positional == QStringList{QStringLiteral("list")}) {
        bool ok = false;
        const int count = parser.value(limit).toInt(&ok);
        if (!ok || count < 1 || count > 100000)
            return CommandLine::usageError(context, name(),
                                           tr("--limit takes a number from 1 to 100000."));
        return list(count, parser.value(action), parser.isSet(json), context);
    }
    return CommandLine::usageError(context, name(), tr("Give one action: list or verify."));
}

int AuditCommand::list(int limit, const QString &action, bool json, CliContext &context)
{
    const auto db = openWorkstation(context);
    if (!db)
        return ExitFailure;
    core::StorageError error;
    const QList<core::AuditEntry> entries = core::AuditLog(*db).latest(limit, action, &error);
    if (error) {
        context.err << error.message << Qt::endl;
        return ExitFailure;
    }
    if (json) {
        QJsonArray array;
        for (const core::AuditEntry &e : entries) {
            array.append(
                QJsonObject{{QStringLiteral("seq"), e.seq},
                            {QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs)},
                            {QStringLiteral("actor"), e.actor},
                            {QStringLiteral("action"), e.action},
                            {QStringLiteral("subject"), e.subject},
                            {QStringLiteral("detail"), e.detail},
                            {QStringLiteral("hash"), QString::fromLatin1(e.hash.toHex())}});
        }
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact))
                    << Qt::endl;
        return ExitOk;
    }
    for (const core::AuditEntry &e : entries) {
        context.out << e.seq << u'\t' << e.at.toLocalTime().toString(Qt::ISODate) << u'\t'
                    << e.actor << u'\t' << e.action << u'\t' << e.subject << u'\t' << e.detail
                    << Qt::endl;
    }
    if (entries.isEmpty())
        context.err << tr("The audit trail has no entries yet.") << Qt::endl;
    return ExitOk;
}

int AuditCommand::verify(CliContext &context)
{
    const auto db = openWorkstation(context);
    if (!db)
        return ExitFailure;
    core::StorageError error;
    const core::AuditLog::Verification v = core::AuditLog(*db).verify(&error);
    if (error) {
        context.err << error.message << Qt::endl;
        return ExitFailure;
    }
    if (!v.intact()) {
        context.err << tr("The audit trail is broken at entry %1: an entry was changed or removed "
                          "outside OneWindow. Keep this database as evidence and tell the "
                          "administrator.")
                           .arg(v.firstBrokenSeq)
                    << Qt::endl;
        return ExitFailure;
    }
    context.out << tr("The audit trail is intact. Entries checked: %1.").arg(v.checked) << Qt::endl;
    return ExitOk;
}

} // namespace ow::cli
