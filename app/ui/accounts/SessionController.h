#pragma once

#include "core/Clock.h"
#include "core/accounts/ClerkDirectory.h"
#include "core/accounts/Session.h"
#include "core/accounts/StationIdentity.h"

#include <QObject>
#include <QPointer>

class QMainWindow;

namespace ow::core {
class Database;
}

namespace ow::ui {

class IdleWatcher;
class LockScreen;

// The clerk's session in a main window: who is logged in, the idle lock (IdleWatcher, minutes
// from SecuritySettings, read when a session starts), locking and unlocking (LockScreen), and
// logging out, which leaves the window's content hidden until someone logs in again
// (LoginDialog; rejecting it closes the window). While locked or logged out the window's
// central widget is hidden, so nothing personal stays on screen. Locks and log-outs are
// audited with the clerk as the actor.
class SessionController final : public QObject
{
    Q_OBJECT

public:
    // `database` outlives the controller; `window` is its parent.
    SessionController(core::Database &database, QMainWindow *window,
                      const core::Clock &clock = core::Clock::system());
    ~SessionController() override;

    const core::Session &session() const { return m_session; }
    bool isLocked() const;
    IdleWatcher *idleWatcher() const { return m_idle; }
    LockScreen *lockScreen() const { return m_lockScreen; }

public slots:
    // A clerk logged in (LoginDialog, FirstRunDialog or a test).
    void start(const ow::core::Session &session);
    void lock();
    void logOut();

signals:
    // An invalid session: nobody is logged in.
    void sessionChanged(const ow::core::Session &session);
    void lockedChanged(bool locked);

private:
    void lockFor(const QString &reason);
    void unlocked(const core::ClerkAccount &by);
    void conceal(bool concealed);
    void askForLogin();

    core::Database &m_database;
    QMainWindow *m_window;
    const core::Clock &m_clock;
    core::ClerkDirectory m_directory;
    core::Session m_session;
    IdleWatcher *m_idle = nullptr;
    LockScreen *m_lockScreen = nullptr;
    QPointer<QWidget> m_focusBeforeLock;
};

} // namespace ow::ui
