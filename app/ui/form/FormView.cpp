#include "FormView.h"

#include "FieldEditorFactory.h"
#include "FieldRow.h"
#include "core/Clock.h"
#include "core/validation/DivisionTable.h"

#include <QFileDialog>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ow::ui {

FormView::FormView(QWidget *parent)
    : FormView(core::Clock::system(), core::DivisionTable::builtIn(), parent)
{}

FormView::FormView(const core::Clock &clock, const core::DivisionTable &divisions, QWidget *parent)
    : QWidget(parent)
    , m_state(clock, divisions)
    , m_scroll(new QScrollArea(this))
{
    m_env.state = &m_state;
    m_env.chooseFile = [](QWidget *dialogParent, const QString &title) {
        return QFileDialog::getOpenFileName(
            dialogParent, title, QString(),
            tr("Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.ofd);;All files (*)"));
    };
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);

    connect(&m_state, &core::FormState::fieldsChanged, this, &FormView::rebuild);
    connect(&m_state, &core::FormState::answerChanged, this, &FormView::onAnswerChanged);
    connect(&m_state, &core::FormState::applicabilityChanged, this, &FormView::updateApplicability);
    rebuild();
}

FormView::~FormView()
{
    // Editors may still report focus leaving them while they are destroyed; let them find an
    // empty form rather than rows that are going away.
    disconnect(&m_state, nullptr, this, nullptr);
    m_rows.clear();
    delete m_scroll;
}

void FormView::setFields(const QList<core::FieldSchema> &fields)
{
    m_state.setFields(fields); // rebuilds through fieldsChanged
}

QStringList FormView::applyPrefill(const core::PrefillContext &context)
{
    return m_state.applyPrefill(context);
}

bool FormView::validateAll()
{
    m_showAll = true;
    refreshIssues();
    const core::FieldIssues issues = m_state.validate();
    for (const core::FieldIssue &issue : issues) {
        const FieldRow *row = rowFor(core::fieldIdOfPath(issue.fieldPath));
        QWidget *input = row ? row->editor()->inputFor(issue.fieldPath) : nullptr;
        if (!input || !input->isEnabled())
            continue;
        m_scroll->ensureWidgetVisible(input);
        input->setFocus(Qt::OtherFocusReason);
        break;
    }
    return issues.isEmpty();
}

void FormView::setFileChooser(FileChooser chooser)
{
    m_env.chooseFile = std::move(chooser);
}

void FormView::rebuild()
{
    m_rows.clear();
    m_touched.clear();
    m_showAll = false;
    setFocusProxy(nullptr);
    delete m_scroll->takeWidget();

    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("formContent"));
    m_rowsLayout = new QVBoxLayout(m_content);
    m_rowsLayout->setContentsMargins(12, 8, 12, 8);
    m_rowsLayout->setSpacing(6);
    for (const core::FieldSchema &field : m_state.fields()) {
        FieldEditor *editor = createFieldEditor(field, field.id, m_env, m_content);
        auto *row = new FieldRow(editor, m_content);
        m_rowsLayout->addWidget(row);
        m_rows << row;
        editor->setValue(m_state.answer(field.id));
        row->setPrefill(m_state.prefill(field.id));
        connectEditor(editor);
    }
    if (m_rows.isEmpty()) {
        auto *empty = new QLabel(tr("This form has no fields."), m_content);
        empty->setObjectName(QStringLiteral("emptyForm"));
        m_rowsLayout->addWidget(empty);
    }
    m_rowsLayout->addStretch();
    m_scroll->setWidget(m_content);
    for (FieldRow *row : std::as_const(m_rows))
        row->editor()->refresh(m_state);
    updateApplicability();
    updateTabOrder();
    if (!m_rows.isEmpty() && !m_rows.first()->editor()->inputs().isEmpty())
        setFocusProxy(m_rows.first()->editor()->inputs().first());
}

void FormView::connectEditor(FieldEditor *editor)
{
    connect(editor, &FieldEditor::edited, this, [this, editor] { onEdited(editor); });
    connect(editor, &FieldEditor::touched, this, &FormView::onTouched);
    connect(editor, &FieldEditor::structureChanged, this, &FormView::updateTabOrder);
}

void FormView::onEdited(FieldEditor *editor)
{
    // The editor already shows what the clerk typed: the state's answer is not written back
    // to it while the clerk is typing (see onAnswerChanged).
    m_writing = editor->field().id;
    m_state.setAnswer(m_writing, editor->value());
    m_writing.clear();
}

void FormView::onTouched(const QString &path)
{
    m_touched.insert(path);
    m_touched.insert(core::fieldIdOfPath(path)); // a group's total matters once a cell is left
    refreshIssues();
}

void FormView::onAnswerChanged(const QString &id)
{
    if (FieldRow *row = rowFor(id)) {
        if (id != m_writing)
            row->editor()->setValue(m_state.answer(id));
        row->setPrefill(m_state.prefill(id));
    }
    for (FieldRow *row : std::as_const(m_rows))
        row->editor()->refresh(m_state);
    updateApplicability();
    refreshIssues();
    emit answersChanged();
}

void FormView::updateApplicability()
{
    for (FieldRow *row : std::as_const(m_rows)) {
        const bool applies = m_state.isApplicable(row->editor()->field().id);
        if (row->isHidden() == applies)
            row->setVisible(applies);
    }
}

void FormView::refreshIssues()
{
    if (m_rows.isEmpty())
        return;
    QHash<QString, QString> messages;
    for (const core::FieldIssue &issue : m_state.validate()) {
        if (!m_showAll && !m_touched.contains(issue.fieldPath))
            continue;
        QString &text = messages[issue.fieldPath];
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + issue.message;
    }
    for (FieldRow *row : std::as_const(m_rows))
        row->showIssues(messages);
}

void FormView::updateTabOrder()
{
    // Rows added later would otherwise come last in the focus chain.
    QWidget *previous = nullptr;
    for (const FieldRow *row : std::as_const(m_rows)) {
        for (QWidget *input : row->editor()->inputs()) {
            if (previous)
                QWidget::setTabOrder(previous, input);
            previous = input;
        }
    }
}

FieldRow *FormView::rowFor(const QString &id) const
{
    for (FieldRow *row : m_rows) {
        if (row->editor()->field().id == id)
            return row;
    }
    return nullptr;
}

} // namespace ow::ui
