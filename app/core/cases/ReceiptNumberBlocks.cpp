#include "ReceiptNumberBlocks.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace ow::core {
namespace {

StorageError refusal(const QString &message)
{
    StorageError e;
    e.code = StorageError::Code::QueryFailed;
    e.message = message;
    e.detail = message;
    return e;
}

} // namespace

QString ReceiptNumberBlocks::format(const QString &prefix, qint64 number)
{
    return QStringLiteral("%1-%2").arg(prefix).arg(number, DigitCount, 10, QLatin1Char('0'));
}

StorageError ReceiptNumberBlocks::grant(const QString &prefix, qint64 first, qint64 last,
                                        const QString &source, const QDateTime &now)
{
    static const QRegularExpression valid(
        QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?$"));
    if (!valid.match(prefix).hasMatch())
        return refusal(tr("The receipt number prefix \"%1\" is not valid: use 1 to 32 letters, "
                          "digits and hyphens, not starting or ending with a hyphen.")
                           .arg(prefix.left(40)));
    if (first < 1 || last < first || last > MaxNumber)
        return refusal(tr("The receipt number range %1–%2 is not valid: it must lie within "
                          "1–%3 and not be empty.")
                           .arg(first)
                           .arg(last)
                           .arg(MaxNumber));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT first, last FROM receipt_block WHERE prefix = ? AND first <= ?"
                             " AND last >= ?"));
    q.addBindValue(prefix);
    q.addBindValue(last);
    q.addBindValue(first);
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), m_db.path());
    if (q.next())
        return refusal(tr("The range %1–%2 overlaps the block %3–%4 already granted for %5.")
                           .arg(first)
                           .arg(last)
                           .arg(q.value(0).toLongLong())
                           .arg(q.value(1).toLongLong())
                           .arg(prefix));
    q.prepare(QStringLiteral("INSERT INTO receipt_block (prefix, first, last, next, source,"
                             " granted_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(prefix);
    q.addBindValue(first);
    q.addBindValue(last);
    q.addBindValue(first);
    q.addBindValue(source);
    q.addBindValue(now.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), m_db.path());
    return {};
}

std::optional<QString> ReceiptNumberBlocks::take(StorageError *error)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, prefix, next FROM receipt_block WHERE next <= last"
                               " ORDER BY granted_at, id LIMIT 1"))) {
        if (error)
            *error = StorageError::fromSql(q.lastError(), m_db.path());
        return std::nullopt;
    }
    if (!q.next()) {
        if (error)
            *error = refusal(tr("This window has no receipt numbers left. Connect to the hub "
                                "to receive a new block, or ask the administrator to grant one."));
        return std::nullopt;
    }
    const qint64 id = q.value(0).toLongLong();
    const QString prefix = q.value(1).toString();
    const qint64 number = q.value(2).toLongLong();
    q.prepare(QStringLiteral("UPDATE receipt_block SET next = next + 1 WHERE id = ? AND next = ?"));
    q.addBindValue(id);
    q.addBindValue(number);
    if (!q.exec() || q.numRowsAffected() != 1) {
        if (error)
            *error = StorageError::fromSql(q.lastError(), m_db.path());
        return std::nullopt;
    }
    if (error)
        *error = {};
    return format(prefix, number);
}

qint64 ReceiptNumberBlocks::remaining(StorageError *error) const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COALESCE(SUM(last - next + 1), 0) FROM receipt_block"))
        || !q.next()) {
        if (error)
            *error = StorageError::fromSql(q.lastError(), m_db.path());
        return 0;
    }
    if (error)
        *error = {};
    return q.value(0).toLongLong();
}

QList<ReceiptNumberBlocks::Block> ReceiptNumberBlocks::blocks(StorageError *error) const
{
    QList<Block> result;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, prefix, first, last, next, source, granted_at FROM"
                               " receipt_block ORDER BY granted_at, id"))) {
        if (error)
            *error = StorageError::fromSql(q.lastError(), m_db.path());
        return result;
    }
    while (q.next()) {
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                       q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toString(),
                       QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs)});
    }
    if (error)
        *error = {};
    return result;
}

} // namespace ow::core
