#include "Condition.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace ow::core {
namespace {

bool answerIsSet(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return false;
    if (v.typeId() == QMetaType::QString)
        return !v.toString().trimmed().isEmpty();
    if (v.typeId() == QMetaType::QStringList)
        return !v.toStringList().isEmpty();
    if (v.typeId() == QMetaType::QVariantList)
        return !v.toList().isEmpty();
    return true;
}

bool sameValue(const QVariant &answer, const QJsonValue &expected)
{
    if (!answerIsSet(answer))
        return false;
    if (expected.isBool())
        return answer.toBool() == expected.toBool();
    if (expected.isDouble()) {
        bool ok = false;
        const double d = answer.toDouble(&ok);
        return ok && d == expected.toDouble();
    }
    // Multi-choice answers match when they contain the value.
    if (answer.typeId() == QMetaType::QStringList)
        return answer.toStringList().contains(expected.toString());
    return answer.toString() == expected.toString();
}

} // namespace

bool Condition::fromJson(const QJsonValue &json, Condition *out, QString *error)
{
    *out = Condition{};
    if (json.isUndefined() || json.isNull())
        return true;
    if (!json.isObject()) {
        *error = QCoreApplication::translate("Condition", "a condition must be an object");
        return false;
    }
    const QJsonObject o = json.toObject();
    const auto parseChildren = [&](const QJsonValue &list, Op op) {
        if (!list.isArray() || list.toArray().isEmpty()) {
            *error = QCoreApplication::translate("Condition", "\"all\"/\"any\" need a non-empty array of conditions");
            return false;
        }
        out->m_op = op;
        for (const QJsonValue &child : list.toArray()) {
            Condition c;
            if (!fromJson(child, &c, error))
                return false;
            out->m_children.append(c);
        }
        return true;
    };
    if (o.contains(u"all"))
        return parseChildren(o.value(u"all"), Op::All);
    if (o.contains(u"any"))
        return parseChildren(o.value(u"any"), Op::Any);
    if (o.contains(u"not")) {
        Condition c;
        if (!fromJson(o.value(u"not"), &c, error))
            return false;
        out->m_op = Op::Not;
        out->m_children = {c};
        return true;
    }
    const QString field = o.value(u"field").toString();
    if (field.isEmpty()) {
        *error = QCoreApplication::translate("Condition", "a condition needs \"field\" or \"all\"/\"any\"/\"not\"");
        return false;
    }
    out->m_field = field;
    if (o.contains(u"equals")) {
        out->m_op = Op::Equals;
        out->m_value = o.value(u"equals");
    } else if (o.contains(u"in")) {
        if (!o.value(u"in").isArray()) {
            *error = QCoreApplication::translate("Condition", "\"in\" needs an array");
            return false;
        }
        out->m_op = Op::In;
        out->m_value = o.value(u"in");
    } else if (o.contains(u"greaterThan") || o.contains(u"lessThan")) {
        const bool greater = o.contains(u"greaterThan");
        const QJsonValue v = o.value(greater ? u"greaterThan" : u"lessThan");
        if (!v.isDouble()) {
            *error = QCoreApplication::translate("Condition", "\"greaterThan\"/\"lessThan\" need a number");
            return false;
        }
        out->m_op = greater ? Op::GreaterThan : Op::LessThan;
        out->m_value = v;
    } else if (o.contains(u"isSet")) {
        out->m_op = Op::IsSet;
        out->m_value = o.value(u"isSet").toBool(true);
    } else {
        *error = QCoreApplication::translate("Condition", "condition on \"%1\" needs equals, in, greaterThan, lessThan or isSet")
                     .arg(field);
        return false;
    }
    return true;
}

QJsonValue Condition::toJson() const
{
    const auto children = [this] {
        QJsonArray a;
        for (const Condition &c : m_children)
            a.append(c.toJson());
        return a;
    };
    switch (m_op) {
    case Op::Always:
        return QJsonValue::Null;
    case Op::Equals:
        return QJsonObject{{QStringLiteral("field"), m_field}, {QStringLiteral("equals"), m_value}};
    case Op::In:
        return QJsonObject{{QStringLiteral("field"), m_field}, {QStringLiteral("in"), m_value}};
    case Op::GreaterThan:
        return QJsonObject{{QStringLiteral("field"), m_field},
                           {QStringLiteral("greaterThan"), m_value}};
    case Op::LessThan:
        return QJsonObject{{QStringLiteral("field"), m_field}, {QStringLiteral("lessThan"), m_value}};
    case Op::IsSet:
        return QJsonObject{{QStringLiteral("field"), m_field}, {QStringLiteral("isSet"), m_value}};
    case Op::All:
        return QJsonObject{{QStringLiteral("all"), children()}};
    case Op::Any:
        return QJsonObject{{QStringLiteral("any"), children()}};
    case Op::Not:
        return QJsonObject{{QStringLiteral("not"), m_children.value(0).toJson()}};
    }
    return QJsonValue::Null;
}

Condition Condition::either(const Condition &a, const Condition &b)
{
    if (a.isAlways() || b.isAlways())
        return {};
    if (a.toJson() == b.toJson())
        return a;
    Condition c;
    c.m_op = Op::Any;
    c.m_children = {a, b};
    return c;
}

bool Condition::evaluate(const QVariantMap &answers) const
{
    const QVariant answer = answers.value(m_field);
    switch (m_op) {
    case Op::Always:
        return true;
    case Op::Equals:
        return sameValue(answer, m_value);
    case Op::In:
        for (const QJsonValue &v : m_value.toArray()) {
            if (sameValue(answer, v))
                return true;
        }
        return false;
    case Op::GreaterThan:
    case Op::LessThan: {
        bool ok = false;
        const double d = answer.toDouble(&ok);
        if (!answerIsSet(answer) || !ok)
            return false;
        return m_op == Op::GreaterThan ? d > m_value.toDouble() : d < m_value.toDouble();
    }
    case Op::IsSet:
        return answerIsSet(answer) == m_value.toBool();
    case Op::All:
        for (const Condition &c : m_children) {
            if (!c.evaluate(answers))
                return false;
        }
        return true;
    case Op::Any:
        for (const Condition &c : m_children) {
            if (c.evaluate(answers))
                return true;
        }
        return false;
    case Op::Not:
        return !m_children.value(0).evaluate(answers);
    }
    return false;
}

QStringList Condition::fields() const
{
    QStringList result;
    if (!m_field.isEmpty())
        result << m_field;
    for (const Condition &c : m_children)
        result << c.fields();
    result.removeDuplicates();
    return result;
}

} // namespace ow::core
