#include "FieldEditor.h"

#include <QEvent>
#include <QFocusEvent>

namespace ow::ui {

FieldEditor::FieldEditor(const core::FieldSchema &field, const QString &path,
                         const EditorEnvironment &env, QWidget *parent)
    : QWidget(parent)
    , m_field(field)
    , m_path(path)
    , m_env(env)
{}

void FieldEditor::setPath(const QString &path)
{
    m_path = path;
    const QList<QWidget *> list = inputs();
    if (!list.isEmpty())
        list.first()->setObjectName(path);
}

QWidget *FieldEditor::inputFor(const QString &path) const
{
    const QList<QWidget *> list = inputs();
    return path == m_path && !list.isEmpty() ? list.first() : nullptr;
}

void FieldEditor::showIssues(const QHash<QString, QString> &) {}

void FieldEditor::refresh(const core::FormState &) {}

void FieldEditor::watchFocus(QWidget *input)
{
    input->installEventFilter(this);
}

void FieldEditor::finishEditing() {}

bool FieldEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        // A combo box's own popup takes focus for a moment, and a file dialog or another
        // window takes it from the whole form; neither is leaving the field.
        const auto reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason != Qt::PopupFocusReason && reason != Qt::ActiveWindowFocusReason) {
            finishEditing();
            emit touched(m_path);
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ow::ui
