#include "PrefillSources.h"

namespace ow::core {

PrefillContext prefillSources(const ApplicantProfile &profile,
                              const QHash<QString, EarlierAnswer> &earlierAnswers)
{
    PrefillContext context;
    const QHash<QString, QString> values = profile.prefillValues();
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        // "applicant.legal_representative" → provenance of "legalRepresentative", etc.
        QString field = it.key().mid(QStringLiteral("applicant.").size());
        if (field == QLatin1String("id_number") || field == QLatin1String("credit_code"))
            field = QStringLiteral("identifier");
        else if (field == QLatin1String("legal_representative"))
            field = QStringLiteral("legalRepresentative");
        const Provenance source = profile.provenance.value(field);
        context.insert(it.key(), {it.value(), source.describeSource(), source.date});
    }
    for (auto it = earlierAnswers.cbegin(); it != earlierAnswers.cend(); ++it) {
        const Provenance source{Provenance::Kind::EarlierCase, it->receiptNumber, it->date};
        context.insert(QStringLiteral("case.") + it.key(),
                       {it->value, source.describeSource(), source.date});
    }
    return context;
}

} // namespace ow::core
