#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace ow::hub {

// The hub's database: one SQLite file (the embedded default) or a PostgreSQL database (a city or
// a province, several hub processes at once). Opened from a connection string:
//   sqlite:/var/lib/onewindow-hub/hub.db
//   postgresql://user[:password]@host[:port]/dbname
// and brought to the newest schema in sql/hub/<dialect>/ (embedded). Migration runs under a
// PostgreSQL advisory lock so hub processes starting together do not race. Used only from the
// thread that opened it, like every Qt SQL connection.
class HubDatabase final
{
    Q_DECLARE_TR_FUNCTIONS(HubDatabase)

public:
    enum class Dialect { Sqlite, Postgres };

    static std::unique_ptr<HubDatabase> open(const QString &connectionString, QString *error);
    ~HubDatabase();
    HubDatabase(const HubDatabase &) = delete;
    HubDatabase &operator=(const HubDatabase &) = delete;

    QSqlDatabase connection() const;
    Dialect dialect() const { return m_dialect; }
    QString dialectName() const;
    int schemaVersion() const { return m_schemaVersion; }
    // The connection string with any password removed, for logs.
    QString displayName() const { return m_displayName; }

private:
    HubDatabase(QString connectionName, Dialect dialect, QString displayName);
    bool configure(QString *error);
    bool migrate(QString *error);

    QString m_connectionName;
    Dialect m_dialect;
    QString m_displayName;
    int m_schemaVersion = 0;
};

// One transaction: rolled back unless commit() succeeded.
class HubTransaction final
{
public:
    explicit HubTransaction(HubDatabase &db) : m_db(db) {}
    ~HubTransaction();
    HubTransaction(const HubTransaction &) = delete;
    HubTransaction &operator=(const HubTransaction &) = delete;
    [[nodiscard]] bool begin(QString *error);
    [[nodiscard]] bool commit(QString *error);

private:
    HubDatabase &m_db;
    bool m_open = false;
};

} // namespace ow::hub
