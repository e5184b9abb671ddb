#pragma once

#include "core/catalog/FieldSchema.h"

#include <QHash>
#include <QVariant>
#include <QWidget>

#include <functional>

namespace ow::core {
class FormState;
}

namespace ow::ui {

// Asks the clerk for a file (a scanned material); returns its path or an empty string when
// cancelled. Tests replace the dialog with a function that answers at once.
using FileChooser = std::function<QString(QWidget *parent, const QString &title)>;

// What editors share within one form view; owned by the view, outlives every editor.
struct EditorEnvironment
{
    const core::FormState *state = nullptr; // the clock and division table; rows' applicability
    FileChooser chooseFile;
};

// The input for one field of a form: shows a value and reports the clerk's changes. Editors
// never write to the FormState themselves; the view does, so every change takes one path.
//
// `path` names the field as validation does ("phone", "holders[1].share"); the main input's
// objectName is the path, so tests and the view can find it.
class FieldEditor : public QWidget
{
    Q_OBJECT

public:
    FieldEditor(const core::FieldSchema &field, const QString &path, const EditorEnvironment &env,
                QWidget *parent = nullptr);

    const core::FieldSchema &field() const { return m_field; }
    QString path() const { return m_path; }
    virtual void setPath(const QString &path);

    // The value as FormState stores it before normalization; an invalid QVariant when empty.
    virtual QVariant value() const = 0;
    // Shows `value` without emitting edited().
    virtual void setValue(const QVariant &value) = 0;

    // Inputs in tab order; the first is the label's buddy and where focus goes.
    virtual QList<QWidget *> inputs() const = 0;
    // The input that shows `path` (this field or, for a group, one of its cells).
    virtual QWidget *inputFor(const QString &path) const;

    // Shows the messages meant for the fields inside this one (group cells); the field's own
    // message is shown by its FieldRow.
    virtual void showIssues(const QHash<QString, QString> &messages);
    // Follows the state after any change: row conditions and share totals of a group.
    virtual void refresh(const core::FormState &state);

signals:
    void edited();                     // the clerk changed the value
    void touched(const QString &path); // the clerk left an input: time to show its issues
    void structureChanged();           // inputs were added or removed (group rows)

protected:
    // Emits touched() when `input` loses focus, after finishEditing().
    void watchFocus(QWidget *input);
    // Called as the clerk leaves an input: shows the value in its normalized form.
    virtual void finishEditing();
    bool eventFilter(QObject *watched, QEvent *event) override;

    const EditorEnvironment &env() const { return m_env; }
    // Guards setValue() so programmatic changes do not look like the clerk's.
    bool m_updating = false;

private:
    core::FieldSchema m_field;
    QString m_path;
    const EditorEnvironment &m_env;
};

} // namespace ow::ui
