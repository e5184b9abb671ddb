// onewindow — the counter clerk's workbench.
#include "core/BackgroundWorkstation.h"
#include "core/BuildInfo.h"
#include "core/Clock.h"
#include "core/DataDirectory.h"
#include "core/Language.h"
#include "core/Logging.h"
#include "core/Workstation.h"
#include "core/applicant/CardReader.h"
#include "core/storage/CatalogRepository.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncSettings.h"
#include "ui/Fonts.h"
#include "ui/MainWindow.h"
#include "ui/WorkbenchOptions.h"
#include "ui/acceptance/AcceptancePage.h"
#include "ui/accounts/SessionController.h"
#include "ui/accounts/StartupLogin.h"

#include <QApplication>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OneWindow"));
    QCoreApplication::setApplicationName(QStringLiteral("onewindow"));
    QCoreApplication::setApplicationVersion(ow::core::applicationVersion());
    QGuiApplication::setApplicationDisplayName(QStringLiteral("OneWindow"));
    QGuiApplication::setDesktopFileName(QStringLiteral("onewindow"));

    const QStringList arguments = QCoreApplication::arguments();
    ow::core::configureLogging(arguments.contains(QStringLiteral("--verbose")));
    ow::core::installTranslations(app, ow::ui::WorkbenchOptions::languageFromArguments(arguments));
    const ow::ui::WorkbenchOptions options = ow::ui::WorkbenchOptions::parse(arguments);
    ow::ui::applyWorkbenchFont(app, options.language);

    if (!options.error.isEmpty()) {
        QMessageBox::critical(nullptr, QGuiApplication::applicationDisplayName(), options.error);
        return 2;
    }

    const ow::core::DataDirectory dataDir = ow::core::DataDirectory::resolve(options.dataDir);
    if (!dataDir.isValid()) {
        QMessageBox::critical(nullptr, QGuiApplication::applicationDisplayName(),
                              dataDir.errorMessage);
        return 1;
    }
    QString openError;
    const auto workstation = ow::core::Workstation::open(dataDir, &openError);
    if (!workstation) {
        QMessageBox::critical(nullptr, QGuiApplication::applicationDisplayName(), openError);
        return 1;
    }
    ow::core::Database *database = &workstation->database();

    // Nobody works without logging in; the first start creates the administrator's account.
    bool loginFailed = false;
    const ow::core::Session session = ow::ui::logInAtStartup(*database, options.user, &loginFailed);
    if (!session.isValid())
        return loginFailed ? 1 : 0;

    ow::core::StorageError error;
    const ow::core::Catalog catalog = ow::core::CatalogRepository(*database).load(&error);
    if (error)
        QMessageBox::warning(nullptr, QGuiApplication::applicationDisplayName(), error.message);
    ow::core::BackgroundWorkstation background(dataDir);

    ow::ui::MainWindow window(database);
    auto *acceptance =
        new ow::ui::AcceptancePage(*workstation, background, catalog, ow::core::Clock::system());
    // The simulated ID card reader reads the card lying in this JSON file (docs/card-reader.md).
    ow::core::SimulatedCardReader cardReader(qEnvironmentVariable("OW_CARD_READER_FILE"),
                                             ow::core::Clock::system().today());
    acceptance->setCardReader(&cardReader);
    const auto station = [acceptance,
                          hall = qEnvironmentVariable("OW_HALL_NAME")](const ow::core::Session &s) {
        acceptance->setStation({hall.isEmpty() ? QStringLiteral("市民中心政务服务大厅") : hall,
                                s.windowName,
                                s.account.displayName,
                                {},
                                {}},
                               s.login());
    };
    station(session);
    window.setAcceptancePage(acceptance);
    if (window.sessionController())
        QObject::connect(window.sessionController(), &ow::ui::SessionController::sessionChanged,
                         acceptance, station);
    // Enrolled at a hub: sync runs beside the clerk (never blocking the window) and its state
    // shows in the status bar; a standalone workstation simply keeps everything locally.
    std::unique_ptr<ow::core::SyncEngine> sync;
    if (ow::core::SyncSettings::read(*database, &error).isEnrolled()) {
        sync = std::make_unique<ow::core::SyncEngine>(background, ow::core::Clock::system());
        window.setSyncEngine(sync.get(), ow::core::Clock::system());
        QObject::connect(acceptance, &ow::ui::AcceptancePage::submitted, sync.get(),
                         &ow::core::SyncEngine::syncNow);
        QObject::connect(sync.get(), &ow::core::SyncEngine::catalogChanged, acceptance, [&] {
            background
                .run<ow::core::Catalog>([](ow::core::Workstation &ws) {
                    ow::core::StorageError loadError;
                    ow::core::Catalog fresh = ow::core::CatalogRepository(ws.database()).load(&loadError);
                    return loadError ? ow::core::Catalog() : fresh;
                })
                .then(acceptance, [acceptance](const ow::core::Catalog &fresh) {
                    if (!fresh.matters().isEmpty())
                        acceptance->setCatalog(fresh);
                });
        });
        sync->start();
    }
    window.setSession(session);
    window.show();
    return app.exec();
}
