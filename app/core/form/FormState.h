#pragma once

#include "FieldIssue.h"
#include "GroupShares.h"
#include "PrefillContext.h"
#include "core/catalog/FieldSchema.h"

#include <QHash>
#include <QObject>
#include <QVariantMap>

#include <optional>

namespace ow::core {

class Clock;
class DivisionTable;

// The answers to one declarative form (一表申请) while the clerk fills it in: the schema, the
// answers keyed by field id (value kinds: see AnswerValue.h), which fields currently apply,
// which answers were pre-filled and from where, and what is still wrong with them.
//
// Invariants: answers are stored normalized (AnswerValue::normalized); an unanswered field has
// no entry; conditions are re-evaluated after every change. A field that stops applying keeps
// its answer (the clerk may switch back) but is left out of validate() and applicableAnswers(),
// and its answer is not seen by other fields' conditions. Nothing here throws, whatever
// QVariant it is given.
//
// The clock and the division table are borrowed and must outlive the state.
class FormState : public QObject
{
    Q_OBJECT

public:
    explicit FormState(QObject *parent = nullptr);
    FormState(const Clock &clock, const DivisionTable &divisions, QObject *parent = nullptr);
    ~FormState() override;

    // Replaces the schema and forgets all answers and pre-fill sources (emits fieldsChanged).
    void setFields(const QList<FieldSchema> &fields);
    const QList<FieldSchema> &fields() const { return m_fields; }
    const FieldSchema *field(const QString &id) const; // top-level fields only
    const DivisionTable &divisionTable() const { return *m_divisions; }
    const Clock &clock() const { return *m_clock; }

    // Stores the normalized `value` (an empty value removes the answer). Returns false for an
    // id that is not a top-level field of the form. Changing a pre-filled answer forgets its
    // source: the clerk has made it their own.
    bool setAnswer(const QString &id, const QVariant &value);
    QVariant answer(const QString &id) const { return m_answers.value(id); }
    const QVariantMap &answers() const { return m_answers; }
    // The answers of the fields that apply now, with the rows of groups reduced to the fields
    // that apply in each row: what an accepted application records.
    QVariantMap applicableAnswers() const;

    // A group's rows; setGroupRows(id, rows) is setAnswer(id, rows) for a group.
    bool setGroupRows(const QString &groupId, const QList<QVariantMap> &rows);
    QList<QVariantMap> groupRows(const QString &groupId) const;
    // One cell of a group row; `row` must be an existing row.
    bool setGroupCell(const QString &groupId, int row, const QString &childId,
                      const QVariant &value);
    ShareTotal shareTotal(const QString &groupId) const;

    // Whether a top-level field applies under the current answers.
    bool isApplicable(const QString &id) const;
    bool isApplicable(const FieldSchema &field) const;
    // Whether a group's field applies in one of its rows (its condition sees the row's answers
    // over the form's).
    bool isApplicableInRow(const QString &groupId, int row, const FieldSchema &child) const;

    // Fills every EMPTY top-level field whose `prefill` key is in `context` and remembers the
    // value's source; answered fields are left alone. Fields that do not apply now are filled
    // too (they may apply later); the `prefill` keys of a group's fields are not used. Returns
    // the ids filled.
    QStringList applyPrefill(const PrefillContext &context);
    // The pre-filled value and its source while the answer is still the pre-filled one.
    std::optional<PrefillValue> prefill(const QString &id) const;
    QString prefillSource(const QString &id) const;

    // Every issue of every applicable field, in form order; empty when the form can be accepted.
    FieldIssues validate() const;
    // The issues of one top-level field (and of its rows for a group); none when it does not
    // apply.
    FieldIssues validateField(const QString &id) const;

signals:
    // setFields() replaced the schema; every answer is gone.
    void fieldsChanged();
    // Emitted after the answer is stored and conditions are re-evaluated.
    void answerChanged(const QString &id);
    // Some field started or stopped applying.
    void applicabilityChanged();

private:
    // Stores an answer already normalized; `prefill` records its source, otherwise a changed
    // answer loses any source it had.
    bool store(const FieldSchema &field, const QVariant &normalized, const PrefillValue *prefill);
    bool reevaluate(); // true when what applies has changed
    QVariantMap rowContext(const QVariantMap &row) const;
    void validateInto(const FieldSchema &field, FieldIssues *issues) const;

    const Clock *m_clock;
    const DivisionTable *m_divisions;
    QList<FieldSchema> m_fields;
    QHash<QString, qsizetype> m_index;
    QVariantMap m_answers;
    QVariantMap m_effective; // answers of applicable fields: what conditions see
    QHash<QString, bool> m_applicable;
    QHash<QString, PrefillValue> m_prefilled;
};

} // namespace ow::core
