#include "StartupLogin.h"

#include "FirstRunDialog.h"
#include "LoginDialog.h"

#include "core/Clock.h"
#include "core/accounts/ClerkDirectory.h"
#include "core/accounts/StationIdentity.h"

#include <QGuiApplication>
#include <QMessageBox>

namespace ow::ui {

core::Session logInAtStartup(core::Database &database, const QString &login, bool *failed)
{
    *failed = false;
    core::ClerkDirectory directory(database);
    const core::Clock &clock = core::Clock::system();
    const core::StationIdentity station = core::StationIdentity::read(database);
    core::StorageError error;
    const int accounts = directory.count(&error);
    if (accounts < 0) {
        QMessageBox::critical(nullptr, QGuiApplication::applicationDisplayName(), error.message);
        *failed = true;
        return {};
    }
    if (accounts == 0) {
        FirstRunDialog dialog(directory, clock);
        dialog.setStation(station);
        return dialog.exec() == QDialog::Accepted ? dialog.session() : core::Session();
    }
    LoginDialog dialog(directory, clock);
    dialog.setStation(station);
    dialog.setLogin(login);
    return dialog.exec() == QDialog::Accepted ? dialog.session() : core::Session();
}

} // namespace ow::ui
