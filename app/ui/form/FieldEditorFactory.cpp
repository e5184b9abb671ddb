#include "FieldEditorFactory.h"

#include "AddressEditor.h"
#include "AttachmentEditor.h"
#include "ChoiceEditor.h"
#include "GroupEditor.h"
#include "LineFieldEditor.h"
#include "MultiChoiceEditor.h"

namespace ow::ui {

FieldEditor *createFieldEditor(const core::FieldSchema &field, const QString &path,
                               const EditorEnvironment &env, QWidget *parent)
{
    using core::FieldType;
    switch (field.type) {
    case FieldType::Choice:
        return new ChoiceEditor(field, path, env, parent);
    case FieldType::MultiChoice:
        return new MultiChoiceEditor(field, path, env, parent);
    case FieldType::Address:
        return new AddressEditor(field, path, env, parent);
    case FieldType::Attachment:
        return new AttachmentEditor(field, path, env, parent);
    case FieldType::Group:
        return new GroupEditor(field, path, env, parent);
    case FieldType::Text:
    case FieldType::Number:
    case FieldType::Money:
    case FieldType::Date:
    case FieldType::ResidentId:
    case FieldType::CreditCode:
    case FieldType::Phone:
        break;
    }
    return new LineFieldEditor(field, path, env, parent);
}

} // namespace ow::ui
