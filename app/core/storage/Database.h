#pragma once

#include "Migration.h"
#include "StorageError.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace ow::core {

// One SQLite connection in WAL mode with foreign keys on, brought to the newest schema the
// given migrations describe. Owns its QSqlDatabase connection and removes it on destruction.
// Like every Qt SQL connection, it is used only from the thread that opened it.
class Database final
{
public:
    struct Options
    {
        int busyTimeoutMs = 5000;
        // false: open and report the schema version without upgrading anything (a database
        // newer than `migrations` is still refused).
        bool applyMigrations = true;
    };

    // Opens (creating if needed) and migrates. On failure returns null and fills `error`;
    // the file is never deleted or rewritten when it is not a healthy OneWindow database,
    // and a database newer than `migrations` is refused before anything is written.
    static std::unique_ptr<Database> open(const QString &path, const QList<Migration> &migrations,
                                          StorageError *error, const Options &options);
    static std::unique_ptr<Database> open(const QString &path, const QList<Migration> &migrations,
                                          StorageError *error)
    {
        return open(path, migrations, error, Options{});
    }

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }

    // Runs a script of several statements (as migrations are written) in one go.
    StorageError executeScript(const QString &sql);

    // The schema version recorded in a database file, without migrating or writing anything;
    // -1 if the file has no OneWindow schema yet. Used by `onewindow-cli db status`.
    static int readSchemaVersion(const QSqlDatabase &db, StorageError *error, const QString &path);

private:
    Database(QString connectionName, QString path);
    StorageError configure(const Options &options);
    StorageError migrate(const QList<Migration> &migrations, bool apply);
    StorageError applyMigration(const Migration &migration);

    QString m_connectionName;
    QString m_path;
    int m_schemaVersion = 0;
};

} // namespace ow::core
