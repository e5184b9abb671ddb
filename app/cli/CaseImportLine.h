#pragma once

#include "core/cases/AcceptanceService.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace ow::cli {

// What a line of a case-import file falls back on for what it does not say.
struct CaseImportDefaults
{
    QString clerk;  // --clerk, a login
    QString window; // --window, else the workstation's own window name; may be empty
    QString source; // the line in the applicant's provenance, e.g. "backlog.jsonl:12"
    QDate today;    // bounds birth dates in ID numbers; dates the provenance
};

struct CaseImportLineResult
{
    core::AcceptanceRequest request;
    QString error; // translated; when not empty the line cannot be imported
    bool ok() const { return error.isEmpty(); }
};

// One line of a case-import file (docs/case-import.md): one JSON object read strictly into the
// request AcceptanceService then checks and writes. This checks the format — JSON syntax, known
// keys, value types, vocabulary, the clerk's login and the window's name — and the applicant's
// contact identifiers, and brings valid identifiers into their normalized form as the clerk's
// screen does. The subject, the form's answers, the materials and the applicant's ID number
// are the service's to judge, so an imported case meets the same rules as one accepted at the
// counter.
class CaseImportLine
{
    Q_DECLARE_TR_FUNCTIONS(CaseImportLine)

public:
    static CaseImportLineResult parse(const QByteArray &line, const CaseImportDefaults &defaults);
};

} // namespace ow::cli
