#include "AddressEditor.h"

#include "core/Clock.h"
#include "core/form/AnswerValue.h"
#include "core/form/FormState.h"
#include "core/validation/DivisionCode.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace ow::ui {

AddressEditor::AddressEditor(const core::FieldSchema &field, const QString &path,
                             const EditorEnvironment &env, QWidget *parent)
    : FieldEditor(field, path, env, parent)
    , m_division(new QLineEdit(this))
    , m_divisionName(new QLabel(this))
    , m_detail(new QLineEdit(this))
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_division->setPlaceholderText(tr("Division code, 6 digits"));
    m_division->setAccessibleName(tr("%1: division code").arg(field.label));
    const QFontMetrics metrics = m_division->fontMetrics();
    m_division->setFixedWidth(qMax(metrics.horizontalAdvance(m_division->placeholderText()),
                                   metrics.horizontalAdvance(u'0') * 12)
                              + metrics.horizontalAdvance(u'0') * 2);
    m_divisionName->setTextFormat(Qt::PlainText);
    m_divisionName->setWordWrap(true);
    m_detail->setPlaceholderText(tr("Street, number, room"));
    m_detail->setAccessibleName(tr("%1: street, number, room").arg(field.label));
    layout->addWidget(m_division, 0, 0);
    layout->addWidget(m_divisionName, 0, 1);
    layout->addWidget(m_detail, 1, 0, 1, 2);
    layout->setColumnStretch(1, 1);
    setPath(path);
    setFocusProxy(m_division);
    watchFocus(m_division);
    watchFocus(m_detail);
    const auto changed = [this] {
        showDivisionName();
        if (!m_updating)
            emit edited();
    };
    connect(m_division, &QLineEdit::textChanged, this, changed);
    connect(m_detail, &QLineEdit::textChanged, this, changed);
    showDivisionName();
}

void AddressEditor::setPath(const QString &path)
{
    FieldEditor::setPath(path);
    m_detail->setObjectName(path + QStringLiteral(".detail"));
    m_divisionName->setObjectName(path + QStringLiteral(".divisionName"));
}

QVariant AddressEditor::value() const
{
    if (m_division->text().trimmed().isEmpty() && m_detail->text().trimmed().isEmpty())
        return {};
    return core::AnswerValue::address(m_division->text(), m_detail->text());
}

void AddressEditor::setValue(const QVariant &value)
{
    m_updating = true;
    const bool isMap = value.typeId() == QMetaType::QVariantMap;
    const QString division = isMap ? core::AnswerValue::divisionOf(value) : QString();
    const QString detail = isMap ? core::AnswerValue::detailOf(value) : value.toString();
    if (m_division->text() != division)
        m_division->setText(division);
    if (m_detail->text() != detail)
        m_detail->setText(detail);
    m_updating = false;
}

QList<QWidget *> AddressEditor::inputs() const
{
    return {m_division, m_detail};
}

void AddressEditor::finishEditing()
{
    if (const core::FormState *state = env().state)
        setValue(core::AnswerValue::normalized(field(), value(), state->clock().today()));
}

void AddressEditor::showDivisionName()
{
    const core::FormState *state = env().state;
    const QString code = m_division->text().trimmed();
    if (code.isEmpty() || !state) {
        m_divisionName->clear();
        return;
    }
    // Only a complete code has a name; while it is being typed there is nothing to say yet.
    const core::DivisionCodeResult r =
        core::DivisionCodeValidator::validate(code, state->divisionTable());
    if (r.valid)
        m_divisionName->setText(r.inTable ? r.fullName : r.warnings.value(0));
    else
        m_divisionName->clear();
}

} // namespace ow::ui
