// The catalog reader: objects, fields, options, prefill, groups, materials and matters.
#include "CatalogJsonParser.h"

#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <functional>

namespace ow::core::catalog_json {

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

void Parser::issue(const QString &path, const QString &reason, const QString &anchor,
                   const QString &key)
{
    if (issues.size() >= CatalogJson::kMaxIssues)
        return;
    issues.append({lineOf(anchor, key), path, reason});
}

int Parser::lineOf(const QString &anchor, const QString &key) const
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

void Parser::unknownKeys(const QJsonObject &o, const QString &path,
                         std::span<const QStringView> known, const QString &anchor)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!contains(known, it.key()))
            unknownKey(path, it.key(), known, anchor);
    }
}

void Parser::unknownKey(const QString &path, const QString &key, std::span<const QStringView> known,
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

QString Parser::string(const QJsonObject &o, const QString &path, const QString &key, bool required,
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
        issue(path + u'.' + key, tr("is longer than %n characters", nullptr, maxLength), anchor);
    return s;
}

int Parser::integer(const QJsonObject &o, const QString &path, const QString &key, int minimum,
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

std::optional<double> Parser::number(const QJsonObject &o, const QString &path, const QString &key,
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

bool Parser::boolean(const QJsonObject &o, const QString &path, const QString &key, bool fallback,
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

QStringList Parser::strings(const QJsonObject &o, const QString &path, const QString &key,
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

bool Parser::isObject(const QJsonValue &v, const QString &path, const QString &anchor)
{
    if (v.isObject())
        return true;
    issue(path, tr("must be an object"), anchor);
    return false;
}

QString Parser::uniqueId(const QJsonObject &o, const QString &path, QSet<QString> *seen,
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

QList<FieldOption> Parser::options(const QJsonObject &o, const QString &path, const QString &anchor)
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

void Parser::prefill(const FieldSchema &f, const QString &path, const QString &anchor)
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
    const auto source = std::find_if(std::begin(kApplicantSources), std::end(kApplicantSources),
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

QString Parser::typeOnlyKey(FieldType type, const QString &key)
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

QList<FieldSchema> Parser::fields(const QJsonValue &value, const QString &path, int scope,
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
                      tr("must not be less than the minimum (%1)").arg(*f.minimum), fieldAnchor);
        }
        f.condition = condition(o, p, scope, f.id, fieldAnchor);
        const bool choice = f.type == FieldType::Choice || f.type == FieldType::MultiChoice;
        if (choice) {
            const QJsonValue given = o.value(u"options");
            f.options = options(o, p + QStringLiteral(".options"), fieldAnchor);
            if (f.options.isEmpty() && (given.isArray() || given.isUndefined() || given.isNull()))
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

void Parser::group(const QJsonObject &o, const QString &p, FieldSchema *f, const QString &anchor)
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

QList<MaterialRequirement> Parser::materials(const QJsonValue &value, const QString &path,
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
            issue(p + QStringLiteral(".form"), tr("must be original, copy or original-and-copy"),
                  a);
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

Matter Parser::matter(const QJsonObject &o, const QString &path, const QSet<QString> &departmentIds)
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

void Parser::beginElement(const QString &key)
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

} // namespace ow::core::catalog_json
