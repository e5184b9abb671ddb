#pragma once

#include "FieldEditor.h"
#include "core/form/FormState.h"

#include <QSet>
#include <QWidget>

class QScrollArea;
class QVBoxLayout;

namespace ow::ui {

class FieldRow;

// The form of a matter or a bundle (一表申请) as widgets: one row per field in schema order,
// the input that suits its type, a badge on pre-filled fields naming their source, and inline
// errors once the clerk has left a field or asked for validateAll(). Fields appear and
// disappear as their conditions change. Every input is reachable with Tab in form order.
//
// The view owns its FormState; read and write answers through state() (changes made there
// show at once) and replace the form with state().setFields(…) or setFields(…). The view
// scrolls by itself (it holds a QScrollArea), so a caller just puts it in a layout.
//
// Object names for tests and automation: a field's main input is named by its path ("phone",
// "holders[1].share"); its label, source badge and error are path + ":label", ":source",
// ":error"; see AddressEditor, AttachmentEditor and GroupEditor for their extra parts.
class FormView final : public QWidget
{
    Q_OBJECT

public:
    explicit FormView(QWidget *parent = nullptr);
    // The clock (birth dates in ID numbers) and division table must outlive the view.
    FormView(const core::Clock &clock, const core::DivisionTable &divisions,
             QWidget *parent = nullptr);
    ~FormView() override;

    core::FormState &state() { return m_state; }
    const core::FormState &state() const { return m_state; }

    void setFields(const QList<core::FieldSchema> &fields);
    // FormState::applyPrefill: fills empty fields only, each with its source badge.
    QStringList applyPrefill(const core::PrefillContext &context);

    // Shows every issue under its field from now on; when there are any, moves the cursor to
    // the first one (scrolling it into view) and returns false.
    bool validateAll();

    // Replaces the file dialog of attachment fields (tests answer without a dialog).
    void setFileChooser(FileChooser chooser);

signals:
    // Any answer changed, by the clerk or through state().
    void answersChanged();

private:
    void rebuild();
    void connectEditor(FieldEditor *editor);
    void onEdited(FieldEditor *editor);
    void onTouched(const QString &path);
    void onAnswerChanged(const QString &id);
    void updateApplicability();
    void refreshIssues();
    void updateTabOrder();
    FieldRow *rowFor(const QString &id) const;

    core::FormState m_state;
    EditorEnvironment m_env;
    QScrollArea *m_scroll;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_rowsLayout = nullptr;
    QList<FieldRow *> m_rows;
    QSet<QString> m_touched;
    bool m_showAll = false;
    QString m_writing; // the field whose editor is writing to the state right now
};

} // namespace ow::ui
