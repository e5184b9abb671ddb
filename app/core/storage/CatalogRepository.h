#pragma once

#include "Database.h"

#include "../catalog/Catalog.h"

#include <QDateTime>
#include <QHash>

namespace ow::core {

// The workstation's cached copy of the matter catalog. Replacing it is one transaction: a
// workstation has either the old catalog or the new one, never a mixture.
class CatalogRepository
{
public:
    explicit CatalogRepository(Database &database) : m_db(database) {}

    struct Info
    {
        int matterCount = 0;
        int bundleCount = 0;
        int departmentCount = 0;
        QString source;
        QDateTime importedAt;
    };

    [[nodiscard]] StorageError replaceAll(const Catalog &catalog, const QString &source,
                                          const QDateTime &now);
    // The whole cached catalog; an empty one when nothing was imported yet.
    Catalog load(StorageError *error) const;
    Info info(StorageError *error) const;

    // The window's own usage of matters and bundles, for ranking searches.
    [[nodiscard]] StorageError recordUse(const QString &code, const QDateTime &now);
    QHash<QString, int> usage(StorageError *error) const;

private:
    Database &m_db;
};

} // namespace ow::core
