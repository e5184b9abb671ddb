#pragma once

#include "core/catalog/FieldSchema.h"

#include <QDate>
#include <QStringView>
#include <QVariant>

#include <optional>

namespace ow::core {

// How each field type's answer is stored in a FormState (the "answer" column of
// docs/catalog-format.md). An unanswered field has no answer at all (an invalid QVariant):
//   Text, Phone, ResidentId, CreditCode, Choice, Attachment   QString (Attachment: a file path)
//   Number, Money   QString of decimal text ("1234.5"), exact, never binary floating point;
//                   int and double inputs are converted to that text
//   Date            QDate (text such as "2026-11-20" or "2026/11/20" is read into one)
//   MultiChoice     QStringList of option values
//   Address         QVariantMap {"division": six-digit code, "detail": street and number}
//   Group           QVariantList of QVariantMap rows, each keyed by the children's ids
// Identifiers (resident ID, credit code, phone, division code) are stored in their normalized
// form when they are valid (upper-case X, full-width characters folded), as typed otherwise so
// the clerk sees what to correct. A value of a kind the field cannot hold is kept as given and
// reported by validation.
class AnswerValue
{
public:
    static QVariant normalized(const FieldSchema &field, const QVariant &value, QDate today);
    // False for no value, blank text, empty lists and maps whose values are all unanswered.
    static bool isAnswered(const QVariant &value);

    // Reads "2026-11-20", "2026/11/20", "2026.11.20", "20261120" and "2026年11月20日" (month and
    // day may have one digit; full-width digits allowed). `wellFormed` tells a date-shaped text
    // that names no real day ("2026-02-30") from text that is not a date at all.
    static std::optional<QDate> parseDate(QStringView text, bool *wellFormed = nullptr);

    static QString divisionOf(const QVariant &address);
    static QString detailOf(const QVariant &address);
    static QVariantMap address(const QString &division, const QString &detail);

    // Rows of a Group answer; entries that are not maps are skipped.
    static QList<QVariantMap> rowsOf(const QVariant &groupAnswer);
    // The answer as a plain list when it is any kind of list (QVariantList, QStringList,
    // QList<QVariantMap>); nullopt otherwise.
    static std::optional<QVariantList> listOf(const QVariant &value);

    static inline const QString kDivisionKey = QStringLiteral("division");
    static inline const QString kDetailKey = QStringLiteral("detail");
};

} // namespace ow::core
