#pragma once

#include "FieldEditor.h"

namespace ow::ui {

// The editor for a field's type: LineFieldEditor, ChoiceEditor, MultiChoiceEditor,
// AddressEditor, AttachmentEditor or GroupEditor.
FieldEditor *createFieldEditor(const core::FieldSchema &field, const QString &path,
                               const EditorEnvironment &env, QWidget *parent);

} // namespace ow::ui
