#pragma once

#include "HubDatabase.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ow::hub {

struct Change
{
    qint64 seq = 0;
    QString kind;
    QString key;
    // The body as stored: compact JSON that record() wrote from a QJsonObject. Handed on as it
    // is (GET /changes pages carry up to 5000 catalog items; parsing and re-serializing them
    // cost the hub more than the database read).
    QByteArray bodyJson;
};

// The monotonic change log workstations pull from (GET /changes). record() runs inside the
// caller's transaction. On PostgreSQL it first takes a transaction-scoped advisory lock, so
// changes become visible in seq order: a reader that saw seq N never later finds a smaller seq
// committed behind it (the classic hole in sequence-numbered feeds). SQLite writers are
// serialised by BEGIN IMMEDIATE already.
class ChangeLog final
{
public:
    explicit ChangeLog(HubDatabase &db) : m_db(db) {}

    // `stationId` empty: a change for every workstation. Returns the new seq, or nothing with
    // `error` set.
    std::optional<qint64> record(const QString &kind, const QString &key, const QString &stationId,
                                 const QJsonObject &body, const QString &now, QString *error);

    struct Page
    {
        QList<Change> changes;
        qint64 cursor = 0;
        bool more = false;
    };
    // Changes after `since`, global and (when `stationId` is set) addressed to that station;
    // `allStations` (admin) sees everything.
    std::optional<Page> since(qint64 since, int limit, const QString &stationId, bool allStations,
                              QString *error) const;
    // The newest seq, for live-event notifications.
    qint64 latest(QString *error) const;

private:
    HubDatabase &m_db;
};

} // namespace ow::hub
