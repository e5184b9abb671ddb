#include "OutboxStore.h"

#include "SyncLog.h"

#include "../security/PersonalDataVault.h"
#include "../storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ow::core {
namespace {

QString stamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QJsonObject OutboxEnvelope::toHub() const
{
    return {{QStringLiteral("id"), envelopeId},
            {QStringLiteral("type"), kind},
            {QStringLiteral("payload"),
             QJsonObject{{QStringLiteral("case"), sealedContent.value(u"case")}}}};
}

OutboxClaim OutboxStore::claimDue(int limit, qint64 afterSeq, const QString &requestId,
                                  const QDateTime &now, bool ignoreBackoff)
{
    OutboxClaim claim;
    claim.lastSeq = afterSeq;
    limit = std::clamp(limit, 1, MaxBatch);
    Transaction tx(m_db);
    if ((claim.error = tx.begin()))
        return claim;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT seq, envelope_id, kind, case_id, payload, attempts FROM outbox"
        " WHERE seq > ? AND (state IN ('queued', 'sending')"
        "   OR (state = 'failed' AND (? OR next_attempt_at IS NULL OR next_attempt_at <= ?)))"
        " ORDER BY seq LIMIT ?"));
    q.addBindValue(afterSeq);
    q.addBindValue(ignoreBackoff);
    q.addBindValue(stamp(now));
    q.addBindValue(limit);
    if (!q.exec()) {
        claim.error = tx.fail(q.lastError());
        return claim;
    }
    QList<qint64> unreadable;
    while (q.next()) {
        OutboxEnvelope e;
        e.seq = q.value(0).toLongLong();
        e.envelopeId = q.value(1).toString();
        e.kind = q.value(2).toString();
        e.caseId = q.value(3).toString();
        e.attempts = q.value(5).toInt();
        claim.lastSeq = std::max(claim.lastSeq, e.seq);
        const auto opened =
            m_vault.open(q.value(4).toByteArray(), QStringLiteral("outbox:") + e.envelopeId);
        if (!opened || !opened->value(u"case").isObject()) {
            // Damage, or a key file that is not the one the row was sealed with: sending it
            // is impossible, retrying will not help, and a person must see it.
            qCWarning(lcSync) << "outbox row" << e.seq << "cannot be opened; marked rejected";
            unreadable.append(e.seq);
            continue;
        }
        e.sealedContent = *opened;
        claim.envelopes.append(std::move(e));
    }
    q.finish();

    QSqlQuery update(m_db.connection());
    update.prepare(QStringLiteral("UPDATE outbox SET state = 'sending', request_id = ? WHERE seq = ?"));
    for (const OutboxEnvelope &e : std::as_const(claim.envelopes)) {
        update.addBindValue(requestId);
        update.addBindValue(e.seq);
        if (!update.exec()) {
            claim.error = tx.fail(update.lastError());
            claim.envelopes.clear();
            return claim;
        }
    }
    update.prepare(QStringLiteral("UPDATE outbox SET state = 'rejected', last_error = ?,"
                                  " attempts = attempts + 1, next_attempt_at = NULL WHERE seq = ?"));
    for (qint64 seq : std::as_const(unreadable)) {
        update.addBindValue(tr("The envelope could not be opened on this workstation (damaged, "
                               "or sealed under another key file)."));
        update.addBindValue(seq);
        if (!update.exec()) {
            claim.error = tx.fail(update.lastError());
            claim.envelopes.clear();
            return claim;
        }
    }
    if ((claim.error = tx.commit())) {
        claim.envelopes.clear();
        return claim;
    }
    claim.unreadable = int(unreadable.size());
    return claim;
}

