#pragma once

// Internal to app/core/catalog: the catalog reader's vocabulary (the keys each object may
// have, prefill sources, verification kinds) and the Parser that walks a catalog file and
// collects located issues. Split over CatalogJsonParser.cpp (objects, fields, materials) and
// CatalogJsonConditions.cpp (conditions); CatalogJson.cpp drives it.
#include "CatalogJson.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <span>
#include <vector>

namespace ow::core::catalog_json {

inline constexpr int kMaxCodeLength = 64;
inline constexpr int kMaxDays = 3650;

// The keys each kind of object may have (docs/catalog-format.md). Anything else is rejected,
// so that a misspelt optional key ("requried") is not silently lost.
inline constexpr QStringView kRootKeys[] = {u"format", u"version", u"departments", u"matters",
                                            u"bundles"};
inline constexpr QStringView kDepartmentKeys[] = {u"id", u"name"};
inline constexpr QStringView kMatterKeys[] = {
    u"basicCode",  u"implementationCode", u"name",         u"type",     u"department",
    u"immediate",  u"statutoryDays",      u"promisedDays", u"fees",     u"acceptanceConditions",
    u"legalBasis", u"keywords",           u"fields",       u"materials"};
inline constexpr QStringView kFieldKeys[] = {u"id",       u"label",    u"type",       u"required",
                                             u"help",     u"prefill",  u"condition",  u"maxLength",
                                             u"minimum",  u"maximum",  u"options",    u"fields",
                                             u"minItems", u"maxItems", u"sharesField"};
inline constexpr QStringView kOptionKeys[] = {u"value", u"label"};
inline constexpr QStringView kMaterialKeys[] = {
    u"id",       u"name",      u"form",         u"medium",         u"copies",
    u"required", u"condition", u"verification", u"reuseValidDays", u"commitmentAllowed",
    u"note"};
inline constexpr QStringView kBundleKeys[] = {u"code", u"name", u"description", u"keywords",
                                              u"matters"};
inline constexpr QStringView kConditionKeys[] = {
    u"field", u"equals", u"in", u"greaterThan", u"lessThan", u"isSet", u"all", u"any", u"not"};
inline constexpr QStringView kConditionOperators[] = {
    u"all", u"any", u"not", u"equals", u"in", u"greaterThan", u"lessThan", u"isSet"};

// Prefill sources (预填来源) other than "case.<field id>", with the field types they can fill.
struct PrefillSource
{
    QStringView key;
    FieldType type; // besides text
};
inline constexpr PrefillSource kApplicantSources[] = {
    {u"applicant.name", FieldType::Text},
    {u"applicant.phone", FieldType::Phone},
    {u"applicant.address", FieldType::Address},
    {u"applicant.id_number", FieldType::ResidentId},
    {u"applicant.credit_code", FieldType::CreditCode},
    {u"applicant.legal_representative", FieldType::Text},
};

// Shared-data verifications (共享核验) a material may name.
inline constexpr QStringView kVerificationKinds[] = {
    u"identity",           u"legal-person",     u"business-licence",
    u"marriage",           u"property-unit",    u"investment-project",
    u"household-register", u"social-insurance", u"tax-clearance"};

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

bool contains(std::span<const QStringView> keys, QStringView key);
// The 1-based line of `offset` in `data`; 0 when unknown.
int lineAt(const QByteArray &data, qsizetype offset);
const QRegularExpression &idPattern();
// Optimal string alignment distance, for "did you mean" (keys are short).
int editDistance(QStringView a, QStringView b);

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
               const QString &key = {});

    int lineOf(const QString &anchor, const QString &key) const;

    // Reports every key of `o` that is not one of `known`.
    void unknownKeys(const QJsonObject &o, const QString &path, std::span<const QStringView> known,
                     const QString &anchor);

    void unknownKey(const QString &path, const QString &key, std::span<const QStringView> known,
                    const QString &anchor);

    QString string(const QJsonObject &o, const QString &path, const QString &key, bool required,
                   int maxLength, const QString &anchor);

    int integer(const QJsonObject &o, const QString &path, const QString &key, int minimum,
                int maximum, int fallback, const QString &anchor);

    std::optional<double> number(const QJsonObject &o, const QString &path, const QString &key,
                                 const QString &anchor);

    bool boolean(const QJsonObject &o, const QString &path, const QString &key, bool fallback,
                 const QString &anchor);

    QStringList strings(const QJsonObject &o, const QString &path, const QString &key,
                        const QString &anchor);

    // An object element of a list; reports anything else.
    bool isObject(const QJsonValue &v, const QString &path, const QString &anchor = {});

    // The structure of a condition (docs: Conditions): one operator per object, the keys that
    // go with it, values of the right kinds. Field names are checked later, per matter.
    bool conditionShape(const QJsonValue &v, const QString &path, const QString &anchor);

    Condition condition(const QJsonObject &o, const QString &path, int scope, const QString &owner,
                        const QString &anchor);

    // The "id" of a field or material: present, well formed and unique among `seen`.
    QString uniqueId(const QJsonObject &o, const QString &path, QSet<QString> *seen,
                     const QString &anchor);

    QList<FieldOption> options(const QJsonObject &o, const QString &path, const QString &anchor);

    void prefill(const FieldSchema &f, const QString &path, const QString &anchor);

    // The field keys that apply to some types only; nothing when `key` applies to every type.
    QString typeOnlyKey(FieldType type, const QString &key);

    QList<FieldSchema> fields(const QJsonValue &value, const QString &path, int scope,
                              const QString &anchor);

    void group(const QJsonObject &o, const QString &p, FieldSchema *f, const QString &anchor);

    QList<MaterialRequirement> materials(const QJsonValue &value, const QString &path,
                                         const QString &anchor);

    // One matter object; departmentIds empty means "do not check the department".
    Matter matter(const QJsonObject &o, const QString &path, const QSet<QString> &departmentIds);

    // Once the matter's fields are known: every field a condition names exists where the
    // condition is evaluated, comparisons fit the field, and no field depends on itself.
    void checkConditions(const QString &anchor);

    // A path of condition dependencies from `start` back to itself, or nothing.
    static QStringList findCycle(const QHash<QString, QStringList> &graph, const QString &start);

    void checkCondition(const QJsonValue &json, const PendingCondition &c, QSet<QString> *reported,
                        QStringList *names);

    // Whether an answer of a choice can equal `v` (docs: Conditions; yes/no questions).
    static bool isOption(const QStringList &options, const QJsonValue &v);

    // Moves the line search to the next occurrence of `key` (an element's identifying value).
    void beginElement(const QString &key);

private:
    const QByteArray &m_raw;
    qsizetype m_searchFrom = 0;      // where the element being read starts
    qsizetype m_nextElementFrom = 0; // where to look for the next element
    std::vector<Scope> m_scopes;     // of the matter being read
    std::vector<PendingCondition> m_conditions;
    QString m_matterAnchor;
};

} // namespace ow::core::catalog_json
