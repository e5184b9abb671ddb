#pragma once

#include "core/cases/Case.h"
#include "core/catalog/Matter.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace ow::ui {

// Step 4: the materials the application needs given the form's answers, and how each is
// satisfied: paper original seen, scanned file, reused from the applicant's library, satisfied
// by shared-data verification, replaced by a signed commitment (告知承诺), or missing /
// incorrect (then it goes on the one-time notice). Only what the catalog allows for a material
// is offered. Reusable and verifiable materials are pre-selected; everything else starts as
// missing, so nothing is accepted that the clerk did not check.
class MaterialsView final : public QWidget
{
    Q_OBJECT

public:
    explicit MaterialsView(QWidget *parent = nullptr);

    void setReusable(const QList<core::ReusableMaterial> &reusable);
    // The applicable materials in order; decisions already taken for a material are kept.
    void setMaterials(const QList<core::MaterialRequirement> &materials);
    QList<core::MaterialDecision> decisions() const;
    int shortfallCount() const; // required materials still missing or incorrect
    void clear();

signals:
    void decisionsChanged();

public slots:
    // Every material still marked missing is marked "paper original seen" (Ctrl+M).
    void markRemainingAsPaper();

private:
    struct Row
    {
        core::MaterialRequirement requirement;
        QComboBox *disposition = nullptr;
        QLineEdit *detail = nullptr;
    };
    QComboBox *makeChoice(const core::MaterialRequirement &m);
    void updateSummary();
    const core::ReusableMaterial *reusableFor(const QString &materialId) const;

    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QList<Row> m_rows;
    QList<core::ReusableMaterial> m_reusable;
    QHash<QString, core::MaterialDecision> m_kept; // decisions of rows that went away
};

} // namespace ow::ui
