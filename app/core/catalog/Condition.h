#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QVariantMap>


namespace ow::core {

// When a form field or a material applies, as a small structured expression over the form's
// answers. Written in the catalog as JSON so no expression parser is needed:
//   {"field": "marital_status", "equals": "married"}
//   {"field": "property_type", "in": ["house", "shop"]}
//   {"field": "price", "greaterThan": 1000000}
//   {"field": "has_mortgage", "isSet": true}
//   {"all": [ … ]}   {"any": [ … ]}   {"not": { … }}
// An empty Condition is always true. Evaluation never fails: a missing answer is "not set",
// which equals nothing and is in nothing.
class Condition
{
public:
    Condition() = default;

    // Parses the JSON form; on failure returns false and sets `error` (for catalog import).
    static bool fromJson(const QJsonValue &json, Condition *out, QString *error);
    QJsonValue toJson() const;

    bool isAlways() const { return m_op == Op::Always; }
    // True when either holds; Always if either is Always (used when a bundle merges the same
    // field or material from several matters: it applies whenever any matter needs it).
    static Condition either(const Condition &a, const Condition &b);
    bool evaluate(const QVariantMap &answers) const;
    // Field ids the condition reads, so a form can re-evaluate only when they change.
    QStringList fields() const;

private:
    enum class Op { Always, Equals, In, GreaterThan, LessThan, IsSet, All, Any, Not };
    Op m_op = Op::Always;
    QString m_field;
    QJsonValue m_value; // Equals/In (array)/GreaterThan/LessThan/IsSet (bool)
    QList<Condition> m_children;
};

} // namespace ow::core
