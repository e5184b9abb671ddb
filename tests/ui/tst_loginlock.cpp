// Log-in, idle lock and lock screen under the offscreen platform: a wrong password is refused
// with a clear message and a right one accepted; an idle workbench locks and hides its content;
// the clerk unlocks with their own password or a supervisor with theirs; switching user logs the
// clerk out and someone else in. Every step is audited.
#include "core/accounts/ClerkDirectory.h"
#include "core/accounts/SecuritySettings.h"
#include "core/audit/AuditLog.h"
#include "core/storage/WorkstationDatabase.h"
#include "support/ManualClock.h"
#include "ui/MainWindow.h"
#include "ui/accounts/FirstRunDialog.h"
#include "ui/accounts/IdleWatcher.h"
#include "ui/accounts/LockScreen.h"
#include "ui/accounts/LoginDialog.h"
#include "ui/accounts/SessionController.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;
using namespace std::chrono_literals;

namespace {

core::PasswordHasher::Parameters cheap()
{
    core::PasswordHasher::Parameters p;
    p.logN = 4;
    return p;
}

template <typename T> T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

} // namespace

class TestLoginLock : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_databases = 0;
    std::unique_ptr<core::Database> m_db;
    std::unique_ptr<core::ClerkDirectory> m_directory;
    test::ManualClock m_clock{QDateTime(QDate(2025, 3, 3), QTime(9, 0), Qt::UTC)};

    core::Session logIn(const QString &login, const QString &password)
    {
        const core::AuthenticationResult r =
            m_directory->authenticate(login, password, m_clock.now());
        return r.ok() ? core::Session::begin(r.account, m_clock.now()) : core::Session();
    }

    QStringList actions()
    {
        core::StorageError error;
        QStringList list;
        const auto entries = core::AuditLog(*m_db).latest(100, {}, &error);
        for (auto it = entries.crbegin(); it != entries.crend(); ++it)
            list << it->action + u' ' + it->actor + u' ' + it->subject;
        return list;
    }

    static void typeAndEnter(QLineEdit *edit, const QString &text)
    {
        edit->clear();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    // A shown main window with wang logged in.
    std::unique_ptr<ui::MainWindow> workbench()
    {
        auto window = std::make_unique<ui::MainWindow>(m_db.get());
        window->setSession(logIn(QStringLiteral("wang"), QStringLiteral("wang-password")));
        window->show();
        if (!QTest::qWaitForWindowActive(window.get()))
            return {};
        return window;
    }

    static bool contentVisible(ui::MainWindow *window)
    {
        return child<QStackedWidget>(window, "pages")->isVisible();
    }

private slots:
    void init()
    {
        core::StorageError error;
        m_db = core::WorkstationDatabase::open(
            m_dir.filePath(QStringLiteral("w%1.sqlite").arg(++m_databases)), &error);
        QVERIFY2(m_db, qPrintable(error.detail));
        m_directory = std::make_unique<core::ClerkDirectory>(*m_db, cheap());
        const QDateTime now = m_clock.now();
        QVERIFY(m_directory->add({QStringLiteral("wang"), QStringLiteral("王𠮷"), core::Role::Clerk,
                                  QStringLiteral("W01")},
                                 QStringLiteral("wang-password"), QStringLiteral("setup"), now));
        QVERIFY(m_directory->add({QStringLiteral("li"), QStringLiteral("李四"), core::Role::Clerk,
                                  QStringLiteral("W02")},
                                 QStringLiteral("li-password"), QStringLiteral("setup"), now));
        QVERIFY(m_directory->add(
            {QStringLiteral("boss"), QStringLiteral("赵科长"), core::Role::Supervisor, {}},
            QStringLiteral("boss-password"), QStringLiteral("setup"), now));
    }

    void cleanup()
    {
        m_directory.reset();
        m_db.reset();
    }

    void loginDialogRefusesThenAccepts()
    {
        ui::LoginDialog dialog(*m_directory, m_clock);
        dialog.setStation({QStringLiteral("市民中心政务服务大厅"), QStringLiteral("W05")});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(child<QLabel>(&dialog, "stationLabel")->text(),
                 QStringLiteral("市民中心政务服务大厅 · W05"));
        auto *login = child<QLineEdit>(&dialog, "loginEdit");
        auto *password = child<QLineEdit>(&dialog, "passwordEdit");
        QCOMPARE(password->echoMode(), QLineEdit::Password);

        // Enter in the login field goes on to the password, without complaining.
        typeAndEnter(login, QStringLiteral("wang"));
        QVERIFY(dialog.errorText().isEmpty());
        QVERIFY(dialog.isVisible());

        typeAndEnter(password, QStringLiteral("not-my-password"));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.errorText(), QStringLiteral("Wrong login or password."));
        QVERIFY(child<QLabel>(&dialog, "loginError")->isVisible());
        QVERIFY(password->text().isEmpty());

        typeAndEnter(password, QStringLiteral("wang-password"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
        const core::Session session = dialog.session();
        QCOMPARE(session.login(), QStringLiteral("wang"));
        QCOMPARE(session.windowName, QStringLiteral("W05")); // the station's window wins
        QCOMPARE(session.loggedInAt, m_clock.now());
        QCOMPARE(actions().mid(3),
                 QStringList({"clerk.login_failed wang wang", "clerk.login wang wang"}));
    }

    void loginDialogTellsHowLongALockoutLasts()
    {
        ui::LoginDialog dialog(*m_directory, m_clock);
        dialog.setLogin(QStringLiteral("li"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *password = child<QLineEdit>(&dialog, "passwordEdit");
        QCOMPARE(dialog.focusWidget(), password); // --user pre-fills; type the password
        for (int i = 0; i < core::ClerkDirectory::MaximumFailedAttempts; ++i)
            typeAndEnter(password, QStringLiteral("guess-%1").arg(i));
        QVERIFY2(dialog.errorText().contains(u"in 15 min"), qPrintable(dialog.errorText()));
        m_clock.advanceSeconds(14 * 60);
        typeAndEnter(password, QStringLiteral("li-password"));
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.errorText().contains(u"in 1 min"), qPrintable(dialog.errorText()));
        m_clock.advanceSeconds(60);
        typeAndEnter(password, QStringLiteral("li-password"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void firstRunCreatesTheAdministrator()
    {
        core::StorageError error;
        auto fresh =
            core::WorkstationDatabase::open(m_dir.filePath(QStringLiteral("fresh.sqlite")), &error);
        QVERIFY(fresh);
        core::ClerkDirectory directory(*fresh, cheap());
        ui::FirstRunDialog dialog(directory, m_clock);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(child<QLineEdit>(&dialog, "newLoginEdit"), QStringLiteral("admin"));
        child<QLineEdit>(&dialog, "newNameEdit")->setText(QStringLiteral("管理员")); // via an IME
        QTest::keyClicks(child<QLineEdit>(&dialog, "newPasswordEdit"),
                         QStringLiteral("admin-pass"));
        typeAndEnter(child<QLineEdit>(&dialog, "repeatPasswordEdit"), QStringLiteral("admin-pasz"));
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.errorText().isEmpty());
        QCOMPARE(directory.count(&error), 0);
        // The password's policy is the directory's.
        child<QLineEdit>(&dialog, "newPasswordEdit")->setText(QStringLiteral("admin"));
        typeAndEnter(child<QLineEdit>(&dialog, "repeatPasswordEdit"), QStringLiteral("admin"));
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.errorText().contains(u"at least 8"), qPrintable(dialog.errorText()));

        child<QLineEdit>(&dialog, "newPasswordEdit")->setText(QStringLiteral("admin-pass"));
        typeAndEnter(child<QLineEdit>(&dialog, "repeatPasswordEdit"), QStringLiteral("admin-pass"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.session().login(), QStringLiteral("admin"));
        QVERIFY(dialog.session().account.hasRole(core::Role::Admin));
        QCOMPARE(directory.count(&error), 1);
    }

    void mainWindowWithoutSessionShowsNoClerk()
    {
        ui::MainWindow window(m_db.get());
        QVERIFY(!window.session().isValid());
        QVERIFY(child<QLabel>(&window, "clerkStatus")->isHidden());
        QVERIFY(!child<QAction>(&window, "actionLock")->isEnabled());
        QVERIFY(!child<QAction>(&window, "actionLogout")->isEnabled());
        ui::MainWindow noDatabase(nullptr);
        QVERIFY(!noDatabase.sessionController());
        noDatabase.setSession(logIn(QStringLiteral("wang"), QStringLiteral("wang-password")));
        QVERIFY(!noDatabase.session().isValid());
    }

    void statusBarShowsTheClerk()
    {
        const auto window = workbench();
        QVERIFY(window);
        QCOMPARE(window->session().login(), QStringLiteral("wang"));
        auto *status = child<QLabel>(window.get(), "clerkStatus");
        QVERIFY(status->isVisible());
        QCOMPARE(status->text(), QStringLiteral("王𠮷 · W01"));
        QVERIFY(child<QAction>(window.get(), "actionLock")->isEnabled());
    }

    void idleWorkbenchLocksAndHidesItsContent()
    {
        QVERIFY(core::SecuritySettings(*m_db).setIdleLockMinutes(7, QStringLiteral("setup"),
                                                                 m_clock.now()));
        const auto window = workbench();
        QVERIFY(window);
        ui::SessionController *sessions = window->sessionController();
        QCOMPARE(sessions->idleWatcher()->interval(), std::chrono::milliseconds(7min));
        QVERIFY(sessions->idleWatcher()->isActive());
        QVERIFY(contentVisible(window.get()));

        sessions->idleWatcher()->setInterval(100ms);
        QTRY_VERIFY(sessions->isLocked());
        ui::LockScreen *lock = sessions->lockScreen();
        QVERIFY(lock->isVisible());
        QVERIFY(lock->isWindow());
        QCOMPARE(QApplication::activeModalWidget(), lock);
        QCOMPARE(lock->geometry(), QRect(window->mapToGlobal(QPoint(0, 0)), window->size()));
        QVERIFY(!contentVisible(window.get()));
        QVERIFY(!sessions->idleWatcher()->isActive());
        QVERIFY(child<QLabel>(lock, "lockedBy")->text().contains(QStringLiteral("王𠮷 · W01")));
        QCOMPARE(child<QLineEdit>(lock, "unlockLogin")->text(), QStringLiteral("wang"));

        // The lock follows the window.
        window->resize(1000, 700);
        QTRY_COMPARE(lock->size(), QSize(1000, 700));
        QVERIFY(actions().contains(QStringLiteral("screen.lock wang wang")));
    }

    void clerkUnlocksWithOwnPassword()
    {
        const auto window = workbench();
        QVERIFY(window);
        ui::SessionController *sessions = window->sessionController();
        QTest::keyClick(window.get(), Qt::Key_L, Qt::ControlModifier);
        QVERIFY(sessions->isLocked());
        ui::LockScreen *lock = sessions->lockScreen();
        QTRY_VERIFY(lock->isVisible());
        QVERIFY(!contentVisible(window.get()));

        auto *password = child<QLineEdit>(lock, "unlockPassword");
        typeAndEnter(password, QStringLiteral("wrong-password"));
        QVERIFY(sessions->isLocked());
        QCOMPARE(lock->errorText(), QStringLiteral("Wrong login or password."));

        QSignalSpy unlocked(lock, &ui::LockScreen::unlocked);
        typeAndEnter(password, QStringLiteral("wang-password"));
        QCOMPARE(unlocked.size(), 1);
        QVERIFY(!sessions->isLocked());
        QVERIFY(!lock->isVisible());
        QVERIFY(contentVisible(window.get()));
        QVERIFY(sessions->idleWatcher()->isActive());
        QCOMPARE(window->session().login(), QStringLiteral("wang"));
        const QStringList log = actions();
        QVERIFY(log.contains(QStringLiteral("screen.lock wang wang")));
        QVERIFY(log.contains(QStringLiteral("screen.unlock_failed wang wang")));
        QCOMPARE(log.last(), QStringLiteral("screen.unlock wang wang"));
    }

    void supervisorUnlocksButAColleagueCannot()
    {
        const auto window = workbench();
        QVERIFY(window);
        ui::SessionController *sessions = window->sessionController();
        sessions->lock();
        ui::LockScreen *lock = sessions->lockScreen();
        QTRY_VERIFY(lock->isVisible());
        auto *login = child<QLineEdit>(lock, "unlockLogin");
        auto *password = child<QLineEdit>(lock, "unlockPassword");

        login->setText(QStringLiteral("li"));
        typeAndEnter(password, QStringLiteral("li-password"));
        QVERIFY(sessions->isLocked());
        QVERIFY2(lock->errorText().contains(QStringLiteral("王𠮷")), qPrintable(lock->errorText()));

        login->setText(QStringLiteral("boss"));
        typeAndEnter(password, QStringLiteral("boss-password"));
        QVERIFY(!sessions->isLocked());
        QVERIFY(contentVisible(window.get()));
        QCOMPARE(window->session().login(), QStringLiteral("wang")); // still wang's session
        const QStringList log = actions();
        QVERIFY(log.contains(QStringLiteral("screen.unlock_failed li wang")));
        QCOMPARE(log.last(), QStringLiteral("screen.unlock boss wang"));
    }

    void switchUserLogsOutAndSomeoneElseIn()
    {
        const auto window = workbench();
        QVERIFY(window);
        ui::SessionController *sessions = window->sessionController();
        sessions->lock();
        ui::LockScreen *lock = sessions->lockScreen();
        QTRY_VERIFY(lock->isVisible());
        QTest::mouseClick(child<QPushButton>(lock, "switchUserButton"), Qt::LeftButton);

        ui::LoginDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<ui::LoginDialog *>()) && dialog->isVisible());
        QVERIFY(!lock->isVisible());
        QVERIFY(!sessions->isLocked());
        QVERIFY(!window->session().isValid());
        QVERIFY(!contentVisible(window.get())); // nobody logged in: nothing shown
        QVERIFY(child<QLabel>(window.get(), "clerkStatus")->isHidden());

        typeAndEnter(child<QLineEdit>(dialog, "loginEdit"), QStringLiteral("li"));
        typeAndEnter(child<QLineEdit>(dialog, "passwordEdit"), QStringLiteral("li-password"));
        QTRY_COMPARE(window->session().login(), QStringLiteral("li"));
        QVERIFY(contentVisible(window.get()));
        QCOMPARE(child<QLabel>(window.get(), "clerkStatus")->text(), QStringLiteral("李四 · W02"));
        const QStringList log = actions();
        QVERIFY(log.contains(QStringLiteral("clerk.logout wang wang")));
        QCOMPARE(log.last(), QStringLiteral("clerk.login li li"));
    }

    void logOutFromTheMenu()
    {
        const auto window = workbench();
        QVERIFY(window);
        child<QAction>(window.get(), "actionLogout")->trigger();
        ui::LoginDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<ui::LoginDialog *>()) && dialog->isVisible());
        QVERIFY(!window->session().isValid());
        QVERIFY(!contentVisible(window.get()));
        QVERIFY(!child<QAction>(window.get(), "actionLock")->isEnabled());
        // Quitting the log-in dialog closes the workbench rather than reopening it.
        dialog->reject();
        QTRY_VERIFY(!window->isVisible());
    }

    void idleWatcherCountsInput()
    {
        QWidget widget;
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        ui::IdleWatcher watcher;
        QSignalSpy idle(&watcher, &ui::IdleWatcher::idle);
        watcher.setIdleMinutes(0);
        watcher.start();
        QVERIFY(!watcher.isActive()); // 0: never
        watcher.setInterval(150ms);
        watcher.start();
        QVERIFY(watcher.isActive());
        QTRY_COMPARE(idle.size(), 1);
        QVERIFY(!watcher.isActive()); // fires once per start()
        watcher.start();
        watcher.stop();
        QVERIFY(!watcher.isActive());
    }
};

QTEST_MAIN(TestLoginLock)
#include "tst_loginlock.moc"
