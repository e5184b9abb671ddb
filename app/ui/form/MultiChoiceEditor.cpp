#include "MultiChoiceEditor.h"

#include <QHBoxLayout>
#include <QListWidget>

namespace ow::ui {

MultiChoiceEditor::MultiChoiceEditor(const core::FieldSchema &field, const QString &path,
                                     const EditorEnvironment &env, QWidget *parent)
    : FieldEditor(field, path, env, parent)
    , m_list(new QListWidget(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    m_list->setObjectName(path);
    m_list->setAccessibleName(field.label);
    // Ticks are the answer; a selection beside them would only confuse.
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    for (const core::FieldOption &o : field.options) {
        auto *item = new QListWidgetItem(o.label, m_list);
        item->setData(Qt::UserRole, o.value);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0, QItemSelectionModel::NoUpdate);
    // Tall enough for every option up to a point, then it scrolls.
    const int rows = qMin(m_list->count(), 8);
    const int rowHeight = m_list->count() > 0 ? m_list->sizeHintForRow(0) : 20;
    m_list->setFixedHeight(rows * rowHeight + 2 * m_list->frameWidth() + 4);
    setFocusProxy(m_list);
    watchFocus(m_list);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (!m_updating)
            emit edited();
    });
}

QVariant MultiChoiceEditor::value() const
{
    QStringList checked;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            checked << m_list->item(i)->data(Qt::UserRole).toString();
    }
    return checked.isEmpty() ? QVariant() : QVariant(checked);
}

void MultiChoiceEditor::setValue(const QVariant &value)
{
    const QStringList wanted = value.toStringList();
    m_updating = true;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const bool on = wanted.contains(item->data(Qt::UserRole).toString());
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    m_updating = false;
}

QList<QWidget *> MultiChoiceEditor::inputs() const
{
    return {m_list};
}

} // namespace ow::ui
