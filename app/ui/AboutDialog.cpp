#include "AboutDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ow::ui {

AboutDialog::AboutDialog(const QList<core::ComponentVersion> &versions, const QStringList &modules,
                         QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About OneWindow"));
    auto *layout = new QVBoxLayout(this);

    auto *title = new QLabel(tr("<b>OneWindow Workbench</b><br>Comprehensive acceptance for "
                                "government service halls: take one ticket, get everything done."),
                             this);
    title->setWordWrap(true);
    layout->addWidget(title);

    auto *table = new QTableWidget(int(versions.size()), 2, this);
    table->setObjectName(QStringLiteral("versionTable"));
    table->setHorizontalHeaderLabels({tr("Component"), tr("Version")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < versions.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(versions.at(row).component));
        table->setItem(row, 1, new QTableWidgetItem(versions.at(row).version));
    }
    table->resizeColumnsToContents();
    layout->addWidget(table);

    layout->addWidget(new QLabel(tr("Domain modules:"), this));
    auto *moduleList = new QListWidget(this);
    moduleList->setObjectName(QStringLiteral("moduleList"));
    if (modules.isEmpty())
        moduleList->addItem(tr("No domain modules are loaded."));
    else
        moduleList->addItems(modules);
    moduleList->setMaximumHeight(100);
    layout->addWidget(moduleList);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 420);
}

} // namespace ow::ui
