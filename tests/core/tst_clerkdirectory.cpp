// ClerkDirectory: accounts are validated and stored with hashed passwords, log-in locks out after
// five wrong passwords for fifteen minutes (surviving a restart), roles and disabling behave,
// every change is audited in a chain that verifies, and the idle-lock setting keeps its bounds.
#include "core/accounts/ClerkDirectory.h"
#include "core/accounts/SecuritySettings.h"
#include "core/audit/AuditLog.h"
#include "core/storage/WorkstationDatabase.h"
#include "support/ManualClock.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ow::core;
using Code = ChangeResult::Code;
using AuthCode = AuthenticationResult::Code;

namespace {

PasswordHasher::Parameters cheap()
{
    PasswordHasher::Parameters p;
    p.logN = 4;
    return p;
}

const QString Admin = QStringLiteral("setup");

} // namespace

class TestClerkDirectory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_databases = 0;
    QString m_path;
    std::unique_ptr<Database> m_db;
    ow::test::ManualClock m_clock{QDateTime(QDate(2025, 3, 3), QTime(9, 0), Qt::UTC)};

    std::unique_ptr<Database> open(const QString &path)
    {
        StorageError error;
        auto db = WorkstationDatabase::open(path, &error);
        if (!db)
            qWarning() << error.detail;
        return db;
    }

    ClerkDirectory::NewAccount account(const QString &login, Roles roles = Role::Clerk)
    {
        return {login, QStringLiteral("吉𠮷祥"), roles, QStringLiteral("W01")};
    }

    QStringList actions(int limit = 50)
    {
        StorageError error;
        QStringList list;
        const auto entries = AuditLog(*m_db).latest(limit, {}, &error);
        for (auto it = entries.crbegin(); it != entries.crend(); ++it)
            list << it->action + u' ' + it->actor + u' ' + it->subject;
        return list;
    }

