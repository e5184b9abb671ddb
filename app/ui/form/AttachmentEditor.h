#pragma once

#include "FieldEditor.h"

class QLabel;
class QPushButton;

namespace ow::ui {

// A scanned file: a button opens the environment's file chooser, the chosen file's name shows
// beside it (the answer is its path), and a second button clears it. The choose button is named
// by the path, the name label by path + ".fileName", the clear button by path + ".clear".
class AttachmentEditor final : public FieldEditor
{
    Q_OBJECT

public:
    AttachmentEditor(const core::FieldSchema &field, const QString &path,
                     const EditorEnvironment &env, QWidget *parent = nullptr);

    void setPath(const QString &path) override;
    QVariant value() const override;
    void setValue(const QVariant &value) override;
    QList<QWidget *> inputs() const override;

private:
    void choose();
    void display(const QString &path);

    QPushButton *m_choose;
    QLabel *m_fileName;
    QPushButton *m_clear;
    QString m_path;
};

} // namespace ow::ui
