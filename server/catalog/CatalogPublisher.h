#pragma once

#include <QCoreApplication>
#include <QString>

namespace ow::hub {

struct HubContext;

// Publishes a catalog file (docs/catalog-format.md) and the working-day calendars to every
// workstation: the file is checked whole with core's catalog reader (one bad matter: nothing is
// published), then each department, matter and bundle whose definition differs from what the
// hub published before gets a new change row (only changes travel; an unchanged catalog
// published again costs nothing). Items missing from the new file are published as
// {"removed": true}. One transaction.
class CatalogPublisher final
{
    Q_DECLARE_TR_FUNCTIONS(CatalogPublisher)

public:
    explicit CatalogPublisher(HubContext &hub) : m_hub(hub) {}

    struct Summary
    {
        int changed = 0;
        int removed = 0;
        int unchanged = 0;
    };
    // On failure returns false with every problem in `error` (translated, with lines).
    bool publishCatalog(const QByteArray &catalogJson, Summary *summary, QString *error);
    // The calendars this hub knows (the built-in years), published the same way.
    bool publishCalendars(Summary *summary, QString *error);

private:
    HubContext &m_hub;
};

} // namespace ow::hub
