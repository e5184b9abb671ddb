#pragma once

#include <QString>

class QLabel;
class QLineEdit;
class QWidget;

namespace ow::ui {

// Pieces the log-in, first-run and lock screens share.
QLineEdit *makePasswordEdit(const QString &objectName, QWidget *parent);
// A red, word-wrapped label, hidden until it has something to say.
QLabel *makeErrorLabel(const QString &objectName, QWidget *parent);
// "hall · window", or whichever of them is set; empty when neither is.
QString stationText(const QString &hall, const QString &window);

} // namespace ow::ui
