#pragma once

#include <QList>
#include <QString>

namespace ow::core {

// One problem with an answer, found by FormState::validate().
struct FieldIssue
{
    // Where the problem is: a field id ("phone"), a group row's field ("holders[1].share",
    // rows counted from 0) or a whole group ("holders") for row counts and share totals.
    QString fieldPath;
    QString message; // translated, written for the clerk

    friend bool operator==(const FieldIssue &, const FieldIssue &) = default;
};

using FieldIssues = QList<FieldIssue>;

// The top-level field id of a path: "holders[1].share" → "holders".
QString fieldIdOfPath(const QString &fieldPath);

} // namespace ow::core
