#include "FieldRow.h"

#include "FieldEditor.h"

#include <QGridLayout>
#include <QLabel>

namespace ow::ui {
namespace {

QString labelText(const core::FieldSchema &field)
{
    // Plain text with a buddy: '&' would be read as a mnemonic marker.
    QString text = field.label;
    text.replace(u'&', QStringLiteral("&&"));
    return field.required ? FieldRow::tr("%1 *").arg(text) : text;
}

} // namespace

FieldRow::FieldRow(FieldEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_label(new QLabel(labelText(editor->field()), this))
    , m_source(new QLabel(this))
    , m_error(new QLabel(this))
{
    const core::FieldSchema &field = editor->field();
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setHorizontalSpacing(12);
    layout->setVerticalSpacing(2);
    layout->setColumnStretch(1, 1);

    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    if (field.required)
        m_label->setToolTip(tr("Required"));
    const QList<QWidget *> inputs = editor->inputs();
    if (!inputs.isEmpty())
        m_label->setBuddy(inputs.first());

    const bool group = field.type == core::FieldType::Group;
    int row = 0;
    if (group) {
        QFont bold = m_label->font();
        bold.setBold(true);
        m_label->setFont(bold);
        layout->addWidget(m_label, row++, 0, 1, 2);
        editor->setParent(this);
        layout->addWidget(editor, row++, 0, 1, 2);
    } else {
        // One width for every label, so the inputs of all rows line up; long labels wrap.
        m_label->setFixedWidth(fontMetrics().horizontalAdvance(u'字') * 11);
        layout->addWidget(m_label, row, 0);
        editor->setParent(this);
        layout->addWidget(editor, row++, 1);
    }
    const int column = group ? 0 : 1;
    const int span = group ? 2 : 1;

    m_source->setTextFormat(Qt::PlainText);
    m_source->setStyleSheet(QStringLiteral(
        "QLabel { color: #1d5e3a; background: #e7f4ec; border-radius: 3px; padding: 1px 6px; }"));
    m_source->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_source->hide();
    layout->addWidget(m_source, row++, column, 1, span, Qt::AlignLeft);

    if (!field.help.isEmpty()) {
        auto *help = new QLabel(field.help, this);
        help->setTextFormat(Qt::PlainText);
        help->setWordWrap(true);
        help->setStyleSheet(QStringLiteral("QLabel { color: #5f6368; }"));
        layout->addWidget(help, row++, column, 1, span);
    }

    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->hide();
    layout->addWidget(m_error, row++, column, 1, span);
    updatePath();
}

void FieldRow::updatePath()
{
    const QString path = m_editor->path();
    setObjectName(path + QStringLiteral(":row"));
    m_label->setObjectName(path + QStringLiteral(":label"));
    m_source->setObjectName(path + QStringLiteral(":source"));
    m_error->setObjectName(path + QStringLiteral(":error"));
}

void FieldRow::setPrefill(const std::optional<core::PrefillValue> &prefill)
{
    if (!prefill || prefill->source.isEmpty()) {
        m_source->clear();
        m_source->hide();
        return;
    }
    m_source->setText(
        prefill->date.isValid()
            ? tr("From %1 · %2").arg(prefill->source, prefill->date.toString(Qt::ISODate))
            : tr("From %1").arg(prefill->source));
    m_source->show();
}

void FieldRow::showIssues(const QHash<QString, QString> &messages)
{
    const QString message = messages.value(m_editor->path());
    if (m_error->text() != message)
        m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    // Screen readers announce the problem with the input itself.
    if (QWidget *input = m_editor->inputFor(m_editor->path()))
        input->setAccessibleDescription(message);
    m_editor->showIssues(messages);
}

} // namespace ow::ui
