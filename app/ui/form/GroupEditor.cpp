#include "GroupEditor.h"

#include "FieldEditorFactory.h"
#include "FieldRow.h"
#include "core/form/AnswerValue.h"
#include "core/form/DecimalText.h"
#include "core/form/FormState.h"
#include "core/form/GroupShares.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow::ui {

GroupEditor::GroupEditor(const core::FieldSchema &field, const QString &path,
                         const EditorEnvironment &env, QWidget *parent)
    : FieldEditor(field, path, env, parent)
    , m_rowsLayout(new QVBoxLayout)
    , m_empty(new QLabel(tr("No rows yet."), this))
    , m_add(new QPushButton(tr("Add row"), this))
    , m_shares(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rowsLayout);
    m_empty->setStyleSheet(QStringLiteral("QLabel { color: #5f6368; }"));
    layout->addWidget(m_empty);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_shares, 1);
    layout->addLayout(buttons);

    m_add->setAccessibleName(tr("%1: add row").arg(field.label));
    m_add->setAutoDefault(true); // Enter as well as Space
    m_shares->setTextFormat(Qt::PlainText);
    m_shares->setVisible(!field.sharesField.isEmpty());
    setFocusProxy(m_add);
    connect(m_add, &QPushButton::clicked, this, &GroupEditor::addRow);
    setPath(path);
    updateButtons();
    showShares();
}

void GroupEditor::setPath(const QString &path)
{
    FieldEditor::setPath(path);
    m_add->setObjectName(path + QStringLiteral(":add"));
    m_shares->setObjectName(path + QStringLiteral(":shares"));
    renumber();
}

QVariant GroupEditor::value() const
{
    if (m_rows.isEmpty())
        return {};
    QVariantList rows;
    for (const Row &row : m_rows) {
        QVariantMap cells;
        for (const FieldRow *cell : row.cells) {
            const QVariant v = cell->editor()->value();
            if (v.isValid())
                cells.insert(cell->editor()->field().id, v);
        }
        rows << cells;
    }
    return rows;
}

void GroupEditor::setValue(const QVariant &value)
{
    const QList<QVariantMap> rows = core::AnswerValue::rowsOf(value);
    m_updating = true;
    const bool reshaped = rows.size() != m_rows.size();
    while (m_rows.size() > rows.size())
        retire(m_rows.takeLast().frame);
    while (m_rows.size() < rows.size())
        appendRow();
    for (qsizetype r = 0; r < rows.size(); ++r) {
        for (FieldRow *cell : std::as_const(m_rows[r].cells))
            cell->editor()->setValue(rows.at(r).value(cell->editor()->field().id));
    }
    m_updating = false;
    if (reshaped) {
        renumber();
        updateButtons();
        emit structureChanged();
    }
    showShares();
}

QList<QWidget *> GroupEditor::inputs() const
{
    QList<QWidget *> list;
    for (const Row &row : m_rows) {
        for (const FieldRow *cell : row.cells)
            list << cell->editor()->inputs();
        list << row.remove;
    }
    list << m_add;
    return list;
}

QWidget *GroupEditor::inputFor(const QString &path) const
{
    if (path == this->path())
        return m_rows.isEmpty() ? m_add : firstInputOf(m_rows.first());
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        if (path == QStringLiteral("%1[%2]").arg(this->path()).arg(r))
            return firstInputOf(m_rows.at(r));
        for (const FieldRow *cell : m_rows.at(r).cells) {
            if (QWidget *input = cell->editor()->inputFor(path))
                return input;
        }
    }
    return nullptr;
}

void GroupEditor::showIssues(const QHash<QString, QString> &messages)
{
    for (const Row &row : std::as_const(m_rows)) {
        for (FieldRow *cell : row.cells)
            cell->showIssues(messages);
    }
}

void GroupEditor::refresh(const core::FormState &state)
{
    // Row conditions are known to the state for the form's own groups (not for a group
    // inside a group, whose fields then always show).
    const bool topLevel = path() == field().id && state.field(field().id);
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        for (FieldRow *cell : std::as_const(m_rows[r].cells)) {
            const bool applies =
                !topLevel || state.isApplicableInRow(field().id, int(r), cell->editor()->field());
            cell->setVisible(applies);
            cell->editor()->refresh(state);
        }
    }
    showShares();
}

