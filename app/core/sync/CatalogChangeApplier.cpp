#include "CatalogChangeApplier.h"

#include "../catalog/CatalogJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace ow::core {
namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject catalogFile(const QJsonArray &departments, const QJsonArray &matters,
                        const QJsonArray &bundles)
{
    return {{QStringLiteral("format"), QStringLiteral("onewindow-catalog")},
            {QStringLiteral("version"), CatalogJson::kFormatVersion},
            {QStringLiteral("departments"), departments},
            {QStringLiteral("matters"), matters},
            {QStringLiteral("bundles"), bundles}};
}

QString firstIssue(const QList<CatalogIssue> &issues)
{
    return issues.isEmpty() ? QString() : issues.first().toString();
}

} // namespace

StorageError CatalogChangeApplier::applyDepartment(const QString &key, const QJsonObject &body,
                                                   QString *refusal)
{
    const CatalogParseResult parsed =
        CatalogJson::parse(QJsonDocument(catalogFile({body}, {}, {})).toJson());
    if (!parsed.ok()) {
        *refusal = firstIssue(parsed.issues);
        return {};
    }
    const Department &d = parsed.catalog.departments().first();
    if (d.id != key) {
        *refusal = tr("the department's id “%1” is not the change's key").arg(d.id);
        return {};
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO catalog_department (id, name, position) VALUES (?, ?,"
        " (SELECT coalesce(max(position), -1) + 1 FROM catalog_department))"
        " ON CONFLICT (id) DO UPDATE SET name = excluded.name"));
    q.addBindValue(d.id);
    q.addBindValue(d.name);
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), m_db.path());
    refusal->clear();
    m_changed = true;
    return {};
}

StorageError CatalogChangeApplier::applyMatter(const QString &key, const QJsonObject &body,
                                               QString *refusal)
{
    QList<CatalogIssue> issues;
    const Matter m = CatalogJson::matterFromJson(body, &issues);
    if (!issues.isEmpty()) {
        *refusal = firstIssue(issues);
        return {};
    }
    if (m.implementationCode != key) {
        *refusal = tr("the matter's implementation code “%1” is not the change's key")
                       .arg(m.implementationCode);
        return {};
    }
    if (StorageError e = prepareMatterStatements())
        return e;
    // Each lookup is finished before anything returns: the statements stay prepared for the
    // next matter and must not hold a read open meanwhile.
    QSqlQuery &department = m_findDepartment;
    department.addBindValue(m.departmentId);
    if (!department.exec())
        return StorageError::fromSql(department.lastError(), m_db.path());
    const bool departmentKnown = department.next();
    department.finish();
    if (!departmentKnown) {
        *refusal = tr("its department “%1” is not in the catalog").arg(m.departmentId);
        return {};
    }
    QSqlQuery &bundle = m_findBundle;
    bundle.addBindValue(m.implementationCode);
    if (!bundle.exec())
        return StorageError::fromSql(bundle.lastError(), m_db.path());
    const bool bundleCode = bundle.next();
    bundle.finish();
    if (bundleCode) {
        *refusal = tr("“%1” is already the code of a bundle").arg(m.implementationCode);
        return {};
    }
    QSqlQuery &upsert = m_upsertMatter;
    upsert.addBindValue(m.implementationCode);
    upsert.addBindValue(m.basicCode);
    upsert.addBindValue(m.name);
    upsert.addBindValue(m.departmentId);
    // The body as it came, now that it has passed the catalog rules: the hub publishes
    // CatalogJson::matterToJson's form, so building that object again from `m` gave the same
    // text for about a fifth of the page's time; CatalogRepository reads it with the same
    // parser either way.
    upsert.addBindValue(compact(body));
    if (!upsert.exec())
        return StorageError::fromSql(upsert.lastError(), m_db.path());
    refusal->clear();
    m_changed = true;
    return {};
}

StorageError CatalogChangeApplier::prepareMatterStatements()
{
    if (m_matterStatementsPrepared)
        return {};
    const std::pair<QSqlQuery *, QString> statements[] = {
        {&m_findDepartment, QStringLiteral("SELECT 1 FROM catalog_department WHERE id = ?")},
        {&m_findBundle, QStringLiteral("SELECT 1 FROM catalog_bundle WHERE code = ?")},
        {&m_upsertMatter,
         QStringLiteral(
             "INSERT INTO catalog_matter (implementation_code, basic_code, name, department_id,"
             " position, definition) VALUES (?, ?, ?, ?,"
             " (SELECT coalesce(max(position), -1) + 1 FROM catalog_matter), ?)"
             " ON CONFLICT (implementation_code) DO UPDATE SET basic_code = excluded.basic_code,"
             " name = excluded.name, department_id = excluded.department_id,"
             " definition = excluded.definition")},
    };
    for (const auto &[query, sql] : statements) {
        if (!query->prepare(sql))
            return StorageError::fromSql(query->lastError(), m_db.path());
    }
    m_matterStatementsPrepared = true;
    return {};
}

