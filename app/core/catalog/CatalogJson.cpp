#include "CatalogJson.h"

#include "CatalogJsonParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>
#include <span>
#include <vector>

namespace ow::core {
using namespace catalog_json;

QString CatalogIssue::toString() const
{
    if (line > 0)
        return CatalogJson::tr("line %1, %2: %3").arg(line).arg(path, reason);
    return CatalogJson::tr("%1: %2").arg(path, reason);
}

Matter CatalogJson::matterFromJson(const QJsonObject &object, QList<CatalogIssue> *issues)
{
    const QByteArray noText;
    Parser p(noText);
    Matter m = p.matter(object, QStringLiteral("matter"), {});
    if (issues)
        *issues = p.issues;
    return m;
}

CatalogParseResult CatalogJson::parse(const QByteArray &json)
{
    CatalogParseResult result;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        result.issues.append({lineAt(json, error.offset), QStringLiteral("$"),
                              tr("not valid JSON: %1").arg(error.errorString())});
        return result;
    }
    if (!doc.isObject()) {
        result.issues.append({1, QStringLiteral("$"), tr("must be a JSON object")});
        return result;
    }
    const QJsonObject root = doc.object();
    Parser p(json);
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!contains(kRootKeys, it.key()))
            p.unknownKey({}, it.key(), kRootKeys, {});
    }
    if (root.value(u"format").toString() != u"onewindow-catalog")
        p.issue(QStringLiteral("format"), tr("must be “onewindow-catalog”"));
    if (root.value(u"version").toInt(-1) != kFormatVersion)
        p.issue(QStringLiteral("version"),
                tr("this OneWindow reads catalog format version %1").arg(kFormatVersion));

    QList<Department> departments;
    QSet<QString> departmentIds;
    const QJsonValue deptValue = root.value(u"departments");
    const QJsonArray deptArray = deptValue.toArray();
    if (!deptValue.isArray() && !deptValue.isUndefined() && !deptValue.isNull())
        p.issue(QStringLiteral("departments"), tr("must be a list of departments"));
    else if (deptArray.isEmpty())
        p.issue(QStringLiteral("departments"), tr("at least one department is needed"));
    for (qsizetype i = 0; i < deptArray.size(); ++i) {
        const QString path = QStringLiteral("departments[%1]").arg(i);
        if (!p.isObject(deptArray[i], path))
            continue;
        const QJsonObject o = deptArray[i].toObject();
        p.beginElement(o.value(u"id").toString());
        Department d;
        d.id = p.string(o, path, QStringLiteral("id"), true, 64, {});
        p.unknownKeys(o, path, kDepartmentKeys, d.id);
        if (!d.id.isEmpty() && !idPattern().match(d.id).hasMatch())
            p.issue(path + QStringLiteral(".id"),
                    tr("must start with a lower-case letter and use only a-z, 0-9 and _"), d.id);
        d.name = p.string(o, path, QStringLiteral("name"), true, 200, d.id);
        if (!d.id.isEmpty() && departmentIds.contains(d.id))
            p.issue(path + QStringLiteral(".id"), tr("“%1” is used twice").arg(d.id), d.id);
        departmentIds.insert(d.id);
        departments.append(d);
    }

    QList<Matter> matters;
    QSet<QString> matterCodes;
    QSet<QString> duplicateCodes; // reported once, not again by the bundles that list them
    const QJsonValue matterValue = root.value(u"matters");
    if (!matterValue.isArray())
        p.issue(QStringLiteral("matters"), tr("must be a list of matters"));
    const QJsonArray matterArray = matterValue.toArray();
    for (qsizetype i = 0; i < matterArray.size(); ++i) {
        const QString path = QStringLiteral("matters[%1]").arg(i);
        if (!p.isObject(matterArray[i], path))
            continue;
        p.beginElement(matterArray[i].toObject().value(u"implementationCode").toString());
        Matter m = p.matter(matterArray[i].toObject(), path, departmentIds);
        if (!m.implementationCode.isEmpty() && matterCodes.contains(m.implementationCode)) {
            p.issue(path + QStringLiteral(".implementationCode"),
                    tr("“%1” is used twice").arg(m.implementationCode), m.implementationCode);
            duplicateCodes.insert(m.implementationCode);
        }
        matterCodes.insert(m.implementationCode);
        matters.append(m);
    }

    QList<Bundle> bundles;
    QSet<QString> bundleCodes;
    QHash<QString, const Matter *> byCode;
    for (const Matter &m : matters)
        byCode.insert(m.implementationCode, &m);
    const QJsonValue bundleValue = root.value(u"bundles");
    if (!bundleValue.isArray() && !bundleValue.isUndefined() && !bundleValue.isNull())
        p.issue(QStringLiteral("bundles"), tr("must be a list of bundles"));
    const QJsonArray bundleArray = bundleValue.toArray();
    for (qsizetype i = 0; i < bundleArray.size(); ++i) {
        const QString path = QStringLiteral("bundles[%1]").arg(i);
        if (!p.isObject(bundleArray[i], path))
            continue;
        const QJsonObject o = bundleArray[i].toObject();
        p.beginElement(o.value(u"code").toString());
        Bundle b;
        b.code = p.string(o, path, QStringLiteral("code"), true, kMaxCodeLength, {});
        p.unknownKeys(o, path, kBundleKeys, b.code);
        if (!b.code.isEmpty() && (bundleCodes.contains(b.code) || matterCodes.contains(b.code)))
            p.issue(path + QStringLiteral(".code"), tr("“%1” is used twice").arg(b.code), b.code);
        bundleCodes.insert(b.code);
        b.name = p.string(o, path, QStringLiteral("name"), true, 200, b.code);
        b.description = p.string(o, path, QStringLiteral("description"), false, 4000, b.code);
        b.keywords = p.strings(o, path, QStringLiteral("keywords"), b.code);
        b.matterCodes = p.strings(o, path, QStringLiteral("matters"), b.code);
        const QJsonValue listed = o.value(u"matters");
        if (b.matterCodes.size() < 2
            && (listed.isArray() || listed.isUndefined() || listed.isNull()))
            p.issue(path + QStringLiteral(".matters"), tr("a bundle needs at least two matters"),
                    b.code);
        // A field several matters share is asked once: one type, and for choices one set of
        // options, or the merged form could not ask it.
        struct Shared
        {
            FieldType type;
            QStringList options;
        };
        QHash<QString, Shared> shared;
        QSet<QString> seenCodes;
        for (const QString &code : std::as_const(b.matterCodes)) {
            if (code.isEmpty())
                continue;
            if (seenCodes.contains(code)) {
                if (!duplicateCodes.contains(code))
                    p.issue(path + QStringLiteral(".matters"), tr("“%1” is listed twice").arg(code),
                            b.code);
                continue;
            }
            seenCodes.insert(code);
            const Matter *m = byCode.value(code);
            if (!m) {
                p.issue(path + QStringLiteral(".matters"),
                        tr("“%1” is not a matter of this catalog").arg(code), b.code);
                continue;
            }
            for (const FieldSchema &f : m->fields) {
                QStringList options;
                for (const FieldOption &option : f.options)
                    options << option.value;
                options.sort();
                const auto it = shared.constFind(f.id);
                if (it == shared.cend()) {
                    shared.insert(f.id, {f.type, options});
                } else if (it->type != f.type) {
                    p.issue(path + QStringLiteral(".matters"),
                            tr("the field “%1” has different types in its matters, so it cannot be "
                               "asked once")
                                .arg(f.id),
                            b.code);
                } else if (it->options != options) {
                    p.issue(path + QStringLiteral(".matters"),
                            tr("the choice “%1” has different options in its matters, so it "
                               "cannot be asked once")
                                .arg(f.id),
                            b.code);
                }
            }
        }
        bundles.append(b);
    }

    result.issues = p.issues;
    if (result.issues.isEmpty())
        result.catalog = Catalog(departments, matters, bundles);
    return result;
}

} // namespace ow::core
