#include "HubSetup.h"

#include "HubContext.h"
#include "auth/HubAccounts.h"
#include "auth/HubSecrets.h"
#include "auth/TokenService.h"
#include "catalog/CatalogPublisher.h"
#include "events/LiveEvents.h"
#include "storage/ChangeLog.h"
#include "storage/HubDatabase.h"

#include "core/calendar/WorkCalendar.h"
#include "core/catalog/CatalogJson.h"

#include <QFile>
#include <QHttpServer>

namespace ow::hub {

namespace {

// The pieces a setup command needs, as a serving hub would have them (minus the socket).
struct OfflineHub
{
    std::unique_ptr<HubDatabase> db;
    std::unique_ptr<HubSecrets> secrets;
    std::unique_ptr<TokenService> tokens;
    std::unique_ptr<HubAccounts> accounts;
    std::unique_ptr<ChangeLog> changes;
    std::unique_ptr<QHttpServer> http;
    std::unique_ptr<LiveEvents> events;
    std::unique_ptr<HubContext> context;

    bool open(const QString &storage, const core::Clock &clock, QString *error)
    {
        db = HubDatabase::open(storage, error);
        if (!db || !(secrets = HubSecrets::load(*db, error)))
            return false;
        tokens = std::make_unique<TokenService>(secrets->tokenSecret(), clock);
        accounts = std::make_unique<HubAccounts>(*db, clock);
        changes = std::make_unique<ChangeLog>(*db);
        http = std::make_unique<QHttpServer>();
        events = std::make_unique<LiveEvents>(*http, *db, *changes, *tokens);
        context.reset(new HubContext{*db, *secrets, *tokens, *accounts, *changes, clock,
                                     core::WorkCalendar::builtIn(), *events, nullptr});
        return true;
    }
};

bool readFile(const QString &path, QByteArray *data, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = HubSetup::tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    *data = file.readAll();
    return true;
}

QString summaryText(const CatalogPublisher::Summary &s)
{
    return HubSetup::tr("%1 changed, %2 removed, %3 unchanged")
        .arg(s.changed)
        .arg(s.removed)
        .arg(s.unchanged);
}

} // namespace

bool HubSetup::init(const QString &storage, bool demo, const QString &catalogFile,
                    const core::Clock &clock, QString *report, QString *error)
{
    OfflineHub hub;
    if (!hub.open(storage, clock, error))
        return false;
    CatalogPublisher publisher(*hub.context);
    CatalogPublisher::Summary calendars;
    if (!publisher.publishCalendars(&calendars, error))
        return false;
    *report = tr("Hub database ready (%1, schema %2). Calendars: %3.")
                  .arg(hub.db->displayName())
                  .arg(hub.db->schemaVersion())
                  .arg(summaryText(calendars));
    if (!demo)
        return true;
    QByteArray json;
    if (!readFile(catalogFile.isEmpty() ? QStringLiteral(":/demo/demo-catalog.json") : catalogFile,
                  &json, error))
        return false;
    CatalogPublisher::Summary matters;
    if (!publisher.publishCatalog(json, &matters, error))
        return false;
    const QList<HubAccounts::Account> people{
        {QStringLiteral("admin"), tr("Hub administrator"), QStringLiteral("admin"), {}},
        {QStringLiteral("clerk01"), tr("Demo clerk"), QStringLiteral("clerk"), {}},
    };
    for (const HubAccounts::Account &a : people) {
        const QString password = a.role == QLatin1String("admin") ? QStringLiteral("onewindow-admin")
                                                                 : QStringLiteral("onewindow-demo");
        if (!hub.accounts->put(a, password, error))
            return false;
    }
    const core::CatalogParseResult parsed = core::CatalogJson::parse(json);
    for (const core::Department &d : parsed.catalog.departments()) {
        if (!hub.accounts->put({QStringLiteral("dept-") + d.id, d.name, QStringLiteral("department"),
                                d.id},
                               QStringLiteral("onewindow-dept"), error))
            return false;
    }
    *report += QLatin1Char('\n')
               + tr("Demo catalog: %1. Demo accounts: admin, clerk01 and one dept-<id> per "
                    "department (%2).")
                     .arg(summaryText(matters))
                     .arg(parsed.catalog.departments().size());
    return true;
}

bool HubSetup::addAccount(const QString &storage, const QString &username, const QString &role,
                          const QString &department, const QString &displayName,
                          const QString &password, const core::Clock &clock, QString *error)
{
    OfflineHub hub;
    return hub.open(storage, clock, error)
           && hub.accounts->put({username, displayName, role, department}, password, error);
}

bool HubSetup::importCatalog(const QString &storage, const QString &file,
                             const core::Clock &clock, QString *report, QString *error)
{
    OfflineHub hub;
    QByteArray json;
    if (!hub.open(storage, clock, error) || !readFile(file, &json, error))
        return false;
    CatalogPublisher publisher(*hub.context);
    CatalogPublisher::Summary summary;
    if (!publisher.publishCatalog(json, &summary, error))
        return false;
    *report = tr("Catalog published: %1.").arg(summaryText(summary));
    return true;
}

} // namespace ow::hub
