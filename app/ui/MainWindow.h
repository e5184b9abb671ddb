#pragma once

#include <QMainWindow>
#include <QStringList>

class QListWidget;
class QStackedWidget;
class QLabel;

namespace ow::core {
class Database;
}

namespace ow::ui {

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

public slots:
    void showPage(int page);
    void showAbout();
    void showShortcuts();

private:
    void buildMenus();
    void buildStatusBar();

    core::Database *m_database;
    QStringList m_modules;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_databaseStatus = nullptr;
};

} // namespace ow::ui
