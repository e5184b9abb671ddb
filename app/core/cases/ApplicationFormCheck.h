#pragma once

#include "../catalog/FieldSchema.h"
#include "../form/FieldIssue.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantMap>

namespace ow::core {

class Clock;
class DivisionTable;

// The answers of an application as the acceptance screen's form holds them.
struct CheckedAnswers
{
    QVariantMap answers;       // normalized, applicable fields only: what the case records
    FieldIssues issues;        // what FormState::validate() reports, in form order
    QStringList unknownFields; // answer keys that are no top-level field of the form
};

// Runs submitted answers through the same form engine (FormState) the clerk's screen uses, so
// a case accepted without that screen (the CLI import, a test, a future API) meets the same
// rules: answers normalized, conditions applied, every applicable field validated.
class ApplicationFormCheck final
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationFormCheck)

public:
    static CheckedAnswers check(const QList<FieldSchema> &fields, const QVariantMap &answers,
                                const Clock &clock, const DivisionTable &divisions);

    // An issue with the field it concerns named by its label, for a message that stands on its
    // own: "联系电话: …", "共有人, row 2, 份额: …" (rows counted from 1).
    static QString describe(const QList<FieldSchema> &fields, const FieldIssue &issue);
};

} // namespace ow::core
