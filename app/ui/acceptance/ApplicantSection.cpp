#include "ApplicantSection.h"

#include "core/Clock.h"
#include "core/validation/CreditCode.h"
#include "core/validation/IdentifierInput.h"
#include "core/validation/ResidentId.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow::ui {

ApplicantSection::ApplicantSection(const core::Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
{
    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *idRow = new QHBoxLayout;
    m_idEdit = new QLineEdit(this);
    m_idEdit->setObjectName(QStringLiteral("applicantId"));
    m_idEdit->setPlaceholderText(tr("Resident ID or credit code, then Enter"));
    m_idEdit->setMaxLength(64);
    auto *readButton = new QPushButton(tr("Read card (F5)"), this);
    readButton->setObjectName(QStringLiteral("readCardButton"));
    readButton->setFocusPolicy(Qt::NoFocus);
    idRow->addWidget(m_idEdit, 1);
    idRow->addWidget(readButton);
    auto *idLabel = new QLabel(tr("&ID number"), this);
    idLabel->setBuddy(m_idEdit);
    layout->addRow(idLabel, idRow);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("applicantStatus"));
    m_status->setWordWrap(true);
    layout->addRow(QString(), m_status);

    const auto addEdit = [&](const QString &label, const char *name) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        edit->setMaxLength(200);
        auto *l = new QLabel(label, this);
        l->setBuddy(edit);
        layout->addRow(l, edit);
        connect(edit, &QLineEdit::textEdited, this, &ApplicantSection::profileEdited);
        return edit;
    };
    m_nameEdit = addEdit(tr("&Name"), "applicantName");
    m_phoneEdit = addEdit(tr("&Phone"), "applicantPhone");
    m_addressEdit = addEdit(tr("A&ddress"), "applicantAddress");
    m_legalRepEdit = new QLineEdit(this);
    m_legalRepEdit->setObjectName(QStringLiteral("legalRepresentative"));
    m_legalRepLabel = new QLabel(tr("Legal representative"), this);
    m_legalRepLabel->setBuddy(m_legalRepEdit);
    layout->addRow(m_legalRepLabel, m_legalRepEdit);
    m_legalRepLabel->hide();
    m_legalRepEdit->hide();

    m_agentBox = new QCheckBox(tr("Handled by an a&gent (经办人)"), this);
    m_agentBox->setObjectName(QStringLiteral("agentBox"));
    layout->addRow(QString(), m_agentBox);
    m_agentFields = new QWidget(this);
    auto *agentLayout = new QFormLayout(m_agentFields);
    agentLayout->setContentsMargins(0, 0, 0, 0);
    m_agentName = new QLineEdit(m_agentFields);
    m_agentName->setObjectName(QStringLiteral("agentName"));
    m_agentId = new QLineEdit(m_agentFields);
    m_agentId->setObjectName(QStringLiteral("agentId"));
    agentLayout->addRow(tr("Agent's name"), m_agentName);
    agentLayout->addRow(tr("Agent's ID number"), m_agentId);
    layout->addRow(m_agentFields);
    m_agentFields->hide();
    connect(m_agentBox, &QCheckBox::toggled, m_agentFields, &QWidget::setVisible);

    connect(m_idEdit, &QLineEdit::returnPressed, this, &ApplicantSection::submitIdentifier);
    connect(readButton, &QPushButton::clicked, this, &ApplicantSection::readCard);
}

void ApplicantSection::setCardReader(core::CardReader *reader)
{
    if (m_reader)
        disconnect(m_reader, nullptr, this, nullptr);
    m_reader = reader;
    if (!m_reader)
        return;
    connect(m_reader, &core::CardReader::cardRead, this, &ApplicantSection::onCardRead);
    connect(m_reader, &core::CardReader::readFailed, this,
            [this](const QString &reason) { setStatus(reason, true); });
}

void ApplicantSection::readCard()
{
    if (!m_reader) {
        setStatus(tr("No card reader is configured at this window."), true);
        return;
    }
    setStatus(tr("Reading the card…"), false);
    m_reader->requestRead();
}

void ApplicantSection::onCardRead(const core::IdCardData &card)
{
    core::ApplicantProfile p;
    p.kind = core::ApplicantKind::Person;
    p.identifier = card.idNumber;
    p.name = card.name;
    p.address = card.address;
    const core::Provenance fromCard{core::Provenance::Kind::CardReader, {}, m_clock.today()};
    for (const char *field : {"identifier", "name", "address"})
        p.provenance.insert(QLatin1String(field), fromCard);
    m_loaded = p;
    m_kind = p.kind;
    m_identifier = p.identifier;
    m_idEdit->setText(core::maskResidentId(card.idNumber));
    m_nameEdit->setText(card.name);
    m_addressEdit->setText(card.address);
    setStatus(tr("Card read: %1").arg(card.name), false);
    emit identified(m_kind, m_identifier);
}

