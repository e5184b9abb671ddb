#pragma once

// The widget side of a domain plugin: field editors where the generic form engine is not enough
// (e.g. the property unit number, the standardized business scope). A separate plugin from the
// module's MatterModule plugin (whose metadata it names as a dependency), so the hub and the
// command-line client never load Qt Widgets. Header-only, Qt types only.
//
// An editor named in the catalog as "editor": "<module id>.<name>" on a text field is created
// through createFieldEditor. The widget's protocol with the form engine: a USER property of type
// QString holding the answer, with a NOTIFY signal emitted when the clerk changes it. The form
// engine still validates the answer (type, required, "validator").

#include <QString>
#include <QStringList>
#include <QWidget>
#include <QtPlugin>

namespace ow::ui {

inline constexpr int MatterModuleWidgetsInterfaceVersion = 1;

class MatterModuleWidgets
{
public:
    virtual ~MatterModuleWidgets() = default;

    virtual QStringList fieldEditors() const = 0; // names without the module prefix
    // A new editor, owned by `parent`; nullptr for a name not in fieldEditors().
    virtual QWidget *createFieldEditor(const QString &editor, QWidget *parent) const = 0;
};

} // namespace ow::ui

#define OW_MATTER_MODULE_WIDGETS_IID "cn.gov.onewindow.MatterModuleWidgets/1"
Q_DECLARE_INTERFACE(ow::ui::MatterModuleWidgets, OW_MATTER_MODULE_WIDGETS_IID)
