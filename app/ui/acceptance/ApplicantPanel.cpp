#include "ApplicantPanel.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace ow::ui {
namespace {

QListWidget *makeList(QWidget *parent, const char *name)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(QLatin1String(name));
    list->setFocusPolicy(Qt::NoFocus);
    list->setWordWrap(true);
    return list;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setStyleSheet(QStringLiteral("font-weight: bold; margin-top: 6px;"));
    return label;
}

} // namespace

ApplicantPanel::ApplicantPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("applicantPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_identity = new QLabel(this);
    m_identity->setObjectName(QStringLiteral("applicantIdentity"));
    m_identity->setWordWrap(true);
    layout->addWidget(m_identity);
    layout->addWidget(heading(tr("Earlier cases"), this));
    m_cases = makeList(this, "earlierCases");
    layout->addWidget(m_cases, 2);
    layout->addWidget(heading(tr("Reusable materials"), this));
    m_reusable = makeList(this, "reusableMaterials");
    layout->addWidget(m_reusable, 1);
    layout->addWidget(heading(tr("Electronic licences"), this));
    m_licences = makeList(this, "licences");
    layout->addWidget(m_licences, 1);
    clear();
}

void ApplicantPanel::showApplicant(const core::ApplicantProfile &profile,
                                   const QList<core::CaseSummary> &cases,
                                   const QList<core::ReusableMaterial> &reusable,
                                   const QList<core::HeldLicence> &licences)
{
    m_identity->setText(
        QStringLiteral("<b>%1</b><br>%2")
            .arg(profile.name.toHtmlEscaped(), profile.maskedIdentifier().toHtmlEscaped()));
    m_cases->clear();
    for (const core::CaseSummary &c : cases) {
        m_cases->addItem(tr("%1  %2\n%3 · %4")
                             .arg(c.createdAt.toLocalTime().date().toString(Qt::ISODate),
                                  c.receiptNumber, c.subjectName,
                                  core::CaseText::statusName(c.status)));
    }
    if (cases.isEmpty())
        m_cases->addItem(tr("No earlier cases at this hall."));
    m_reusable->clear();
    for (const core::ReusableMaterial &m : reusable) {
        m_reusable->addItem(tr("%1\nhanded in %2 (%3), valid until %4")
                                .arg(m.name, m.receivedOn.toString(Qt::ISODate), m.receiptNumber,
                                     m.validUntil.toString(Qt::ISODate)));
    }
    if (reusable.isEmpty())
        m_reusable->addItem(tr("None"));
    m_licences->clear();
    for (const core::HeldLicence &l : licences) {
        m_licences->addItem(
            tr("%1 (%2)%3")
                .arg(l.kind, l.issuer,
                     l.validUntil.isValid()
                         ? tr(", valid until %1").arg(l.validUntil.toString(Qt::ISODate))
                         : QString()));
    }
    if (licences.isEmpty())
        m_licences->addItem(tr("None"));
}

void ApplicantPanel::clear()
{
    m_identity->setText(tr("No applicant yet. Type or scan an ID number, or press F5 to read "
                           "the ID card."));
    m_cases->clear();
    m_reusable->clear();
    m_licences->clear();
}

} // namespace ow::ui