StorageError OutboxStore::record(const QList<OutboxOutcome> &outcomes, const QString &requestId,
                                 const QDateTime &now)
{
    if (outcomes.isEmpty())
        return {};
    Transaction tx(m_db);
    if (StorageError e = tx.begin())
        return e;
    QSqlQuery confirmed(m_db.connection());
    confirmed.prepare(QStringLiteral(
        "UPDATE outbox SET state = 'confirmed', attempts = attempts + 1, next_attempt_at = NULL,"
        " last_error = '', request_id = ? WHERE seq = ?"));
    QSqlQuery rejected(m_db.connection());
    rejected.prepare(QStringLiteral(
        "UPDATE outbox SET state = 'rejected', attempts = attempts + 1, next_attempt_at = NULL,"
        " last_error = ?, request_id = ? WHERE seq = ?"));
    QSqlQuery attempts(m_db.connection());
    attempts.prepare(QStringLiteral("SELECT attempts FROM outbox WHERE seq = ?"));
    QSqlQuery failed(m_db.connection());
    failed.prepare(QStringLiteral(
        "UPDATE outbox SET state = 'failed', attempts = ?, next_attempt_at = ?, last_error = ?,"
        " request_id = ? WHERE seq = ?"));
    for (const OutboxOutcome &o : outcomes) {
        QSqlQuery *q = nullptr;
        switch (o.state) {
        case OutboxOutcome::State::Confirmed:
            q = &confirmed;
            q->addBindValue(requestId);
            break;
        case OutboxOutcome::State::Rejected:
            q = &rejected;
            q->addBindValue(o.reason.isNull() ? QString(QLatin1String("")) : o.reason);
            q->addBindValue(requestId);
            break;
        case OutboxOutcome::State::Failed: {
            attempts.addBindValue(o.seq);
            if (!attempts.exec())
                return tx.fail(attempts.lastError());
            if (!attempts.next())
                continue; // the row is gone: nothing to retry
            const int tries = attempts.value(0).toInt() + 1;
            attempts.finish();
            q = &failed;
            q->addBindValue(tries);
            q->addBindValue(stamp(m_backoff.nextAttempt(now, tries)));
            q->addBindValue(o.reason.isNull() ? QString(QLatin1String("")) : o.reason);
            q->addBindValue(requestId);
            break;
        }
        }
        q->addBindValue(o.seq);
        if (!q->exec())
            return tx.fail(q->lastError());
    }
    return tx.commit();
}

StorageError OutboxStore::recordFailure(const QList<OutboxEnvelope> &batch, const QString &error,
                                        const QString &requestId, const QDateTime &now)
{
    QList<OutboxOutcome> outcomes;
    outcomes.reserve(batch.size());
    for (const OutboxEnvelope &e : batch)
        outcomes.append({e.seq, OutboxOutcome::State::Failed, error});
    return record(outcomes, requestId, now);
}

OutboxCounts OutboxStore::counts(StorageError *error) const
{
    OutboxCounts c;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT count(*) FILTER (WHERE state IN ('queued', 'sending')),"
            " count(*) FILTER (WHERE state = 'failed'),"
            " count(*) FILTER (WHERE state = 'rejected'),"
            " count(*) FILTER (WHERE state = 'confirmed'),"
            " min(created_at) FILTER (WHERE state IN ('queued', 'sending', 'failed'))"
            " FROM outbox"))
        || !q.next()) {
        if (error)
            *error = StorageError::fromSql(q.lastError(), m_db.path());
        return c;
    }
    c.queued = q.value(0).toInt();
    c.failed = q.value(1).toInt();
    c.rejected = q.value(2).toInt();
    c.confirmed = q.value(3).toInt();
    if (!q.value(4).isNull())
        c.oldestUnsent = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    if (error)
        *error = {};
    return c;
}

QList<RejectedEnvelope> OutboxStore::rejected(int limit, StorageError *error) const
{
    QList<RejectedEnvelope> result;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT o.seq, o.envelope_id, coalesce(c.receipt_number, ''), o.last_error, o.created_at"
        " FROM outbox o LEFT JOIN case_record c ON c.id = o.case_id"
        " WHERE o.state = 'rejected' ORDER BY o.seq DESC LIMIT ?"));
    q.addBindValue(std::max(limit, 1));
    if (!q.exec()) {
        if (error)
            *error = StorageError::fromSql(q.lastError(), m_db.path());
        return result;
    }
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(),
                       QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs)});
    if (error)
        *error = {};
    return result;
}

} // namespace ow::core
