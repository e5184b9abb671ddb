#include "AcceptancePage.h"

#include "ApplicantPanel.h"
#include "ApplicantSection.h"
#include "MaterialsView.h"
#include "MatterPicker.h"

#include "print/DocumentRenderer.h"
#include "ui/form/FormView.h"

#include "core/BackgroundWorkstation.h"
#include "core/Clock.h"
#include "core/Workstation.h"
#include "core/applicant/ApplicantRepository.h"
#include "core/calendar/WorkCalendar.h"
#include "core/cases/CaseRepository.h"
#include "core/cases/PrefillSources.h"
#include "core/documents/DocumentSeal.h"
#include "core/storage/CatalogRepository.h"
#include "core/validation/DivisionTable.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace ow::ui {
namespace {

QGroupBox *section(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

} // namespace

AcceptancePage::AcceptancePage(core::Workstation &workstation,
                               core::BackgroundWorkstation &background,
                               const core::Catalog &catalog, const core::Clock &clock,
                               QWidget *parent)
    : QWidget(parent)
    , m_workstation(workstation)
    , m_background(background)
    , m_catalog(catalog)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("acceptancePage"));
    buildLayout();
    buildShortcuts();
    m_picker->setCatalog(m_catalog);
    newVisit();
}

AcceptancePage::~AcceptancePage() = default;

void AcceptancePage::buildLayout()
{
    auto *outer = new QVBoxLayout(this);

    auto *flow = new QHBoxLayout;
    const QStringList steps{tr("① Applicant"), tr("② Matter or bundle"), tr("③ One form"),
                            tr("④ Materials"), tr("⑤ Accept or notify")};
    for (const QString &s : steps) {
        auto *label = new QLabel(s, this);
        label->setAlignment(Qt::AlignCenter);
        label->setMinimumHeight(28);
        m_flowSteps.append(label);
        flow->addWidget(label, 1);
    }
    outer->addLayout(flow);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *queue = new QLabel(tr("Queue: ticket calling arrives with the queue module."), left);
    queue->setObjectName(QStringLiteral("queuePlaceholder"));
    queue->setStyleSheet(QStringLiteral("color: #666; border: 1px dashed #aaa; padding: 6px;"));
    queue->setWordWrap(true);
    leftLayout->addWidget(queue);
    m_applicant = new ApplicantSection(m_clock, left);
    leftLayout->addWidget(section(tr("Applicant"), m_applicant, left));
    m_panel = new ApplicantPanel(left);
    leftLayout->addWidget(m_panel, 1);

    auto *middle = new QWidget(splitter);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    m_picker = new MatterPicker(middle);
    m_picker->setMaximumHeight(120);
    middleLayout->addWidget(section(tr("Matter or bundle"), m_picker, middle));
    m_subjectLabel = new QLabel(middle);
    m_subjectLabel->setObjectName(QStringLiteral("subjectLabel"));
    m_subjectLabel->setWordWrap(true);
    m_subjectLabel->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 15px;"));
    middleLayout->addWidget(m_subjectLabel);
    auto *work = new QSplitter(Qt::Vertical, middle);
    m_form = new FormView(m_clock, core::DivisionTable::builtIn(), work);
    m_form->setObjectName(QStringLiteral("formView"));
    work->addWidget(section(tr("One form"), m_form, work));
    m_materials = new MaterialsView(work);
    work->addWidget(section(tr("Materials"), m_materials, work));
    work->setStretchFactor(0, 3);
    work->setStretchFactor(1, 2);
    work->setSizes({420, 260}); // the form is where the clerk works most
    middleLayout->addWidget(work, 1);

    splitter->addWidget(left);
    splitter->addWidget(middle);
    left->setMinimumWidth(360);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    outer->addWidget(splitter, 1);

    auto *bar = new QHBoxLayout;
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("acceptanceMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(m_message, 1);
    const auto button = [&](const QString &text, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        b->setFocusPolicy(Qt::NoFocus);
        bar->addWidget(b);
        return b;
    };
    m_acceptButton = button(tr("Accept (Ctrl+Enter)"), "acceptButton");
    m_acceptButton->setStyleSheet(
        QStringLiteral("QPushButton { background: #1d6e3d; color: white; padding: 6px 14px; }"
                       "QPushButton:disabled { background: #9bb; }"));
    m_noticeButton = button(tr("One-time notice (Ctrl+I)"), "noticeButton");
    m_refuseButton = button(tr("Refuse (Ctrl+R)"), "refuseButton");
    m_printButton = button(tr("Print (Ctrl+P)"), "printButton");
    m_pdfButton = button(tr("Save PDF…"), "pdfButton");
    m_nextButton = button(tr("Next applicant (Ctrl+Shift+N)"), "nextButton");
    outer->addLayout(bar);

    connect(m_acceptButton, &QPushButton::clicked, this, &AcceptancePage::accept);
    connect(m_noticeButton, &QPushButton::clicked, this, &AcceptancePage::giveNotice);
    connect(m_refuseButton, &QPushButton::clicked, this, &AcceptancePage::refuse);
    connect(m_printButton, &QPushButton::clicked, this, &AcceptancePage::printLast);
    connect(m_pdfButton, &QPushButton::clicked, this, [this] {
        if (!m_lastDocument)
            return;
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the document as PDF"),
                                                          m_lastDocument->documentNumber + u".pdf",
                                                          tr("PDF documents (*.pdf)"));
        if (!path.isEmpty())
            saveLastPdf(path);
    });
    connect(m_nextButton, &QPushButton::clicked, this, &AcceptancePage::newVisit);
    connect(m_applicant, &ApplicantSection::identified, this, &AcceptancePage::onIdentified);
    connect(m_picker, &MatterPicker::chosen, this, &AcceptancePage::onSubjectChosen);
    connect(m_form, &FormView::answersChanged, this, [this] {
        refreshMaterials(false);
        updateFlow();
    });
    connect(m_materials, &MaterialsView::decisionsChanged, this, &AcceptancePage::updateFlow);
}

