#pragma once

#include "FieldEditor.h"

class QFrame;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace ow::ui {

class FieldRow;

// A repeated group (several shareholders, co-owners, family members): one framed block of the
// group's fields per row, a "Remove row n" button on each and an "Add row" button below, all
// reachable with Tab and pressed with Space or Enter. Adding a row puts the cursor in its first
// input. With a `sharesField`, a live line says how far the shares are from 100 %.
//
// Object names: the add button path + ":add", a row's remove button "path[i]:remove", the share
// line path + ":shares"; each cell's inputs are named by the cell's path ("holders[1].share").
class GroupEditor final : public FieldEditor
{
    Q_OBJECT

public:
    GroupEditor(const core::FieldSchema &field, const QString &path, const EditorEnvironment &env,
                QWidget *parent = nullptr);

    void setPath(const QString &path) override;
    QVariant value() const override;
    void setValue(const QVariant &value) override;
    QList<QWidget *> inputs() const override;
    QWidget *inputFor(const QString &path) const override;
    void showIssues(const QHash<QString, QString> &messages) override;
    void refresh(const core::FormState &state) override;

    int rowCount() const { return int(m_rows.size()); }
    void addRow();
    void removeRow(int row);

private:
    struct Row
    {
        QFrame *frame = nullptr;
        QLabel *title = nullptr;
        QPushButton *remove = nullptr;
        QList<FieldRow *> cells;
    };

    void appendRow();
    void retire(QFrame *frame);
    void renumber();
    void updateButtons();
    void showShares();
    QWidget *firstInputOf(const Row &row) const;

    QList<Row> m_rows;
    QVBoxLayout *m_rowsLayout;
    QLabel *m_empty;
    QPushButton *m_add;
    QLabel *m_shares;
};

} // namespace ow::ui
