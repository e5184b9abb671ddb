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

// Shown when the workstation has no account at all: creates the first administrator and logs
// them in. There is no way past it without an account; rejecting it (Quit) ends the program.
// Further accounts are added with `onewindow-cli clerk add`.
class FirstRunDialog final : public QDialog
{
    Q_OBJECT

public:
    FirstRunDialog(core::ClerkDirectory &directory, const core::Clock &clock,
                   QWidget *parent = nullptr);

    void setStation(const core::StationIdentity &station);
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
    QLineEdit *m_login = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_window = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace ow::ui
