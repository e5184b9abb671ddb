#include "PlaceholderPage.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ow::ui {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &description,
                                 const QStringList &flow, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(16);

    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("pageTitle"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    layout->addWidget(heading);

    auto *badge = new QLabel(tr("Planned — arrives in a coming release"), this);
    badge->setObjectName(QStringLiteral("plannedBadge"));
    badge->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4ce; color: #7a5b00; border: 1px solid #e6c65c;"
        " border-radius: 4px; padding: 3px 10px; }"));
    badge->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    layout->addWidget(badge);

    auto *text = new QLabel(description, this);
    text->setObjectName(QStringLiteral("pageDescription"));
    text->setWordWrap(true);
    layout->addWidget(text);

    if (!flow.isEmpty()) {
        auto *flowRow = new QHBoxLayout;
        flowRow->setSpacing(8);
        for (qsizetype i = 0; i < flow.size(); ++i) {
            auto *step = new QLabel(flow.at(i), this);
            step->setObjectName(QStringLiteral("flowStep%1").arg(i + 1));
            step->setAlignment(Qt::AlignCenter);
            step->setStyleSheet(QStringLiteral(
                "QLabel { background: #eef3fb; color: #1d3d6e; border: 1px solid #b8c9e6;"
                " border-radius: 6px; padding: 10px 14px; }"));
            flowRow->addWidget(step);
            if (i + 1 < flow.size()) {
                auto *arrow = new QLabel(QStringLiteral("→"), this);
                arrow->setAccessibleName(tr("then"));
                flowRow->addWidget(arrow);
            }
        }
        flowRow->addStretch();
        layout->addLayout(flowRow);
    }
    layout->addStretch();
}

} // namespace ow::ui
