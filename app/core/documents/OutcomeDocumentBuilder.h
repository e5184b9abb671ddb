#pragma once

#include "OutcomeDocument.h"

#include "../cases/AcceptanceService.h"

namespace ow::core {

// Where the document is issued.
struct IssuingStation
{
    QString hallName;
    QString windowName;
    QString clerkName;
    QString hallContact;
    QString hallPhone;
};

// The document a finished visit prints: a receipt for an accepted case, a one-time notice
// listing every missing or incorrect item (`formIssues` adds the form's own problems), or a
// refusal. The text of official documents is Chinese whatever the UI language.
OutcomeDocument buildOutcomeDocument(const AcceptanceRequest &request,
                                     const AcceptanceResult &result, const Catalog &catalog,
                                     const IssuingStation &station,
                                     const QList<OutcomeNoticeItem> &formIssues = {});

// The commitment letter (告知承诺书) for the materials of an accepted case that a pledge replaced;
// nothing when there is none.
std::optional<OutcomeDocument> buildCommitmentLetter(const AcceptanceRequest &request,
                                                     const AcceptanceResult &result,
                                                     const IssuingStation &station);

} // namespace ow::core
