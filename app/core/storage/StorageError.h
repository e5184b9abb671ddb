#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlError;

namespace ow::core {

// Why a database could not be opened or used. A busy database is not a broken one and a broken
// one is never deleted: the clerk or the administrator is told which it is.
struct StorageError
{
    enum class Code {
        None,
        CannotOpen,      // permissions, missing directory, disk full
        NotADatabase,    // the file exists but is not an SQLite database
        Corrupt,         // SQLite says the file is malformed
        Busy,            // another process holds a lock longer than the busy timeout
        NewerSchema,     // written by a newer OneWindow than this one
        MigrationFailed, // a schema upgrade failed and was rolled back
        QueryFailed,     // any other SQL error
    };

    Code code = Code::None;
    QString message; // translated, for the UI
    QString detail;  // the driver's text, for the log

    bool isError() const { return code != Code::None; }
    explicit operator bool() const { return isError(); }

    // Maps an SQLite error (by its native code) to Corrupt, Busy, NotADatabase or `fallback`.
    static StorageError fromSql(const QSqlError &error, const QString &path,
                                Code fallback = Code::QueryFailed);
    // The same for a raw SQLite result code (sqlite3_exec and friends).
    static StorageError fromSqliteCode(int resultCode, const QString &detail, const QString &path,
                                       Code fallback = Code::QueryFailed);
    static QString describe(Code code, const QString &path);
};

class StorageMessages
{
    Q_DECLARE_TR_FUNCTIONS(StorageMessages)
    friend struct StorageError;
};

} // namespace ow::core
