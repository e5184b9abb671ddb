#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace ow::core {

// One administrative division (GB/T 2260) at province, prefecture or county level.
struct Division
{
    enum class Level { Province, Prefecture, County };

    QString code; // six digits
    QString name; // as published, e.g. 南山区, or a placeholder such as 市辖区
    Level level = Level::County;
};

// The division code table shipped in resources/divisions/ (source and date recorded there).
// Immutable after loading; safe to share between threads.
class DivisionTable
{
    Q_DECLARE_TR_FUNCTIONS(DivisionTable)

public:
    // The table embedded in the application, loaded on first use.
    static const DivisionTable &builtIn();

    // Parses "code<TAB>name" lines; '#' starts a comment line. Malformed lines are skipped
    // and counted in `rejectedLines`.
    static DivisionTable fromTsv(const QByteArray &data);

    std::optional<Division> find(const QString &code) const;
    // The enclosing division (county → prefecture → province), if it is in the table.
    std::optional<Division> parent(const QString &code) const;
    QList<Division> children(const QString &code) const;
    // Province, prefecture and county names joined as an address would write them:
    // 广东省深圳市南山区. Placeholder levels (市辖区, 县, 省直辖县级行政区划) are left out.
    QString fullName(const QString &code) const;

    qsizetype size() const { return m_divisions.size(); }
    int rejectedLines() const { return m_rejectedLines; }
    QString sourceNote() const { return m_sourceNote; }

    static Division::Level levelOf(const QString &code);

private:
    QHash<QString, Division> m_divisions;
    QHash<QString, QList<QString>> m_children;
    int m_rejectedLines = 0;
    QString m_sourceNote;
};

} // namespace ow::core
