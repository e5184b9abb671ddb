#include "Migration.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace ow::core {

QList<Migration> loadMigrations(const QString &directory, QString *error)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> result;
    const QDir dir(directory);
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &fileName : files) {
        const auto match = pattern.match(fileName);
        QFile file(dir.filePath(fileName));
        if (!match.hasMatch() || !file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("unreadable or badly named migration %1").arg(fileName);
            return {};
        }
        result.append({match.captured(1).toInt(), match.captured(2),
                       QString::fromUtf8(file.readAll())});
    }
    std::sort(result.begin(), result.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    for (qsizetype i = 0; i < result.size(); ++i) {
        if (result[i].version != i + 1) {
            if (error)
                *error = QStringLiteral("migration %1 (%2) is out of sequence; expected %3")
                             .arg(result[i].version)
                             .arg(result[i].name)
                             .arg(i + 1);
            return {};
        }
    }
    if (error)
        error->clear();
    return result;
}

} // namespace ow::core
