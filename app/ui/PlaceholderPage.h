#pragma once

#include <QStringList>
#include <QWidget>

namespace ow::ui {

// A page of the workbench that a later release fills: it names the work area, says what will
// happen there and shows the planned flow, so clerks and testers see the plan, not a blank.
class PlaceholderPage final : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QString &title, const QString &description, const QStringList &flow,
                    QWidget *parent = nullptr);
};

} // namespace ow::ui
