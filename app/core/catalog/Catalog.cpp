#include "Catalog.h"

namespace ow::core {

Catalog::Catalog(QList<Department> departments, QList<Matter> matters, QList<Bundle> bundles)
    : m_departments(std::move(departments))
    , m_matters(std::move(matters))
    , m_bundles(std::move(bundles))
{
    for (qsizetype i = 0; i < m_departments.size(); ++i)
        m_departmentIndex.insert(m_departments[i].id, i);
    for (qsizetype i = 0; i < m_matters.size(); ++i)
        m_matterIndex.insert(m_matters[i].implementationCode, i);
    for (qsizetype i = 0; i < m_bundles.size(); ++i)
        m_bundleIndex.insert(m_bundles[i].code, i);
}

const Matter *Catalog::matter(const QString &implementationCode) const
{
    const auto it = m_matterIndex.constFind(implementationCode);
    return it == m_matterIndex.cend() ? nullptr : &m_matters[*it];
}

const Bundle *Catalog::bundle(const QString &code) const
{
    const auto it = m_bundleIndex.constFind(code);
    return it == m_bundleIndex.cend() ? nullptr : &m_bundles[*it];
}

const Department *Catalog::department(const QString &id) const
{
    const auto it = m_departmentIndex.constFind(id);
    return it == m_departmentIndex.cend() ? nullptr : &m_departments[*it];
}

std::optional<ApplicationSubject> Catalog::subject(const QString &code) const
{
    if (const Matter *m = matter(code))
        return ApplicationSubject{m->implementationCode, m->name, false, {m->implementationCode}};
    if (const Bundle *b = bundle(code))
        return ApplicationSubject{b->code, b->name, true, b->matterCodes};
    return std::nullopt;
}

MergedApplication Catalog::mergedApplication(const QStringList &matterCodes) const
{
    MergedApplication merged;
    QHash<QString, qsizetype> fieldAt;
    QHash<QString, qsizetype> materialAt;
    for (const QString &code : matterCodes) {
        const Matter *m = matter(code);
        if (!m)
            continue;
        merged.matterCodes << code;
        for (const FieldSchema &f : m->fields) {
            if (const auto it = fieldAt.constFind(f.id); it != fieldAt.cend()) {
                FieldSchema &kept = merged.fields[*it];
                kept.required = kept.required || f.required;
                kept.condition = Condition::either(kept.condition, f.condition);
                continue;
            }
            fieldAt.insert(f.id, merged.fields.size());
            merged.fields.append(f);
        }
        for (const MaterialRequirement &r : m->materials) {
            if (const auto it = materialAt.constFind(r.id); it != materialAt.cend()) {
                MaterialRequirement &kept = merged.materials[*it];
                kept.copies = std::max(kept.copies, r.copies);
                kept.required = kept.required || r.required;
                kept.condition = Condition::either(kept.condition, r.condition);
                kept.commitmentAllowed = kept.commitmentAllowed && r.commitmentAllowed;
                if (kept.reuseValidDays == 0 || r.reuseValidDays == 0)
                    kept.reuseValidDays = 0;
                else
                    kept.reuseValidDays = std::min(kept.reuseValidDays, r.reuseValidDays);
                continue;
            }
            materialAt.insert(r.id, merged.materials.size());
            merged.materials.append(r);
        }
    }
    return merged;
}

} // namespace ow::core
