#include "SessionController.h"

#include "IdleWatcher.h"
#include "LockScreen.h"
#include "LoginDialog.h"

#include "../UiLogging.h"

#include "core/accounts/SecuritySettings.h"

#include <QApplication>
#include <QMainWindow>

namespace ow::ui {

SessionController::SessionController(core::Database &database, QMainWindow *window,
                                     const core::Clock &clock)
    : QObject(window)
    , m_database(database)
    , m_window(window)
    , m_clock(clock)
    , m_directory(database)
{
    m_idle = new IdleWatcher(this);
    m_lockScreen = new LockScreen(m_directory, m_clock, window);
    connect(m_idle, &IdleWatcher::idle, this, [this] {
        lockFor(QStringLiteral("idle %1 min").arg(m_idle->interval().count() / 60000));
    });
    connect(m_lockScreen, &LockScreen::unlocked, this, &SessionController::unlocked);
    connect(m_lockScreen, &LockScreen::switchUserRequested, this, &SessionController::logOut);
}

SessionController::~SessionController() = default;

bool SessionController::isLocked() const
{
    return m_lockScreen->isLocked();
}

void SessionController::start(const core::Session &session)
{
    if (!session.isValid())
        return;
    m_session = session;
    core::StorageError error;
    m_idle->setIdleMinutes(core::SecuritySettings(m_database).idleLockMinutes(&error));
    if (error)
        qCWarning(lcUi) << "idle lock setting unreadable, using the default:" << error.detail;
    conceal(false);
    m_idle->start();
    emit sessionChanged(m_session);
}

void SessionController::lock()
{
    lockFor(QStringLiteral("manual"));
}

void SessionController::lockFor(const QString &reason)
{
    if (!m_session.isValid() || isLocked())
        return;
    if (const core::StorageError error = m_directory.recordLock(m_session, reason, m_clock.now()))
        qCWarning(lcUi) << "could not audit the screen lock:" << error.detail;
    m_idle->stop();
    conceal(true);
    m_lockScreen->lock(m_session);
    emit lockedChanged(true);
}

void SessionController::unlocked(const core::ClerkAccount &by)
{
    if (by.login != m_session.login())
        qCInfo(lcUi) << "screen of" << m_session.login() << "unlocked by" << by.login;
    conceal(false);
    m_idle->start();
    emit lockedChanged(false);
}

void SessionController::logOut()
{
    if (!m_session.isValid())
        return;
    if (const core::StorageError error = m_directory.recordLogout(m_session, m_clock.now()))
        qCWarning(lcUi) << "could not audit the log-out:" << error.detail;
    const bool wasLocked = isLocked();
    m_idle->stop();
    m_lockScreen->release();
    m_session = {};
    conceal(true);
    m_focusBeforeLock = nullptr; // the next clerk starts afresh
    if (wasLocked)
        emit lockedChanged(false);
    emit sessionChanged(m_session);
    askForLogin();
}

void SessionController::askForLogin()
{
    auto *dialog = new LoginDialog(m_directory, m_clock, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setStation(core::StationIdentity::read(m_database));
    connect(dialog, &QDialog::accepted, this, [this, dialog] { start(dialog->session()); });
    connect(dialog, &QDialog::rejected, m_window, &QWidget::close);
    dialog->open();
}

void SessionController::conceal(bool concealed)
{
    QWidget *content = m_window->centralWidget();
    if (!content)
        return;
    if (concealed) {
        QWidget *focus = QApplication::focusWidget();
        if (focus && content->isAncestorOf(focus))
            m_focusBeforeLock = focus;
        content->hide();
        return;
    }
    content->show();
    if (m_focusBeforeLock)
        m_focusBeforeLock->setFocus();
}

} // namespace ow::ui
