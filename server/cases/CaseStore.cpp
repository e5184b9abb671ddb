#include "CaseStore.h"

#include "../storage/HubDatabase.h"

#include "core/calendar/CalendarFile.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace ow::hub {

namespace {

const QString CaseColumns = QStringLiteral(
    "c.id, c.receipt_number, c.station_id, c.window_name, c.clerk, c.outcome, c.status, "
    "c.subject_code, c.is_bundle, c.accepted_on, c.deadline, c.created_at, c.received_at, "
    "c.updated_at, c.intake_seq");

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : core::CalendarFile::parseDate(v.toString());
}

CaseRecord readCase(const QSqlQuery &q)
{
    CaseRecord r;
    r.id = q.value(0).toString();
    r.receipt = q.value(1).toString();
    r.station = q.value(2).toString();
    r.window = q.value(3).toString();
    r.clerk = q.value(4).toString();
    r.outcome = q.value(5).toString();
    r.status = q.value(6).toString();
    r.subject = q.value(7).toString();
    r.bundle = q.value(8).toLongLong() != 0;
    r.acceptedOn = dateOf(q.value(9));
    r.deadline = dateOf(q.value(10));
    r.createdAt = q.value(11).toString();
    r.receivedAt = q.value(12).toString();
    r.updatedAt = q.value(13).toString();
    r.intakeSeq = q.value(14).toLongLong();
    return r;
}

bool failed(const QSqlQuery &q, QString *error)
{
    *error = q.lastError().text();
    return false;
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL, so texts go in as ''.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

// A date as YYYY-MM-DD, or NULL.
QVariant dateOrNull(QDate date)
{
    return date.isValid() ? QVariant(isoDateOrEmpty(date)) : QVariant();
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

std::optional<CaseRecord> CaseStore::find(const QString &id, QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM hub_case c WHERE c.id = ?").arg(CaseColumns));
    q.addBindValue(id);
    if (!q.exec()) {
        failed(q, error);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    QList<CaseRecord> one{readCase(q)};
    q.finish();
    if (!loadSteps(one, error))
        return std::nullopt;
    return one.first();
}

std::optional<QJsonObject> CaseStore::payload(const QString &id, QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT payload FROM hub_case WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}

std::optional<QJsonArray> CaseStore::history(const QString &id, QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT position, action, actor, opinion, at, detail "
                             "FROM hub_case_event WHERE case_id = ? ORDER BY id"));
    q.addBindValue(id);
    if (!q.exec()) {
        failed(q, error);
        return std::nullopt;
    }
    QJsonArray events;
    while (q.next()) {
        QJsonObject e{{QStringLiteral("action"), q.value(1).toString()},
                      {QStringLiteral("actor"), q.value(2).toString()},
                      {QStringLiteral("opinion"), q.value(3).toString()},
                      {QStringLiteral("at"), q.value(4).toString()},
                      {QStringLiteral("detail"),
                       QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object()}};
        if (!q.value(0).isNull())
            e.insert(QStringLiteral("position"), q.value(0).toInt());
        events.append(e);
    }
    return events;
}

std::optional<CaseStore::Page> CaseStore::list(const Filter &filter, QString *error) const
{
    QString sql =
        QStringLiteral("SELECT %1 FROM hub_case c WHERE c.intake_seq > ?").arg(CaseColumns);
    if (!filter.status.isEmpty())
        sql += QStringLiteral(" AND c.status = ?");
    if (!filter.department.isEmpty())
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM hub_case_step s WHERE s.case_id = c.id "
                              "AND s.department_id = ?)");
    sql += QStringLiteral(" ORDER BY c.intake_seq LIMIT ?");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(filter.after);
    if (!filter.status.isEmpty())
        q.addBindValue(filter.status);
    if (!filter.department.isEmpty())
        q.addBindValue(filter.department);
    q.addBindValue(filter.limit + 1); // one more tells whether another page follows
    if (!q.exec()) {
        failed(q, error);
        return std::nullopt;
    }
    Page page;
    bool more = false;
    while (q.next()) {
        if (page.cases.size() == filter.limit) {
            more = true;
            break;
        }
        page.cases.append(readCase(q));
    }
    q.finish();
    if (more)
        page.next = page.cases.last().intakeSeq;
    if (!loadSteps(page.cases, error))
        return std::nullopt;
    return page;
}

