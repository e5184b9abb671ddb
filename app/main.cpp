// onewindow — the counter clerk's workbench.
#include "core/BuildInfo.h"
#include "core/DataDirectory.h"
#include "core/Language.h"
#include "core/Logging.h"
#include "core/storage/WorkstationDatabase.h"
#include "ui/Fonts.h"
#include "ui/MainWindow.h"
#include "ui/WorkbenchOptions.h"

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
        QMessageBox::critical(nullptr, QGuiApplication::applicationDisplayName(), dataDir.errorMessage);
        return 1;
    }
    ow::core::StorageError error;
    const auto database =
        ow::core::WorkstationDatabase::open(dataDir.workstationDatabasePath(), &error);
    if (!database) {
        QMessageBox::critical(nullptr, QGuiApplication::applicationDisplayName(), error.message);
        return 1;
    }

    ow::ui::MainWindow window(database.get());
    window.show();
    return app.exec();
}
