#include "FormState.h"

#include "AnswerValue.h"
#include "FieldValidator.h"
#include "core/Clock.h"
#include "core/validation/DivisionTable.h"

namespace ow::core {

FormState::FormState(QObject *parent)
    : FormState(Clock::system(), DivisionTable::builtIn(), parent)
{}

FormState::FormState(const Clock &clock, const DivisionTable &divisions, QObject *parent)
    : QObject(parent)
    , m_clock(&clock)
    , m_divisions(&divisions)
{}

FormState::~FormState() = default;

void FormState::setFields(const QList<FieldSchema> &fields)
{
    m_fields = fields;
    m_index.clear();
    for (qsizetype i = 0; i < m_fields.size(); ++i)
        m_index.insert(m_fields.at(i).id, i);
    m_answers.clear();
    m_prefilled.clear();
    reevaluate();
    emit fieldsChanged();
}

const FieldSchema *FormState::field(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_fields.at(*it);
}

bool FormState::setAnswer(const QString &id, const QVariant &value)
{
    const FieldSchema *f = field(id);
    if (!f)
        return false;
    store(*f, AnswerValue::normalized(*f, value, m_clock->today()), nullptr);
    return true;
}

QVariantMap FormState::applicableAnswers() const
{
    QVariantMap result;
    for (const FieldSchema &f : m_fields) {
        const auto it = m_answers.constFind(f.id);
        if (it == m_answers.cend() || !isApplicable(f.id))
            continue;
        const auto list = f.type == FieldType::Group ? AnswerValue::listOf(*it) : std::nullopt;
        if (!list) {
            result.insert(f.id, *it);
            continue;
        }
        QVariantList rows;
        for (const QVariant &row : *list) {
            if (row.typeId() != QMetaType::QVariantMap) {
                rows << row;
                continue;
            }
            const QVariantMap cells = row.toMap();
            const QVariantMap context = rowContext(cells);
            QVariantMap kept;
            for (const FieldSchema &child : f.children) {
                if (cells.contains(child.id) && child.condition.evaluate(context))
                    kept.insert(child.id, cells.value(child.id));
            }
            rows << kept;
        }
        result.insert(f.id, rows);
    }
    return result;
}

bool FormState::setGroupRows(const QString &groupId, const QList<QVariantMap> &rows)
{
    const FieldSchema *f = field(groupId);
    if (!f || f->type != FieldType::Group)
        return false;
    QVariantList list;
    for (const QVariantMap &row : rows)
        list << row;
    return setAnswer(groupId, list);
}

QList<QVariantMap> FormState::groupRows(const QString &groupId) const
{
    return AnswerValue::rowsOf(m_answers.value(groupId));
}

bool FormState::setGroupCell(const QString &groupId, int row, const QString &childId,
                             const QVariant &value)
{
    const FieldSchema *f = field(groupId);
    if (!f || f->type != FieldType::Group)
        return false;
    const auto child = std::find_if(f->children.cbegin(), f->children.cend(),
                                    [&childId](const FieldSchema &c) { return c.id == childId; });
    auto rows = AnswerValue::listOf(m_answers.value(groupId));
    if (child == f->children.cend() || !rows || row < 0 || row >= rows->size()
        || rows->at(row).typeId() != QMetaType::QVariantMap) {
        return false;
    }
    QVariantMap cells = rows->at(row).toMap();
    const QVariant cell = AnswerValue::normalized(*child, value, m_clock->today());
    if (cell.isValid())
        cells.insert(childId, cell);
    else
        cells.remove(childId);
    (*rows)[row] = cells;
    store(*f, *rows, nullptr);
    return true;
}

ShareTotal FormState::shareTotal(const QString &groupId) const
{
    const FieldSchema *f = field(groupId);
    return f ? sumShares(*f, m_answers.value(groupId)) : ShareTotal{};
}

bool FormState::isApplicable(const QString &id) const
{
    return m_applicable.value(id, false);
}

bool FormState::isApplicable(const FieldSchema &field) const
{
    const auto it = m_applicable.constFind(field.id);
    if (it != m_applicable.cend() && this->field(field.id) == &field)
        return *it;
    return field.condition.evaluate(m_effective);
}

bool FormState::isApplicableInRow(const QString &groupId, int row, const FieldSchema &child) const
{
    if (!isApplicable(groupId))
        return false;
    const auto rows = AnswerValue::listOf(m_answers.value(groupId));
    const QVariantMap cells =
        rows && row >= 0 && row < rows->size() ? rows->at(row).toMap() : QVariantMap();
    return child.condition.evaluate(rowContext(cells));
}

QStringList FormState::applyPrefill(const PrefillContext &context)
{
    QStringList filled;
    for (const FieldSchema &f : std::as_const(m_fields)) {
        if (f.prefill.isEmpty() || AnswerValue::isAnswered(m_answers.value(f.id)))
            continue;
        const auto it = context.constFind(f.prefill);
        if (it == context.cend())
            continue;
        PrefillValue value = *it;
        value.value = AnswerValue::normalized(f, it->value, m_clock->today());
        if (!AnswerValue::isAnswered(value.value))
            continue;
        store(f, value.value, &value);
        filled << f.id;
    }
    return filled;
}

std::optional<PrefillValue> FormState::prefill(const QString &id) const
{
    const auto it = m_prefilled.constFind(id);
    if (it == m_prefilled.cend())
        return std::nullopt;
    return *it;
}

QString FormState::prefillSource(const QString &id) const
{
    return m_prefilled.value(id).source;
}

FieldIssues FormState::validate() const
{
    FieldIssues issues;
    for (const FieldSchema &f : m_fields) {
        if (isApplicable(f.id))
            validateInto(f, &issues);
    }
    return issues;
}

FieldIssues FormState::validateField(const QString &id) const
{
    FieldIssues issues;
    if (const FieldSchema *f = field(id); f && isApplicable(id))
        validateInto(*f, &issues);
    return issues;
}

bool FormState::store(const FieldSchema &field, const QVariant &normalized,
                      const PrefillValue *prefill)
{
    const QVariant old = m_answers.value(field.id);
    const bool changed = old.isValid() != normalized.isValid() || old != normalized;
    if (prefill)
        m_prefilled.insert(field.id, *prefill);
    else if (changed)
        m_prefilled.remove(field.id);
    if (!changed && !prefill)
        return false;
    if (normalized.isValid())
        m_answers.insert(field.id, normalized);
    else
        m_answers.remove(field.id);
    // Listeners see the applicability that goes with the new answer.
    const bool applicabilityMoved = reevaluate();
    emit answerChanged(field.id);
    if (applicabilityMoved)
        emit applicabilityChanged();
    return true;
}

bool FormState::reevaluate()
{
    // A field's condition sees only the answers of fields that apply, so hiding a field also
    // withdraws the fields that depended on its answer. Conditions normally look at earlier
    // fields and this settles in one or two passes; the bound only guards against catalogs
    // whose conditions contradict each other.
    QHash<QString, bool> applicable;
    QVariantMap effective = m_answers;
    for (qsizetype pass = 0; pass <= m_fields.size(); ++pass) {
        QHash<QString, bool> next;
        for (const FieldSchema &f : std::as_const(m_fields))
            next.insert(f.id, f.condition.evaluate(effective));
        QVariantMap nextEffective;
        for (auto it = m_answers.cbegin(); it != m_answers.cend(); ++it) {
            if (next.value(it.key(), false))
                nextEffective.insert(it.key(), it.value());
        }
        const bool settled = pass > 0 && next == applicable;
        applicable = std::move(next);
        effective = std::move(nextEffective);
        if (settled)
            break;
    }
    m_effective = effective;
    if (applicable == m_applicable)
        return false;
    m_applicable = applicable;
    return true;
}

QVariantMap FormState::rowContext(const QVariantMap &row) const
{
    QVariantMap context = m_effective;
    for (auto it = row.cbegin(); it != row.cend(); ++it)
        context.insert(it.key(), it.value());
    return context;
}

void FormState::validateInto(const FieldSchema &field, FieldIssues *issues) const
{
    const FieldValidator validator(m_clock->today(), *m_divisions);
    validator.validate(field, m_answers.value(field.id), field.id, m_effective, issues);
}

} // namespace ow::core
