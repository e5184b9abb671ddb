#pragma once

#include "core/applicant/Applicant.h"
#include "core/applicant/CardReader.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QCheckBox;
class QWidget;

namespace ow::core {
class Clock;
}

namespace ow::ui {

// Step 1 of the flow: who is applying. The clerk types (or scans) a resident ID or a unified
// social credit code and presses Enter, or presses F5 to read the ID card; a known applicant's
// profile then fills the rest. Names and phone numbers can be corrected; the handling agent
// (经办人) is entered when someone else comes on the applicant's behalf.
class ApplicantSection final : public QWidget
{
    Q_OBJECT

public:
    explicit ApplicantSection(const core::Clock &clock, QWidget *parent = nullptr);

    void setCardReader(core::CardReader *reader);
    // Shows a profile (found in the cache or just read from the card) for confirmation.
    void showProfile(const core::ApplicantProfile &profile, bool known);
    // The profile as the clerk confirmed it; fields typed here carry Provenance::Clerk.
    core::ApplicantProfile profile() const;
    core::PersonRef agent() const;
    bool isIdentified() const { return !m_identifier.isEmpty(); }
    void clear();
    void focusIdentifier();

signals:
    // A valid identifier was entered (normalized); the page looks the applicant up.
    void identified(ow::core::ApplicantKind kind, const QString &identifier);
    void profileEdited();

public slots:
    void readCard();

private:
    void submitIdentifier();
    void onCardRead(const core::IdCardData &card);
    void setStatus(const QString &text, bool error);

    const core::Clock &m_clock;
    core::CardReader *m_reader = nullptr;
    core::ApplicantProfile m_loaded; // what the cache or the card said, with provenance
    core::ApplicantKind m_kind = core::ApplicantKind::Person;
    QString m_identifier;
    QLineEdit *m_idEdit = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_phoneEdit = nullptr;
    QLineEdit *m_addressEdit = nullptr;
    QLabel *m_legalRepLabel = nullptr;
    QLineEdit *m_legalRepEdit = nullptr;
    QCheckBox *m_agentBox = nullptr;
    QWidget *m_agentFields = nullptr;
    QLineEdit *m_agentName = nullptr;
    QLineEdit *m_agentId = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace ow::ui
