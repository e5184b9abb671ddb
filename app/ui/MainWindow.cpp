#include "MainWindow.h"

#include "AboutDialog.h"
#include "PlaceholderPage.h"
#include "UiLogging.h"
#include "accounts/AccountWidgets.h"
#include "accounts/SessionController.h"
#include "sync/SyncStatusWidget.h"

#include "core/BuildInfo.h"
#include "core/Clock.h"
#include "core/storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

namespace ow::ui {

MainWindow::MainWindow(core::Database *database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("OneWindow Workbench"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/onewindow.svg")));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(190);
    m_navigation->setSpacing(2);
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget { background: #1d3d6e; color: white; border: none; padding-top: 12px;"
        " outline: none; }"
        "QListWidget::item { height: 44px; padding-left: 16px; border-left: 4px solid transparent; "
        "}"
        "QListWidget::item:selected { background: #2f5ea8; color: white;"
        " border-left: 4px solid #f5c542; }"));
    m_navigation->addItems({tr("Acceptance"), tr("Queue"), tr("Supervision")});
    for (int row = 0; row < m_navigation->count(); ++row)
        m_navigation->item(row)->setToolTip(QStringLiteral("Ctrl+%1").arg(row + 1));
    layout->addWidget(m_navigation);

    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(new PlaceholderPage(
        tr("Comprehensive acceptance"),
        tr("One window accepts every matter of every department. Identify the applicant by "
           "resident ID or credit code, pick a matter or a \"one thing\" bundle, complete one "
           "pre-filled form, check the materials, then accept the case or print a one-time "
           "notice of everything missing."),
        {tr("Applicant"), tr("Matter or bundle"), tr("One form"), tr("Materials"),
         tr("Accept or notify"), tr("Receipt")},
        m_pages));
    m_pages->addWidget(new PlaceholderPage(
        tr("Queue"),
        tr("Call the next ticket (F2), call again (F3), transfer or mark a no-show; the hall "
           "display follows."),
        {tr("Call"), tr("Serve"), tr("Rate")}, m_pages));
    m_pages->addWidget(new PlaceholderPage(
        tr("Supervision"),
        tr("Watch queues and windows live, see cases near (yellow) or past (red) their time "
           "limit, follow up bad ratings and read the day's figures."),
        {}, m_pages));
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(AcceptancePage);

    if (m_database)
        m_sessions = new SessionController(*m_database, this);
    buildMenus();
    buildStatusBar();
    resize(1280, 800);
}

void MainWindow::setAcceptancePage(QWidget *page)
{
    QWidget *old = m_pages->widget(AcceptancePage);
    m_pages->insertWidget(AcceptancePage, page);
    m_pages->removeWidget(old);
    old->deleteLater();
    m_pages->setCurrentIndex(m_navigation->currentRow());
}

int MainWindow::currentPage() const
{
    return m_pages->currentIndex();
}

void MainWindow::showPage(int page)
{
    if (page >= 0 && page < m_pages->count())
        m_navigation->setCurrentRow(page);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_lockAction = file->addAction(tr("&Lock screen"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setObjectName(QStringLiteral("actionLock"));
    m_logoutAction = file->addAction(tr("Log &out"));
    m_logoutAction->setObjectName(QStringLiteral("actionLogout"));
    if (m_sessions) {
        connect(m_lockAction, &QAction::triggered, m_sessions, &SessionController::lock);
        connect(m_logoutAction, &QAction::triggered, m_sessions, &SessionController::logOut);
        connect(m_sessions, &SessionController::sessionChanged, this, &MainWindow::showSession);
    }
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("actionQuit"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QList<QPair<QString, int>> pages = {{tr("&Acceptance"), AcceptancePage},
                                              {tr("&Queue"), QueuePage},
                                              {tr("&Supervision"), SupervisionPage}};
    for (const auto &[label, page] : pages) {
        QAction *action = view->addAction(label);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
        action->setObjectName(QStringLiteral("actionPage%1").arg(page + 1));
        const int target = page;
        connect(action, &QAction::triggered, this, [this, target] { showPage(target); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts =
        help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setShortcut(QKeySequence::HelpContents);
    shortcuts->setObjectName(QStringLiteral("actionShortcuts"));
    QAction *about = help->addAction(tr("&About OneWindow"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
}

void MainWindow::buildStatusBar()
{
    m_clerkStatus = new QLabel(this);
    m_clerkStatus->setObjectName(QStringLiteral("clerkStatus"));
    statusBar()->addPermanentWidget(m_clerkStatus);
    showSession({});

    m_databaseStatus = new QLabel(this);
    m_databaseStatus->setObjectName(QStringLiteral("databaseStatus"));
    if (m_database) {
        m_databaseStatus->setText(
            tr("Local database ready (schema %1)").arg(m_database->schemaVersion()));
        m_databaseStatus->setToolTip(QDir::toNativeSeparators(m_database->path()));
    } else {
        m_databaseStatus->setText(tr("No local database"));
    }
    statusBar()->addPermanentWidget(m_databaseStatus);

    m_syncStatus = new SyncStatusWidget(nullptr, core::Clock::system(), this);
    statusBar()->addPermanentWidget(m_syncStatus);
    statusBar()->showMessage(tr("Ready"));
}

void MainWindow::setSyncEngine(core::SyncEngine *engine, const core::Clock &clock)
{
    statusBar()->removeWidget(m_syncStatus);
    delete m_syncStatus;
    m_syncStatus = new SyncStatusWidget(engine, clock, this);
    statusBar()->addPermanentWidget(m_syncStatus);
}

void MainWindow::setSession(const core::Session &session)
{
    if (m_sessions)
        m_sessions->start(session);
}

core::Session MainWindow::session() const
{
    return m_sessions ? m_sessions->session() : core::Session();
}

void MainWindow::showSession(const core::Session &session)
{
    m_clerkStatus->setText(stationText(session.account.displayName, session.windowName));
    m_clerkStatus->setVisible(session.isValid());
    m_lockAction->setEnabled(session.isValid());
    m_logoutAction->setEnabled(session.isValid());
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(core::runtimeVersions(), m_modules, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showShortcuts()
{
    auto *box = new QMessageBox(
        QMessageBox::Information, tr("Keyboard shortcuts"),
        tr("<table>"
           "<tr><td><b>Ctrl+1</b></td><td>Acceptance</td></tr>"
           "<tr><td><b>Ctrl+2</b></td><td>Queue</td></tr>"
           "<tr><td><b>Ctrl+3</b></td><td>Supervision</td></tr>"
           "<tr><td><b>F5</b></td><td>Read the ID card</td></tr>"
           "<tr><td><b>F4</b></td><td>Search matters and bundles</td></tr>"
           "<tr><td><b>Ctrl+M</b></td><td>Remaining materials received on paper</td></tr>"
           "<tr><td><b>Ctrl+Enter</b></td><td>Accept the case</td></tr>"
           "<tr><td><b>Ctrl+I</b></td><td>One-time notice</td></tr>"
           "<tr><td><b>Ctrl+R</b></td><td>Refuse</td></tr>"
           "<tr><td><b>Ctrl+P</b></td><td>Print the document</td></tr>"
           "<tr><td><b>Ctrl+Shift+N</b></td><td>Next applicant</td></tr>"
           "<tr><td><b>Ctrl+L</b></td><td>Lock screen</td></tr>"
           "<tr><td><b>F1</b></td><td>This list</td></tr>"
           "<tr><td><b>Ctrl+Q</b></td><td>Quit</td></tr>"
           "</table>"),
        QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("shortcutsDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace ow::ui
