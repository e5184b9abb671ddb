#pragma once

#include <QList>
#include <QString>

namespace ow::core {

// One named component and the version this process actually runs with (not the one it was
// compiled against), for the About dialog, `onewindow-cli version` and support requests.
struct ComponentVersion
{
    QString component;
    QString version;
};

QString applicationVersion();
QList<ComponentVersion> runtimeVersions();

} // namespace ow::core
