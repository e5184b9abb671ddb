#include "LineFieldEditor.h"

#include "core/Clock.h"
#include "core/form/AnswerValue.h"
#include "core/form/FormState.h"

#include <QDate>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace ow::ui {
namespace {

QString displayText(const QVariant &value)
{
    if (value.typeId() == QMetaType::QDate)
        return value.toDate().toString(Qt::ISODate);
    if (value.typeId() == QMetaType::QStringList || value.typeId() == QMetaType::QVariantList
        || value.typeId() == QMetaType::QVariantMap) {
        return {}; // not something a line can show
    }
    return value.toString();
}

} // namespace

LineFieldEditor::LineFieldEditor(const core::FieldSchema &field, const QString &path,
                                 const EditorEnvironment &env, QWidget *parent)
    : FieldEditor(field, path, env, parent)
    , m_edit(new QLineEdit(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    m_edit->setObjectName(path);
    m_edit->setAccessibleName(field.label);
    configureFor(field.type);
    if (field.type == core::FieldType::Date)
        layout->addStretch(); // a short input, kept at the left edge
    setFocusProxy(m_edit);
    watchFocus(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        if (!m_updating)
            emit edited();
    });
}

void LineFieldEditor::configureFor(core::FieldType type)
{
    using core::FieldType;
    const QString digit = QStringLiteral("[0-9\\x{FF10}-\\x{FF19}]");
    const QString point = QStringLiteral("[.\\x{FF0E}]");
    switch (type) {
    case FieldType::Number:
        m_edit->setValidator(new QRegularExpressionValidator(
            QRegularExpression(
                QStringLiteral("[+\\-\\x{FF0B}\\x{FF0D}]?%1*(%2%1*)?").arg(digit, point)),
            m_edit));
        m_edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case FieldType::Money:
        m_edit->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("%1*(%2%1{0,2})?").arg(digit, point)), m_edit));
        m_edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_edit->setPlaceholderText(tr("0.00 yuan"));
        break;
    case FieldType::Date:
        m_edit->setPlaceholderText(tr("YYYY-MM-DD"));
        m_edit->setMaximumWidth(m_edit->fontMetrics().horizontalAdvance(u'0') * 16);
        break;
    case FieldType::ResidentId:
    case FieldType::CreditCode:
        m_edit->setPlaceholderText(tr("18 characters"));
        break;
    case FieldType::Phone:
        m_edit->setPlaceholderText(tr("Mobile number, or area code and number"));
        break;
    default:
        break;
    }
}

QVariant LineFieldEditor::value() const
{
    const QString text = m_edit->text();
    return text.trimmed().isEmpty() ? QVariant() : QVariant(text);
}

void LineFieldEditor::setValue(const QVariant &value)
{
    const QString text = displayText(value);
    if (text == m_edit->text())
        return;
    m_updating = true;
    m_edit->setText(text);
    m_updating = false;
}

QList<QWidget *> LineFieldEditor::inputs() const
{
    return {m_edit};
}

void LineFieldEditor::finishEditing()
{
    const core::FormState *state = env().state;
    if (!state)
        return;
    setValue(core::AnswerValue::normalized(field(), value(), state->clock().today()));
}

} // namespace ow::ui
