#pragma once

#include "core/form/PrefillContext.h"

#include <QWidget>

#include <optional>

class QLabel;

namespace ow::ui {

class FieldEditor;

// One field on the form: its label (with * when required, the buddy of the first input), the
// editor, the pre-fill source badge ("来自 身份证读卡 · 2026-11-20"), the help text and the
// inline error. Hiding the row hides all of it. Object names: path + ":label", ":source",
// ":error"; the row itself path + ":row".
class FieldRow final : public QWidget
{
    Q_OBJECT

public:
    // Takes ownership of `editor`. A group's label stands above its rows, others beside.
    explicit FieldRow(FieldEditor *editor, QWidget *parent = nullptr);

    FieldEditor *editor() const { return m_editor; }
    void setPrefill(const std::optional<core::PrefillValue> &prefill);
    // Shows the message for this field's path, if any, and passes the rest to the editor.
    void showIssues(const QHash<QString, QString> &messages);
    void updatePath();

private:
    FieldEditor *m_editor;
    QLabel *m_label;
    QLabel *m_source;
    QLabel *m_error;
};

} // namespace ow::ui
