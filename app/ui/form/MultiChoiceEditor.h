#pragma once

#include "FieldEditor.h"

class QListWidget;

namespace ow::ui {

// Several of the field's options as a list of check boxes: arrow keys move, Space ticks.
class MultiChoiceEditor final : public FieldEditor
{
    Q_OBJECT

public:
    MultiChoiceEditor(const core::FieldSchema &field, const QString &path,
                      const EditorEnvironment &env, QWidget *parent = nullptr);

    QVariant value() const override;
    void setValue(const QVariant &value) override;
    QList<QWidget *> inputs() const override;

private:
    QListWidget *m_list;
};

} // namespace ow::ui
