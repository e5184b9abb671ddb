#pragma once

#include "../storage/Database.h"
#include "../storage/StorageError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>
#include <QString>

namespace ow::core {

// Applies department / matter / bundle changes from the hub to the cached catalog
// (sql/workstation/0002_catalog.sql), inside the transaction of the page they came in.
//
// Each item is checked with the catalog file's own rules (app/core/catalog) before it touches
// the cache: a department as in a catalog file; a matter with CatalogJson::matterFromJson and
// its department present; a bundle together with the cached matters it lists, so the merged
// form can still be asked. An item that fails is SKIPPED — the reason goes back to the caller,
// which logs it and keeps it in sync_skipped_change — and the cached version of that item stays
// as it was. Refusing the whole page instead would stop the cursor at the bad item for good:
// the hub never rewrites a change it has published, it can only publish a corrected one later,
// which a stopped cursor would never reach.
//
// Matters are not re-checked against the bundles that list them: the hub publishes catalogs it
// has checked whole, and a bundle's own change re-checks it against the matters of that moment.
class CatalogChangeApplier final
{
    Q_DECLARE_TR_FUNCTIONS(CatalogChangeApplier)

public:
    explicit CatalogChangeApplier(Database &database)
        : m_db(database)
        , m_findDepartment(database.connection())
        , m_findBundle(database.connection())
        , m_upsertMatter(database.connection())
    {}

    // Empty `refusal` when applied; a StorageError only for a failure of the database itself.
    [[nodiscard]] StorageError applyDepartment(const QString &key, const QJsonObject &body,
                                               QString *refusal);
    [[nodiscard]] StorageError applyMatter(const QString &key, const QJsonObject &body,
                                           QString *refusal);
    [[nodiscard]] StorageError applyBundle(const QString &key, const QJsonObject &body,
                                           QString *refusal);
    // An item taken out of the catalog ({"removed": true}). A matter or bundle is deleted; a
    // department only once no cached matter belongs to it any more (the caller applies
    // department removals after the rest of the page, where the hub removes its matters).
    [[nodiscard]] StorageError remove(const QString &kind, const QString &key, QString *refusal);
    // Marks the cache as coming from the hub (catalog_meta) when anything was applied.
    [[nodiscard]] StorageError finish(const QDateTime &now);

    bool changed() const { return m_changed; }

private:
    [[nodiscard]] StorageError prepareMatterStatements();

    Database &m_db;
    bool m_changed = false;
    // applyMatter's statements, prepared once per applier (one page): a first pull brings
    // tens of thousands of matters, and preparing three statements for each of them cost
    // about a third of the page's time.
    bool m_matterStatementsPrepared = false;
    QSqlQuery m_findDepartment;
    QSqlQuery m_findBundle;
    QSqlQuery m_upsertMatter;
};

} // namespace ow::core
