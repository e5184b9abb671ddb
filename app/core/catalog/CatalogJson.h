#pragma once

#include "Catalog.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace ow::core {

// One problem found in a catalog file: where (line, and the JSON path such as
// matters[12].materials[3].copies) and why, in the UI language.
struct CatalogIssue
{
    int line = 0; // 1-based; 0 when unknown
    QString path;
    QString reason;

    QString toString() const;
};

struct CatalogParseResult
{
    Catalog catalog;            // complete only when issues is empty
    QList<CatalogIssue> issues; // every problem found (up to a limit), not just the first

    bool ok() const { return issues.isEmpty(); }
};

// The catalog file format (docs/catalog-format.md): JSON, {"format": "onewindow-catalog",
// "version": 1, "departments": […], "matters": […], "bundles": […]}. A file with any issue is
// rejected whole: nothing of it is used.
class CatalogJson
{
    Q_DECLARE_TR_FUNCTIONS(CatalogJson)

public:
    static constexpr int kFormatVersion = 1;
    static constexpr int kMaxIssues = 100;

    static CatalogParseResult parse(const QByteArray &json);
    static QByteArray serialize(const Catalog &catalog);

    // One matter's object, as the workstation cache stores it per row. matterFromJson checks
    // everything parse() checks except the department's existence.
    static QJsonObject matterToJson(const Matter &matter);
    static Matter matterFromJson(const QJsonObject &object, QList<CatalogIssue> *issues);
    static QJsonObject bundleToJson(const Bundle &bundle);
    // Reads back what bundleToJson wrote (the cache's own rows; no cross-checks).
    static Bundle bundleFromJson(const QJsonObject &object);
};

} // namespace ow::core
