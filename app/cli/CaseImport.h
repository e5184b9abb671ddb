#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QString>

namespace ow::cli {

struct CaseImportOptions
{
    QString file;   // JSON Lines, one case per line (docs/case-import.md)
    QString clerk;  // recorded on each case and its audit entry unless the line names one
    QString window; // unless the line names one; empty: the workstation's window name
};

// onewindow-cli case import FILE: accepts a backlog of cases typed up elsewhere. The file is
// read line by line (any size); each good line becomes a case through AcceptanceService in its
// own transaction (with its outbox envelope for the hub), each bad line is reported on stderr
// as "FILE:LINE: reason" and skipped. Every imported line prints "FILE:LINE: RECEIPT" on
// stdout, the end a summary. A storage failure — receipt numbers used up, among others —
// stops the import at that line, with everything before it kept.
//
// Exit status: 0 every line imported, 1 some skipped or the import stopped (or the workstation
// could not be opened), 2 a usage or file error (nothing imported).
class CaseImport
{
    Q_DECLARE_TR_FUNCTIONS(CaseImport)

public:
    static constexpr qint64 ProgressEvery = 1000; // lines between progress reports on stderr
    static constexpr qint64 MaxLineBytes = 1 << 20;

    static int run(const CaseImportOptions &options, CliContext &context);
};

} // namespace ow::cli
