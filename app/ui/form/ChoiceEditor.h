#pragma once

#include "FieldEditor.h"

class QComboBox;

namespace ow::ui {

// One of the field's options in a combo box whose first entry means "not chosen yet". Arrow
// keys and typing the start of a label choose without opening the list.
class ChoiceEditor final : public FieldEditor
{
    Q_OBJECT

public:
    ChoiceEditor(const core::FieldSchema &field, const QString &path, const EditorEnvironment &env,
                 QWidget *parent = nullptr);

    QVariant value() const override;
    void setValue(const QVariant &value) override;
    QList<QWidget *> inputs() const override;

private:
    QComboBox *m_combo;
    int m_optionCount = 0; // entries after these are answers that are not among the options
};

} // namespace ow::ui
