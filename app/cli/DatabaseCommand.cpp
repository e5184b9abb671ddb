#include "DatabaseCommand.h"

#include "CommandLine.h"

#include "core/DataDirectory.h"
#include "core/storage/WorkstationDatabase.h"

#include <QDir>
#include <QFileInfo>

namespace ow::cli {

QString DatabaseCommand::summary() const
{
    return tr("Show the workstation database's schema version, or upgrade it.");
}

int DatabaseCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("status: print where the workstation database is and its schema version, changing "
           "nothing.\nmigrate: create the database or upgrade it to this version's schema."));
    parser.addPositionalArgument(QStringLiteral("action"), tr("status or migrate."));
    if (const int code = CommandLine::parse(parser, name(), arguments, context); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 1 || (action != u"status" && action != u"migrate"))
        return CommandLine::usageError(context, name(), tr("Give one action: status or migrate."));

    const core::DataDirectory dir = core::DataDirectory::resolve(context.dataDir);
    if (!dir.isValid()) {
        context.err << dir.errorMessage << Qt::endl;
        return ExitFailure;
    }
    const QString path = dir.workstationDatabasePath();
    const int latest = core::WorkstationDatabase::latestSchemaVersion();
    if (action == u"status" && !QFileInfo::exists(path)) {
        context.out << tr("database: %1").arg(QDir::toNativeSeparators(path)) << Qt::endl
                    << tr("state: not created yet (this version creates schema %1)").arg(latest)
                    << Qt::endl;
        return ExitOk;
    }
    core::StorageError error;
    core::Database::Options options;
    options.applyMigrations = action == u"migrate";
    const auto db = core::WorkstationDatabase::open(path, &error, options);
    if (!db) {
        context.err << error.message << Qt::endl;
        return ExitFailure;
    }
    context.out << tr("database: %1").arg(QDir::toNativeSeparators(path)) << Qt::endl
                << tr("schema version: %1 (this version knows up to %2)")
                       .arg(db->schemaVersion())
                       .arg(latest)
                << Qt::endl
                << (db->schemaVersion() == latest ? tr("state: up to date")
                                                  : tr("state: upgrade pending; run “onewindow-cli "
                                                       "db migrate”"))
                << Qt::endl;
    return ExitOk;
}

} // namespace ow::cli
