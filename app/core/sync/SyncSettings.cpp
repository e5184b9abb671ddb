#include "SyncSettings.h"

#include "../accounts/SettingStore.h"
#include "../storage/Transaction.h"

namespace ow::core {

SyncSettings SyncSettings::read(Database &database, StorageError *error)
{
    SyncSettings s;
    const SettingStore store(database);
    StorageError e;
    const auto value = [&](const QString &key) -> QString {
        if (e)
            return {};
        return store.read(key, &e).value_or(QString());
    };
    s.hubUrl = QUrl(value(hubUrlKey()), QUrl::StrictMode);
    s.stationId = value(stationIdKey());
    s.windowName = value(windowKey());
    s.hubPublicKeyPem = value(hubPublicKeyKey()).toUtf8();
    s.hubKeyId = value(hubKeyIdKey());
    bool ok = false;
    const qint64 cursor = value(cursorKey()).toLongLong(&ok);
    s.cursor = ok && cursor > 0 ? cursor : 0;
    s.lastSuccess = QDateTime::fromString(value(lastSuccessKey()), Qt::ISODateWithMs);
    s.lastError = value(lastErrorKey());
    if (error)
        *error = e;
    return e ? SyncSettings{} : s;
}

StorageError SyncSettings::saveEnrolment(Database &database, const SyncSettings &settings,
                                         const QDateTime &now)
{
    SettingStore store(database);
    Transaction tx(database);
    if (StorageError e = tx.begin())
        return e;
    StorageError e;
    const QString previousHub = store.read(hubUrlKey(), &e).value_or(QString());
    if (e)
        return tx.fail(e);
    const QString hub = settings.hubUrl.toString(QUrl::FullyEncoded);
    const QList<std::pair<QString, QString>> values = {
        {hubUrlKey(), hub},
        {stationIdKey(), settings.stationId},
        {windowKey(), settings.windowName},
        {hubPublicKeyKey(), QString::fromUtf8(settings.hubPublicKeyPem)},
        {hubKeyIdKey(), settings.hubKeyId},
        {lastErrorKey(), QString(QLatin1String(""))},
    };
    for (const auto &[key, value] : values) {
        if ((e = store.write(key, value, now)))
            return tx.fail(e);
    }
    if (previousHub != hub && (e = store.write(cursorKey(), QStringLiteral("0"), now)))
        return tx.fail(e);
    return tx.commit();
}

StorageError SyncSettings::writeCursor(Database &database, qint64 cursor, const QDateTime &now)
{
    return SettingStore(database).write(cursorKey(), QString::number(cursor), now);
}

StorageError SyncSettings::writeOutcome(Database &database, const QDateTime &lastSuccess,
                                        const QString &lastError, const QDateTime &now)
{
    SettingStore store(database);
    Transaction tx(database);
    if (StorageError e = tx.begin())
        return e;
    if (lastSuccess.isValid()) {
        if (StorageError e = store.write(lastSuccessKey(),
                                         lastSuccess.toUTC().toString(Qt::ISODateWithMs), now))
            return tx.fail(e);
    }
    if (StorageError e = store.write(lastErrorKey(),
                                     lastError.isNull() ? QString(QLatin1String("")) : lastError,
                                     now))
        return tx.fail(e);
    return tx.commit();
}

} // namespace ow::core
