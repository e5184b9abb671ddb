#include "AttachmentEditor.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace ow::ui {

AttachmentEditor::AttachmentEditor(const core::FieldSchema &field, const QString &path,
                                   const EditorEnvironment &env, QWidget *parent)
    : FieldEditor(field, path, env, parent)
    , m_choose(new QPushButton(tr("Choose file…"), this))
    , m_fileName(new QLabel(this))
    , m_clear(new QPushButton(tr("Remove file"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_choose);
    layout->addWidget(m_fileName, 1);
    layout->addWidget(m_clear);
    m_choose->setAccessibleName(tr("%1: choose file").arg(field.label));
    m_choose->setAutoDefault(true); // Enter works as well as Space
    m_clear->setAutoDefault(true);
    m_fileName->setTextFormat(Qt::PlainText);
    m_fileName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setPath(path);
    setFocusProxy(m_choose);
    watchFocus(m_choose);
    connect(m_choose, &QPushButton::clicked, this, &AttachmentEditor::choose);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        display(QString());
        emit edited();
        m_choose->setFocus(Qt::OtherFocusReason);
    });
    display(QString());
}

void AttachmentEditor::setPath(const QString &path)
{
    FieldEditor::setPath(path);
    m_fileName->setObjectName(path + QStringLiteral(".fileName"));
    m_clear->setObjectName(path + QStringLiteral(".clear"));
}

QVariant AttachmentEditor::value() const
{
    return m_path.isEmpty() ? QVariant() : QVariant(m_path);
}

void AttachmentEditor::setValue(const QVariant &value)
{
    display(value.typeId() == QMetaType::QString ? value.toString() : QString());
}

QList<QWidget *> AttachmentEditor::inputs() const
{
    return {m_choose, m_clear};
}

void AttachmentEditor::choose()
{
    if (!env().chooseFile)
        return;
    const QString chosen = env().chooseFile(this, field().label);
    if (chosen.isEmpty())
        return; // cancelled: keep what was there
    display(chosen);
    emit edited();
}

void AttachmentEditor::display(const QString &path)
{
    m_path = path;
    m_fileName->setText(path.isEmpty() ? tr("No file chosen") : QFileInfo(path).fileName());
    m_fileName->setToolTip(path);
    m_clear->setEnabled(!path.isEmpty());
}

} // namespace ow::ui
