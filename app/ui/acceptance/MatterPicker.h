#pragma once

#include "core/catalog/Catalog.h"
#include "core/search/CatalogSearch.h"

#include <QWidget>

#include <memory>

class QLineEdit;
class QListWidget;

namespace ow::ui {

// Step 2: the matter or bundle. The clerk types hanzi, pinyin initials, full pinyin or a code;
// results update as they type (answered from memory), this window's frequent matters first.
// Up/Down move through the results without leaving the box; Enter takes the highlighted one.
class MatterPicker final : public QWidget
{
    Q_OBJECT

public:
    explicit MatterPicker(QWidget *parent = nullptr);
    ~MatterPicker() override;

    // Builds the search index (once per catalog: it takes a while for a big one).
    void setCatalog(const core::Catalog &catalog);
    // This window's usage of matters, for ranking; cheap, refreshed for every visit.
    void setUsage(const QHash<QString, int> &usage);
    void clear();
    void focusSearch();
    int resultCount() const;

signals:
    void chosen(const QString &code);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search(const QString &text);
    void choose();

    core::Catalog m_catalog;
    std::unique_ptr<core::CatalogSearch> m_search;
    core::CatalogSearch::Usage m_usage;
    QLineEdit *m_query = nullptr;
    QListWidget *m_results = nullptr;
};

} // namespace ow::ui
