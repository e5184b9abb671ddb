#pragma once

#include "Matter.h"

#include <QHash>
#include <QList>

#include <optional>

namespace ow::core {

// What a bundle asks of the applicant once its matters are merged: one form in which a field
// several matters share is asked once, and one material list in which duplicates collapse.
struct MergedApplication
{
    QList<FieldSchema> fields;
    QList<MaterialRequirement> materials;
    QStringList matterCodes;
};

// What an applicant applies for: one matter or a bundle (一件事) of several.
struct ApplicationSubject
{
    QString code; // the matter's implementation code or the bundle's code
    QString name;
    bool isBundle = false;
    QStringList matterCodes;
};

// The matter catalog (事项目录) of this hall: immutable once built, cheap to copy (implicitly
// shared containers), safe to read from several threads.
class Catalog
{
public:
    Catalog() = default;
    Catalog(QList<Department> departments, QList<Matter> matters, QList<Bundle> bundles);

    const QList<Department> &departments() const { return m_departments; }
    const QList<Matter> &matters() const { return m_matters; }
    const QList<Bundle> &bundles() const { return m_bundles; }

    const Matter *matter(const QString &implementationCode) const;
    const Bundle *bundle(const QString &code) const;
    const Department *department(const QString &id) const;
    // A matter or a bundle by its code; nothing when the catalog has neither.
    std::optional<ApplicationSubject> subject(const QString &code) const;

    // One matter or a bundle's matters merged, in catalog order of the bundle's list. Fields
    // with the same id keep the first definition, except that required wins and the field
    // applies when any matter's condition holds; materials with the same id likewise, keeping
    // the larger copy count and the narrower reuse window.
    MergedApplication mergedApplication(const QStringList &matterCodes) const;

private:
    QList<Department> m_departments;
    QList<Matter> m_matters;
    QList<Bundle> m_bundles;
    QHash<QString, qsizetype> m_matterIndex;
    QHash<QString, qsizetype> m_bundleIndex;
    QHash<QString, qsizetype> m_departmentIndex;
};

} // namespace ow::core
