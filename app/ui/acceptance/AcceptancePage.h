#pragma once

#include "core/cases/AcceptanceService.h"
#include "core/cases/CaseRepository.h"
#include "core/catalog/Catalog.h"
#include "core/documents/OutcomeDocumentBuilder.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace ow::core {
class BackgroundWorkstation;
class CardReader;
class Clock;
class Workstation;
} // namespace ow::core

namespace ow::ui {

class ApplicantPanel;
class ApplicantSection;
class FormView;
class MaterialsView;
class MatterPicker;

// The clerk's screen (综合受理): applicant → matter or bundle → one form → materials → accept,
// one-time notice or refusal, all visible at once. Reads come from the workstation cache on the
// GUI thread (indexed, milliseconds); the acceptance transaction runs on the background
// workstation thread and its answer returns through a QFuture continuation, so the window never
// freezes on the disk.
//
// Shortcuts: F5 read ID card, F4 matter search, Ctrl+M remaining materials received on paper,
// Ctrl+Return accept, Ctrl+I one-time notice, Ctrl+R refuse, Ctrl+P print, Ctrl+Shift+N next
// applicant.
class AcceptancePage final : public QWidget
{
    Q_OBJECT

public:
    AcceptancePage(core::Workstation &workstation, core::BackgroundWorkstation &background,
                   const core::Catalog &catalog, const core::Clock &clock,
                   QWidget *parent = nullptr);
    ~AcceptancePage() override;

    void setStation(const core::IssuingStation &station, const QString &clerkLogin);
    void setCardReader(core::CardReader *reader);
    // A newer catalog (pulled from the hub). Takes effect at once between visits; during a
    // visit it waits for the next one, so the form under the clerk's hands never changes.
    void setCatalog(const core::Catalog &catalog);

    // The last outcome of this visit and its sealed document (for printing and tests).
    const std::optional<core::AcceptanceResult> &lastResult() const { return m_lastResult; }
    const std::optional<core::OutcomeDocument> &lastDocument() const { return m_lastDocument; }
    QString lastSealText() const { return m_lastSeal; }
    bool isBusy() const { return m_busy; }
    QString statusText() const;

protected:
    void showEvent(QShowEvent *event) override;

public:

public slots:
    void accept();
    void giveNotice();
    void refuse();                                                     // asks for reason and basis
    void refuseWith(const QString &reason, const QString &legalBasis); // without asking
    void printLast();
    bool saveLastPdf(const QString &path);
    void newVisit();

signals:
    void submitted(const ow::core::AcceptanceResult &result);

private:
    void buildLayout();
    void adoptNextCatalog();
    void buildShortcuts();
    void onIdentified(core::ApplicantKind kind, const QString &identifier);
    void onSubjectChosen(const QString &code);
    void refreshMaterials(bool force);
    void applyPrefill();
    void updateFlow();
    void showMessage(const QString &text, bool error);
    void submit(core::CaseOutcome outcome, const QString &reason, const QString &legalBasis);
    void finishSubmit(const core::AcceptanceRequest &request,
                      const QList<core::OutcomeNoticeItem> &formIssues,
                      const core::AcceptanceResult &result);

    core::Workstation &m_workstation;
    core::BackgroundWorkstation &m_background;
    core::Catalog m_catalog;
    std::optional<core::Catalog> m_nextCatalog; // arrived during a visit
    const core::Clock &m_clock;
    core::IssuingStation m_station;
    QString m_clerkLogin;

    qint64 m_applicantId = 0;
    std::optional<core::ApplicationSubject> m_subject;
    core::MergedApplication m_application;
    QStringList m_materialIds;
    QHash<QString, core::EarlierAnswer> m_earlierAnswers;
    bool m_busy = false;
    bool m_done = false;
    std::optional<core::AcceptanceResult> m_lastResult;
    std::optional<core::OutcomeDocument> m_lastDocument;
    QString m_lastSeal;

    ApplicantSection *m_applicant = nullptr;
    ApplicantPanel *m_panel = nullptr;
    MatterPicker *m_picker = nullptr;
    QLabel *m_subjectLabel = nullptr;
    FormView *m_form = nullptr;
    MaterialsView *m_materials = nullptr;
    QList<QLabel *> m_flowSteps;
    QLabel *m_message = nullptr;
    QPushButton *m_acceptButton = nullptr;
    QPushButton *m_noticeButton = nullptr;
    QPushButton *m_refuseButton = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_pdfButton = nullptr;
    QPushButton *m_nextButton = nullptr;
};

} // namespace ow::ui