private slots:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("w%1.sqlite").arg(++m_databases));
        m_db = open(m_path);
        QVERIFY(m_db);
    }

    void cleanup() { m_db.reset(); }

    void addsAndFindsAccounts()
    {
        ClerkDirectory directory(*m_db, cheap());
        StorageError error;
        QCOMPARE(directory.count(&error), 0);
        const ChangeResult added =
            directory.add(account(QStringLiteral(" Zhang.San "), Role::Clerk | Role::Supervisor),
                          QStringLiteral("s3cret-pass"), Admin, m_clock.now());
        QVERIFY2(added.ok(), qPrintable(added.message));
        QCOMPARE(directory.count(&error), 1);

        const auto found = directory.find(QStringLiteral("zhang.san"), &error);
        QVERIFY(found);
        QCOMPARE(found->login, QStringLiteral("zhang.san"));
        QCOMPARE(found->displayName, QStringLiteral("吉𠮷祥"));
        QCOMPARE(found->roles, Roles(Role::Clerk | Role::Supervisor));
        QCOMPARE(found->windowName, QStringLiteral("W01"));
        QVERIFY(!found->disabled);
        QCOMPARE(found->createdAt, m_clock.now());
        QVERIFY(!found->lastLoginAt.isValid());
        QVERIFY(!directory.find(QStringLiteral("nobody"), &error));
        QVERIFY(!error);

        // The password is stored only as an scrypt hash.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT password_hash FROM clerk")) && q.next());
        QVERIFY(q.value(0).toString().startsWith(u"$scrypt$"));
        QVERIFY(!q.value(0).toString().contains(u"s3cret"));

        QVERIFY(directory.add(account(QStringLiteral("li.si")), QStringLiteral("another-pass"),
                              Admin, m_clock.now()));
        const QList<ClerkAccount> all = directory.list(&error);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).login, QStringLiteral("li.si"));
        QCOMPARE(all.at(1).login, QStringLiteral("zhang.san"));
    }

    void rejectsBadAccounts_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("roles");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("code");
        const int clerk = int(Role::Clerk);
        QTest::newRow("short login") << "a"
                                     << "N" << clerk << "long-enough" << int(Code::InvalidLogin);
        QTest::newRow("long login")
            << QString(33, u'a') << "N" << clerk << "long-enough" << int(Code::InvalidLogin);
        QTest::newRow("space") << "zhang san"
                               << "N" << clerk << "long-enough" << int(Code::InvalidLogin);
        QTest::newRow("hanzi login") << "张三"
                                     << "N" << clerk << "long-enough" << int(Code::InvalidLogin);
        QTest::newRow("no name") << "zhang"
                                 << "  " << clerk << "long-enough" << int(Code::InvalidName);
        QTest::newRow("control in name")
            << "zhang"
            << "a\u0007b" << clerk << "long-enough" << int(Code::InvalidName);
        QTest::newRow("no roles") << "zhang"
                                  << "N" << 0 << "long-enough" << int(Code::NoRoles);
        QTest::newRow("short password") << "zhang"
                                        << "N" << clerk << "1234567" << int(Code::WeakPassword);
        QTest::newRow("password is login")
            << "zhang.san1"
            << "N" << clerk << "ZHANG.SAN1" << int(Code::WeakPassword);
    }

    void rejectsBadAccounts()
    {
        QFETCH(QString, login);
        QFETCH(QString, name);
        QFETCH(int, roles);
        QFETCH(QString, password);
        QFETCH(int, code);
        ClerkDirectory directory(*m_db, cheap());
        const ChangeResult result =
            directory.add({login, name, Roles::fromInt(roles), {}}, password, Admin, m_clock.now());
        QCOMPARE(int(result.code), code);
        QVERIFY(!result.message.isEmpty());
        StorageError error;
        QCOMPARE(directory.count(&error), 0);
        QVERIFY(actions().isEmpty()); // nothing written, nothing audited
    }

    void rejectsDuplicates()
    {
        ClerkDirectory directory(*m_db, cheap());
        QVERIFY(directory.add(account(QStringLiteral("wang")), QStringLiteral("password-1"), Admin,
                              m_clock.now()));
        const ChangeResult again = directory.add(
            account(QStringLiteral("WANG")), QStringLiteral("password-2"), Admin, m_clock.now());
        QCOMPARE(again.code, Code::AlreadyExists);
        QVERIFY(again.message.contains(u"wang"));
    }

    void authenticates()
    {
        ClerkDirectory directory(*m_db, cheap());
        QVERIFY(directory.add(account(QStringLiteral("wang")), QStringLiteral("pass-𠮷-word"),
                              Admin, m_clock.now()));
        m_clock.advanceSeconds(60);
        const AuthenticationResult wrong = directory.authenticate(
            QStringLiteral("wang"), QStringLiteral("pass-word"), m_clock.now());
        QCOMPARE(wrong.code, AuthCode::WrongCredentials);
        QVERIFY(!wrong.account.isValid());
        const AuthenticationResult unknown = directory.authenticate(
            QStringLiteral("ghost"), QStringLiteral("pass-𠮷-word"), m_clock.now());
        QCOMPARE(unknown.code, AuthCode::WrongCredentials);
        QCOMPARE(unknown.message, wrong.message); // unknown login and wrong password look alike

        const AuthenticationResult right = directory.authenticate(
            QStringLiteral(" Wang "), QStringLiteral("pass-𠮷-word"), m_clock.now());
        QVERIFY2(right.ok(), qPrintable(right.message));
        QCOMPARE(right.account.login, QStringLiteral("wang"));
        QCOMPARE(right.account.lastLoginAt, m_clock.now());
        StorageError error;
        QCOMPARE(directory.find(QStringLiteral("wang"), &error)->lastLoginAt, m_clock.now());

        QCOMPARE(actions(),
                 QStringList({"clerk.add setup wang", "clerk.login_failed wang wang",
                              "clerk.login_failed ghost ghost", "clerk.login wang wang"}));
    }

    void upgradesWeakHashesOnLogin()
    {
        PasswordHasher::Parameters stronger = cheap();
        stronger.logN = 5;
        {
            ClerkDirectory weak(*m_db, cheap());
            QVERIFY(weak.add(account(QStringLiteral("wang")), QStringLiteral("password-1"), Admin,
                             m_clock.now()));
        }
        ClerkDirectory directory(*m_db, stronger);
        QVERIFY(
            directory
                .authenticate(QStringLiteral("wang"), QStringLiteral("password-1"), m_clock.now())
                .ok());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT password_hash FROM clerk")) && q.next());
        QVERIFY2(q.value(0).toString().startsWith(u"$scrypt$ln=5,"),
                 qPrintable(q.value(0).toString()));
        QVERIFY(
            directory
                .authenticate(QStringLiteral("wang"), QStringLiteral("password-1"), m_clock.now())
                .ok());
    }

    void locksOutAfterFiveFailuresAcrossRestarts()
    {
        {
            ClerkDirectory directory(*m_db, cheap());
            QVERIFY(directory.add(account(QStringLiteral("wang")), QStringLiteral("password-1"),
                                  Admin, m_clock.now()));
            // A success resets the count: four failures, a success, four failures stay unlocked.
            for (int i = 0; i < 4; ++i)
                QCOMPARE(directory
                             .authenticate(QStringLiteral("wang"), QStringLiteral("nope-nope"),
                                           m_clock.now())
                             .code,
                         AuthCode::WrongCredentials);
            QVERIFY(directory
                        .authenticate(QStringLiteral("wang"), QStringLiteral("password-1"),
                                      m_clock.now())
                        .ok());
            for (int i = 0; i < 4; ++i)
                QCOMPARE(directory
                             .authenticate(QStringLiteral("wang"), QStringLiteral("nope-nope"),
                                           m_clock.now())
                             .code,
                         AuthCode::WrongCredentials);
            const AuthenticationResult fifth = directory.authenticate(
                QStringLiteral("wang"), QStringLiteral("nope-nope"), m_clock.now());
            QCOMPARE(fifth.code, AuthCode::LockedOut);
            QCOMPARE(fifth.minutesRemaining, 15);
            QVERIFY(fifth.message.contains(u"15"));
        }
        // The workbench restarts: the lockout is still there, even for the right password.
        m_db.reset();
        m_db = open(m_path);
        QVERIFY(m_db);
        ClerkDirectory directory(*m_db, cheap());
        m_clock.advanceSeconds(10 * 60 + 30);
        const AuthenticationResult locked = directory.authenticate(
            QStringLiteral("wang"), QStringLiteral("password-1"), m_clock.now());
        QCOMPARE(locked.code, AuthCode::LockedOut);
        QCOMPARE(locked.minutesRemaining, 5);
        QVERIFY(locked.message.contains(u'5'));
        StorageError error;
        QVERIFY(directory.find(QStringLiteral("wang"), &error)->lockedUntil.isValid());

        m_clock.advanceSeconds(4 * 60 + 30);
        QVERIFY(
            directory
                .authenticate(QStringLiteral("wang"), QStringLiteral("password-1"), m_clock.now())
                .ok());
        QVERIFY(!directory.find(QStringLiteral("wang"), &error)->lockedUntil.isValid());
        QVERIFY(actions().contains(QStringLiteral("clerk.locked_out system wang")));
    }

    void passwordResetClearsALockout()
    {
        ClerkDirectory directory(*m_db, cheap());
        QVERIFY(directory.add(account(QStringLiteral("wang")), QStringLiteral("password-1"), Admin,
                              m_clock.now()));
        for (int i = 0; i < ClerkDirectory::MaximumFailedAttempts; ++i)
            (void)directory.authenticate(QStringLiteral("wang"), QStringLiteral("x-x-x-x-x"),
                                         m_clock.now());
        QCOMPARE(
            directory
                .authenticate(QStringLiteral("wang"), QStringLiteral("password-1"), m_clock.now())
                .code,
            AuthCode::LockedOut);
        QCOMPARE(
            directory
                .setPassword(QStringLiteral("wang"), QStringLiteral("wang"), Admin, m_clock.now())
                .code,
            Code::WeakPassword);
        QVERIFY(directory.setPassword(QStringLiteral("wang"), QStringLiteral("password-2"), Admin,
                                      m_clock.now()));
        QCOMPARE(
            directory
                .authenticate(QStringLiteral("wang"), QStringLiteral("password-1"), m_clock.now())
                .code,
            AuthCode::WrongCredentials);
        QVERIFY(
            directory
                .authenticate(QStringLiteral("wang"), QStringLiteral("password-2"), m_clock.now())
                .ok());
        QCOMPARE(directory
                     .setPassword(QStringLiteral("ghost"), QStringLiteral("password-2"), Admin,
                                  m_clock.now())
                     .code,
                 Code::NotFound);
    }

    void disabledAccountsCannotLogIn()
    {
        ClerkDirectory directory(*m_db, cheap());
        QVERIFY(directory.add(account(QStringLiteral("root"), Role::Admin),
                              QStringLiteral("password-0"), Admin, m_clock.now()));
        QVERIFY(directory.add(account(QStringLiteral("wang")), QStringLiteral("password-1"), Admin,
                              m_clock.now()));
        QVERIFY(directory.setDisabled(QStringLiteral("wang"), true, QStringLiteral("root"),
                                      m_clock.now()));
        StorageError error;
        QVERIFY(directory.find(QStringLiteral("wang"), &error)->disabled);
        const AuthenticationResult refused = directory.authenticate(
            QStringLiteral("wang"), QStringLiteral("password-1"), m_clock.now());
        QCOMPARE(refused.code, AuthCode::Disabled);
        QVERIFY(!refused.message.isEmpty());
        // A wrong password for a disabled account says no more than for any other account.
        QCOMPARE(
            directory
                .authenticate(QStringLiteral("wang"), QStringLiteral("password-x"), m_clock.now())
                .code,
            AuthCode::WrongCredentials);
        QVERIFY(directory.setDisabled(QStringLiteral("wang"), false, QStringLiteral("root"),
                                      m_clock.now()));
        QVERIFY(
            directory
                .authenticate(QStringLiteral("wang"), QStringLiteral("password-1"), m_clock.now())
                .ok());
        QVERIFY(actions().contains(QStringLiteral("clerk.disable root wang")));
        QVERIFY(actions().contains(QStringLiteral("clerk.enable root wang")));
    }

    void rolesChangeButTheLastAdministratorStays()
    {
        ClerkDirectory directory(*m_db, cheap());
        QVERIFY(directory.add(account(QStringLiteral("root"), Role::Admin),
                              QStringLiteral("password-0"), Admin, m_clock.now()));
        QVERIFY(directory.add(account(QStringLiteral("wang")), QStringLiteral("password-1"), Admin,
                              m_clock.now()));
        QCOMPARE(directory
                     .setRoles(QStringLiteral("root"), Role::Clerk, QStringLiteral("root"),
                               m_clock.now())
                     .code,
                 Code::LastAdministrator);
        QCOMPARE(
            directory
                .setDisabled(QStringLiteral("root"), true, QStringLiteral("root"), m_clock.now())
                .code,
            Code::LastAdministrator);
        QCOMPARE(
            directory.setRoles(QStringLiteral("wang"), {}, QStringLiteral("root"), m_clock.now())
                .code,
            Code::NoRoles);
        QVERIFY(directory.setRoles(QStringLiteral("wang"), Role::Clerk | Role::Admin,
                                   QStringLiteral("root"), m_clock.now()));
        StorageError error;
        QCOMPARE(directory.find(QStringLiteral("wang"), &error)->roles,
                 Roles(Role::Clerk | Role::Admin));
        // Now there is another administrator, root may step down.
        QVERIFY(directory.setRoles(QStringLiteral("root"), Role::Supervisor, QStringLiteral("wang"),
                                   m_clock.now()));
        QCOMPARE(directory
                     .setRoles(QStringLiteral("ghost"), Role::Clerk, QStringLiteral("wang"),
                               m_clock.now())
                     .code,
                 Code::NotFound);
    }

    void unlocksWithOwnOrSupervisorCredentials()
    {
        ClerkDirectory directory(*m_db, cheap());
        QVERIFY(directory.add(account(QStringLiteral("wang")), QStringLiteral("password-1"), Admin,
                              m_clock.now()));
        QVERIFY(directory.add(account(QStringLiteral("li")), QStringLiteral("password-2"), Admin,
                              m_clock.now()));
        QVERIFY(directory.add(account(QStringLiteral("boss"), Role::Supervisor),
                              QStringLiteral("password-3"), Admin, m_clock.now()));
        const AuthenticationResult login = directory.authenticate(
            QStringLiteral("wang"), QStringLiteral("password-1"), m_clock.now());
        QVERIFY(login.ok());
        const Session session = Session::begin(login.account, m_clock.now());
        QCOMPARE(session.windowName, QStringLiteral("W01"));
        QCOMPARE(Session::begin(login.account, m_clock.now(), QStringLiteral("W07")).windowName,
                 QStringLiteral("W07"));
        QVERIFY(!directory.recordLock(session, QStringLiteral("idle 5 min"), m_clock.now()));

        QCOMPARE(
            directory
                .unlock(session, QStringLiteral("wang"), QStringLiteral("wrong-one"), m_clock.now())
                .code,
            AuthCode::WrongCredentials);
        const AuthenticationResult colleague = directory.unlock(
            session, QStringLiteral("li"), QStringLiteral("password-2"), m_clock.now());
        QCOMPARE(colleague.code, AuthCode::NotPermitted);
        QVERIFY(colleague.message.contains(u"吉𠮷祥"));
        QVERIFY(directory
                    .unlock(session, QStringLiteral("wang"), QStringLiteral("password-1"),
                            m_clock.now())
                    .ok());
        const AuthenticationResult supervisor = directory.unlock(
            session, QStringLiteral("boss"), QStringLiteral("password-3"), m_clock.now());
        QVERIFY(supervisor.ok());
        QCOMPARE(supervisor.account.login, QStringLiteral("boss"));
        QVERIFY(!directory.recordLogout(session, m_clock.now()));

        const QStringList log = actions();
        QVERIFY(log.contains(QStringLiteral("screen.lock wang wang")));
        QVERIFY(log.contains(QStringLiteral("screen.unlock_failed wang wang")));
        QVERIFY(log.contains(QStringLiteral("screen.unlock_failed li wang")));
        QVERIFY(log.contains(QStringLiteral("screen.unlock wang wang")));
        QVERIFY(log.contains(QStringLiteral("screen.unlock boss wang")));
        QCOMPARE(log.last(), QStringLiteral("clerk.logout wang wang"));
    }

    void everyChangeIsAuditedInAnIntactChain()
    {
        ClerkDirectory directory(*m_db, cheap());
        QVERIFY(directory.add(account(QStringLiteral("root"), Role::Admin),
                              QStringLiteral("password-0"), Admin, m_clock.now()));
        QVERIFY(directory.add(account(QStringLiteral("wang")), QStringLiteral("password-1"),
                              QStringLiteral("root"), m_clock.now()));
        QVERIFY(directory.setPassword(QStringLiteral("wang"), QStringLiteral("password-2"),
                                      QStringLiteral("root"), m_clock.now()));
        QVERIFY(directory.setRoles(QStringLiteral("wang"), Role::Supervisor, QStringLiteral("root"),
                                   m_clock.now()));
        QVERIFY(
            SecuritySettings(*m_db).setIdleLockMinutes(10, QStringLiteral("root"), m_clock.now()));
        QCOMPARE(actions(), QStringList({"clerk.add setup root", "clerk.add root wang",
                                         "clerk.password root wang", "clerk.roles root wang",
                                         "setting.change root security.idle_lock_minutes"}));
        StorageError error;
        const auto entries = AuditLog(*m_db).latest(10, QStringLiteral("clerk.roles"), &error);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().detail, QStringLiteral("roles=supervisor"));
        QCOMPARE(entries.first().at, m_clock.now());
        const AuditLog::Verification v = AuditLog(*m_db).verify(&error);
        QVERIFY(!error);
        QVERIFY(v.intact());
        QCOMPARE(v.checked, 5);
        // Audit details never carry a password.
        QSqlQuery q(m_db->connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE detail LIKE '%password-%'"))
            && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void idleLockSettingKeepsItsBounds()
    {
        SecuritySettings settings(*m_db);
        StorageError error;
        QCOMPARE(settings.idleLockMinutes(&error), 5);
        QVERIFY(!error);
        QVERIFY(settings.setIdleLockMinutes(0, Admin, m_clock.now()));
        QCOMPARE(settings.idleLockMinutes(&error), 0);
        QVERIFY(settings.setIdleLockMinutes(120, Admin, m_clock.now()));
        QCOMPARE(settings.idleLockMinutes(&error), 120);
        for (const int bad : {-1, 121, 100000}) {
            const ChangeResult refused = settings.setIdleLockMinutes(bad, Admin, m_clock.now());
            QCOMPARE(refused.code, Code::OutOfRange);
            QVERIFY(refused.message.contains(u"120"));
        }
        QCOMPARE(settings.idleLockMinutes(&error), 120);
        // A hand-edited, nonsensical value falls back to the default.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral(
            "UPDATE setting SET value = 'soon' WHERE key = 'security.idle_lock_minutes'")));
        QCOMPARE(settings.idleLockMinutes(&error), 5);
        QCOMPARE(actions().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestClerkDirectory)
#include "tst_clerkdirectory.moc"