void ApplicantSection::submitIdentifier()
{
    const QString input = m_idEdit->text();
    const core::ResidentIdResult id = core::ResidentIdValidator::validate(input, m_clock.today());
    if (id.valid) {
        m_kind = core::ApplicantKind::Person;
        m_identifier = id.normalized;
    } else {
        const core::CreditCodeResult code = core::CreditCodeValidator::validate(input);
        if (!code.valid) {
            // Say what is wrong with the kind of number it most looks like.
            const QString folded = core::foldIdentifierInput(input).text;
            const bool looksLikeCode = folded.size() == 18 && folded.front().isLetter();
            setStatus(looksLikeCode ? code.reason : id.reason, true);
            m_idEdit->selectAll();
            return;
        }
        m_kind = core::ApplicantKind::Organization;
        m_identifier = code.normalized;
    }
    m_loaded = {};
    m_loaded.kind = m_kind;
    m_loaded.identifier = m_identifier;
    m_loaded.provenance.insert(QStringLiteral("identifier"),
                               {core::Provenance::Kind::Clerk, {}, m_clock.today()});
    m_legalRepLabel->setVisible(m_kind == core::ApplicantKind::Organization);
    m_legalRepEdit->setVisible(m_kind == core::ApplicantKind::Organization);
    setStatus({}, false);
    emit identified(m_kind, m_identifier);
}

void ApplicantSection::showProfile(const core::ApplicantProfile &profile, bool known)
{
    // What the card (or the clerk) just said is newer than the cache: it wins field by field.
    core::ApplicantProfile shown = profile;
    shown.mergeFrom(m_loaded);
    m_loaded = shown;
    m_kind = m_loaded.kind;
    m_identifier = m_loaded.identifier;
    m_idEdit->setText(m_loaded.maskedIdentifier());
    const auto show = [](QLineEdit *edit, const QString &value, const core::Provenance &p) {
        edit->setText(value);
        edit->setToolTip(value.isEmpty() ? QString() : tr("Source: %1").arg(p.describe()));
    };
    show(m_nameEdit, m_loaded.name, m_loaded.provenance.value(QStringLiteral("name")));
    show(m_phoneEdit, m_loaded.phone, m_loaded.provenance.value(QStringLiteral("phone")));
    show(m_addressEdit, m_loaded.address, m_loaded.provenance.value(QStringLiteral("address")));
    show(m_legalRepEdit, m_loaded.legalRepresentative.name,
         m_loaded.provenance.value(QStringLiteral("legalRepresentative")));
    const bool organization = m_kind == core::ApplicantKind::Organization;
    m_legalRepLabel->setVisible(organization);
    m_legalRepEdit->setVisible(organization);
    setStatus(known ? tr("Known applicant: %1").arg(m_loaded.name)
                    : tr("New applicant: please enter the name and phone."),
              false);
}

core::ApplicantProfile ApplicantSection::profile() const
{
    core::ApplicantProfile p = m_loaded;
    p.kind = m_kind;
    p.identifier = m_identifier;
    const core::Provenance typed{core::Provenance::Kind::Clerk, {}, m_clock.today()};
    const auto take = [&](QString &field, QLineEdit *edit, const char *key) {
        const QString value = edit->text().trimmed();
        if (value == field)
            return;
        field = value;
        p.provenance.insert(QLatin1String(key), typed);
    };
    take(p.name, m_nameEdit, "name");
    take(p.phone, m_phoneEdit, "phone");
    take(p.address, m_addressEdit, "address");
    if (m_kind == core::ApplicantKind::Organization)
        take(p.legalRepresentative.name, m_legalRepEdit, "legalRepresentative");
    return p;
}

core::PersonRef ApplicantSection::agent() const
{
    if (!m_agentBox->isChecked())
        return {};
    const core::ResidentIdResult id =
        core::ResidentIdValidator::validate(m_agentId->text(), m_clock.today());
    return {
        m_agentName->text().trimmed(), id.valid ? id.normalized : m_agentId->text().trimmed(), {}};
}

void ApplicantSection::clear()
{
    m_loaded = {};
    m_identifier.clear();
    for (QLineEdit *e : {m_idEdit, m_nameEdit, m_phoneEdit, m_addressEdit, m_legalRepEdit,
                         m_agentName, m_agentId}) {
        e->clear();
        e->setToolTip({});
    }
    m_agentBox->setChecked(false);
    m_legalRepLabel->hide();
    m_legalRepEdit->hide();
    setStatus({}, false);
}

void ApplicantSection::focusIdentifier()
{
    m_idEdit->setFocus();
    m_idEdit->selectAll();
}

void ApplicantSection::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
}

} // namespace ow::ui
