#pragma once

#include "../storage/Database.h"
#include "../storage/StorageError.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ow::core {

struct AuditEntry
{
    qint64 seq = 0;
    QDateTime at;
    QString actor;   // the clerk's login, or "system"
    QString action;  // e.g. "case.accept", "clerk.login", "screen.lock"
    QString subject; // what it was done to: a receipt number, a login, a file
    QString detail;  // free text; never personal data in clear
    QByteArray prevHash;
    QByteArray hash;
};

// The workstation's append-only, SM3 hash-chained audit trail. append() joins the caller's open
// transaction when there is one (so a case and its audit entry commit together) and is its own
// statement otherwise. The table refuses UPDATE and DELETE; verify() finds any entry whose
// chain no longer holds (an edit made with the triggers dropped, a row removed).
class AuditLog final
{
public:
    explicit AuditLog(Database &database)
        : m_db(database)
    {}

    [[nodiscard]] StorageError append(const QString &actor, const QString &action,
                                      const QString &subject, const QString &detail,
                                      const QDateTime &at);

    // Newest first, at most `limit`; only `action` when not empty.
    QList<AuditEntry> latest(int limit, const QString &action, StorageError *error) const;

    struct Verification
    {
        qint64 checked = 0;
        qint64 firstBrokenSeq = 0; // 0 when the chain is intact
        bool intact() const { return firstBrokenSeq == 0; }
    };
    Verification verify(StorageError *error) const;

    // SM3(prevHash ‖ length-prefixed UTF-8 of seq, at, actor, action, subject, detail).
    static QByteArray chainHash(const QByteArray &prevHash, const AuditEntry &entry);

private:
    Database &m_db;
};

} // namespace ow::core
