#pragma once

#include "core/BuildInfo.h"

#include <QDialog>
#include <QStringList>

namespace ow::ui {

// Versions of everything the workbench runs on and the domain modules it loaded, so a clerk
// can read them to the help desk.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    AboutDialog(const QList<core::ComponentVersion> &versions, const QStringList &modules,
                QWidget *parent = nullptr);
};

} // namespace ow::ui
