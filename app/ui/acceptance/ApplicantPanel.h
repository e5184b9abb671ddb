#pragma once

#include "core/applicant/Applicant.h"
#include "core/cases/Case.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace ow::ui {

// The applicant at a glance, beside the flow: identity (masked), earlier cases with their
// state, materials that may be reused (with date and expiry) and electronic licences held.
class ApplicantPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ApplicantPanel(QWidget *parent = nullptr);

    void showApplicant(const core::ApplicantProfile &profile, const QList<core::CaseSummary> &cases,
                       const QList<core::ReusableMaterial> &reusable,
                       const QList<core::HeldLicence> &licences);
    void clear();

private:
    QLabel *m_identity = nullptr;
    QListWidget *m_cases = nullptr;
    QListWidget *m_reusable = nullptr;
    QListWidget *m_licences = nullptr;
};

} // namespace ow::ui
