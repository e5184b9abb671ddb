#include "HubSetup.h"

#include "HubContext.h"
#include "HubServer.h"
#include "auth/HubAccounts.h"
#include "catalog/CatalogPublisher.h"
#include "storage/HubDatabase.h"

#include "core/catalog/CatalogJson.h"

#include <QFile>

namespace ow::hub {

namespace {

// A hub as `serve` would set it up, minus the socket.
std::unique_ptr<HubServer> openOffline(const QString &storage, const core::Clock &clock,
                                       QString *error)
{
    HubServer::Options options;
    options.storage = storage;
    options.listen = false;
    return HubServer::start(options, clock, error);
}

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
    const std::unique_ptr<HubServer> hub = openOffline(storage, clock, error);
    if (!hub)
        return false;
    CatalogPublisher publisher(hub->context());
    CatalogPublisher::Summary calendars;
    if (!publisher.publishCalendars(&calendars, error))
        return false;
    *report = tr("Hub database ready (%1, schema %2). Calendars: %3.")
                  .arg(hub->context().db.displayName())
                  .arg(hub->context().db.schemaVersion())
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
        if (!hub->context().accounts.put(a, password, error))
            return false;
    }
    const core::CatalogParseResult parsed = core::CatalogJson::parse(json);
    for (const core::Department &d : parsed.catalog.departments()) {
        if (!hub->context().accounts.put({QStringLiteral("dept-") + d.id, d.name,
                                          QStringLiteral("department"), d.id},
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
    const std::unique_ptr<HubServer> hub = openOffline(storage, clock, error);
    return hub
           && hub->context().accounts.put({username, displayName, role, department}, password,
                                          error);
}

bool HubSetup::importCatalog(const QString &storage, const QString &file,
                             const core::Clock &clock, QString *report, QString *error)
{
    const std::unique_ptr<HubServer> hub = openOffline(storage, clock, error);
    QByteArray json;
    if (!hub || !readFile(file, &json, error))
        return false;
    CatalogPublisher publisher(hub->context());
    CatalogPublisher::Summary summary;
    if (!publisher.publishCatalog(json, &summary, error))
        return false;
    *report = tr("Catalog published: %1.").arg(summaryText(summary));
    return true;
}

} // namespace ow::hub
