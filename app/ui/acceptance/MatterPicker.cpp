#include "MatterPicker.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace ow::ui {
namespace {
constexpr int MaxResults = 30;
}

MatterPicker::MatterPicker(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("matterSearch"));
    m_query->setPlaceholderText(tr("Matter or bundle: hanzi, pinyin (bdcdj) or code (F4)"));
    m_query->setClearButtonEnabled(true);
    m_query->installEventFilter(this);
    layout->addWidget(m_query);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("matterResults"));
    m_results->setFocusPolicy(Qt::NoFocus);
    m_results->setMinimumHeight(90);
    layout->addWidget(m_results, 1);
    connect(m_query, &QLineEdit::textChanged, this, &MatterPicker::search);
    connect(m_query, &QLineEdit::returnPressed, this, &MatterPicker::choose);
    connect(m_results, &QListWidget::itemActivated, this, &MatterPicker::choose);
}

MatterPicker::~MatterPicker() = default;

void MatterPicker::setCatalog(const core::Catalog &catalog)
{
    m_catalog = catalog;
    m_search = std::make_unique<core::CatalogSearch>(m_catalog);
    search(m_query->text());
}

void MatterPicker::setUsage(const QHash<QString, int> &usage)
{
    m_usage = usage;
    search(m_query->text());
}

void MatterPicker::clear()
{
    m_query->clear();
    search({});
}

void MatterPicker::focusSearch()
{
    m_query->setFocus();
    m_query->selectAll();
}

int MatterPicker::resultCount() const
{
    return m_results->count();
}

void MatterPicker::search(const QString &text)
{
    m_results->clear();
    if (!m_search)
        return;
    for (const core::CatalogHit &hit : m_search->search(text, MaxResults, m_usage)) {
        QString line;
        if (hit.kind == core::CatalogHit::Kind::Bundle) {
            const core::Bundle *b = m_catalog.bundle(hit.code);
            line = tr("【One thing】%1 — %n matter(s)", nullptr, b ? int(b->matterCodes.size()) : 0)
                       .arg(hit.name);
        } else {
            const core::Matter *m = m_catalog.matter(hit.code);
            const QString limit =
                !m             ? QString()
                : m->immediate ? tr("done at once")
                               : tr("%n working day(s)", nullptr,
                                    m->promisedDays > 0 ? m->promisedDays : m->statutoryDays);
            line = tr("%1 — %2 · %3").arg(hit.name, hit.departmentName, limit);
        }
        auto *item = new QListWidgetItem(line, m_results);
        item->setData(Qt::UserRole, hit.code);
        item->setToolTip(hit.code);
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
}

void MatterPicker::choose()
{
    const QListWidgetItem *item = m_results->currentItem();
    if (item)
        emit chosen(item->data(Qt::UserRole).toString());
}

bool MatterPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int row = m_results->currentRow();
        if (key->key() == Qt::Key_Down && row + 1 < m_results->count()) {
            m_results->setCurrentRow(row + 1);
            return true;
        }
        if (key->key() == Qt::Key_Up && row > 0) {
            m_results->setCurrentRow(row - 1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ow::ui