bool CaseStore::loadSteps(QList<CaseRecord> &cases, QString *error) const
{
    if (cases.isEmpty())
        return true;
    QHash<QString, qsizetype> index;
    QStringList marks;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        index.insert(cases.at(i).id, i);
        marks.append(QStringLiteral("?"));
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT case_id, position, matter_code, department_id, status, "
                             "working_days, deadline, suspended_on, extended_days, opinion, "
                             "updated_at FROM hub_case_step WHERE case_id IN (%1) "
                             "ORDER BY case_id, position")
                  .arg(marks.join(QLatin1Char(','))));
    for (const CaseRecord &c : std::as_const(cases))
        q.addBindValue(c.id);
    if (!q.exec())
        return failed(q, error);
    while (q.next()) {
        CaseStepRecord s;
        s.position = q.value(1).toInt();
        s.matter = q.value(2).toString();
        s.department = q.value(3).toString();
        s.status = q.value(4).toString();
        s.workingDays = q.value(5).toInt();
        s.deadline = dateOf(q.value(6));
        s.suspendedOn = dateOf(q.value(7));
        s.extendedDays = q.value(8).toInt();
        s.opinion = q.value(9).toString();
        s.updatedAt = q.value(10).toString();
        cases[index.value(q.value(0).toString())].steps.append(std::move(s));
    }
    return true;
}

bool CaseStore::touch(const QString &id, const QString &now, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE hub_case SET updated_at = ? WHERE id = ?"));
    q.addBindValue(now);
    q.addBindValue(id);
    if (!q.exec())
        return failed(q, error);
    error->clear();
    return q.numRowsAffected() == 1;
}

bool CaseStore::saveStep(const QString &caseId, const CaseStepRecord &step, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE hub_case_step SET status = ?, deadline = ?, suspended_on = ?, "
                             "extended_days = ?, opinion = ?, updated_at = ? "
                             "WHERE case_id = ? AND position = ?"));
    q.addBindValue(text(step.status));
    q.addBindValue(text(isoDateOrEmpty(step.deadline)));
    q.addBindValue(dateOrNull(step.suspendedOn));
    q.addBindValue(step.extendedDays);
    q.addBindValue(text(step.opinion));
    q.addBindValue(text(step.updatedAt));
    q.addBindValue(caseId);
    q.addBindValue(step.position);
    if (!q.exec())
        return failed(q, error);
    return true;
}

bool CaseStore::saveState(const CaseRecord &record, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE hub_case SET status = ?, deadline = ?, updated_at = ? "
                             "WHERE id = ?"));
    q.addBindValue(text(record.status));
    q.addBindValue(dateOrNull(record.deadline));
    q.addBindValue(text(record.updatedAt));
    q.addBindValue(record.id);
    if (!q.exec())
        return failed(q, error);
    return true;
}

bool CaseStore::addEvent(const QString &caseId, int position, const QString &action,
                         const QString &actor, const QString &opinion, const QJsonObject &detail,
                         const QString &at, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO hub_case_event (case_id, position, action, actor, "
                             "opinion, at, detail) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(caseId);
    q.addBindValue(position > 0 ? QVariant(position) : QVariant());
    q.addBindValue(text(action));
    q.addBindValue(text(actor));
    q.addBindValue(text(opinion));
    q.addBindValue(text(at));
    q.addBindValue(compact(detail));
    if (!q.exec())
        return failed(q, error);
    return true;
}

} // namespace ow::hub
