#include "Database.h"

#include "../Logging.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace ow::core {
namespace {

constexpr QByteArrayView kSqliteHeader("SQLite format 3\0", 16);

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("ow-db-%1").arg(counter.fetchAndAddRelaxed(1));
}

// An existing, non-empty file must start with SQLite's magic string before we let the driver
// near it: SQLite would otherwise happily treat some files as empty databases.
bool looksLikeSqlite(const QString &path, bool *exists)
{
    QFile file(path);
    *exists = file.exists() && file.size() > 0;
    if (!*exists)
        return true;
    if (!file.open(QIODevice::ReadOnly))
        return true; // let the driver report the permission problem
    return file.read(16) == kSqliteHeader.toByteArray();
}

sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

} // namespace

Database::Database(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

std::unique_ptr<Database> Database::open(const QString &path, const QList<Migration> &migrations,
                                         StorageError *error, const Options &options)
{
    StorageError ignored;
    StorageError &err = error ? *error : ignored;
    err = {};

    bool exists = false;
    if (!looksLikeSqlite(path, &exists)) {
        err = {StorageError::Code::NotADatabase,
               StorageError::describe(StorageError::Code::NotADatabase, path),
               QStringLiteral("missing SQLite header")};
        qCWarning(lcStorage) << "refusing" << path << ": not an SQLite file";
        return nullptr;
    }

    std::unique_ptr<Database> database(new Database(nextConnectionName(), path));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    database->m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
        if (!db.open()) {
            err = StorageError::fromSql(db.lastError(), path, StorageError::Code::CannotOpen);
            qCWarning(lcStorage) << "cannot open" << path << err.detail;
            return nullptr;
        }
    }
    if ((err = database->configure(options)))
        return nullptr;
    if ((err = database->migrate(migrations, options.applyMigrations)))
        return nullptr;
    qCDebug(lcStorage) << "opened" << path << "schema" << database->m_schemaVersion;
    return database;
}

StorageError Database::configure(const Options &)
{
    QSqlQuery q(connection());
    // WAL lets readers (the supervisor view, the sync engine) run beside the writer;
    // synchronous=FULL makes every committed acceptance durable even if the power goes.
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON",
                               "PRAGMA synchronous=FULL"}) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            const StorageError e = StorageError::fromSql(q.lastError(), m_path);
            qCWarning(lcStorage) << pragma << "failed on" << m_path << e.detail;
            return e;
        }
    }
    return {};
}

int Database::readSchemaVersion(const QSqlDatabase &db, StorageError *error, const QString &path)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' "
                               "AND name = 'schema_migration'"))
        || !q.next()) {
        if (error)
            *error = StorageError::fromSql(q.lastError(), path);
        return -1;
    }
    if (q.value(0).toInt() == 0)
        return 0;
    if (!q.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migration"))
        || !q.next()) {
        if (error)
            *error = StorageError::fromSql(q.lastError(), path);
        return -1;
    }
    return q.value(0).toInt();
}

StorageError Database::migrate(const QList<Migration> &migrations, bool apply)
{
    StorageError err;
    const int current = readSchemaVersion(connection(), &err, m_path);
    if (current < 0)
        return err;
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    if (current > latest) {
        qCWarning(lcStorage) << m_path << "has schema" << current << "; this build knows" << latest;
        return {StorageError::Code::NewerSchema,
                StorageError::describe(StorageError::Code::NewerSchema, m_path),
                QStringLiteral("schema %1 > %2").arg(current).arg(latest)};
    }
    m_schemaVersion = current;
    if (!apply)
        return {};
    for (const Migration &m : migrations) {
        if (m.version <= current)
            continue;
        if ((err = applyMigration(m)))
            return err;
        m_schemaVersion = m.version;
    }
    return {};
}

StorageError Database::applyMigration(const Migration &migration)
{
    qCInfo(lcStorage) << "applying migration" << migration.version << migration.name << "to"
                      << m_path;
    const QString bookkeeping =
        QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migration ("
                       " version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                       " applied_at TEXT NOT NULL);\n");
    if (StorageError e = executeScript(QStringLiteral("BEGIN IMMEDIATE;")))
        return e;
    StorageError e = executeScript(bookkeeping + migration.sql);
    if (!e) {
        QSqlQuery q(connection());
        q.prepare(QStringLiteral(
            "INSERT INTO schema_migration (version, name, applied_at) VALUES (?, ?, ?)"));
        q.addBindValue(migration.version);
        q.addBindValue(migration.name);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!q.exec())
            e = StorageError::fromSql(q.lastError(), m_path, StorageError::Code::MigrationFailed);
    }
    if (!e)
        e = executeScript(QStringLiteral("COMMIT;"));
    if (e) {
        executeScript(QStringLiteral("ROLLBACK;"));
        if (e.code == StorageError::Code::QueryFailed)
            e.code = StorageError::Code::MigrationFailed;
        e.message = StorageError::describe(e.code, m_path);
        e.detail = QStringLiteral("migration %1_%2: %3")
                       .arg(migration.version, 4, 10, QLatin1Char('0'))
                       .arg(migration.name, e.detail);
        qCWarning(lcStorage) << e.detail;
    }
    return e;
}

StorageError Database::executeScript(const QString &sql)
{
    sqlite3 *handle = nativeHandle(connection());
    if (!handle)
        return {StorageError::Code::QueryFailed,
                StorageError::describe(StorageError::Code::QueryFailed, m_path),
                QStringLiteral("no native SQLite handle")};
    char *message = nullptr;
    const int rc = sqlite3_exec(handle, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    const QString detail = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
    sqlite3_free(message);
    return StorageError::fromSqliteCode(sqlite3_extended_errcode(handle), detail, m_path);
}

} // namespace ow::core
