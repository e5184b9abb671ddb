#include "AccountWidgets.h"

#include <QLabel>
#include <QLineEdit>
#include <QStringList>

namespace ow::ui {

QLineEdit *makePasswordEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxLength(1024);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText
                              | Qt::ImhNoAutoUppercase);
    return edit;
}

QLabel *makeErrorLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    label->hide();
    return label;
}

QString stationText(const QString &hall, const QString &window)
{
    QStringList parts;
    if (!hall.isEmpty())
        parts << hall;
    if (!window.isEmpty())
        parts << window;
    return parts.join(QStringLiteral(" · "));
}

} // namespace ow::ui
