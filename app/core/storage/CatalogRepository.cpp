#include "CatalogRepository.h"

#include "../Logging.h"
#include "../catalog/CatalogJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace ow::core {
namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

StorageError CatalogRepository::replaceAll(const Catalog &catalog, const QString &source,
                                           const QDateTime &now)
{
    QSqlDatabase db = m_db.connection();
    if (!db.transaction())
        return StorageError::fromSql(db.lastError(), m_db.path());
    QSqlQuery q(db);
    const auto fail = [&](const QSqlError &e) {
        const StorageError err = StorageError::fromSql(e, m_db.path());
        db.rollback();
        qCWarning(lcStorage) << "catalog import rolled back:" << err.detail;
        return err;
    };
    for (const char *table : {"catalog_matter", "catalog_bundle", "catalog_department",
                              "catalog_meta"}) {
        if (!q.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))))
            return fail(q.lastError());
    }
    q.prepare(
        QStringLiteral("INSERT INTO catalog_department (id, name, position) VALUES (?, ?, ?)"));
    int position = 0;
    for (const Department &d : catalog.departments()) {
        q.addBindValue(d.id);
        q.addBindValue(d.name);
        q.addBindValue(position++);
        if (!q.exec())
            return fail(q.lastError());
    }
    q.prepare(QStringLiteral("INSERT INTO catalog_matter (implementation_code, basic_code, name,"
                             " department_id, position, definition) VALUES (?, ?, ?, ?, ?, ?)"));
    position = 0;
    for (const Matter &m : catalog.matters()) {
        q.addBindValue(m.implementationCode);
        q.addBindValue(m.basicCode);
        q.addBindValue(m.name);
        q.addBindValue(m.departmentId);
        q.addBindValue(position++);
        q.addBindValue(QString::fromUtf8(compact(CatalogJson::matterToJson(m))));
        if (!q.exec())
            return fail(q.lastError());
    }
    q.prepare(QStringLiteral(
        "INSERT INTO catalog_bundle (code, name, position, definition) VALUES (?, ?, ?, ?)"));
    position = 0;
    for (const Bundle &b : catalog.bundles()) {
        q.addBindValue(b.code);
        q.addBindValue(b.name);
        q.addBindValue(position++);
        q.addBindValue(QString::fromUtf8(compact(CatalogJson::bundleToJson(b))));
        if (!q.exec())
            return fail(q.lastError());
    }
    q.prepare(QStringLiteral("INSERT INTO catalog_meta (key, value) VALUES (?, ?)"));
    for (const auto &[key, value] :
         {std::pair{QStringLiteral("source"), source},
          std::pair{QStringLiteral("imported_at"), now.toUTC().toString(Qt::ISODateWithMs)}}) {
        q.addBindValue(key);
        q.addBindValue(value);
        if (!q.exec())
            return fail(q.lastError());
    }
    if (!db.commit())
        return fail(db.lastError());
    return {};
}

Catalog CatalogRepository::load(StorageError *error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const auto failed = [&] {
        if (error)
            *error = StorageError::fromSql(q.lastError(), m_db.path());
        return Catalog{};
    };
    QList<Department> departments;
    if (!q.exec(QStringLiteral("SELECT id, name FROM catalog_department ORDER BY position")))
        return failed();
    while (q.next())
        departments.append({q.value(0).toString(), q.value(1).toString()});
    QList<Matter> matters;
    if (!q.exec(QStringLiteral("SELECT definition FROM catalog_matter ORDER BY position")))
        return failed();
    while (q.next()) {
        const QJsonObject o = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        QList<CatalogIssue> issues;
        Matter m = CatalogJson::matterFromJson(o, &issues);
        if (!issues.isEmpty()) {
            // Only this program writes the rows, so this is damage, not user input: skip the
            // row and say so, rather than refusing the whole catalog.
            qCWarning(lcStorage) << "skipping damaged catalog row" << m.implementationCode
                                 << issues.first().toString();
            continue;
        }
        matters.append(std::move(m));
    }
    QList<Bundle> bundles;
    if (!q.exec(QStringLiteral("SELECT definition FROM catalog_bundle ORDER BY position")))
        return failed();
    while (q.next())
        bundles.append(CatalogJson::bundleFromJson(
            QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object()));
    if (error)
        *error = {};
    return Catalog(departments, matters, bundles);
}

CatalogRepository::Info CatalogRepository::info(StorageError *error) const
{
    Info info;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM catalog_matter),"
                               " (SELECT count(*) FROM catalog_bundle),"
                               " (SELECT count(*) FROM catalog_department),"
                               " (SELECT value FROM catalog_meta WHERE key = 'source'),"
                               " (SELECT value FROM catalog_meta WHERE key = 'imported_at')"))
        || !q.next()) {
        if (error)
            *error = StorageError::fromSql(q.lastError(), m_db.path());
        return info;
    }
    info.matterCount = q.value(0).toInt();
    info.bundleCount = q.value(1).toInt();
    info.departmentCount = q.value(2).toInt();
    info.source = q.value(3).toString();
    info.importedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    if (error)
        *error = {};
    return info;
}

StorageError CatalogRepository::recordUse(const QString &code, const QDateTime &now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO matter_usage (code, uses, last_used) VALUES (?, 1, ?)"
                             " ON CONFLICT (code) DO UPDATE SET uses = uses + 1,"
                             " last_used = excluded.last_used"));
    q.addBindValue(code);
    q.addBindValue(now.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), m_db.path());
    return {};
}

QHash<QString, int> CatalogRepository::usage(StorageError *error) const
{
    QHash<QString, int> result;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT code, uses FROM matter_usage"))) {
        if (error)
            *error = StorageError::fromSql(q.lastError(), m_db.path());
        return result;
    }
    while (q.next())
        result.insert(q.value(0).toString(), q.value(1).toInt());
    if (error)
        *error = {};
    return result;
}

} // namespace ow::core