void AcceptancePage::buildShortcuts()
{
    const auto add = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        // The whole window, wherever the focus is (the navigation list, a dialog-less status);
        // Qt ignores the shortcuts while the page is hidden behind another one.
        s->setContext(Qt::WindowShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    add(QKeySequence(Qt::Key_F5), [this] { m_applicant->readCard(); });
    add(QKeySequence(Qt::Key_F4), [this] { m_picker->focusSearch(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_M), [this] { m_materials->markRemainingAsPaper(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { accept(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { accept(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_I), [this] { giveNotice(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_R), [this] { refuse(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_P), [this] { printLast(); });
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] { newVisit(); });
}

void AcceptancePage::setStation(const core::IssuingStation &station, const QString &clerkLogin)
{
    m_station = station;
    m_clerkLogin = clerkLogin;
    updateFlow();
}

void AcceptancePage::setCardReader(core::CardReader *reader)
{
    m_applicant->setCardReader(reader);
}

void AcceptancePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Coming to this page, the clerk types where the visit stands: the ID number first.
    if (!m_applicant->isIdentified())
        m_applicant->focusIdentifier();
}

QString AcceptancePage::statusText() const
{
    return m_message->text();
}

void AcceptancePage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
}

void AcceptancePage::onIdentified(core::ApplicantKind kind, const QString &identifier)
{
    core::StorageError error;
    core::ApplicantRepository applicants(m_workstation.database(), m_workstation.vault());
    const auto found = applicants.find(identifier, &error);
    if (error) {
        showMessage(error.message, true);
        return;
    }
    core::ApplicantProfile profile;
    profile.kind = kind;
    profile.identifier = identifier;
    m_applicantId = found ? found->id : 0;
    m_applicant->showProfile(found ? found->profile : profile, found.has_value());
    const core::ApplicantProfile shown = m_applicant->profile();
    core::CaseRepository cases(m_workstation.database(), m_workstation.vault());
    QList<core::CaseSummary> earlier;
    QList<core::ReusableMaterial> reusable;
    QList<core::HeldLicence> licences;
    m_earlierAnswers.clear();
    if (m_applicantId > 0) {
        earlier = cases.casesOfApplicant(m_applicantId, 20, &error);
        reusable = cases.reusableMaterials(m_applicantId, m_clock.today(), &error);
        licences = applicants.licences(m_applicantId, &error);
        m_earlierAnswers = cases.earlierAnswers(m_applicantId, &error);
    }
    m_panel->showApplicant(shown, earlier, reusable, licences);
    m_materials->setReusable(reusable);
    if (m_subject) {
        applyPrefill();
        refreshMaterials(true);
    }
    m_picker->focusSearch();
    updateFlow();
}

void AcceptancePage::onSubjectChosen(const QString &code)
{
    m_subject = m_catalog.subject(code);
    if (!m_subject)
        return;
    m_application = m_catalog.mergedApplication(m_subject->matterCodes);
    QStringList departments;
    for (const QString &c : m_subject->matterCodes) {
        if (const core::Matter *m = m_catalog.matter(c)) {
            const core::Department *d = m_catalog.department(m->departmentId);
            const QString name = d ? d->name : m->departmentId;
            if (!departments.contains(name))
                departments << name;
        }
    }
    m_subjectLabel->setText(
        (m_subject->isBundle ? tr("【One thing】%1 — steps at %2") : tr("%1 — %2"))
            .arg(m_subject->name, departments.join(QStringLiteral("、"))));
    m_form->setFields(m_application.fields);
    applyPrefill();
    refreshMaterials(true);
    // The cursor goes to the first field the clerk still has to answer.
    for (const core::FieldSchema &f : m_form->state().fields()) {
        if (!m_form->state().isApplicable(f) || !m_form->state().answer(f.id).isNull())
            continue;
        if (auto *input = m_form->findChild<QWidget *>(f.id); input && input->isVisibleTo(m_form)) {
            input->setFocus();
            break;
        }
    }
    updateFlow();
}

void AcceptancePage::applyPrefill()
{
    if (!m_subject || !m_applicant->isIdentified())
        return;
    const core::ApplicantProfile profile = m_applicant->profile();
    core::PrefillContext sources = core::prefillSources(profile, m_earlierAnswers);
    // An address field wants {division, detail}: the profile's address fills it only with its
    // division code; without one the clerk picks the division (a guess would be wrong).
    const auto address = sources.constFind(QStringLiteral("applicant.address"));
    core::PrefillContext forAddressFields;
    if (address != sources.cend() && !profile.divisionCode.isEmpty()) {
        core::PrefillValue v = *address;
        v.value = QVariantMap{{QStringLiteral("division"), profile.divisionCode},
                              {QStringLiteral("detail"), address->value}};
        forAddressFields.insert(address.key(), v);
    }
    QList<core::FieldSchema> addressFields;
    for (const core::FieldSchema &f : m_form->state().fields()) {
        if (f.type == core::FieldType::Address && f.prefill == QLatin1String("applicant.address"))
            addressFields.append(f);
    }
    if (!addressFields.isEmpty()) {
        sources.remove(QStringLiteral("applicant.address"));
        m_form->applyPrefill(forAddressFields);
    }
    m_form->applyPrefill(sources);
}

void AcceptancePage::refreshMaterials(bool force)
{
    if (!m_subject)
        return;
    const QList<core::MaterialRequirement> applicable =
        core::AcceptanceService::applicableMaterials(m_application,
                                                     m_form->state().applicableAnswers());
    QStringList ids;
    for (const core::MaterialRequirement &m : applicable)
        ids << m.id;
    if (!force && ids == m_materialIds)
        return; // same list: keep the widgets (and the clerk's focus)
    m_materialIds = ids;
    m_materials->setMaterials(applicable);
}

void AcceptancePage::updateFlow()
{
    const bool identified = m_applicant->isIdentified();
    const bool chosen = m_subject.has_value();
    const bool formOk = chosen && m_form->state().validate().isEmpty();
    const bool materialsOk = chosen && m_materials->shortfallCount() == 0;
    const QList<bool> done{identified, chosen, formOk, materialsOk, m_done};
    for (int i = 0; i < m_flowSteps.size(); ++i) {
        m_flowSteps[i]->setStyleSheet(
            done[i] ? QStringLiteral("background: #1d6e3d; color: white; border-radius: 4px;")
                    : QStringLiteral("background: #e4e9f2; color: #333; border-radius: 4px;"));
    }
    const bool open = !m_busy && !m_done;
    m_acceptButton->setEnabled(open && identified && chosen);
    m_noticeButton->setEnabled(open && identified && chosen);
    m_refuseButton->setEnabled(open && identified && chosen);
    m_printButton->setEnabled(m_lastDocument.has_value() && !m_busy);
    m_pdfButton->setEnabled(m_lastDocument.has_value() && !m_busy);
}

void AcceptancePage::accept()
{
    if (!m_acceptButton->isEnabled())
        return;
    if (!m_form->validateAll()) {
        showMessage(tr("Please correct the form first (the cursor is on the first problem)."),
                    true);
        return;
    }
    if (const int missing = m_materials->shortfallCount(); missing > 0) {
        showMessage(tr("%n required material(s) missing or incorrect: give a one-time notice "
                       "(Ctrl+I) instead.",
                       nullptr, missing),
                    true);
        return;
    }
    submit(core::CaseOutcome::Accepted, {}, {});
}

void AcceptancePage::giveNotice()
{
    if (!m_noticeButton->isEnabled())
        return;
    QStringList formProblems;
    for (const core::FieldIssue &issue : m_form->state().validate())
        formProblems << issue.message;
    if (m_materials->shortfallCount() == 0 && formProblems.isEmpty()) {
        showMessage(tr("Nothing is missing or wrong: accept the case instead."), true);
        return;
    }
    submit(core::CaseOutcome::Notice, formProblems.join(u'\n'), {});
}

void AcceptancePage::refuse()
{
    if (!m_refuseButton->isEnabled())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Refuse the application"));
    auto *form = new QFormLayout(&dialog);
    auto *reason = new QPlainTextEdit(&dialog);
    reason->setObjectName(QStringLiteral("refusalReason"));
    reason->setTabChangesFocus(true);
    auto *basis = new QLineEdit(&dialog);
    basis->setObjectName(QStringLiteral("refusalBasis"));
    if (m_subject && !m_subject->isBundle) {
        if (const core::Matter *m = m_catalog.matter(m_subject->code))
            basis->setText(m->legalBasis);
    }
    form->addRow(tr("Reason"), reason);
    form->addRow(tr("Legal basis"), basis);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        refuseWith(reason->toPlainText().trimmed(), basis->text().trimmed());
}

void AcceptancePage::refuseWith(const QString &reason, const QString &legalBasis)
{
    if (!m_refuseButton->isEnabled())
        return;
    submit(core::CaseOutcome::Refused, reason, legalBasis);
}

void AcceptancePage::submit(core::CaseOutcome outcome, const QString &reason,
                            const QString &legalBasis)
{
    core::AcceptanceRequest request;
    request.applicant = m_applicant->profile();
    request.agent = m_applicant->agent();
    request.subjectCode = m_subject ? m_subject->code : QString();
    request.answers = m_form->state().applicableAnswers();
    request.materials = m_materials->decisions();
    request.outcome = outcome;
    request.reason = reason;
    request.legalBasis = legalBasis;
    request.clerk = m_clerkLogin;
    request.windowName = m_station.windowName;

    QList<core::OutcomeNoticeItem> formIssues;
    if (outcome == core::CaseOutcome::Notice) {
        for (const core::FieldIssue &issue : m_form->state().validate()) {
            const core::FieldSchema *f = m_form->state().field(issue.fieldPath.section(u'[', 0, 0));
            formIssues.append(
                {tr("Application form: %1").arg(f ? f->label : issue.fieldPath), issue.message});
        }
    }

    m_busy = true;
    updateFlow();
    showMessage(tr("Saving…"), false);
    const core::Catalog catalog = m_catalog;
    const core::Clock *clock = &m_clock;
    // The transaction runs on the background workstation's thread; the answer comes back to
    // this (GUI) thread through the future's continuation, which Qt drops if the page is gone.
    m_background
        .run<core::AcceptanceResult>([request, catalog, clock](core::Workstation &ws) {
            // Deadlines count on the hub's calendars where sync brought them.
            const core::WorkCalendar calendar = ws.calendar();
            core::AcceptanceService service(ws.database(), ws.vault(), catalog, calendar, *clock);
            return service.submit(request);
        })
        .then(this, [this, request, formIssues](const core::AcceptanceResult &result) {
            finishSubmit(request, formIssues, result);
        });
}

void AcceptancePage::finishSubmit(const core::AcceptanceRequest &request,
                                  const QList<core::OutcomeNoticeItem> &formIssues,
                                  const core::AcceptanceResult &result)
{
    m_busy = false;
    if (!result.ok()) {
        const QString why = result.storageError ? result.storageError.message
                            : !m_background.openError().isEmpty() && result.summary.id.isEmpty()
                                    && result.problems.isEmpty()
                                ? m_background.openError()
                                : result.problems.join(u'\n');
        showMessage(why.isEmpty() ? tr("The case could not be saved.") : why, true);
        updateFlow();
        return;
    }
    m_done = true;
    m_lastResult = result;
    m_lastDocument = core::buildOutcomeDocument(request, result, m_catalog, m_station, formIssues);
    const core::SealResult seal =
        core::DocumentSeal::seal(*m_lastDocument, result.summary.subjectCode,
                                 m_workstation.keys().signingKey(), m_workstation.keys().keyId());
    m_lastSeal = seal.text;
    const core::CaseSummary &c = result.summary;
    switch (c.outcome) {
    case core::CaseOutcome::Accepted:
        showMessage(c.deadline.isValid() && c.status != core::CaseStatus::Completed
                        ? tr("Accepted: %1, due %2. Print the receipt with Ctrl+P.")
                              .arg(c.receiptNumber, c.deadline.toString(Qt::ISODate))
                        : tr("Accepted and completed at the counter: %1.").arg(c.receiptNumber),
                    false);
        break;
    case core::CaseOutcome::Notice:
        showMessage(tr("One-time notice %1 recorded: print it for the applicant with Ctrl+P.")
                        .arg(c.receiptNumber),
                    false);
        break;
    case core::CaseOutcome::Refused:
        showMessage(tr("Refusal %1 recorded: print the notice with Ctrl+P.").arg(c.receiptNumber),
                    false);
        break;
    }
    if (!seal.ok())
        showMessage(m_message->text() + u'\n' + seal.error, true);
    updateFlow();
    emit submitted(result);
}

void AcceptancePage::printLast()
{
    if (!m_lastDocument || m_busy)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!print::DocumentRenderer(*m_lastDocument, m_lastSeal).print(printer, &error))
        showMessage(error, true);
}

bool AcceptancePage::saveLastPdf(const QString &path)
{
    if (!m_lastDocument)
        return false;
    QString error;
    if (!print::DocumentRenderer(*m_lastDocument, m_lastSeal).writePdf(path, &error)) {
        showMessage(error, true);
        return false;
    }
    showMessage(tr("Saved %1.").arg(path), false);
    return true;
}

void AcceptancePage::setCatalog(const core::Catalog &catalog)
{
    m_nextCatalog = catalog;
    if (!m_subject && !m_busy)
        adoptNextCatalog();
}

void AcceptancePage::adoptNextCatalog()
{
    if (!m_nextCatalog)
        return;
    m_catalog = std::move(*m_nextCatalog);
    m_nextCatalog.reset();
    m_picker->setCatalog(m_catalog);
}

void AcceptancePage::newVisit()
{
    if (m_busy)
        return;
    adoptNextCatalog();
    m_applicantId = 0;
    m_subject.reset();
    m_application = {};
    m_materialIds.clear();
    m_earlierAnswers.clear();
    m_done = false;
    m_lastResult.reset();
    m_lastDocument.reset();
    m_lastSeal.clear();
    m_applicant->clear();
    m_panel->clear();
    m_picker->clear();
    m_subjectLabel->setText(tr("No matter chosen yet."));
    m_form->setFields({});
    m_materials->clear();
    showMessage({}, false);
    core::StorageError error;
    m_picker->setUsage(core::CatalogRepository(m_workstation.database()).usage(&error));
    updateFlow();
    m_applicant->focusIdentifier();
}

} // namespace ow::ui
