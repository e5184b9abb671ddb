#pragma once

#include "FieldIssue.h"
#include "core/catalog/FieldSchema.h"

#include <QCoreApplication>
#include <QDate>
#include <QVariantMap>

namespace ow::core {

class DivisionTable;

// Checks one field's answer against its schema: required, the type's own rules (identifiers
// through their validators), bounds, options, lengths, and for a group its row count, every
// applicable field of every row and the share total. Never throws; any QVariant is accepted
// and a value of the wrong kind is an issue like any other.
class FieldValidator
{
    Q_DECLARE_TR_FUNCTIONS(FieldValidator)

public:
    static constexpr int kDefaultMaxLength = 200;
    static constexpr int kMaxMessageValueLength = 24; // characters of a value quoted in a message

    // `today` bounds birth dates in resident ID numbers; `divisions` names address divisions
    // and must outlive the validator.
    FieldValidator(QDate today, const DivisionTable &divisions);

    // Appends the issues of `value` as the answer to `field`. `path` names the field in the
    // issues; `context` is what conditions of a group's fields see besides the row itself.
    // The caller decides whether `field` applies.
    void validate(const FieldSchema &field, const QVariant &value, const QString &path,
                  const QVariantMap &context, FieldIssues *issues) const;

private:
    QString checkScalar(const FieldSchema &field, const QVariant &value) const;
    QString checkText(const QVariant &value, int maxLength) const;
    QString checkNumber(const FieldSchema &field, const QVariant &value) const;
    QString checkDate(const QVariant &value) const;
    QString checkChoice(const FieldSchema &field, const QVariant &value) const;
    QString checkMultiChoice(const FieldSchema &field, const QVariant &value) const;
    void checkAddress(const FieldSchema &field, const QVariant &value, const QString &path,
                      FieldIssues *issues) const;
    void checkGroup(const FieldSchema &field, const QVariant &value, const QString &path,
                    const QVariantMap &context, FieldIssues *issues) const;
    static QString requiredMessage(const FieldSchema &field);
    static QString unreadable();

    QDate m_today;
    const DivisionTable &m_divisions;
};

} // namespace ow::core
