#pragma once

#include <QList>
#include <QString>

namespace ow::core {

// One numbered schema step, e.g. sql/workstation/0002_cases.sql → {2, "cases", <script>}.
struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

// The migrations found in a directory (a resource path such as ":/sql/workstation" or a real
// one), ordered by number. Files must be named NNNN_name.sql and numbered 1, 2, 3 … without
// gaps or repeats; otherwise the list is empty and `error` says which file is wrong (this is
// a packaging mistake, not a user one, so the message is for developers and not translated).
QList<Migration> loadMigrations(const QString &directory, QString *error = nullptr);

} // namespace ow::core
