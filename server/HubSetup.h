#pragma once

#include <QCoreApplication>
#include <QString>

namespace ow::core {
class Clock;
}

namespace ow::hub {

// `onewindow-hub init|account|catalog`: administration that needs the database but no socket.
class HubSetup final
{
    Q_DECLARE_TR_FUNCTIONS(HubSetup)

public:
    // Creates/migrates the database and its secrets; with `demo`, publishes the demo catalog
    // (`catalogFile`, or the built-in demo catalog when empty) and the calendars and creates the demo accounts (README, "Demo accounts").
    static bool init(const QString &storage, bool demo, const QString &catalogFile,
                     const core::Clock &clock, QString *report, QString *error);
    static bool addAccount(const QString &storage, const QString &username, const QString &role,
                           const QString &department, const QString &displayName,
                           const QString &password, const core::Clock &clock, QString *error);
    static bool importCatalog(const QString &storage, const QString &file,
                              const core::Clock &clock, QString *report, QString *error);
};

} // namespace ow::hub
