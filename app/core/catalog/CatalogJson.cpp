#include "CatalogJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace ow::core {
namespace {

constexpr int kMaxCodeLength = 64;
constexpr int kMaxDays = 3650;

int lineAt(const QByteArray &data, qsizetype offset)
{
    if (offset < 0)
        return 0;
    return int(data.left(offset).count('\n')) + 1;
}

const QRegularExpression &idPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    return re;
}

// Walks the JSON, collecting issues with their paths. Lines are found by looking for the
// element's identifying value in the raw text, which is exact enough to find the spot.
class Parser
{
    Q_DECLARE_TR_FUNCTIONS(CatalogJson)

public:
    explicit Parser(const QByteArray &raw)
        : m_raw(raw)
    {}

    QList<CatalogIssue> issues;

    void issue(const QString &path, const QString &reason, const QString &anchor = {})
    {
        if (issues.size() >= CatalogJson::kMaxIssues)
            return;
        int line = 0;
        if (!anchor.isEmpty()) {
            const QByteArray needle = '"' + anchor.toUtf8() + '"';
            // Search from the element being read (matters, bundles and departments come in file
            // order), so a shared field id or a repeated code points at this element's line.
            qsizetype at = m_raw.indexOf(needle, m_searchFrom);
            if (at < 0)
                at = m_raw.indexOf(needle);
            line = lineAt(m_raw, at);
        }
        issues.append({line, path, reason});
    }

