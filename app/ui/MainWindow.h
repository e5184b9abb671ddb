#pragma once

#include "core/accounts/Session.h"

#include <QMainWindow>
#include <QStringList>

class QListWidget;
class QStackedWidget;
class QLabel;
class QAction;

namespace ow::core {
class Clock;
class Database;
class SyncEngine;
}

namespace ow::ui {

class SessionController;

// The workbench's one window: a navigation column (acceptance, queue, supervision) beside the
// work area, a menu with documented shortcuts and a status bar that tells the truth about the
// local database. The database is owned by the caller and outlives the window.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum Page { AcceptancePage = 0, QueuePage = 1, SupervisionPage = 2 };

    explicit MainWindow(core::Database *database, QWidget *parent = nullptr);

    // Lines such as "property 1.0.0" for the About dialog (filled by the module loader).
    void setLoadedModules(const QStringList &modules) { m_modules = modules; }

    int currentPage() const;
    // Puts the real clerk's screen in place of the acceptance plan (the window takes it).
    void setAcceptancePage(QWidget *page);

    // The clerk who logged in (main.cpp's LoginDialog). Without one, as in tests, the window
    // shows no clerk and offers no lock or log-out; without a database it ignores sessions.
    void setSession(const core::Session &session);
    // Shows sync's state in the status bar (online/offline, waiting cases, "Sync now"). Without
    // a call the status bar says the workstation is not connected to a hub.
    void setSyncEngine(core::SyncEngine *engine, const core::Clock &clock);
    core::Session session() const;
    // Idle lock, lock screen and log-out; null without a database.
    SessionController *sessionController() const { return m_sessions; }

public slots:
    void showPage(int page);
    void showAbout();
    void showShortcuts();

private:
    void buildMenus();
    void buildStatusBar();
    void showSession(const core::Session &session);

    core::Database *m_database;
    QStringList m_modules;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_databaseStatus = nullptr;
    QWidget *m_syncStatus = nullptr;
    SessionController *m_sessions = nullptr;
    QLabel *m_clerkStatus = nullptr;
    QAction *m_lockAction = nullptr;
    QAction *m_logoutAction = nullptr;
};

} // namespace ow::ui
