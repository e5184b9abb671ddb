#pragma once

#include <QString>

namespace ow::core {

// Where a workstation keeps its database and files. Shared by `onewindow` and
// `onewindow-cli` so both always see the same cache.
struct DataDirectory
{
    QString path;         // absolute; empty when it could not be created
    QString errorMessage; // translated; set when path is empty

    bool isValid() const { return !path.isEmpty(); }
    QString workstationDatabasePath() const;

    // Resolution order: explicit override (--data-dir), then the OW_DATA_DIR environment
    // variable, then the platform's application data location. The directory is created with
    // owner-only permissions when missing.
    static DataDirectory resolve(const QString &override);
};

} // namespace ow::core
