#include "HubCalendarStore.h"

#include "SyncLog.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

namespace ow::core {

StorageError HubCalendarStore::upsert(int year, const QByteArray &content, qint64 seq,
                                      const QDateTime &now, QString *refusal)
{
    const CalendarYearParse parsed = CalendarFile::parse(content);
    QString reason = parsed.error;
    if (parsed.ok() && parsed.year.year != year)
        reason = tr("the file describes %1, not %2").arg(parsed.year.year).arg(year);
    if (!reason.isEmpty()) {
        if (refusal)
            *refusal = reason;
        return {};
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO calendar_year (year, content, seq, updated_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (year) DO UPDATE SET content = excluded.content, seq = excluded.seq,"
        " updated_at = excluded.updated_at WHERE excluded.seq > calendar_year.seq"));
    q.addBindValue(year);
    q.addBindValue(QString::fromUtf8(content));
    q.addBindValue(seq);
    q.addBindValue(now.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), m_db.path());
    if (refusal)
        refusal->clear();
    return {};
}

StorageError HubCalendarStore::remove(int year)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM calendar_year WHERE year = ?"));
    q.addBindValue(year);
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), m_db.path());
    return {};
}

QList<int> HubCalendarStore::years(StorageError *error) const
{
    QList<int> result;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT year FROM calendar_year ORDER BY year"))) {
        if (error)
            *error = StorageError::fromSql(q.lastError(), m_db.path());
        return result;
    }
    while (q.next())
        result.append(q.value(0).toInt());
    if (error)
        *error = {};
    return result;
}

WorkCalendar HubCalendarStore::calendar(StorageError *error) const
{
    QMap<int, QByteArray> files; // year → file; the hub's win
    const QDir dir(QStringLiteral(":/calendar"));
    for (const QString &name : dir.entryList({QStringLiteral("cn-*.json")}, QDir::Files)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = file.readAll();
        const CalendarYearParse parsed = CalendarFile::parse(data);
        if (parsed.ok())
            files.insert(parsed.year.year, data);
    }
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT year, content FROM calendar_year ORDER BY year"))) {
        if (error)
            *error = StorageError::fromSql(q.lastError(), m_db.path());
        return WorkCalendar::builtIn();
    }
    while (q.next()) {
        const QByteArray data = q.value(1).toString().toUtf8();
        const CalendarYearParse parsed = CalendarFile::parse(data);
        if (parsed.ok() && parsed.year.year == q.value(0).toInt())
            files.insert(parsed.year.year, data);
        else
            qCWarning(lcSync) << "calendar year" << q.value(0).toInt()
                              << "from the hub no longer reads; built-in year used";
    }
    if (error)
        *error = {};
    const WorkCalendarLoad load = WorkCalendar::fromJson(files.values());
    if (!load.ok()) {
        qCWarning(lcSync).noquote() << "hub calendar refused, built-in used:" << load.error;
        return WorkCalendar::builtIn();
    }
    return load.calendar;
}

} // namespace ow::core
