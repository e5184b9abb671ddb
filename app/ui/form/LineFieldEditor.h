#pragma once

#include "FieldEditor.h"

class QLineEdit;

namespace ow::ui {

// One line of text for Text, Number, Money, Date, ResidentId, CreditCode and Phone fields.
// Numbers and amounts accept only what can become one (digits, sign, point, also full-width);
// dates are typed as 2026-11-20 (also 2026/11/20, 20261120, 2026年11月20日). On leaving the
// input the text turns into its normalized form (upper-case X, folded digits, ISO date).
class LineFieldEditor final : public FieldEditor
{
    Q_OBJECT

public:
    LineFieldEditor(const core::FieldSchema &field, const QString &path,
                    const EditorEnvironment &env, QWidget *parent = nullptr);

    QVariant value() const override;
    void setValue(const QVariant &value) override;
    QList<QWidget *> inputs() const override;

protected:
    void finishEditing() override;

private:
    void configureFor(core::FieldType type);

    QLineEdit *m_edit;
};

} // namespace ow::ui
