#pragma once

#include "CaseRepository.h"

#include "../applicant/Applicant.h"
#include "../form/PrefillContext.h"

namespace ow::core {

// What the form may be pre-filled with for this applicant: the applicant.* sources from the
// profile (each with the provenance of its field) and case.<field id> from the applicant's
// earlier cases (each naming the case it came from).
PrefillContext prefillSources(const ApplicantProfile &profile,
                              const QHash<QString, EarlierAnswer> &earlierAnswers);

} // namespace ow::core
