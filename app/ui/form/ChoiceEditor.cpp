#include "ChoiceEditor.h"

#include <QComboBox>
#include <QHBoxLayout>

namespace ow::ui {

ChoiceEditor::ChoiceEditor(const core::FieldSchema &field, const QString &path,
                           const EditorEnvironment &env, QWidget *parent)
    : FieldEditor(field, path, env, parent)
    , m_combo(new QComboBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    layout->addStretch();
    m_combo->setObjectName(path);
    m_combo->setAccessibleName(field.label);
    m_combo->addItem(tr("— choose —"));
    for (const core::FieldOption &o : field.options)
        m_combo->addItem(o.label, o.value);
    m_optionCount = m_combo->count();
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setFocusProxy(m_combo);
    watchFocus(m_combo);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            emit edited();
    });
}

QVariant ChoiceEditor::value() const
{
    return m_combo->currentData();
}

void ChoiceEditor::setValue(const QVariant &value)
{
    m_updating = true;
    // Answers that are no option (an old case, a changed catalog) are shown, not dropped:
    // validation then says what is wrong with them.
    while (m_combo->count() > m_optionCount)
        m_combo->removeItem(m_combo->count() - 1);
    const QString text = value.toString();
    int index = 0;
    if (!text.isEmpty()) {
        index = m_combo->findData(text);
        if (index < 0) {
            m_combo->addItem(text, text);
            index = m_combo->count() - 1;
        }
    }
    m_combo->setCurrentIndex(index);
    m_updating = false;
}

QList<QWidget *> ChoiceEditor::inputs() const
{
    return {m_combo};
}

} // namespace ow::ui
