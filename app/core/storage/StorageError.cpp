#include "StorageError.h"

#include <QDir>
#include <QSqlError>

#include <sqlite3.h>

namespace ow::core {

StorageError StorageError::fromSql(const QSqlError &error, const QString &path, Code fallback)
{
    bool ok = false;
    const int native = error.nativeErrorCode().toInt(&ok);
    return fromSqliteCode(ok ? native : -1, error.text(), path, fallback);
}

StorageError StorageError::fromSqliteCode(int resultCode, const QString &detail,
                                          const QString &path, Code fallback)
{
    Code code = fallback;
    if (resultCode >= 0) {
        switch (resultCode & 0xFF) { // primary result code; extended codes keep it in the low byte
        case SQLITE_CORRUPT:
            code = Code::Corrupt;
            break;
        case SQLITE_NOTADB:
            code = Code::NotADatabase;
            break;
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            code = Code::Busy;
            break;
        case SQLITE_CANTOPEN:
        case SQLITE_PERM:
        case SQLITE_READONLY:
        case SQLITE_FULL:
            code = Code::CannotOpen;
            break;
        default:
            break;
        }
    }
    return StorageError{code, describe(code, path), detail};
}

QString StorageError::describe(Code code, const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    switch (code) {
    case Code::None:
        return {};
    case Code::CannotOpen:
        return StorageMessages::tr("The database %1 cannot be opened: check that the folder exists, "
                                   "is writable and that the disk is not full.")
            .arg(file);
    case Code::NotADatabase:
        return StorageMessages::tr("The file %1 is not a OneWindow database. It was left untouched; "
                                   "choose another data directory or move the file away.")
            .arg(file);
    case Code::Corrupt:
        return StorageMessages::tr("The database %1 is damaged. It was left untouched so that it can "
                                   "be recovered; ask the administrator to restore it from a backup "
                                   "or the hub.")
            .arg(file);
    case Code::Busy:
        return StorageMessages::tr("The database %1 is in use by another program and stayed locked. "
                                   "Close other OneWindow windows on this workstation and try again.")
            .arg(file);
    case Code::NewerSchema:
        return StorageMessages::tr("The database %1 was written by a newer version of OneWindow. "
                                   "Install that version; the file was not changed.")
            .arg(file);
    case Code::MigrationFailed:
        return StorageMessages::tr("The database %1 could not be upgraded; it was left as it was.")
            .arg(file);
    case Code::QueryFailed:
        return StorageMessages::tr("A database operation on %1 failed.").arg(file);
    }
    return {};
}

} // namespace ow::core
