#include "LockScreen.h"

#include "AccountWidgets.h"

#include "core/Clock.h"
#include "core/accounts/ClerkDirectory.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow::ui {

LockScreen::LockScreen(core::ClerkDirectory &directory, const core::Clock &clock, QWidget *covered)
    : QWidget(covered, Qt::Window | Qt::FramelessWindowHint)
    , m_directory(directory)
    , m_clock(clock)
    , m_covered(covered)
{
    setObjectName(QStringLiteral("lockScreen"));
    setWindowTitle(tr("Screen locked — OneWindow"));
    setWindowModality(Qt::ApplicationModal);
    setAutoFillBackground(true);
    setStyleSheet(QStringLiteral("#lockScreen { background: #1d3d6e; }"
                                 "#lockPanel { background: white; border-radius: 8px; }"
                                 "#lockTitle { font-size: 20pt; font-weight: bold; }"));

    auto *outer = new QVBoxLayout(this);
    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("lockPanel"));
    panel->setAttribute(Qt::WA_StyledBackground);
    panel->setFixedWidth(440);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(panel);
    row->addStretch();
    outer->addStretch();
    outer->addLayout(row);
    outer->addStretch();

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(28, 24, 28, 24);
    auto *title = new QLabel(tr("Screen locked"), panel);
    title->setObjectName(QStringLiteral("lockTitle"));
    layout->addWidget(title);
    m_lockedBy = new QLabel(panel);
    m_lockedBy->setObjectName(QStringLiteral("lockedBy"));
    m_lockedBy->setWordWrap(true);
    layout->addWidget(m_lockedBy);

    auto *form = new QFormLayout;
    m_login = new QLineEdit(panel);
    m_login->setObjectName(QStringLiteral("unlockLogin"));
    m_login->setMaxLength(64);
    m_login->setToolTip(tr("A supervisor or an administrator may unlock with their own login."));
    form->addRow(tr("&Login:"), m_login);
    m_password = makePasswordEdit(QStringLiteral("unlockPassword"), panel);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    m_error = makeErrorLabel(QStringLiteral("unlockError"), panel);
    layout->addWidget(m_error);

    auto *buttons = new QHBoxLayout;
    auto *switchUser = new QPushButton(tr("&Switch user"), panel);
    switchUser->setObjectName(QStringLiteral("switchUserButton"));
    switchUser->setAutoDefault(false);
    auto *unlock = new QPushButton(tr("&Unlock"), panel);
    unlock->setObjectName(QStringLiteral("unlockButton"));
    unlock->setDefault(true);
    buttons->addWidget(switchUser);
    buttons->addStretch();
    buttons->addWidget(unlock);
    layout->addLayout(buttons);

    connect(unlock, &QPushButton::clicked, this, &LockScreen::submit);
    connect(m_login, &QLineEdit::returnPressed, this, &LockScreen::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::submit);
    connect(switchUser, &QPushButton::clicked, this, &LockScreen::switchUserRequested);

    covered->installEventFilter(this);
    hide();
}

LockScreen::~LockScreen() = default;

void LockScreen::lock(const core::Session &session)
{
    m_session = session;
    m_lockedBy->setText(
        tr("Locked by %1 at %2.")
            .arg(stationText(session.account.displayName, session.windowName),
                 QLocale().toString(m_clock.now().toLocalTime().time(), QLocale::ShortFormat)));
    m_login->setText(session.login());
    m_password->clear();
    m_error->hide();
    cover();
    show();
    raise();
    activateWindow();
    m_password->setFocus();
}

void LockScreen::release()
{
    m_session = {};
    m_password->clear();
    m_error->hide();
    hide();
}

QString LockScreen::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LockScreen::submit()
{
    if (!isLocked())
        return;
    if (m_login->text().trimmed().isEmpty()) {
        m_login->setText(m_session.login());
        m_password->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        m_password->setFocus();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const core::AuthenticationResult result =
        m_directory.unlock(m_session, m_login->text(), m_password->text(), m_clock.now());
    QApplication::restoreOverrideCursor();
    m_password->clear();
    if (!result.ok()) {
        showError(result.message);
        m_password->setFocus();
        return;
    }
    release();
    emit unlocked(result.account);
}

void LockScreen::cover()
{
    if (m_covered)
        setGeometry(QRect(m_covered->mapToGlobal(QPoint(0, 0)), m_covered->size()));
}

bool LockScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_covered && isVisible()
        && (event->type() == QEvent::Move || event->type() == QEvent::Resize))
        cover();
    return QWidget::eventFilter(watched, event);
}

void LockScreen::closeEvent(QCloseEvent *event)
{
    if (isLocked()) // Alt+F4 on the lock screen does not unlock anything
        event->ignore();
    else
        QWidget::closeEvent(event);
}

void LockScreen::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace ow::ui
