#include "AuditLog.h"

#include "../crypto/Sm3.h"
#include "../storage/SqlText.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

namespace ow::core {
namespace {

constexpr qsizetype HashSize = 32;

void addField(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    char length[4];
    qToBigEndian<quint32>(quint32(utf8.size()), length);
    out.append(length, 4);
    out.append(utf8);
}

QString timestamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

AuditEntry entryFrom(const QSqlQuery &q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    e.subject = q.value(4).toString();
    e.detail = q.value(5).toString();
    e.prevHash = q.value(6).toByteArray();
    e.hash = q.value(7).toByteArray();
    return e;
}

const QString selectColumns = QStringLiteral(
    "SELECT seq, at, actor, action, subject, detail, prev_hash, hash FROM audit_log");

} // namespace

QByteArray AuditLog::chainHash(const QByteArray &prevHash, const AuditEntry &entry)
{
    QByteArray message = prevHash;
    addField(message, QString::number(entry.seq));
    addField(message, timestamp(entry.at));
    addField(message, entry.actor);
    addField(message, entry.action);
    addField(message, entry.subject);
    addField(message, entry.detail);
    return Sm3::hash(message);
}

StorageError AuditLog::append(const QString &actor, const QString &action, const QString &subject,
                              const QString &detail, const QDateTime &at)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")))
        return StorageError::fromSql(q.lastError(), m_db.path());
    AuditEntry entry;
    entry.prevHash = QByteArray(HashSize, '\0');
    entry.seq = 1;
    if (q.next()) {
        entry.seq = q.value(0).toLongLong() + 1;
        entry.prevHash = q.value(1).toByteArray();
    }
    entry.at = at;
    entry.actor = actor;
    entry.action = action;
    entry.subject = subject;
    entry.detail = detail;
    entry.hash = chainHash(entry.prevHash, entry);
    if (entry.hash.size() != HashSize) {
        StorageError error;
        error.code = StorageError::Code::QueryFailed;
        error.message = StorageError::describe(error.code, m_db.path());
        error.detail = QStringLiteral("SM3 unavailable for the audit chain");
        return error;
    }
    q.prepare(QStringLiteral("INSERT INTO audit_log (seq, at, actor, action, subject, detail,"
                             " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(entry.seq);
    q.addBindValue(timestamp(at));
    q.addBindValue(sqlText(actor));
    q.addBindValue(sqlText(action));
    q.addBindValue(sqlText(subject));
    q.addBindValue(sqlText(detail));
    q.addBindValue(entry.prevHash);
    q.addBindValue(entry.hash);
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), m_db.path());
    return {};
}

QList<AuditEntry> AuditLog::latest(int limit, const QString &action, StorageError *error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(selectColumns + (action.isEmpty() ? QString() : QStringLiteral(" WHERE action = ?"))
              + QStringLiteral(" ORDER BY seq DESC LIMIT ?"));
    if (!action.isEmpty())
        q.addBindValue(action);
    q.addBindValue(qMax(0, limit));
    QList<AuditEntry> result;
    if (!q.exec()) {
        if (error)
            *error = StorageError::fromSql(q.lastError(), m_db.path());
        return result;
    }
    while (q.next())
        result.append(entryFrom(q));
    if (error)
        *error = {};
    return result;
}

AuditLog::Verification AuditLog::verify(StorageError *error) const
{
    Verification v;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(selectColumns + QStringLiteral(" ORDER BY seq"))) {
        if (error)
            *error = StorageError::fromSql(q.lastError(), m_db.path());
        return v;
    }
    QByteArray expectedPrev(HashSize, '\0');
    qint64 expectedSeq = 1;
    while (q.next()) {
        const AuditEntry e = entryFrom(q);
        ++v.checked;
        if (e.seq != expectedSeq || e.prevHash != expectedPrev
            || chainHash(e.prevHash, e) != e.hash) {
            v.firstBrokenSeq = expectedSeq;
            break;
        }
        expectedPrev = e.hash;
        ++expectedSeq;
    }
    if (error)
        *error = {};
    return v;
}

} // namespace ow::core
