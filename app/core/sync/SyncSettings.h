#pragma once

#include "../storage/Database.h"
#include "../storage/StorageError.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace ow::core {

// How this workstation reaches its hub, kept in the `setting` table: written by enrolment
// (`onewindow-cli sync enrol`), read by the sync engine at the start of every cycle.
struct SyncSettings
{
    QUrl hubUrl;          // e.g. http://127.0.0.1:8080 (the API is under /api/v1)
    QString stationId;    // as the hub enrolled it; also the receipt-number prefix's start
    QString windowName;   // the window the station was enrolled for
    QByteArray hubPublicKeyPem; // verifies the hub's signed verification answers
    QString hubKeyId;
    qint64 cursor = 0;    // the last change seq applied
    QDateTime lastSuccess; // the end of the last cycle that finished without a failure
    QString lastError;     // translated; the last cycle's failure, empty after a success

    bool isEnrolled() const
    {
        return hubUrl.isValid() && !hubUrl.isEmpty() && !stationId.isEmpty()
            && !hubPublicKeyPem.isEmpty();
    }

    static QString hubUrlKey() { return QStringLiteral("sync.hub_url"); }
    static QString stationIdKey() { return QStringLiteral("sync.station_id"); }
    static QString windowKey() { return QStringLiteral("sync.window"); }
    static QString hubPublicKeyKey() { return QStringLiteral("sync.hub_public_key"); }
    static QString hubKeyIdKey() { return QStringLiteral("sync.hub_key_id"); }
    static QString cursorKey() { return QStringLiteral("sync.cursor"); }
    static QString lastSuccessKey() { return QStringLiteral("sync.last_success"); }
    static QString lastErrorKey() { return QStringLiteral("sync.last_error"); }

    static SyncSettings read(Database &database, StorageError *error);
    // Enrolment: hub URL, station, window and the hub's key, in one transaction; the cursor
    // starts again at 0 when the hub changes (another hub numbers its changes differently).
    [[nodiscard]] static StorageError saveEnrolment(Database &database, const SyncSettings &settings,
                                                    const QDateTime &now);
    // Joins the caller's transaction (the page of changes the cursor follows).
    [[nodiscard]] static StorageError writeCursor(Database &database, qint64 cursor,
                                                  const QDateTime &now);
    [[nodiscard]] static StorageError writeOutcome(Database &database, const QDateTime &lastSuccess,
                                                   const QString &lastError, const QDateTime &now);
};

} // namespace ow::core
