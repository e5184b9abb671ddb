#include "ApplicationFormCheck.h"

#include "../form/FormState.h"

#include <algorithm>

namespace ow::core {
namespace {

const FieldSchema *findField(const QList<FieldSchema> &fields, const QString &id)
{
    const auto it = std::find_if(fields.cbegin(), fields.cend(),
                                 [&id](const FieldSchema &f) { return f.id == id; });
    return it == fields.cend() ? nullptr : &*it;
}

} // namespace

CheckedAnswers ApplicationFormCheck::check(const QList<FieldSchema> &fields,
                                           const QVariantMap &answers, const Clock &clock,
                                           const DivisionTable &divisions)
{
    FormState form(clock, divisions);
    form.setFields(fields);
    CheckedAnswers result;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        if (!form.setAnswer(it.key(), it.value()))
            result.unknownFields << it.key();
    }
    result.answers = form.applicableAnswers();
    result.issues = form.validate();
    return result;
}

QString ApplicationFormCheck::describe(const QList<FieldSchema> &fields, const FieldIssue &issue)
{
    // Paths look like "phone", "holders" or "holders[1].share" (FieldIssue).
    const QString topId = fieldIdOfPath(issue.fieldPath);
    const FieldSchema *top = findField(fields, topId);
    const QString label = top ? top->label : topId;
    const QString rest = issue.fieldPath.mid(topId.size());
    if (!rest.startsWith(u'['))
        return tr("%1: %2").arg(label, issue.message);
    const qsizetype close = rest.indexOf(u']');
    bool ok = false;
    const int row = close > 1 ? rest.mid(1, close - 1).toInt(&ok) : 0;
    if (!ok)
        return tr("%1: %2").arg(label, issue.message);
    const QString childId = rest.mid(close + 1).section(u'.', 1);
    if (childId.isEmpty())
        return tr("%1, row %2: %3").arg(label, QString::number(row + 1), issue.message);
    const FieldSchema *child = top ? findField(top->children, childId) : nullptr;
    return tr("%1, row %2, %3: %4")
        .arg(label, QString::number(row + 1), child ? child->label : childId, issue.message);
}

} // namespace ow::core
