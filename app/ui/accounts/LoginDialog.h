#pragma once

#include "core/accounts/Session.h"
#include "core/accounts/StationIdentity.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace ow::core {
class ClerkDirectory;
class Clock;
} // namespace ow::core

namespace ow::ui {

// Asks for a login and a password and accepts only when ClerkDirectory::authenticate() does;
// otherwise says why (wrong login or password, locked out for N more minutes, disabled) and
// lets the clerk try again. Enter submits. Rejecting it (Quit, Escape) means nobody logged in.
// The directory and the clock outlive the dialog.
class LoginDialog final : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(core::ClerkDirectory &directory, const core::Clock &clock,
                QWidget *parent = nullptr);

    // The hall and window shown above the fields; the window also becomes the session's.
    void setStation(const core::StationIdentity &station);
    // Pre-fills the login (e.g. from --user) and puts the cursor in the password field.
    void setLogin(const QString &login);

    // Valid once the dialog was accepted.
    core::Session session() const { return m_session; }
    QString errorText() const;

public slots:
    void submit();

private:
    void showError(const QString &message);

    core::ClerkDirectory &m_directory;
    const core::Clock &m_clock;
    core::StationIdentity m_station;
    core::Session m_session;
    QLabel *m_stationLabel = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace ow::ui