    QString string(const QJsonObject &o, const QString &path, const QString &key, bool required,
                   int maxLength, const QString &anchor)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                issue(path + u'.' + key, tr("is missing"), anchor);
            return {};
        }
        if (!v.isString()) {
            issue(path + u'.' + key, tr("must be text"), anchor);
            return {};
        }
        const QString s = v.toString().trimmed();
        if (required && s.isEmpty())
            issue(path + u'.' + key, tr("must not be empty"), anchor);
        if (maxLength > 0 && s.size() > maxLength)
            issue(path + u'.' + key, tr("is longer than %n characters", nullptr, maxLength),
                  anchor);
        return s;
    }

    int integer(const QJsonObject &o, const QString &path, const QString &key, int minimum,
                int maximum, int fallback, const QString &anchor)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        const double d = v.toDouble(-1e18);
        if (!v.isDouble() || d < minimum || d > maximum || d != std::floor(d)) {
            issue(path + u'.' + key,
                  tr("must be a whole number from %1 to %2").arg(minimum).arg(maximum), anchor);
            return fallback;
        }
        return int(d);
    }

    bool boolean(const QJsonObject &o, const QString &path, const QString &key, bool fallback,
                 const QString &anchor)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool()) {
            issue(path + u'.' + key, tr("must be true or false"), anchor);
            return fallback;
        }
        return v.toBool();
    }

    QStringList strings(const QJsonObject &o, const QString &path, const QString &key,
                        const QString &anchor)
    {
        const QJsonValue v = o.value(key);
        QStringList result;
        if (v.isUndefined() || v.isNull())
            return result;
        if (!v.isArray()) {
            issue(path + u'.' + key, tr("must be a list of texts"), anchor);
            return result;
        }
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString()) {
                issue(path + u'.' + key, tr("must be a list of texts"), anchor);
                return {};
            }
            result << item.toString().trimmed();
        }
        return result;
    }

    Condition condition(const QJsonObject &o, const QString &path, const QString &anchor)
    {
        Condition c;
        QString error;
        if (!Condition::fromJson(o.value(u"condition"), &c, &error))
            issue(path + QStringLiteral(".condition"), error, anchor);
        return c;
    }

    // The "id" of a field or material: present, well formed and unique among `seen`.
    QString uniqueId(const QJsonObject &o, const QString &path, QSet<QString> *seen,
                     const QString &anchor)
    {
        const QString id = string(o, path, QStringLiteral("id"), true, 64, anchor);
        const QString a = id.isEmpty() ? anchor : id;
        if (!id.isEmpty() && !idPattern().match(id).hasMatch())
            issue(path + QStringLiteral(".id"),
                  tr("must start with a lower-case letter and use only a-z, 0-9 and _"), a);
        if (!id.isEmpty() && seen->contains(id))
            issue(path + QStringLiteral(".id"), tr("“%1” is used twice").arg(id), a);
        seen->insert(id);
        return id;
    }

    QList<FieldSchema> fields(const QJsonValue &value, const QString &path, const QString &anchor)
    {
        QList<FieldSchema> result;
        if (value.isUndefined() || value.isNull())
            return result;
        if (!value.isArray()) {
            issue(path, tr("must be a list of fields"), anchor);
            return result;
        }
        QSet<QString> ids;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString p = QStringLiteral("%1[%2]").arg(path).arg(i);
            if (!array[i].isObject()) {
                issue(p, tr("must be an object"), anchor);
                continue;
            }
            const QJsonObject o = array[i].toObject();
            FieldSchema f;
            f.id = uniqueId(o, p, &ids, anchor);
            const QString fieldAnchor = f.id.isEmpty() ? anchor : f.id;
            f.label = string(o, p, QStringLiteral("label"), true, 200, fieldAnchor);
            const QString typeKey = string(o, p, QStringLiteral("type"), true, 32, fieldAnchor);
            if (const auto t = fieldTypeFromKey(typeKey))
                f.type = *t;
            else if (!typeKey.isEmpty())
                issue(p + QStringLiteral(".type"), tr("“%1” is not a field type").arg(typeKey),
                      fieldAnchor);
            f.required = boolean(o, p, QStringLiteral("required"), false, fieldAnchor);
            f.help = string(o, p, QStringLiteral("help"), false, 1000, fieldAnchor);
            f.prefill = string(o, p, QStringLiteral("prefill"), false, 128, fieldAnchor);
            f.maxLength = integer(o, p, QStringLiteral("maxLength"), 1, 10000, 0, fieldAnchor);
            if (o.value(u"minimum").isDouble())
                f.minimum = o.value(u"minimum").toDouble();
            if (o.value(u"maximum").isDouble())
                f.maximum = o.value(u"maximum").toDouble();
            f.condition = condition(o, p, fieldAnchor);
            const QJsonValue options = o.value(u"options");
            if (options.isArray()) {
                for (const QJsonValue &opt : options.toArray()) {
                    if (opt.isString()) {
                        f.options.append({opt.toString(), opt.toString()});
                    } else if (opt.isObject()) {
                        const QJsonObject oo = opt.toObject();
                        const QString v = oo.value(u"value").toString();
                        f.options.append({v, oo.value(u"label").toString(v)});
                    }
                }
            }
            const bool choice = f.type == FieldType::Choice || f.type == FieldType::MultiChoice;
            if (choice && f.options.isEmpty())
                issue(p + QStringLiteral(".options"), tr("a choice needs at least one option"),
                      fieldAnchor);
            if (f.type == FieldType::Group) {
                f.children = fields(o.value(u"fields"), p + QStringLiteral(".fields"), fieldAnchor);
                if (f.children.isEmpty())
                    issue(p + QStringLiteral(".fields"), tr("a group needs at least one field"),
                          fieldAnchor);
                f.minItems = integer(o, p, QStringLiteral("minItems"), 0, 100, 0, fieldAnchor);
                f.maxItems = integer(o, p, QStringLiteral("maxItems"), 0, 100, 0, fieldAnchor);
                f.sharesField = string(o, p, QStringLiteral("sharesField"), false, 64, fieldAnchor);
                if (!f.sharesField.isEmpty()) {
                    const auto child =
                        std::find_if(f.children.cbegin(), f.children.cend(),
                                     [&](const FieldSchema &c) { return c.id == f.sharesField; });
                    if (child == f.children.cend() || child->type != FieldType::Number)
                        issue(p + QStringLiteral(".sharesField"),
                              tr("must name a number field of the group"), fieldAnchor);
                }
            }
            result.append(f);
        }
        return result;
    }

    QList<MaterialRequirement> materials(const QJsonValue &value, const QString &path,
                                         const QString &anchor)
    {
        QList<MaterialRequirement> result;
        if (value.isUndefined() || value.isNull())
            return result;
        if (!value.isArray()) {
            issue(path, tr("must be a list of materials"), anchor);
            return result;
        }
        QSet<QString> ids;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString p = QStringLiteral("%1[%2]").arg(path).arg(i);
            if (!array[i].isObject()) {
                issue(p, tr("must be an object"), anchor);
                continue;
            }
            const QJsonObject o = array[i].toObject();
            MaterialRequirement m;
            m.id = uniqueId(o, p, &ids, anchor);
            const QString a = m.id.isEmpty() ? anchor : m.id;
            m.name = string(o, p, QStringLiteral("name"), true, 300, a);
            const QString form = string(o, p, QStringLiteral("form"), false, 32, a);
            if (form.isEmpty() || form == u"original")
                m.form = MaterialForm::Original;
            else if (form == u"copy")
                m.form = MaterialForm::Copy;
            else if (form == u"original-and-copy")
                m.form = MaterialForm::OriginalAndCopy;
            else
                issue(p + QStringLiteral(".form"),
                      tr("must be original, copy or original-and-copy"), a);
            const QString medium = string(o, p, QStringLiteral("medium"), false, 32, a);
            if (medium.isEmpty() || medium == u"either")
                m.medium = MaterialMedium::Either;
            else if (medium == u"paper")
                m.medium = MaterialMedium::Paper;
            else if (medium == u"electronic")
                m.medium = MaterialMedium::Electronic;
            else
                issue(p + QStringLiteral(".medium"), tr("must be paper, electronic or either"), a);
            m.copies = integer(o, p, QStringLiteral("copies"), 1, 99, 1, a);
            m.required = boolean(o, p, QStringLiteral("required"), true, a);
            m.condition = condition(o, p, a);
            m.verification = string(o, p, QStringLiteral("verification"), false, 64, a);
            m.reuseValidDays = integer(o, p, QStringLiteral("reuseValidDays"), 0, kMaxDays, 0, a);
            m.commitmentAllowed = boolean(o, p, QStringLiteral("commitmentAllowed"), false, a);
            m.note = string(o, p, QStringLiteral("note"), false, 1000, a);
            result.append(m);
        }
        return result;
    }

    // One matter object; departmentIds empty means "do not check the department".
    Matter matter(const QJsonObject &o, const QString &path, const QSet<QString> &departmentIds)
    {
        Matter m;
        m.implementationCode =
            string(o, path, QStringLiteral("implementationCode"), true, kMaxCodeLength, {});
        const QString a = m.implementationCode;
        m.basicCode = string(o, path, QStringLiteral("basicCode"), true, kMaxCodeLength, a);
        m.name = string(o, path, QStringLiteral("name"), true, 200, a);
        const QString type = string(o, path, QStringLiteral("type"), true, 32, a);
        if (const auto t = matterTypeFromKey(type))
            m.type = *t;
        else if (!type.isEmpty())
            issue(path + QStringLiteral(".type"), tr("“%1” is not a matter type").arg(type), a);
        m.departmentId = string(o, path, QStringLiteral("department"), true, 64, a);
        if (!m.departmentId.isEmpty() && !departmentIds.isEmpty()
            && !departmentIds.contains(m.departmentId))
            issue(path + QStringLiteral(".department"),
                  tr("“%1” is not a department of this catalog").arg(m.departmentId), a);
        m.immediate = boolean(o, path, QStringLiteral("immediate"), false, a);
        m.statutoryDays = integer(o, path, QStringLiteral("statutoryDays"), 0, kMaxDays, 0, a);
        m.promisedDays = integer(o, path, QStringLiteral("promisedDays"), 0, kMaxDays, 0, a);
        if (!m.immediate && m.promisedDays == 0)
            issue(path + QStringLiteral(".promisedDays"),
                  tr("a matter that is not done at once needs a promised time limit"), a);
        if (m.statutoryDays > 0 && m.promisedDays > m.statutoryDays)
            issue(path + QStringLiteral(".promisedDays"),
                  tr("the promised time limit cannot exceed the statutory one"), a);
        m.fees = string(o, path, QStringLiteral("fees"), false, 500, a);
        m.acceptanceConditions =
            string(o, path, QStringLiteral("acceptanceConditions"), false, 4000, a);
        m.legalBasis = string(o, path, QStringLiteral("legalBasis"), false, 4000, a);
        m.keywords = strings(o, path, QStringLiteral("keywords"), a);
        m.fields = fields(o.value(u"fields"), path + QStringLiteral(".fields"), a);
        m.materials = materials(o.value(u"materials"), path + QStringLiteral(".materials"), a);
        checkConditionFields(m, path);
        return m;
    }

    void checkConditionFields(const Matter &m, const QString &path)
    {
        QSet<QString> ids;
        for (const FieldSchema &f : m.fields)
            ids.insert(f.id);
        const auto check = [&](const Condition &c, const QString &where) {
            for (const QString &field : c.fields()) {
                if (!ids.contains(field))
                    issue(where,
                          tr("the condition refers to “%1”, which is not a field of this "
                             "matter")
                              .arg(field),
                          m.implementationCode);
            }
        };
        for (qsizetype i = 0; i < m.fields.size(); ++i)
            check(m.fields[i].condition,
                  QStringLiteral("%1.fields[%2].condition").arg(path).arg(i));
        for (qsizetype i = 0; i < m.materials.size(); ++i)
            check(m.materials[i].condition,
                  QStringLiteral("%1.materials[%2].condition").arg(path).arg(i));
    }

