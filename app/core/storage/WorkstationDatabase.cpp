#include "WorkstationDatabase.h"

#include "../Logging.h"

namespace ow::core {

QList<Migration> WorkstationDatabase::migrations()
{
    static const QList<Migration> list = [] {
        QString error;
        QList<Migration> loaded = loadMigrations(QStringLiteral(":/sql/workstation"), &error);
        // A broken migration set is a build defect; fail loudly in every build type.
        if (!error.isEmpty())
            qFatal("workstation migrations: %s", qPrintable(error));
        return loaded;
    }();
    return list;
}

int WorkstationDatabase::latestSchemaVersion()
{
    const QList<Migration> list = migrations();
    return list.isEmpty() ? 0 : list.last().version;
}

std::unique_ptr<Database> WorkstationDatabase::open(const QString &path, StorageError *error,
                                                   const Database::Options &options)
{
    return Database::open(path, migrations(), error, options);
}

} // namespace ow::core
