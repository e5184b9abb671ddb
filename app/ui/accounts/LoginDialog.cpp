#include "LoginDialog.h"

#include "AccountWidgets.h"

#include "core/Clock.h"
#include "core/accounts/ClerkDirectory.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow::ui {

LoginDialog::LoginDialog(core::ClerkDirectory &directory, const core::Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_directory(directory)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Log in — OneWindow"));
    setModal(true);

    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("OneWindow Workbench"), this);
    title->setObjectName(QStringLiteral("loginTitle"));
    title->setStyleSheet(QStringLiteral("font-size: 18pt; font-weight: bold;"));
    layout->addWidget(title);
    m_stationLabel = new QLabel(this);
    m_stationLabel->setObjectName(QStringLiteral("stationLabel"));
    m_stationLabel->hide();
    layout->addWidget(m_stationLabel);

    auto *form = new QFormLayout;
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_login->setMaxLength(64);
    m_login->setInputMethodHints(Qt::ImhLatinOnly | Qt::ImhNoAutoUppercase
                                 | Qt::ImhNoPredictiveText);
    form->addRow(tr("&Login:"), m_login);
    m_password = makePasswordEdit(QStringLiteral("passwordEdit"), this);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    m_error = makeErrorLabel(QStringLiteral("loginError"), this);
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *logIn = buttons->addButton(tr("Log in"), QDialogButtonBox::AcceptRole);
    logIn->setObjectName(QStringLiteral("loginButton"));
    logIn->setDefault(true);
    QPushButton *quit = buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitButton"));
    quit->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    setMinimumWidth(420);
    m_login->setFocus();
}

void LoginDialog::setStation(const core::StationIdentity &station)
{
    m_station = station;
    const QString text = stationText(station.hallName, station.windowName);
    m_stationLabel->setText(text);
    m_stationLabel->setVisible(!text.isEmpty());
}

void LoginDialog::setLogin(const QString &login)
{
    m_login->setText(login);
    if (!login.isEmpty())
        m_password->setFocus();
}

QString LoginDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LoginDialog::submit()
{
    if (m_login->text().trimmed().isEmpty()) {
        showError(tr("Enter your login."));
        m_login->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        m_password->setFocus(); // Enter in the login field goes on to the password
        return;
    }
    // One scrypt verification (about 100 ms): short enough to run here, with a busy cursor.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QDateTime now = m_clock.now();
    const core::AuthenticationResult result =
        m_directory.authenticate(m_login->text(), m_password->text(), now);
    QApplication::restoreOverrideCursor();
    m_password->clear();
    if (!result.ok()) {
        showError(result.message);
        m_password->setFocus();
        return;
    }
    m_session = core::Session::begin(result.account, now, m_station.windowName);
    m_error->hide();
    accept();
}

void LoginDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace ow::ui
