#pragma once

#include "HubAnswers.h"

#include "../storage/Database.h"
#include "../storage/StorageError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace ow::core {

class PersonalDataVault;

struct ChangeApplyResult
{
    StorageError error; // set: nothing of the page was applied, the cursor did not move
    qint64 cursor = 0;  // the cursor now stored
    int applied = 0;
    int skipped = 0; // refused items, kept in sync_skipped_change
    bool catalogChanged = false;
    bool calendarChanged = false;
    QStringList statusChangedCases;  // case ids with a new hub status
    QStringList answeredCases;       // case ids with a newly recorded verification
};

// Applies one page of GET /changes to the workstation cache in ONE transaction together with
// the new cursor: after a crash the workstation has either the whole page and its cursor or
// neither, so it asks for the same page again and nothing is applied twice or lost.
//
// Per kind: department/matter/bundle → the cached catalog (CatalogChangeApplier), calendar →
// calendar_year, case.status → case_hub_status, verification → case_verification (the hub's
// signature checked against its enrolled key). A catalog item or calendar year the hub took
// back ({"removed": true}) is deleted from the cache — a department last, once none of its
// matters is left. An item that fails its checks is skipped and
// recorded in sync_skipped_change with the reason; unknown kinds (a newer hub) likewise. Changes
// at or before the stored cursor (applied meanwhile by another process on this workstation,
// e.g. `onewindow-cli sync once` beside the workbench) are passed over.
class ChangeApplier final
{
    Q_DECLARE_TR_FUNCTIONS(ChangeApplier)

public:
    ChangeApplier(Database &database, PersonalDataVault &vault)
        : m_db(database)
        , m_vault(vault)
    {}

    ChangeApplyResult apply(const HubChangesPage &page, const QByteArray &hubPublicKeyPem,
                            const QDateTime &now);

private:
    Database &m_db;
    PersonalDataVault &m_vault;
};

} // namespace ow::core
