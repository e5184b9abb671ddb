// The catalog reader: the shape of conditions, then, per matter, the fields they name.
#include "CatalogJsonParser.h"

#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <functional>

namespace ow::core::catalog_json {

bool Parser::conditionShape(const QJsonValue &v, const QString &path, const QString &anchor)
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
                  tr("does not go with “%1”: name the fields in the conditions inside it").arg(op),
                  anchor);
        if (op == u"not") {
            conditionShape(value, opPath, anchor);
        } else if (!value.isArray() || value.toArray().isEmpty()) {
            issue(opPath, tr("must be a non-empty list of conditions"), anchor);
        } else {
            const QJsonArray children = value.toArray();
            for (qsizetype i = 0; i < children.size(); ++i)
                conditionShape(children[i], QStringLiteral("%1[%2]").arg(opPath).arg(i), anchor);
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
            issue(opPath, tr("must be a non-empty list of texts, numbers, true or false"), anchor);
    } else if (op == u"greaterThan" || op == u"lessThan") {
        if (!value.isDouble())
            issue(opPath, tr("must be a number"), anchor);
    } else if (op == u"isSet") {
        if (!value.isBool())
            issue(opPath, tr("must be true or false"), anchor);
    }
    return std::size_t(issues.size()) == before;
}

Condition Parser::condition(const QJsonObject &o, const QString &path, int scope,
                            const QString &owner, const QString &anchor)
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

void Parser::checkConditions(const QString &anchor)
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

QStringList Parser::findCycle(const QHash<QString, QStringList> &graph, const QString &start)
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

void Parser::checkCondition(const QJsonValue &json, const PendingCondition &c,
                            QSet<QString> *reported, QStringList *names)
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
        const QString shown = v.isBool()
                                  ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                              : v.isDouble() ? QString::number(v.toDouble())
                                             : v.toString();
        issue(c.path, tr("“%1” is not an option of “%2”").arg(shown, field), anchor);
    }
}

bool Parser::isOption(const QStringList &options, const QJsonValue &v)
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

} // namespace ow::core::catalog_json
