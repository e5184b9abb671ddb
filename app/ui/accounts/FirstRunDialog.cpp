#include "FirstRunDialog.h"

#include "AccountWidgets.h"

#include "core/Clock.h"
#include "core/accounts/AccountRules.h"
#include "core/accounts/ClerkDirectory.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow::ui {

FirstRunDialog::FirstRunDialog(core::ClerkDirectory &directory, const core::Clock &clock,
                               QWidget *parent)
    : QDialog(parent)
    , m_directory(directory)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Create the administrator — OneWindow"));
    setModal(true);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("This workstation has no accounts yet. Create the administrator's account; it can "
           "then add the clerks' accounts (onewindow-cli clerk add)."),
        this);
    intro->setObjectName(QStringLiteral("firstRunIntro"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("newLoginEdit"));
    m_login->setMaxLength(core::AccountRules::MaximumLoginLength);
    m_login->setPlaceholderText(tr("e.g. admin"));
    form->addRow(tr("&Login:"), m_login);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("newNameEdit"));
    form->addRow(tr("&Name:"), m_name);
    m_window = new QLineEdit(this);
    m_window->setObjectName(QStringLiteral("newWindowEdit"));
    m_window->setPlaceholderText(tr("e.g. W01 (optional)"));
    form->addRow(tr("&Window:"), m_window);
    m_password = makePasswordEdit(QStringLiteral("newPasswordEdit"), this);
    form->addRow(tr("&Password:"), m_password);
    m_repeat = makePasswordEdit(QStringLiteral("repeatPasswordEdit"), this);
    form->addRow(tr("&Repeat password:"), m_repeat);
    layout->addLayout(form);

    m_error = makeErrorLabel(QStringLiteral("firstRunError"), this);
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *create = buttons->addButton(tr("Create and log in"), QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("createButton"));
    create->setDefault(true);
    QPushButton *quit = buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitButton"));
    quit->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    setMinimumWidth(460);
    m_login->setFocus();
}

void FirstRunDialog::setStation(const core::StationIdentity &station)
{
    m_station = station;
    if (m_window->text().isEmpty())
        m_window->setText(station.windowName);
}

QString FirstRunDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void FirstRunDialog::submit()
{
    if (m_password->text() != m_repeat->text()) {
        showError(tr("The two passwords differ."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QDateTime now = m_clock.now();
    const core::ChangeResult added =
        m_directory.add({m_login->text(), m_name->text(), core::Role::Admin, m_window->text()},
                        m_password->text(), QStringLiteral("setup"), now);
    core::AuthenticationResult login;
    if (added.ok())
        login = m_directory.authenticate(m_login->text(), m_password->text(), now);
    QApplication::restoreOverrideCursor();
    if (!added.ok()) {
        showError(added.message);
        return;
    }
    m_password->clear();
    m_repeat->clear();
    if (!login.ok()) {
        showError(login.message);
        return;
    }
    m_session = core::Session::begin(login.account, now, m_station.windowName);
    accept();
}

void FirstRunDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace ow::ui
