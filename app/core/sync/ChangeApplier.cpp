#include "ChangeApplier.h"

#include "CaseHubStatusStore.h"
#include "CatalogChangeApplier.h"
#include "HubCalendarStore.h"
#include "SyncLog.h"
#include "SyncSettings.h"
#include "VerificationStore.h"

#include "../storage/Transaction.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace ow::core {
namespace {

// {"removed": true}: the hub took a catalog item or a calendar year back.
bool isRemoval(const QJsonObject &body)
{
    return body.size() == 1 && body.value(u"removed") == QJsonValue(true);
}

} // namespace

ChangeApplyResult ChangeApplier::apply(const HubChangesPage &page,
                                       const QByteArray &hubPublicKeyPem, const QDateTime &now)
{
    ChangeApplyResult result;
    Transaction tx(m_db);
    if ((result.error = tx.begin()))
        return result;
    StorageError e;
    const qint64 stored = SyncSettings::read(m_db, &e).cursor;
    if (e) {
        result.error = tx.fail(e);
        return result;
    }
    CatalogChangeApplier catalog(m_db);
    CaseHubStatusStore statuses(m_db);
    HubCalendarStore calendars(m_db);
    VerificationStore verifications(m_db, m_vault);
    QSqlQuery skip(m_db.connection());
    skip.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_skipped_change (seq, kind, key,"
                                " reason, skipped_at) VALUES (?, ?, ?, ?, ?)"));

    // A refused change is logged and kept with its reason; the page goes on.
    const auto skipped = [&](const HubChange &change, const QString &refusal) {
        qCWarning(lcSync).noquote() << "change" << change.seq << change.kind << change.key
                                    << "skipped:" << refusal;
        ++result.skipped;
        skip.addBindValue(change.seq);
        skip.addBindValue(change.kind.left(64));
        skip.addBindValue(change.key.left(256));
        skip.addBindValue(refusal);
        skip.addBindValue(now.toUTC().toString(Qt::ISODateWithMs));
        return skip.exec() ? StorageError{} : StorageError::fromSql(skip.lastError(), m_db.path());
    };
    // Departments taken out go last: the hub takes their matters out in the same publication,
    // and a department is only removed once none of its matters is left.
    QList<HubChange> removedDepartments;

    for (const HubChange &change : page.changes) {
        if (change.seq <= stored)
            continue;
        QString refusal;
        const bool removal = isRemoval(change.body);
        if (removal && change.kind == u"department") {
            removedDepartments.append(change);
            continue;
        }
        if (removal && (change.kind == u"matter" || change.kind == u"bundle")) {
            e = catalog.remove(change.kind, change.key, &refusal);
        } else if (change.kind == u"department") {
            e = catalog.applyDepartment(change.key, change.body, &refusal);
        } else if (change.kind == u"matter") {
            e = catalog.applyMatter(change.key, change.body, &refusal);
        } else if (change.kind == u"bundle") {
            e = catalog.applyBundle(change.key, change.body, &refusal);
        } else if (change.kind == u"calendar") {
            bool ok = false;
            const int year = change.key.toInt(&ok);
            if (!ok) {
                refusal = tr("the key “%1” is not a year").arg(change.key.left(16));
            } else {
                e = removal ? calendars.remove(year)
                            : calendars.upsert(year,
                                               QJsonDocument(change.body).toJson(QJsonDocument::Compact),
                                               change.seq, now, &refusal);
                result.calendarChanged = result.calendarChanged || (!e && refusal.isEmpty());
            }
        } else if (change.kind == u"case.status") {
            auto status = CaseHubStatus::fromChange(change.key, change.body, &refusal);
            if (status) {
                status->seq = change.seq;
                e = statuses.upsert(*status, now);
                if (!e)
                    result.statusChangedCases.append(status->caseId);
            }
        } else if (change.kind == u"verification") {
            const qsizetype slash = change.key.indexOf(QLatin1Char('/'));
            const QString caseId = change.key.left(slash);
            QString why;
            const auto answer = HubAnswers::signedAnswer(change.body, &why);
            if (slash <= 0) {
                refusal = tr("the key is not <case id>/<kind>");
            } else if (!answer) {
                refusal = why;
            } else if (answer->answer.value(u"kind").toString() != change.key.mid(slash + 1)) {
                refusal = tr("the answer's kind is not the one its key names");
            } else {
                e = verifications.record(caseId, *answer, hubPublicKeyPem, &refusal);
                if (!e && refusal.isEmpty())
                    result.answeredCases.append(caseId);
            }
        } else {
            refusal = tr("this OneWindow does not know changes of the kind “%1”")
                          .arg(change.kind.left(64));
        }
        if (!e && !refusal.isEmpty())
            e = skipped(change, refusal);
        if (e) {
            result.error = tx.fail(e);
            return result;
        }
        if (refusal.isEmpty())
            ++result.applied;
    }
    for (const HubChange &change : std::as_const(removedDepartments)) {
        QString refusal;
        e = catalog.remove(change.kind, change.key, &refusal);
        if (!e && !refusal.isEmpty())
            e = skipped(change, refusal);
        if (e) {
            result.error = tx.fail(e);
            return result;
        }
        if (refusal.isEmpty())
            ++result.applied;
    }
    if ((e = catalog.finish(now))) {
        result.error = tx.fail(e);
        return result;
    }
    result.cursor = std::max(stored, page.cursor);
    if (result.cursor != stored && (e = SyncSettings::writeCursor(m_db, result.cursor, now))) {
        result.error = tx.fail(e);
        return result;
    }
    if (StorageError committed = tx.commit()) {
        ChangeApplyResult failed;
        failed.error = committed;
        return failed;
    }
    result.catalogChanged = catalog.changed();
    return result;
}

} // namespace ow::core
