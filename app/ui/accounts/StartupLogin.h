#pragma once

#include "core/accounts/Session.h"

namespace ow::core {
class Database;
}

namespace ow::ui {

// Who uses the workbench, asked before the main window opens: the first-run dialog when the
// workstation has no account yet (it creates the administrator), otherwise the log-in dialog
// with `login` pre-filled. Returns an invalid session when nobody logged in; `*failed` is then
// true when that was because of an error (already shown to the user) rather than Quit.
core::Session logInAtStartup(core::Database &database, const QString &login, bool *failed);

} // namespace ow::ui
