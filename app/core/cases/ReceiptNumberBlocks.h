#pragma once

#include "../storage/Database.h"
#include "../storage/StorageError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ow::core {

// This window's pre-allocated receipt numbers (受理编号), so acceptance never needs the network.
// A block is a prefix and a range, e.g. "W01-2026" 1–5000, handing out W01-2026-000001 onwards.
// Blocks are granted by the hub (sync) or by an administrator (onewindow-cli receipts grant) and
// used oldest first. take() runs inside the caller's transaction: a rolled-back acceptance
// gives its number back.
class ReceiptNumberBlocks final
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptNumberBlocks)

public:
    static constexpr int DigitCount = 6;
    static constexpr qint64 MaxNumber = 999999;

    struct Block
    {
        qint64 id = 0;
        QString prefix;
        qint64 first = 0;
        qint64 last = 0;
        qint64 next = 0;
        QString source;
        QDateTime grantedAt;
        qint64 remaining() const { return last - next + 1; }
    };

    explicit ReceiptNumberBlocks(Database &database)
        : m_db(database)
    {}

    // Refuses (translated reason in `error.message`) a malformed prefix ([A-Za-z0-9-], 1–32,
    // not ending in '-'), a bad range, or a range overlapping a block of the same prefix.
    [[nodiscard]] StorageError grant(const QString &prefix, qint64 first, qint64 last,
                                     const QString &source, const QDateTime &now);
    // The next unused number; nothing with a translated error when every block is used up.
    std::optional<QString> take(StorageError *error);
    qint64 remaining(StorageError *error) const;
    QList<Block> blocks(StorageError *error) const;

    static QString format(const QString &prefix, qint64 number);

private:
    Database &m_db;
};

} // namespace ow::core