private:
    const QByteArray &m_raw;
    qsizetype m_searchFrom = 0;      // where the element being read starts
    qsizetype m_nextElementFrom = 0; // where to look for the next element

public:
    // Moves the line search to the next occurrence of `key` (an element's identifying value).
    void beginElement(const QString &key)
    {
        if (key.isEmpty())
            return;
        const QByteArray needle = '"' + key.toUtf8() + '"';
        const qsizetype at = m_raw.indexOf(needle, m_nextElementFrom);
        if (at >= 0) {
            m_searchFrom = at;
            m_nextElementFrom = at + needle.size();
        }
    }
};

} // namespace

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
    if (root.value(u"format").toString() != u"onewindow-catalog")
        p.issue(QStringLiteral("format"), tr("must be “onewindow-catalog”"));
    if (root.value(u"version").toInt(-1) != kFormatVersion)
        p.issue(QStringLiteral("version"),
                tr("this OneWindow reads catalog format version %1").arg(kFormatVersion));

    QList<Department> departments;
    QSet<QString> departmentIds;
    const QJsonArray deptArray = root.value(u"departments").toArray();
    if (deptArray.isEmpty())
        p.issue(QStringLiteral("departments"), tr("at least one department is needed"));
    for (qsizetype i = 0; i < deptArray.size(); ++i) {
        const QString path = QStringLiteral("departments[%1]").arg(i);
        const QJsonObject o = deptArray[i].toObject();
        p.beginElement(o.value(u"id").toString());
        Department d;
        d.id = p.string(o, path, QStringLiteral("id"), true, 64, {});
        d.name = p.string(o, path, QStringLiteral("name"), true, 200, d.id);
        if (departmentIds.contains(d.id))
            p.issue(path + QStringLiteral(".id"), tr("“%1” is used twice").arg(d.id), d.id);
        departmentIds.insert(d.id);
        departments.append(d);
    }

    QList<Matter> matters;
    QSet<QString> matterCodes;
    const QJsonValue matterValue = root.value(u"matters");
    if (!matterValue.isArray())
        p.issue(QStringLiteral("matters"), tr("must be a list of matters"));
    const QJsonArray matterArray = matterValue.toArray();
    for (qsizetype i = 0; i < matterArray.size(); ++i) {
        const QString path = QStringLiteral("matters[%1]").arg(i);
        if (!matterArray[i].isObject()) {
            p.issue(path, tr("must be an object"));
            continue;
        }
        p.beginElement(matterArray[i].toObject().value(u"implementationCode").toString());
        Matter m = p.matter(matterArray[i].toObject(), path, departmentIds);
        if (!m.implementationCode.isEmpty() && matterCodes.contains(m.implementationCode))
            p.issue(path + QStringLiteral(".implementationCode"),
                    tr("“%1” is used twice").arg(m.implementationCode), m.implementationCode);
        matterCodes.insert(m.implementationCode);
        matters.append(m);
    }

    QList<Bundle> bundles;
    QSet<QString> bundleCodes;
    QHash<QString, const Matter *> byCode;
    for (const Matter &m : matters)
        byCode.insert(m.implementationCode, &m);
    const QJsonArray bundleArray = root.value(u"bundles").toArray();
    for (qsizetype i = 0; i < bundleArray.size(); ++i) {
        const QString path = QStringLiteral("bundles[%1]").arg(i);
        const QJsonObject o = bundleArray[i].toObject();
        p.beginElement(o.value(u"code").toString());
        Bundle b;
        b.code = p.string(o, path, QStringLiteral("code"), true, kMaxCodeLength, {});
        if (!b.code.isEmpty() && (bundleCodes.contains(b.code) || matterCodes.contains(b.code)))
            p.issue(path + QStringLiteral(".code"), tr("“%1” is used twice").arg(b.code), b.code);
        bundleCodes.insert(b.code);
        b.name = p.string(o, path, QStringLiteral("name"), true, 200, b.code);
        b.description = p.string(o, path, QStringLiteral("description"), false, 4000, b.code);
        b.keywords = p.strings(o, path, QStringLiteral("keywords"), b.code);
        b.matterCodes = p.strings(o, path, QStringLiteral("matters"), b.code);
        if (b.matterCodes.size() < 2)
            p.issue(path + QStringLiteral(".matters"), tr("a bundle needs at least two matters"),
                    b.code);
        QHash<QString, FieldType> sharedTypes;
        for (const QString &code : b.matterCodes) {
            const Matter *m = byCode.value(code);
            if (!m) {
                p.issue(path + QStringLiteral(".matters"),
                        tr("“%1” is not a matter of this catalog").arg(code), b.code);
                continue;
            }
            for (const FieldSchema &f : m->fields) {
                const auto it = sharedTypes.constFind(f.id);
                if (it != sharedTypes.cend() && *it != f.type)
                    p.issue(path + QStringLiteral(".matters"),
                            tr("the field “%1” has different types in its matters, so it cannot be "
                               "asked once")
                                .arg(f.id),
                            b.code);
                sharedTypes.insert(f.id, f.type);
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
