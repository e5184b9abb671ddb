#include "MaterialsView.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ow::ui {
namespace {

QString requirementText(const core::MaterialRequirement &m)
{
    QString form;
    switch (m.form) {
    case core::MaterialForm::Original:
        form = MaterialsView::tr("original");
        break;
    case core::MaterialForm::Copy:
        form = MaterialsView::tr("copy");
        break;
    case core::MaterialForm::OriginalAndCopy:
        form = MaterialsView::tr("original and copy");
        break;
    }
    return MaterialsView::tr("%1 × %2%3")
        .arg(form)
        .arg(m.copies)
        .arg(m.required ? QString() : MaterialsView::tr(", if any"));
}

} // namespace

MaterialsView::MaterialsView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("materialsTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Material"), tr("Required form"), tr("How it is satisfied"), tr("Note")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setWordWrap(true);
    layout->addWidget(m_table, 1);
    auto *bottom = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("materialsSummary"));
    bottom->addWidget(m_summary, 1);
    auto *allPaper = new QPushButton(tr("Remaining received on paper (Ctrl+M)"), this);
    allPaper->setObjectName(QStringLiteral("markAllPaper"));
    allPaper->setFocusPolicy(Qt::NoFocus);
    connect(allPaper, &QPushButton::clicked, this, &MaterialsView::markRemainingAsPaper);
    bottom->addWidget(allPaper);
    layout->addLayout(bottom);
    updateSummary();
}

void MaterialsView::setReusable(const QList<core::ReusableMaterial> &reusable)
{
    m_reusable = reusable;
}

const core::ReusableMaterial *MaterialsView::reusableFor(const QString &materialId) const
{
    for (const core::ReusableMaterial &r : m_reusable) {
        if (r.materialId == materialId)
            return &r;
    }
    return nullptr;
}

QComboBox *MaterialsView::makeChoice(const core::MaterialRequirement &m)
{
    using D = core::MaterialDisposition;
    auto *box = new QComboBox(m_table);
    box->setObjectName(QStringLiteral("material:") + m.id);
    const auto add = [&](D d, const QString &text) {
        box->addItem(text, QVariant::fromValue(int(d)));
    };
    add(D::Missing, core::CaseText::dispositionName(D::Missing));
    add(D::Paper, core::CaseText::dispositionName(D::Paper));
    add(D::Scanned, core::CaseText::dispositionName(D::Scanned));
    if (const core::ReusableMaterial *r = m.reuseValidDays > 0 ? reusableFor(m.id) : nullptr)
        add(D::Reused, tr("Reuse %1 (valid until %2)")
                           .arg(r->receiptNumber, r->validUntil.toString(Qt::ISODate)));
    if (!m.verification.isEmpty())
        add(D::Verified, tr("Shared-data verification (%1)").arg(m.verification));
    if (m.commitmentAllowed)
        add(D::Commitment, core::CaseText::dispositionName(D::Commitment));
    add(D::Incorrect, core::CaseText::dispositionName(D::Incorrect));
    return box;
}

void MaterialsView::setMaterials(const QList<core::MaterialRequirement> &materials)
{
    using D = core::MaterialDisposition;
    for (const core::MaterialDecision &d : decisions())
        m_kept.insert(d.materialId, d);
    m_rows.clear();
    m_table->setRowCount(0);
    m_table->setRowCount(int(materials.size()));
    int row = 0;
    for (const core::MaterialRequirement &m : materials) {
        auto *name = new QTableWidgetItem(m.required ? m.name : tr("%1 (optional)").arg(m.name));
        name->setToolTip(m.note);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(requirementText(m)));
        Row r{m, makeChoice(m), new QLineEdit(m_table)};
        r.detail->setObjectName(QStringLiteral("material:%1:detail").arg(m.id));
        r.detail->setPlaceholderText(tr("What is needed / file / remark"));
        D initial = D::Missing;
        if (const auto it = m_kept.constFind(m.id); it != m_kept.cend()) {
            initial = it->disposition;
            r.detail->setText(it->detail);
        } else if (m.reuseValidDays > 0 && reusableFor(m.id)) {
            initial = D::Reused;
        } else if (!m.verification.isEmpty()) {
            initial = D::Verified;
        }
        const int index = r.disposition->findData(int(initial));
        r.disposition->setCurrentIndex(index >= 0 ? index : 0);
        connect(r.disposition, &QComboBox::currentIndexChanged, this, [this] {
            updateSummary();
            emit decisionsChanged();
        });
        m_table->setCellWidget(row, 2, r.disposition);
        m_table->setCellWidget(row, 3, r.detail);
        m_rows.append(r);
        ++row;
    }
    m_table->resizeRowsToContents();
    updateSummary();
    emit decisionsChanged();
}

QList<core::MaterialDecision> MaterialsView::decisions() const
{
    QList<core::MaterialDecision> result;
    for (const Row &r : m_rows) {
        core::MaterialDecision d;
        d.materialId = r.requirement.id;
        d.disposition = core::MaterialDisposition(r.disposition->currentData().toInt());
        d.detail = r.detail->text().trimmed();
        if (d.disposition == core::MaterialDisposition::Reused) {
            if (const core::ReusableMaterial *reusable = reusableFor(d.materialId))
                d.libraryId = reusable->libraryId;
        }
        result.append(d);
    }
    return result;
}

int MaterialsView::shortfallCount() const
{
    int count = 0;
    for (const Row &r : m_rows) {
        const auto d = core::MaterialDisposition(r.disposition->currentData().toInt());
        if (r.requirement.required
            && (d == core::MaterialDisposition::Missing
                || d == core::MaterialDisposition::Incorrect))
            ++count;
    }
    return count;
}

void MaterialsView::markRemainingAsPaper()
{
    for (const Row &r : std::as_const(m_rows)) {
        if (core::MaterialDisposition(r.disposition->currentData().toInt())
            == core::MaterialDisposition::Missing)
            r.disposition->setCurrentIndex(
                r.disposition->findData(int(core::MaterialDisposition::Paper)));
    }
}

void MaterialsView::clear()
{
    m_kept.clear();
    m_reusable.clear();
    m_rows.clear();
    m_table->setRowCount(0);
    updateSummary();
}

void MaterialsView::updateSummary()
{
    const int missing = shortfallCount();
    m_summary->setText(
        m_rows.isEmpty() ? tr("No materials yet: choose a matter.")
        : missing == 0   ? tr("All %n required material(s) satisfied.", nullptr, int(m_rows.size()))
                         : tr("%n required material(s) missing or incorrect.", nullptr, missing));
    m_summary->setStyleSheet(missing == 0 ? QString() : QStringLiteral("color: #b3261e;"));
}

} // namespace ow::ui