StorageError CatalogChangeApplier::applyBundle(const QString &key, const QJsonObject &body,
                                               QString *refusal)
{
    // The bundle is checked as a catalog file of itself, the cached matters it lists and their
    // departments: every cross-check of the file format (matters exist, shared fields agree).
    QJsonArray matters;
    QJsonArray departments;
    QSet<QString> departmentIds;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT m.definition, d.id, d.name FROM catalog_matter m"
                             " JOIN catalog_department d ON d.id = m.department_id"
                             " WHERE m.implementation_code = ?"));
    QSet<QString> seen;
    for (const QJsonValue &code : body.value(u"matters").toArray()) {
        const QString c = code.toString();
        if (c.isEmpty() || seen.contains(c))
            continue; // the parser reports it
        seen.insert(c);
        q.addBindValue(c);
        if (!q.exec())
            return StorageError::fromSql(q.lastError(), m_db.path());
        if (!q.next())
            continue; // "not a matter of this catalog", reported by the parser
        matters.append(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
        const QString departmentId = q.value(1).toString();
        if (!departmentIds.contains(departmentId)) {
            departmentIds.insert(departmentId);
            departments.append(QJsonObject{{QStringLiteral("id"), departmentId},
                                           {QStringLiteral("name"), q.value(2).toString()}});
        }
        q.finish();
    }
    const CatalogParseResult parsed =
        CatalogJson::parse(QJsonDocument(catalogFile(departments, matters, {body})).toJson());
    if (!parsed.ok()) {
        *refusal = firstIssue(parsed.issues);
        return {};
    }
    const Bundle &b = parsed.catalog.bundles().first();
    if (b.code != key) {
        *refusal = tr("the bundle's code “%1” is not the change's key").arg(b.code);
        return {};
    }
    q.prepare(QStringLiteral("SELECT 1 FROM catalog_matter WHERE implementation_code = ?"));
    q.addBindValue(b.code);
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), m_db.path());
    if (q.next()) {
        *refusal = tr("“%1” is already the code of a matter").arg(b.code);
        return {};
    }
    q.finish();
    q.prepare(QStringLiteral(
        "INSERT INTO catalog_bundle (code, name, position, definition) VALUES (?, ?,"
        " (SELECT coalesce(max(position), -1) + 1 FROM catalog_bundle), ?)"
        " ON CONFLICT (code) DO UPDATE SET name = excluded.name,"
        " definition = excluded.definition"));
    q.addBindValue(b.code);
    q.addBindValue(b.name);
    q.addBindValue(compact(CatalogJson::bundleToJson(b)));
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), m_db.path());
    refusal->clear();
    m_changed = true;
    return {};
}

StorageError CatalogChangeApplier::remove(const QString &kind, const QString &key,
                                          QString *refusal)
{
    QSqlQuery q(m_db.connection());
    if (kind == u"department") {
        q.prepare(QStringLiteral("SELECT count(*) FROM catalog_matter WHERE department_id = ?"));
        q.addBindValue(key);
        if (!q.exec() || !q.next())
            return StorageError::fromSql(q.lastError(), m_db.path());
        if (const int matters = q.value(0).toInt(); matters > 0) {
            *refusal = tr("the department still has %n matter(s) in the catalog", nullptr, matters);
            return {};
        }
        q.finish();
        q.prepare(QStringLiteral("DELETE FROM catalog_department WHERE id = ?"));
    } else if (kind == u"matter") {
        q.prepare(QStringLiteral("DELETE FROM catalog_matter WHERE implementation_code = ?"));
    } else if (kind == u"bundle") {
        q.prepare(QStringLiteral("DELETE FROM catalog_bundle WHERE code = ?"));
    } else {
        *refusal = tr("“%1” is no kind of catalog item").arg(kind.left(64));
        return {};
    }
    q.addBindValue(key);
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), m_db.path());
    refusal->clear();
    m_changed = m_changed || q.numRowsAffected() > 0;
    return {};
}

StorageError CatalogChangeApplier::finish(const QDateTime &now)
{
    if (!m_changed)
        return {};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO catalog_meta (key, value) VALUES (?, ?)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    for (const auto &[key, value] :
         {std::pair{QStringLiteral("source"), QStringLiteral("hub")},
          std::pair{QStringLiteral("imported_at"), now.toUTC().toString(Qt::ISODateWithMs)}}) {
        q.addBindValue(key);
        q.addBindValue(value);
        if (!q.exec())
            return StorageError::fromSql(q.lastError(), m_db.path());
    }
    return {};
}

} // namespace ow::core
