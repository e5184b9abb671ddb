#include "ApplicantRepository.h"

#include "../Logging.h"
#include "../security/PersonalDataVault.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ow::core {
namespace {

StorageError sealFailure(const QString &path)
{
    StorageError e;
    e.code = StorageError::Code::QueryFailed;
    e.message = StorageError::describe(e.code, path);
    e.detail = QStringLiteral("personal data could not be sealed or opened with this "
                              "workstation's key");
    return e;
}

QString stamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QString ApplicantRepository::context(const QByteArray &identifierHash)
{
    return QStringLiteral("applicant:") + QString::fromLatin1(identifierHash.toHex());
}

std::optional<StoredApplicant> ApplicantRepository::read(const QString &where, const QVariant &key,
                                                         StorageError *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, identifier_hash, profile FROM applicant WHERE ") + where);
    q.addBindValue(key);
    if (!q.exec()) {
        if (error)
            *error = StorageError::fromSql(q.lastError(), m_db.path());
        return std::nullopt;
    }
    if (error)
        *error = {};
    if (!q.next())
        return std::nullopt;
    const auto json = m_vault.open(q.value(2).toByteArray(), context(q.value(1).toByteArray()));
    if (!json) {
        if (error)
            *error = sealFailure(m_db.path());
        qCWarning(lcStorage) << "applicant" << q.value(0).toLongLong() << "does not open";
        return std::nullopt;
    }
    return StoredApplicant{q.value(0).toLongLong(), ApplicantProfile::fromJson(*json)};
}

std::optional<StoredApplicant> ApplicantRepository::find(const QString &identifier,
                                                         StorageError *error)
{
    return read(QStringLiteral("identifier_hash = ?"), m_vault.identifierHash(identifier), error);
}

std::optional<StoredApplicant> ApplicantRepository::findById(qint64 id, StorageError *error)
{
    return read(QStringLiteral("id = ?"), id, error);
}

qint64 ApplicantRepository::save(const ApplicantProfile &profile, const QDateTime &now,
                                 StorageError *error)
{
    StorageError local;
    std::optional<StoredApplicant> existing = find(profile.identifier, &local);
    if (local) {
        if (error)
            *error = local;
        return 0;
    }
    ApplicantProfile merged = profile;
    if (existing) {
        merged = existing->profile;
        merged.mergeFrom(profile);
    }
    const QByteArray hash = m_vault.identifierHash(profile.identifier);
    const QByteArray sealed = m_vault.seal(merged.toJson(), context(hash));
    if (hash.isEmpty() || sealed.isEmpty()) {
        if (error)
            *error = sealFailure(m_db.path());
        return 0;
    }
    QSqlQuery q(m_db.connection());
    if (existing) {
        q.prepare(QStringLiteral("UPDATE applicant SET profile = ?, updated_at = ? WHERE id = ?"));
        q.addBindValue(sealed);
        q.addBindValue(stamp(now));
        q.addBindValue(existing->id);
    } else {
        q.prepare(QStringLiteral("INSERT INTO applicant (kind, identifier_hash, profile,"
                                 " created_at, updated_at) VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(applicantKindKey(profile.kind));
        q.addBindValue(hash);
        q.addBindValue(sealed);
        q.addBindValue(stamp(now));
        q.addBindValue(stamp(now));
    }
    if (!q.exec()) {
        if (error)
            *error = StorageError::fromSql(q.lastError(), m_db.path());
        return 0;
    }
    if (error)
        *error = {};
    return existing ? existing->id : q.lastInsertId().toLongLong();
}

StorageError ApplicantRepository::recordLicence(qint64 applicantId, const HeldLicence &licence,
                                                const QDateTime &now)
{
    const QString ctx = QStringLiteral("licence:%1:%2").arg(applicantId).arg(licence.kind);
    const QByteArray number = m_vault.sealText(licence.number, ctx);
    if (number.isEmpty())
        return sealFailure(m_db.path());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO applicant_licence (applicant_id, kind, number,"
                             " issuer, valid_until, recorded_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(applicantId);
    q.addBindValue(licence.kind);
    q.addBindValue(number);
    q.addBindValue(licence.issuer);
    q.addBindValue(licence.validUntil.isValid() ? licence.validUntil.toString(Qt::ISODate)
                                                : QString());
    q.addBindValue(stamp(now));
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), m_db.path());
    return {};
}

QList<HeldLicence> ApplicantRepository::licences(qint64 applicantId, StorageError *error)
{
    QList<HeldLicence> result;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT kind, number, issuer, valid_until FROM applicant_licence"
                             " WHERE applicant_id = ? ORDER BY kind"));
    q.addBindValue(applicantId);
    if (!q.exec()) {
        if (error)
            *error = StorageError::fromSql(q.lastError(), m_db.path());
        return result;
    }
    while (q.next()) {
        const QString kind = q.value(0).toString();
        const auto number = m_vault.openText(
            q.value(1).toByteArray(), QStringLiteral("licence:%1:%2").arg(applicantId).arg(kind));
        result.append({kind, number.value_or(QString()), q.value(2).toString(),
                       QDate::fromString(q.value(3).toString(), Qt::ISODate)});
    }
    if (error)
        *error = {};
    return result;
}

} // namespace ow::core
