// onewindow-cli clerk / settings / audit against a scratch data directory, as an administrator's
// script would use them: passwords through --password-stdin, JSON listings, exit codes, and an
// audit trail whose tampering `audit verify` reports.
#include "support/CliRunner.h"
#include "support/TestPaths.h"

#include "core/accounts/ClerkDirectory.h"
#include "core/storage/WorkstationDatabase.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using ow::test::CliRun;
using ow::test::runCli;

namespace {

// Like runCli(), with `input` written to the command's standard input.
CliRun runWithInput(const QStringList &arguments, const QByteArray &input)
{
    QProcess p;
    QStringList args{QStringLiteral("--lang"), QStringLiteral("en")};
    args.append(arguments);
    p.start(ow::test::binaryPath(QStringLiteral("onewindow-cli")), args);
    if (!p.waitForStarted())
        return {};
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestCliClerk : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString dataDir() const { return m_dir.filePath(QStringLiteral("station")); }
    QString databasePath() const { return QDir(dataDir()).filePath("workstation.sqlite"); }

    CliRun clerk(const QStringList &arguments, const QByteArray &input = {})
    {
        QStringList args{"--data-dir", dataDir(), "clerk"};
        args.append(arguments);
        return runWithInput(args, input);
    }

    CliRun cli(const QStringList &arguments)
    {
        QStringList args{"--data-dir", dataDir()};
        args.append(arguments);
        return runCli(args);
    }

    // Logs in with the library against the database the CLI wrote.
    ow::core::AuthenticationResult authenticate(const QString &login, const QString &password)
    {
        ow::core::StorageError error;
        auto db = ow::core::WorkstationDatabase::open(databasePath(), &error);
        if (!db)
            return {};
        ow::core::ClerkDirectory directory(*db);
        return directory.authenticate(login, password, QDateTime::currentDateTimeUtc());
    }

    QJsonArray listJson()
    {
        const CliRun r = clerk({"list", "--json"});
        if (r.exitCode != 0)
            return {};
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

private slots:
    void addsAccountsFromStandardInput()
    {
        CliRun r =
            clerk({"add", "admin", "--name", "王管理", "--role", "admin,clerk", "--password-stdin"},
                  "first-admin-pass\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("admin"), qPrintable(r.out));
        r = clerk({"add", "zhang.san", "--name", "张𠮷", "--role", "clerk", "--window", "W03",
                   "--password-stdin"},
                  "zhang-pass-1\r\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        const QJsonArray accounts = listJson();
        QCOMPARE(accounts.size(), 2);
        const QJsonObject zhang = accounts.at(1).toObject();
        QCOMPARE(zhang.value("login").toString(), QStringLiteral("zhang.san"));
        QCOMPARE(zhang.value("name").toString(), QStringLiteral("张𠮷"));
        QCOMPARE(zhang.value("window").toString(), QStringLiteral("W03"));
        QCOMPARE(zhang.value("roles").toArray(), QJsonArray({"clerk"}));
        QCOMPARE(zhang.value("disabled").toBool(), false);
        QCOMPARE(accounts.at(0).toObject().value("roles").toArray(),
                 QJsonArray({"clerk", "admin"}));

        r = clerk({"list"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("zhang.san\t张𠮷\tclerk\tW03\tenabled"), qPrintable(r.out));

        QVERIFY(authenticate("zhang.san", "zhang-pass-1").ok()); // the \r was not part of it
    }

    void refusesBadInput()
    {
        // Weak password, password equal to the login, bad login, unknown role, duplicates.
        CliRun r =
            clerk({"add", "li", "--name", "李", "--role", "clerk", "--password-stdin"}, "short\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("at least 8"), qPrintable(r.err));
        r = clerk({"add", "li.si.2025", "--name", "李", "--role", "clerk", "--password-stdin"},
                  "li.si.2025\n");
        QCOMPARE(r.exitCode, 1);
        r = clerk({"add", "Li Si", "--name", "李", "--role", "clerk", "--password-stdin"},
                  "long-enough\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("lower-case"), qPrintable(r.err));
        r = clerk({"add", "li", "--name", "李", "--role", "boss", "--password-stdin"},
                  "long-enough\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("boss"), qPrintable(r.err));
        r = clerk({"add", "li", "--role", "clerk", "--password-stdin"}, "long-enough\n");
        QCOMPARE(r.exitCode, 2);
        r = clerk({"add", "li", "--name", "李", "--role", "clerk", "--password-stdin"}, "");
        QCOMPARE(r.exitCode, 1);
        r = clerk({"add", "zhang.san", "--name", "张", "--role", "clerk", "--password-stdin"},
                  "long-enough\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("already"), qPrintable(r.err));
        // Without --password-stdin and without a terminal there is nowhere to ask.
        r = clerk({"add", "li", "--name", "李", "--role", "clerk"}, "long-enough\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--password-stdin"), qPrintable(r.err));
        QCOMPARE(listJson().size(), 2);
    }

    void changesPasswordsRolesAndState()
    {
        CliRun r = clerk({"passwd", "zhang.san", "--password-stdin"}, "zhang-pass-2\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!authenticate("zhang.san", "zhang-pass-1").ok());
        QVERIFY(authenticate("zhang.san", "zhang-pass-2").ok());
        r = clerk({"passwd", "ghost", "--password-stdin"}, "ghost-pass-1\n");
        QCOMPARE(r.exitCode, 1);

        r = clerk({"roles", "zhang.san", "clerk,supervisor"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(listJson().at(1).toObject().value("roles").toArray(),
                 QJsonArray({"clerk", "supervisor"}));
        r = clerk({"roles", "admin", "clerk"});
        QCOMPARE(r.exitCode, 1); // the last administrator stays one
        QVERIFY2(r.err.contains("last"), qPrintable(r.err));

        r = clerk({"disable", "zhang.san"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(listJson().at(1).toObject().value("disabled").toBool(), true);
        QCOMPARE(authenticate("zhang.san", "zhang-pass-2").code,
                 ow::core::AuthenticationResult::Code::Disabled);
        r = clerk({"enable", "zhang.san"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(authenticate("zhang.san", "zhang-pass-2").ok());
        r = clerk({"disable", "ghost"});
        QCOMPARE(r.exitCode, 1);
        r = clerk({"frobnicate"});
        QCOMPARE(r.exitCode, 2);
    }

    void idleLockSetting()
    {
        CliRun r = cli({"settings", "idle-lock"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("5 min"), qPrintable(r.out));
        r = cli({"settings", "idle-lock", "15"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("15 min"), qPrintable(r.out));
        r = cli({"settings", "idle-lock", "0"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("never"), qPrintable(r.out));
        r = cli({"settings", "idle-lock", "121"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("120"), qPrintable(r.err));
        r = cli({"settings", "idle-lock", "soon"});
        QCOMPARE(r.exitCode, 2);
        r = cli({"settings", "idle-lock"});
        QVERIFY2(r.out.contains("never"), qPrintable(r.out));
    }

    void auditListsAndVerifies()
    {
        CliRun r = cli({"audit", "list", "--json", "--limit", "100"});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray entries = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(entries.size() >= 10);
        QStringList actions;
        for (const QJsonValue &e : entries)
            actions << e.toObject().value("action").toString();
        for (const char *expected : {"clerk.add", "clerk.password", "clerk.roles", "clerk.disable",
                                     "clerk.enable", "clerk.login", "setting.change"})
            QVERIFY2(actions.contains(QString::fromLatin1(expected)), expected);
        const QJsonObject newest = entries.first().toObject();
        QCOMPARE(newest.value("action").toString(), QStringLiteral("setting.change"));
        QVERIFY(newest.value("actor").toString().startsWith("cli"));

        r = cli({"audit", "list", "--limit", "2", "--action", "clerk.add"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count('\n'), 2);
        QVERIFY2(r.out.contains("zhang.san"), qPrintable(r.out));

        r = cli({"audit", "verify"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("intact"), qPrintable(r.out));
        r = cli({"audit", "list", "--limit", "0"});
        QCOMPARE(r.exitCode, 2);
    }

    void auditVerifyFindsTampering()
    {
        {
            // Someone with the file and sqlite3 drops the guard and rewrites history.
            QSqlDatabase raw = QSqlDatabase::addDatabase("QSQLITE", "tamper");
            raw.setDatabaseName(databasePath());
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY2(q.exec("DROP TRIGGER audit_log_no_update"), qPrintable(q.lastError().text()));
            QVERIFY2(q.exec("UPDATE audit_log SET actor = 'nobody' WHERE seq = 3"),
                     qPrintable(q.lastError().text()));
            raw.close();
        }
        QSqlDatabase::removeDatabase("tamper");
        const CliRun r = cli({"audit", "verify"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("broken at entry 3"), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliClerk)
#include "tst_cli_clerk.moc"
