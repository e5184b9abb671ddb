#include "DataDirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace ow::core {

QString DataDirectory::workstationDatabasePath() const
{
    return QDir(path).filePath(QStringLiteral("workstation.sqlite"));
}

DataDirectory DataDirectory::resolve(const QString &override)
{
    QString chosen = override;
    if (chosen.isEmpty())
        chosen = qEnvironmentVariable("OW_DATA_DIR");
    if (chosen.isEmpty())
        chosen = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);

    DataDirectory result;
    const QString absolute = QFileInfo(chosen).absoluteFilePath();
    const QFileInfo info(absolute);
    if (info.exists() && !info.isDir()) {
        result.errorMessage =
            QCoreApplication::translate("DataDirectory", "The data directory %1 is a file, not a "
                                                         "directory.")
                .arg(QDir::toNativeSeparators(absolute));
        return result;
    }
    if (!info.exists()) {
        if (!QDir().mkpath(absolute)) {
            result.errorMessage =
                QCoreApplication::translate("DataDirectory",
                                            "The data directory %1 could not be created.")
                    .arg(QDir::toNativeSeparators(absolute));
            return result;
        }
        QFile::setPermissions(absolute,
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    result.path = absolute;
    return result;
}

} // namespace ow::core
