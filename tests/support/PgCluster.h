#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace ow::test {

// A throw-away PostgreSQL cluster for one test: initdb into a temporary directory, the server
// on 127.0.0.1 on a free port (its unix socket in that directory, nowhere else), trust
// authentication, fsync off. Stopped with an immediate shutdown when the object goes, and also
// when the test process dies (it is the test's child and gets SIGQUIT then), so no cluster
// outlives its test.
//
// PostgreSQL refuses to run as root. Then initdb and the server run as the system account
// `nobody`: the temporary directory is given to it, and nothing else is needed — the server
// never looks at a home directory. The account is switched in the child process itself (no
// runuser/su in between, so the server is our direct child and the parent-death signal
// reaches it). Clients (createdb, the hub, QPSQL) keep running as the test's own user and
// connect over TCP as the cluster's superuser `onewindow`.
//
// Use in a test (see OW_START_PG_CLUSTER below):
//     OW_START_PG_CLUSTER(m_cluster);                            // in initTestCase()
//     const QString storage = m_cluster->createDatabase("hub_a"); // postgresql://…/hub_a
class PgCluster
{
public:
    // The newest installed /usr/lib/postgresql/<version>/bin, or empty.
    static QString binDirectory();
    // Whether a cluster can be started here; `why` says what is missing when not.
    static bool available(QString *why = nullptr);
    // OW_REQUIRE_POSTGRES=1 (./test.sh sets it): an unavailable PostgreSQL fails the test
    // instead of skipping it.
    static bool required();

    PgCluster(); // starts the cluster; see isRunning()/errorString()
    ~PgCluster();
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    bool isRunning() const;
    QString errorString() const { return m_error; }

    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 port() const { return m_port; }
    QString user() const { return QStringLiteral("onewindow"); } // the cluster's superuser
    QString socketDirectory() const { return m_dir.path(); }
    // What the server has logged so far (for failure messages).
    QString serverLog() const;

    // Creates database `name` (lower-case letters, digits, '_'; not starting with a digit) and
    // returns postgresql://onewindow@127.0.0.1:<port>/<name>, or empty with `error` set.
    QString createDatabase(const QString &name, QString *error = nullptr);
    QString connectionString(const QString &database) const;

private:
    bool initialise();
    bool startServer();
    void stopServer();
    // Runs a PostgreSQL program to its end; false with `failure` set when it fails.
    bool runTool(const QString &program, const QStringList &arguments, bool asServerAccount,
                 QString *failure);
    QString dataDirectory() const;
    QString logPath() const;

    QTemporaryDir m_dir;
    QString m_binDir;
    QString m_error;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_server;
};

// Fills `var` (a std::unique_ptr<PgCluster>) with a running cluster, or leaves the test
// function: QSKIP when PostgreSQL is not installed (QFAIL instead under OW_REQUIRE_POSTGRES=1),
// QFAIL when it is installed but does not start.
#define OW_START_PG_CLUSTER(var)                                                              \
    do {                                                                                      \
        QString owPgWhy_;                                                                     \
        if (!::ow::test::PgCluster::available(&owPgWhy_)) {                                   \
            if (::ow::test::PgCluster::required())                                            \
                QFAIL(qPrintable(QStringLiteral("OW_REQUIRE_POSTGRES=1 but ") + owPgWhy_));    \
            QSKIP(qPrintable(owPgWhy_));                                                      \
        }                                                                                     \
        (var) = std::make_unique<::ow::test::PgCluster>();                                    \
        if (!(var)->isRunning())                                                              \
            QFAIL(qPrintable((var)->errorString()));                                          \
    } while (false)

} // namespace ow::test
