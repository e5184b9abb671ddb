#include "CatalogJson.h"

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
namespace {

constexpr int kMaxCodeLength = 64;
constexpr int kMaxDays = 3650;

// The keys each kind of object may have (docs/catalog-format.md). Anything else is rejected,
// so that a misspelt optional key ("requried") is not silently lost.
constexpr QStringView kRootKeys[] = {u"format", u"version", u"departments", u"matters", u"bundles"};
constexpr QStringView kDepartmentKeys[] = {u"id", u"name"};
constexpr QStringView kMatterKeys[] = {
    u"basicCode",  u"implementationCode", u"name",         u"type",     u"department",
    u"immediate",  u"statutoryDays",      u"promisedDays", u"fees",     u"acceptanceConditions",
    u"legalBasis", u"keywords",           u"fields",       u"materials"};
constexpr QStringView kFieldKeys[] = {u"id",       u"label",    u"type",       u"required",
                                      u"help",     u"prefill",  u"condition",  u"maxLength",
                                      u"minimum",  u"maximum",  u"options",    u"fields",
                                      u"minItems", u"maxItems", u"sharesField"};
constexpr QStringView kOptionKeys[] = {u"value", u"label"};
constexpr QStringView kMaterialKeys[] = {
    u"id",       u"name",      u"form",         u"medium",         u"copies",
    u"required", u"condition", u"verification", u"reuseValidDays", u"commitmentAllowed",
    u"note"};
constexpr QStringView kBundleKeys[] = {u"code", u"name", u"description", u"keywords", u"matters"};
constexpr QStringView kConditionKeys[] = {u"field", u"equals", u"in",  u"greaterThan", u"lessThan",
                                          u"isSet", u"all",    u"any", u"not"};
constexpr QStringView kConditionOperators[] = {u"all", u"any",         u"not",      u"equals",
                                               u"in",  u"greaterThan", u"lessThan", u"isSet"};

// Prefill sources (预填来源) other than "case.<field id>", with the field types they can fill.
struct PrefillSource
{
    QStringView key;
    FieldType type; // besides text
};
constexpr PrefillSource kApplicantSources[] = {
    {u"applicant.name", FieldType::Text},
    {u"applicant.phone", FieldType::Phone},
    {u"applicant.address", FieldType::Address},
    {u"applicant.id_number", FieldType::ResidentId},
    {u"applicant.credit_code", FieldType::CreditCode},
    {u"applicant.legal_representative", FieldType::Text},
};

// Shared-data verifications (共享核验) a material may name.
constexpr QStringView kVerificationKinds[] = {
    u"identity",           u"legal-person",     u"business-licence",
    u"marriage",           u"property-unit",    u"investment-project",
    u"household-register", u"social-insurance", u"tax-clearance"};

bool contains(std::span<const QStringView> keys, QStringView key)
{
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

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

// Optimal string alignment distance, for "did you mean" (keys are short).
int editDistance(QStringView a, QStringView b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<int> previous2(size_t(m + 1)), previous(size_t(m + 1)), current(size_t(m + 1));
    for (qsizetype j = 0; j <= m; ++j)
        previous[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1;
            int d = std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1,
                              previous[size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d = std::min(d, previous2[size_t(j - 2)] + 1);
            current[size_t(j)] = d;
        }
        std::swap(previous2, previous);
        std::swap(previous, current);
    }
    return previous[size_t(m)];
}

// What a condition may say about a field: its type and, for choices, the option values.
struct FieldInfo
{
    FieldType type = FieldType::Text;
    bool typeKnown = false;
    QStringList options;
};

// The fields a condition may name: a matter's top-level fields, or one group's fields.
struct Scope
{
    QHash<QString, FieldInfo> fields;
    bool group = false;
    QList<QPair<QString, QString>> conditionPaths; // field id → path of its condition
};

// A condition seen while reading a matter, checked once all of the matter's fields are known.
struct PendingCondition
{
    QString path;
    QJsonValue json;
    int scope = 0;
    QString owner; // the field it belongs to; empty for a material
};

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

    // `anchor` is the identifying value of the element concerned; `key` a key inside it (or the
    // anchor again, for its next occurrence), for problems with the key itself.
    void issue(const QString &path, const QString &reason, const QString &anchor = {},
               const QString &key = {})
    {
        if (issues.size() >= CatalogJson::kMaxIssues)
            return;
        issues.append({lineOf(anchor, key), path, reason});
    }

    int lineOf(const QString &anchor, const QString &key) const
    {
        if (m_raw.isEmpty() || (anchor.isEmpty() && key.isEmpty()))
            return 0;
        const auto find = [this](const QString &text, qsizetype from) {
            const QByteArray needle = '"' + text.toUtf8() + '"';
            // Search from the element being read (matters, bundles and departments come in
            // file order), so a shared field id or a repeated code points at this element.
            qsizetype at = m_raw.indexOf(needle, from);
            if (at < 0 && from > 0)
                at = m_raw.indexOf(needle);
            return at;
        };
        qsizetype at = anchor.isEmpty() ? m_searchFrom : find(anchor, m_searchFrom);
        if (!key.isEmpty()) {
            const qsizetype keyAt = find(key, at >= 0 ? at + 1 : m_searchFrom);
            if (keyAt >= 0)
                at = keyAt;
        }
        return lineAt(m_raw, at);
    }

    // Reports every key of `o` that is not one of `known`.
    void unknownKeys(const QJsonObject &o, const QString &path, std::span<const QStringView> known,
                     const QString &anchor)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!contains(known, it.key()))
                unknownKey(path, it.key(), known, anchor);
        }
    }

    void unknownKey(const QString &path, const QString &key, std::span<const QStringView> known,
                    const QString &anchor)
    {
        if (issues.size() >= CatalogJson::kMaxIssues)
            return;
        QStringView best;
        int bestDistance = 3; // suggest only near misses
        for (const QStringView k : known) {
            const int d = editDistance(key, k);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        const QString p = path.isEmpty() ? key : path + u'.' + key;
        if (best.isEmpty())
            issue(p, tr("unknown key"), anchor, key);
        else
            issue(p, tr("unknown key (did you mean “%1”?)").arg(best), anchor, key);
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

    std::optional<double> number(const QJsonObject &o, const QString &path, const QString &key,
                                 const QString &anchor)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isDouble()) {
            issue(path + u'.' + key, tr("must be a number"), anchor);
            return std::nullopt;
        }
        return v.toDouble();
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
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString p = QStringLiteral("%1.%2[%3]").arg(path, key).arg(i);
            if (!array[i].isString()) {
                issue(p, tr("must be text"), anchor);
                continue;
            }
            const QString s = array[i].toString().trimmed();
            if (s.isEmpty())
                issue(p, tr("must not be empty"), anchor);
            result << s;
        }
        return result;
    }

    // An object element of a list; reports anything else.
    bool isObject(const QJsonValue &v, const QString &path, const QString &anchor = {})
    {
        if (v.isObject())
            return true;
        issue(path, tr("must be an object"), anchor);
        return false;
    }

    // The structure of a condition (docs: Conditions): one operator per object, the keys that
    // go with it, values of the right kinds. Field names are checked later, per matter.
    bool conditionShape(const QJsonValue &v, const QString &path, const QString &anchor)
    {
        if (!v.isObject()) {
            issue(path, tr("a condition must be an object"), anchor);
            return false;
        }
        const QJsonObject o = v.toObject();
        const std::size_t before = std::size_t(issues.size());
        QStringList operators;
        for (const QStringView op : kConditionOperators) {
            if (o.contains(op))
                operators << op.toString();
        }
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!contains(kConditionKeys, it.key()))
                unknownKey(path, it.key(), kConditionKeys, anchor);
        }
        if (operators.isEmpty()) {
            if (o.contains(u"field"))
                issue(path,
                      tr("a condition on a field needs equals, in, greaterThan, lessThan or isSet"),
                      anchor);
            else
                issue(path, tr("a condition needs “field” or one of all, any, not"), anchor);
            return false;
        }
        if (operators.size() > 1) {
            issue(path,
                  tr("has several operators (%1): write one per condition and combine them "
                     "with all or any")
                      .arg(operators.join(QStringLiteral(", "))),
                  anchor);
            return false;
        }
        const QString op = operators.first();
        const QString opPath = path + u'.' + op;
        const QJsonValue value = o.value(op);
        if (op == u"all" || op == u"any" || op == u"not") {
            if (o.contains(u"field"))
                issue(path + QStringLiteral(".field"),
                      tr("does not go with “%1”: name the fields in the conditions inside it")
                          .arg(op),
                      anchor);
            if (op == u"not") {
                conditionShape(value, opPath, anchor);
            } else if (!value.isArray() || value.toArray().isEmpty()) {
                issue(opPath, tr("must be a non-empty list of conditions"), anchor);
            } else {
                const QJsonArray children = value.toArray();
                for (qsizetype i = 0; i < children.size(); ++i)
                    conditionShape(children[i], QStringLiteral("%1[%2]").arg(opPath).arg(i),
                                   anchor);
            }
            return std::size_t(issues.size()) == before;
        }
        const QJsonValue field = o.value(u"field");
        if (field.isUndefined() || field.isNull())
            issue(path + QStringLiteral(".field"), tr("is missing"), anchor);
        else if (!field.isString() || field.toString().isEmpty())
            issue(path + QStringLiteral(".field"), tr("must be a field id"), anchor);
        const auto isScalar = [](const QJsonValue &x) {
            return x.isString() || x.isDouble() || x.isBool();
        };
        if (op == u"equals") {
            if (!isScalar(value))
                issue(opPath, tr("must be a text, a number, true or false"), anchor);
        } else if (op == u"in") {
            const QJsonArray values = value.toArray();
            if (!value.isArray() || values.isEmpty()
                || !std::all_of(values.begin(), values.end(), isScalar))
                issue(opPath, tr("must be a non-empty list of texts, numbers, true or false"),
                      anchor);
        } else if (op == u"greaterThan" || op == u"lessThan") {
            if (!value.isDouble())
                issue(opPath, tr("must be a number"), anchor);
        } else if (op == u"isSet") {
            if (!value.isBool())
                issue(opPath, tr("must be true or false"), anchor);
        }
        return std::size_t(issues.size()) == before;
    }

    Condition condition(const QJsonObject &o, const QString &path, int scope, const QString &owner,
                        const QString &anchor)
    {
        Condition c;
        const QJsonValue json = o.value(u"condition");
        if (json.isUndefined() || json.isNull())
            return c;
        const QString p = path + QStringLiteral(".condition");
        if (!conditionShape(json, p, anchor))
            return c;
        QString error;
        if (!Condition::fromJson(json, &c, &error)) {
            issue(p, error, anchor);
            return c;
        }
        m_conditions.push_back({p, json, scope, owner});
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
            issue(path + QStringLiteral(".id"), tr("“%1” is used twice").arg(id), a, id);
        seen->insert(id);
        return id;
    }

    QList<FieldOption> options(const QJsonObject &o, const QString &path, const QString &anchor)
    {
        QList<FieldOption> result;
        const QJsonValue value = o.value(u"options");
        if (value.isUndefined() || value.isNull())
            return result;
        if (!value.isArray()) {
            issue(path, tr("must be a list of options"), anchor);
            return result;
        }
        QSet<QString> values;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString p = QStringLiteral("%1[%2]").arg(path).arg(i);
            FieldOption option;
            if (array[i].isString()) {
                option.value = array[i].toString().trimmed();
                option.label = option.value;
                if (option.value.isEmpty())
                    issue(p, tr("must not be empty"), anchor);
                else if (option.value.size() > 200)
                    issue(p, tr("is longer than %n characters", nullptr, 200), anchor);
            } else if (array[i].isObject()) {
                const QJsonObject oo = array[i].toObject();
                unknownKeys(oo, p, kOptionKeys, anchor);
                option.value = string(oo, p, QStringLiteral("value"), true, 200, anchor);
                option.label = string(oo, p, QStringLiteral("label"), false, 200, anchor);
                if (option.label.isEmpty())
                    option.label = option.value;
            } else {
                issue(p, tr("must be a text or an object with “value” and “label”"), anchor);
                continue;
            }
            if (!option.value.isEmpty() && values.contains(option.value))
                issue(p, tr("“%1” is listed twice").arg(option.value), anchor);
            values.insert(option.value);
            result.append(option);
        }
        return result;
    }

    void prefill(const FieldSchema &f, const QString &path, const QString &anchor)
    {
        if (f.prefill.isEmpty())
            return;
        const QString p = path + QStringLiteral(".prefill");
        if (f.prefill.startsWith(u"case.")) {
            if (f.prefill.mid(5) != f.id && !f.id.isEmpty())
                issue(p,
                      tr("“%1” must name this field itself: “case.%2” (the same field in the "
                         "applicant's last case)")
                          .arg(f.prefill, f.id),
                      anchor);
            return;
        }
        const auto source =
            std::find_if(std::begin(kApplicantSources), std::end(kApplicantSources),
                         [&](const PrefillSource &s) { return s.key == f.prefill; });
        if (source == std::end(kApplicantSources)) {
            QStringList known;
            for (const PrefillSource &s : kApplicantSources)
                known << s.key.toString();
            known << QStringLiteral("case.<field id>");
            issue(p,
                  tr("“%1” is not a prefill source; use one of %2")
                      .arg(f.prefill, known.join(QStringLiteral(", "))),
                  anchor);
            return;
        }
        if (f.type != FieldType::Text && f.type != source->type)
            issue(p, tr("“%1” cannot fill a field of type %2").arg(f.prefill, fieldTypeKey(f.type)),
                  anchor);
    }

    // The field keys that apply to some types only; nothing when `key` applies to every type.
    QString typeOnlyKey(FieldType type, const QString &key)
    {
        if (key == u"maxLength")
            return type == FieldType::Text ? QString() : tr("applies only to text fields");
        if (key == u"minimum" || key == u"maximum")
            return type == FieldType::Number || type == FieldType::Money
                       ? QString()
                       : tr("applies only to number and money fields");
        if (key == u"options")
            return type == FieldType::Choice || type == FieldType::MultiChoice
                       ? QString()
                       : tr("applies only to choice and multi-choice fields");
        if (key == u"fields" || key == u"minItems" || key == u"maxItems" || key == u"sharesField")
            return type == FieldType::Group ? QString() : tr("applies only to group fields");
        return {};
    }

    QList<FieldSchema> fields(const QJsonValue &value, const QString &path, int scope,
                              const QString &anchor)
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
            if (!isObject(array[i], p, anchor))
                continue;
            const QJsonObject o = array[i].toObject();
            FieldSchema f;
            const bool duplicate = ids.contains(o.value(u"id").toString().trimmed());
            f.id = uniqueId(o, p, &ids, anchor);
            const QString fieldAnchor = f.id.isEmpty() ? anchor : f.id;
            f.label = string(o, p, QStringLiteral("label"), true, 200, fieldAnchor);
            const QString typeKey = string(o, p, QStringLiteral("type"), true, 32, fieldAnchor);
            const std::optional<FieldType> type = fieldTypeFromKey(typeKey);
            if (type)
                f.type = *type;
            else if (!typeKey.isEmpty())
                issue(p + QStringLiteral(".type"), tr("“%1” is not a field type").arg(typeKey),
                      fieldAnchor);
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (!contains(kFieldKeys, it.key())) {
                    unknownKey(p, it.key(), kFieldKeys, fieldAnchor);
                } else if (type) {
                    if (const QString wrong = typeOnlyKey(f.type, it.key()); !wrong.isEmpty())
                        issue(p + u'.' + it.key(), wrong, fieldAnchor, it.key());
                }
            }
            if (m_scopes[size_t(scope)].group && f.type == FieldType::Group)
                issue(p + QStringLiteral(".type"), tr("a group cannot contain another group"),
                      fieldAnchor);
            f.required = boolean(o, p, QStringLiteral("required"), false, fieldAnchor);
            f.help = string(o, p, QStringLiteral("help"), false, 1000, fieldAnchor);
            f.prefill = string(o, p, QStringLiteral("prefill"), false, 128, fieldAnchor);
            prefill(f, p, fieldAnchor);
            const bool number = f.type == FieldType::Number || f.type == FieldType::Money;
            if (f.type == FieldType::Text)
                f.maxLength = integer(o, p, QStringLiteral("maxLength"), 1, 10000, 0, fieldAnchor);
            if (number) {
                f.minimum = this->number(o, p, QStringLiteral("minimum"), fieldAnchor);
                f.maximum = this->number(o, p, QStringLiteral("maximum"), fieldAnchor);
                if (f.minimum && f.maximum && *f.minimum > *f.maximum)
                    issue(p + QStringLiteral(".maximum"),
                          tr("must not be less than the minimum (%1)").arg(*f.minimum),
                          fieldAnchor);
            }
            f.condition = condition(o, p, scope, f.id, fieldAnchor);
            const bool choice = f.type == FieldType::Choice || f.type == FieldType::MultiChoice;
            if (choice) {
                const QJsonValue given = o.value(u"options");
                f.options = options(o, p + QStringLiteral(".options"), fieldAnchor);
                if (f.options.isEmpty()
                    && (given.isArray() || given.isUndefined() || given.isNull()))
                    issue(p + QStringLiteral(".options"), tr("a choice needs at least one option"),
                          fieldAnchor);
            }
            if (f.type == FieldType::Group)
                group(o, p, &f, fieldAnchor);
            if (!f.id.isEmpty() && !duplicate) {
                FieldInfo info;
                info.type = f.type;
                info.typeKnown = type.has_value();
                for (const FieldOption &option : f.options)
                    info.options << option.value;
                m_scopes[size_t(scope)].fields.insert(f.id, info);
            }
            result.append(f);
        }
        return result;
    }

    void group(const QJsonObject &o, const QString &p, FieldSchema *f, const QString &anchor)
    {
        const int scope = int(m_scopes.size());
        m_scopes.push_back({});
        m_scopes.back().group = true;
        f->children = fields(o.value(u"fields"), p + QStringLiteral(".fields"), scope, anchor);
        if (f->children.isEmpty()
            && (o.value(u"fields").isArray() || o.value(u"fields").isNull()
                || o.value(u"fields").isUndefined()))
            issue(p + QStringLiteral(".fields"), tr("a group needs at least one field"), anchor);
        f->minItems = integer(o, p, QStringLiteral("minItems"), 0, 100, 0, anchor);
        f->maxItems = integer(o, p, QStringLiteral("maxItems"), 0, 100, 0, anchor);
        if (f->maxItems > 0 && f->minItems > f->maxItems)
            issue(p + QStringLiteral(".minItems"),
                  tr("must not be more than maxItems (%1)").arg(f->maxItems), anchor);
        f->sharesField = string(o, p, QStringLiteral("sharesField"), false, 64, anchor);
        if (!f->sharesField.isEmpty()) {
            const auto child =
                std::find_if(f->children.cbegin(), f->children.cend(),
                             [&](const FieldSchema &c) { return c.id == f->sharesField; });
            if (child == f->children.cend())
                issue(p + QStringLiteral(".sharesField"),
                      tr("“%1” is not a field of this group").arg(f->sharesField), anchor);
            else if (child->type != FieldType::Number)
                issue(p + QStringLiteral(".sharesField"),
                      tr("“%1” is not a number field, so it cannot hold shares that add up to "
                         "100 %")
                          .arg(f->sharesField),
                      anchor);
        }
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
            if (!isObject(array[i], p, anchor))
                continue;
            const QJsonObject o = array[i].toObject();
            MaterialRequirement m;
            m.id = uniqueId(o, p, &ids, anchor);
            const QString a = m.id.isEmpty() ? anchor : m.id;
            unknownKeys(o, p, kMaterialKeys, a);
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
            m.condition = condition(o, p, 0, QString(), a);
            m.verification = string(o, p, QStringLiteral("verification"), false, 64, a);
            if (!m.verification.isEmpty() && !contains(kVerificationKinds, m.verification)) {
                QStringList kinds;
                for (const QStringView k : kVerificationKinds)
                    kinds << k.toString();
                issue(p + QStringLiteral(".verification"),
                      tr("“%1” is not a verification kind; use one of %2")
                          .arg(m.verification, kinds.join(QStringLiteral(", "))),
                      a);
            }
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
        m_matterAnchor = a;
        unknownKeys(o, path, kMatterKeys, a);
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
        if (m.immediate) {
            // 即办件: done while the applicant waits, so it has no day limit.
            if (m.statutoryDays > 0)
                issue(path + QStringLiteral(".statutoryDays"),
                      tr("an immediate matter is done at the counter and has no day limit"), a);
            if (m.promisedDays > 0)
                issue(path + QStringLiteral(".promisedDays"),
                      tr("an immediate matter is done at the counter and has no day limit"), a);
        } else if (m.promisedDays == 0) {
            issue(path + QStringLiteral(".promisedDays"),
                  tr("a matter that is not done at once needs a promised time limit"), a);
        }
        if (m.statutoryDays > 0 && m.promisedDays > m.statutoryDays)
            issue(path + QStringLiteral(".promisedDays"),
                  tr("the promised time limit cannot exceed the statutory one"), a);
        m.fees = string(o, path, QStringLiteral("fees"), false, 500, a);
        m.acceptanceConditions =
            string(o, path, QStringLiteral("acceptanceConditions"), false, 4000, a);
        m.legalBasis = string(o, path, QStringLiteral("legalBasis"), false, 4000, a);
        m.keywords = strings(o, path, QStringLiteral("keywords"), a);

        m_scopes.clear();
        m_conditions.clear();
        m_scopes.push_back({}); // the matter's top-level fields
        m.fields = fields(o.value(u"fields"), path + QStringLiteral(".fields"), 0, a);
        m.materials = materials(o.value(u"materials"), path + QStringLiteral(".materials"), a);
        checkConditions(a);
        return m;
    }

    // Once the matter's fields are known: every field a condition names exists where the
    // condition is evaluated, comparisons fit the field, and no field depends on itself.
    void checkConditions(const QString &anchor)
    {
        std::vector<QHash<QString, QStringList>> dependsOn(m_scopes.size());
        for (const PendingCondition &c : m_conditions) {
            QSet<QString> reported;
            QStringList names;
            checkCondition(c.json, c, &reported, &names);
            if (!c.owner.isEmpty()) {
                dependsOn[size_t(c.scope)][c.owner] = names;
                m_scopes[size_t(c.scope)].conditionPaths.append({c.owner, c.path});
            }
        }
        for (std::size_t s = 0; s < m_scopes.size(); ++s) {
            const QHash<QString, QStringList> &graph = dependsOn[s];
            QSet<QString> inCycle;
            for (const auto &[owner, path] : std::as_const(m_scopes[s].conditionPaths)) {
                if (inCycle.contains(owner))
                    continue;
                const QStringList cycle = findCycle(graph, owner);
                if (cycle.isEmpty())
                    continue;
                for (const QString &id : cycle)
                    inCycle.insert(id);
                issue(path,
                      tr("the field depends on itself: %1")
                          .arg(cycle.join(QStringLiteral(" → ")) + QStringLiteral(" → ") + owner),
                      anchor);
            }
        }
    }

    // A path of condition dependencies from `start` back to itself, or nothing.
    static QStringList findCycle(const QHash<QString, QStringList> &graph, const QString &start)
    {
        QStringList path{start};
        QSet<QString> visited;
        std::function<bool(const QString &)> walk = [&](const QString &id) {
            for (const QString &next : graph.value(id)) {
                if (next == start)
                    return true;
                if (visited.contains(next))
                    continue;
                visited.insert(next);
                path.append(next);
                if (walk(next))
                    return true;
                path.removeLast();
            }
            return false;
        };
        return walk(start) ? path : QStringList();
    }

    void checkCondition(const QJsonValue &json, const PendingCondition &c, QSet<QString> *reported,
                        QStringList *names)
    {
        const QJsonObject o = json.toObject();
        for (const QStringView op : {QStringView(u"all"), QStringView(u"any")}) {
            if (o.contains(op)) {
                for (const QJsonValue &child : o.value(op).toArray())
                    checkCondition(child, c, reported, names);
                return;
            }
        }
        if (o.contains(u"not")) {
            checkCondition(o.value(u"not"), c, reported, names);
            return;
        }
        const QString field = o.value(u"field").toString();
        if (!names->contains(field))
            names->append(field);
        const Scope &scope = m_scopes[size_t(c.scope)];
        const auto it = scope.fields.constFind(field);
        const QString &anchor = m_matterAnchor;
        if (it == scope.fields.cend()) {
            if (!reported->contains(field)) {
                reported->insert(field);
                issue(c.path,
                      scope.group ? tr("the condition refers to “%1”, which is not a field of "
                                       "this group")
                                        .arg(field)
                                  : tr("the condition refers to “%1”, which is not a field of "
                                       "this matter")
                                        .arg(field),
                      anchor);
            }
            return;
        }
        const FieldInfo &info = *it;
        if (!info.typeKnown)
            return;
        if (o.contains(u"greaterThan") || o.contains(u"lessThan")) {
            if (info.type != FieldType::Number && info.type != FieldType::Money)
                issue(c.path,
                      tr("“%1” is a %2 field, so it cannot be compared with a number")
                          .arg(field, fieldTypeKey(info.type)),
                      anchor);
            return;
        }
        // A choice without options was reported already.
        if ((info.type != FieldType::Choice && info.type != FieldType::MultiChoice)
            || info.options.isEmpty())
            return;
        QJsonArray values;
        if (o.contains(u"equals"))
            values.append(o.value(u"equals"));
        else if (o.contains(u"in"))
            values = o.value(u"in").toArray();
        for (const QJsonValue &v : std::as_const(values)) {
            if (isOption(info.options, v))
                continue;
            const QString shown =
                v.isBool()     ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                : v.isDouble() ? QString::number(v.toDouble())
                               : v.toString();
            issue(c.path, tr("“%1” is not an option of “%2”").arg(shown, field), anchor);
        }
    }

    // Whether an answer of a choice can equal `v` (docs: Conditions; yes/no questions).
    static bool isOption(const QStringList &options, const QJsonValue &v)
    {
        if (v.isBool())
            return options.contains(v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        if (v.isDouble()) {
            return std::any_of(options.cbegin(), options.cend(), [&](const QString &option) {
                bool ok = false;
                const double d = option.toDouble(&ok);
                return ok && d == v.toDouble();
            });
        }
        return options.contains(v.toString());
    }

private:
    const QByteArray &m_raw;
    qsizetype m_searchFrom = 0;      // where the element being read starts
    qsizetype m_nextElementFrom = 0; // where to look for the next element
    std::vector<Scope> m_scopes;     // of the matter being read
    std::vector<PendingCondition> m_conditions;
    QString m_matterAnchor;

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
