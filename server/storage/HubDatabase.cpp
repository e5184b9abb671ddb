#include "HubDatabase.h"

#include "core/storage/Migration.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QScopeGuard>
#include <QUrl>
#include <QUuid>

namespace ow::hub {

namespace {

// Any number will do as long as every hub process uses the same one.
constexpr qint64 MigrationLockKey = 0x4f57484d; // "OWHM"

bool exec(QSqlDatabase db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

// Splits a migration script into statements (no semicolons inside our literals or bodies).
QStringList statements(const QString &script)
{
    QStringList out;
    QString current;
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (line.trimmed().endsWith(QLatin1Char(';'))) {
            out.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

} // namespace

HubDatabase::HubDatabase(QString connectionName, Dialect dialect, QString displayName)
    : m_connectionName(std::move(connectionName))
    , m_dialect(dialect)
    , m_displayName(std::move(displayName))
{}

HubDatabase::~HubDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<HubDatabase> HubDatabase::open(const QString &connectionString, QString *error)
{
    const QString name = QStringLiteral("hub-") + QUuid::createUuid().toString(QUuid::Id128);
    std::unique_ptr<HubDatabase> hub;
    if (connectionString.startsWith(QLatin1String("sqlite:"))) {
        const QString path = connectionString.mid(7);
        if (path.isEmpty()) {
            *error = tr("The SQLite storage needs a file: sqlite:/path/to/hub.db");
            return nullptr;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        hub.reset(new HubDatabase(name, Dialect::Sqlite, connectionString));
    } else if (connectionString.startsWith(QLatin1String("postgresql://"))
               || connectionString.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(connectionString, QUrl::StrictMode);
        const QString dbName = url.path().mid(1);
        if (!url.isValid() || url.host().isEmpty() || dbName.isEmpty()) {
            *error = tr("The PostgreSQL storage must look like "
                        "postgresql://user[:password]@host[:port]/dbname");
            return nullptr;
        }
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
            *error = tr("Qt's PostgreSQL driver (QPSQL) is not installed "
                        "(Debian package libqt6sql6-psql).");
            return nullptr;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(dbName);
        QUrl shown = url;
        shown.setPassword(QString());
        hub.reset(new HubDatabase(name, Dialect::Postgres, shown.toString()));
    } else {
        *error = tr("Unknown storage \"%1\": use sqlite:/path/to/hub.db or "
                    "postgresql://user@host:port/dbname").arg(connectionString);
        return nullptr;
    }
    QSqlDatabase db = hub->connection();
    if (!db.open()) {
        *error = tr("Cannot open the hub database %1: %2")
                     .arg(hub->displayName(), db.lastError().text());
        return nullptr;
    }
    if (!hub->configure(error) || !hub->migrate(error))
        return nullptr;
    return hub;
}

QSqlDatabase HubDatabase::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString HubDatabase::dialectName() const
{
    return m_dialect == Dialect::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}

bool HubDatabase::configure(QString *error)
{
    if (m_dialect == Dialect::Postgres)
        return exec(connection(), QStringLiteral("SET client_min_messages TO WARNING"), error);
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
                               "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=10000",
                               "PRAGMA cache_size=-65536"}) {
        if (!exec(connection(), QString::fromLatin1(pragma), error))
            return false;
    }
    return true;
}

bool HubDatabase::migrate(QString *error)
{
    QString loadError;
    const QList<core::Migration> migrations = core::loadMigrations(
        QStringLiteral(":/sql/hub/") + dialectName(), &loadError);
    if (migrations.isEmpty()) {
        *error = QStringLiteral("hub migrations: ") + loadError;
        return false;
    }
    QSqlDatabase db = connection();
    const bool pg = m_dialect == Dialect::Postgres;
    if (pg && !exec(db, QStringLiteral("SELECT pg_advisory_lock(%1)").arg(MigrationLockKey), error))
        return false;
    auto unlock = qScopeGuard([&] {
        if (pg)
            exec(db, QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(MigrationLockKey), nullptr);
    });
    if (!exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS hub_schema (version INTEGER NOT NULL)"),
              error))
        return false;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM hub_schema")) || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    m_schemaVersion = q.value(0).toInt();
    const int newest = migrations.last().version;
    if (m_schemaVersion > newest) {
        *error = tr("The hub database has schema version %1, newer than this hub (%2). "
                    "Use a newer onewindow-hub.").arg(m_schemaVersion).arg(newest);
        return false;
    }
    for (const core::Migration &m : migrations) {
        if (m.version <= m_schemaVersion)
            continue;
        HubTransaction tx(*this);
        if (!tx.begin(error))
            return false;
        for (const QString &statement : statements(m.sql)) {
            if (!exec(db, statement, error)) {
                *error = QStringLiteral("migration %1 (%2): %3").arg(m.version).arg(m.name, *error);
                return false;
            }
        }
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO hub_schema (version) VALUES (?)"));
        insert.addBindValue(m.version);
        if (!insert.exec()) {
            *error = insert.lastError().text();
            return false;
        }
        if (!tx.commit(error))
            return false;
        m_schemaVersion = m.version;
    }
    return true;
}

HubTransaction::~HubTransaction()
{
    if (m_open)
        m_db.connection().rollback();
}

bool HubTransaction::begin(QString *error)
{
    QSqlDatabase db = m_db.connection();
    // SQLite: take the write lock up front so two hub writers queue instead of deadlocking.
    const bool ok = m_db.dialect() == HubDatabase::Dialect::Sqlite
                        ? QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE"))
                        : db.transaction();
    if (!ok) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    m_open = true;
    return true;
}

bool HubTransaction::commit(QString *error)
{
    QSqlDatabase db = m_db.connection();
    const bool ok = m_db.dialect() == HubDatabase::Dialect::Sqlite
                        ? QSqlQuery(db).exec(QStringLiteral("COMMIT"))
                        : db.commit();
    if (!ok) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    m_open = false;
    return true;
}

} // namespace ow::hub
