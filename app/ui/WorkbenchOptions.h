#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ow::ui {

// The workbench's command line:
// `onewindow [--lang zh_CN|en] [--data-dir DIR] [--user LOGIN] [--verbose]`.
struct WorkbenchOptions
{
    Q_DECLARE_TR_FUNCTIONS(WorkbenchOptions)

public:
    QString language;  // "zh_CN" or "en", resolved against the system locale
    QString dataDir;   // empty: the default location
    QString user;      // --user: the login to pre-fill in the log-in dialog
    bool verbose = false;
    QString error;     // translated; set when the arguments cannot be used

    // Reads the language first so that help and error texts can be translated; the caller
    // installs translations for `language` and then calls parse() again for the rest.
    static QString languageFromArguments(const QStringList &arguments);
    static WorkbenchOptions parse(const QStringList &arguments);
};

} // namespace ow::ui
