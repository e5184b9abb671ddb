#pragma once

#include "core/accounts/Session.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace ow::core {
class ClerkDirectory;
class Clock;
} // namespace ow::core

namespace ow::ui {

// The screen a locked workbench shows: an opaque, frameless, application-modal window laid
// exactly over the window it protects (and following it when that moves or resizes), so that
// nothing behind it can be seen or reached — not even through shortcuts or open dialogs.
// It shows who locked it and asks for a password: the clerk's own, or a supervisor's or an
// administrator's with their own login (ClerkDirectory::unlock audits which). "Switch user"
// gives the workstation to someone else.
class LockScreen final : public QWidget
{
    Q_OBJECT

public:
    // `covered` is the window to protect; the lock screen is its child and dies with it.
    LockScreen(core::ClerkDirectory &directory, const core::Clock &clock, QWidget *covered);
    ~LockScreen() override;

    void lock(const core::Session &session);
    // Hides without unlocking anything: the session it protected has ended (log-out).
    void release();
    bool isLocked() const { return m_session.isValid(); }
    const core::Session &lockedSession() const { return m_session; }
    QString errorText() const;

public slots:
    void submit();

signals:
    // `by` is who typed the password: the locked clerk or a supervisor.
    void unlocked(const ow::core::ClerkAccount &by);
    // The clerk wants to log out and let someone else log in; the screen stays locked until
    // the caller release()s it.
    void switchUserRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void cover();
    void showError(const QString &message);

    core::ClerkDirectory &m_directory;
    const core::Clock &m_clock;
    QPointer<QWidget> m_covered;
    core::Session m_session;
    QLabel *m_lockedBy = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace ow::ui
