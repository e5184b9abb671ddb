#pragma once

#include "FieldEditor.h"

class QLabel;
class QLineEdit;

namespace ow::ui {

// An address: the six-digit administrative division code (GB/T 2260), whose full name shows
// beside it as it is typed (广东省深圳市南山区), then the street, number and room. The
// division input is named by the path, the detail input by path + ".detail" and the name
// label by path + ".divisionName".
class AddressEditor final : public FieldEditor
{
    Q_OBJECT

public:
    AddressEditor(const core::FieldSchema &field, const QString &path, const EditorEnvironment &env,
                  QWidget *parent = nullptr);

    void setPath(const QString &path) override;
    QVariant value() const override;
    void setValue(const QVariant &value) override;
    QList<QWidget *> inputs() const override;

protected:
    void finishEditing() override;

private:
    void showDivisionName();

    QLineEdit *m_division;
    QLabel *m_divisionName;
    QLineEdit *m_detail;
};

} // namespace ow::ui