void GroupEditor::addRow()
{
    appendRow();
    renumber();
    updateButtons();
    emit structureChanged();
    emit edited();
    emit touched(path());
    if (QWidget *first = firstInputOf(m_rows.last()))
        first->setFocus(Qt::TabFocusReason);
}

void GroupEditor::removeRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    retire(m_rows.takeAt(row).frame);
    renumber();
    updateButtons();
    emit structureChanged();
    emit edited();
    emit touched(path());
    // The cursor goes where the removed row was: the next row, or the add button.
    QWidget *next = row < m_rows.size() ? firstInputOf(m_rows.at(row)) : m_add;
    if (next && next->isEnabled())
        next->setFocus(Qt::TabFocusReason);
    else
        m_add->setFocus(Qt::TabFocusReason);
}

void GroupEditor::appendRow()
{
    Row row;
    row.frame = new QFrame(this);
    row.frame->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(row.frame);
    layout->setContentsMargins(8, 4, 8, 6);
    auto *header = new QHBoxLayout;
    row.title = new QLabel(row.frame);
    row.title->setTextFormat(Qt::PlainText);
    row.remove = new QPushButton(row.frame);
    row.remove->setAutoDefault(true);
    header->addWidget(row.title, 1);
    header->addWidget(row.remove);
    layout->addLayout(header);
    for (const core::FieldSchema &child : field().children) {
        FieldEditor *editor = createFieldEditor(child, QString(), env(), row.frame);
        auto *cell = new FieldRow(editor, row.frame);
        layout->addWidget(cell);
        row.cells << cell;
        connect(editor, &FieldEditor::edited, this, [this] {
            if (!m_updating)
                emit edited();
        });
        connect(editor, &FieldEditor::touched, this, &FieldEditor::touched);
        connect(editor, &FieldEditor::structureChanged, this, &FieldEditor::structureChanged);
    }
    QPushButton *remove = row.remove;
    connect(remove, &QPushButton::clicked, this, [this, remove] {
        for (qsizetype r = 0; r < m_rows.size(); ++r) {
            if (m_rows.at(r).remove == remove) {
                removeRow(int(r));
                return;
            }
        }
    });
    m_rowsLayout->addWidget(row.frame);
    row.frame->show();
    m_rows << row;
}

void GroupEditor::retire(QFrame *frame)
{
    // The frame may hold the very button whose click removes it: take it off the form now,
    // delete it once that click is over. Its names go at once, so nothing finds it by path.
    frame->hide();
    m_rowsLayout->removeWidget(frame);
    frame->setObjectName(QString());
    for (QObject *child : frame->findChildren<QObject *>())
        child->setObjectName(QString());
    frame->deleteLater();
}

void GroupEditor::renumber()
{
    const QString base = path();
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        Row &row = m_rows[r];
        const QString rowPath = QStringLiteral("%1[%2]").arg(base).arg(r);
        row.frame->setObjectName(rowPath);
        row.title->setText(tr("Row %1").arg(r + 1));
        row.remove->setText(tr("Remove row %1").arg(r + 1));
        row.remove->setAccessibleName(tr("%1: remove row %2").arg(field().label).arg(r + 1));
        row.remove->setObjectName(rowPath + QStringLiteral(":remove"));
        for (FieldRow *cell : std::as_const(row.cells)) {
            cell->editor()->setPath(
                QStringLiteral("%1.%2").arg(rowPath, cell->editor()->field().id));
            cell->updatePath();
        }
    }
}

void GroupEditor::updateButtons()
{
    const int max = field().maxItems;
    m_add->setEnabled(max <= 0 || m_rows.size() < max);
    m_empty->setVisible(m_rows.isEmpty());
}

void GroupEditor::showShares()
{
    if (field().sharesField.isEmpty())
        return;
    const core::ShareTotal total = core::sumShares(field(), value());
    m_shares->setText(
        tr("Shares: %1% of 100%").arg(core::DecimalText::formatHundredths(total.hundredths)));
    m_shares->setStyleSheet(total.isComplete() ? QStringLiteral("QLabel { color: #1d5e3a; }")
                                               : QStringLiteral("QLabel { color: #8a5a00; }"));
}

QWidget *GroupEditor::firstInputOf(const Row &row) const
{
    for (const FieldRow *cell : row.cells) {
        if (cell->isHidden())
            continue;
        const QList<QWidget *> list = cell->editor()->inputs();
        if (!list.isEmpty())
            return list.first();
    }
    return row.remove;
}

} // namespace ow::ui
