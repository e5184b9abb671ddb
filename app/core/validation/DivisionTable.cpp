#include "DivisionTable.h"

#include "../Logging.h"

#include <QFile>

#include <algorithm>

namespace ow::core {
namespace {

bool isSixDigits(const QString &code)
{
    return code.size() == 6
           && std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

bool isPlaceholderName(const QString &name)
{
    return name == u"市辖区" || name == u"县" || name == u"省直辖县级行政区划"
           || name == u"自治区直辖县级行政区划";
}

std::optional<QString> parentCode(const QString &code)
{
    switch (DivisionTable::levelOf(code)) {
    case Division::Level::County:
        return code.left(4) + QStringLiteral("00");
    case Division::Level::Prefecture:
        return code.left(2) + QStringLiteral("0000");
    case Division::Level::Province:
        break;
    }
    return std::nullopt;
}

} // namespace

Division::Level DivisionTable::levelOf(const QString &code)
{
    if (code.endsWith(QStringLiteral("0000")))
        return Division::Level::Province;
    if (code.endsWith(QStringLiteral("00")))
        return Division::Level::Prefecture;
    return Division::Level::County;
}

const DivisionTable &DivisionTable::builtIn()
{
    static const DivisionTable table = [] {
        QFile file(QStringLiteral(":/divisions/divisions.tsv"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcValidation) << "the embedded division table is missing";
            return DivisionTable{};
        }
        return fromTsv(file.readAll());
    }();
    return table;
}

DivisionTable DivisionTable::fromTsv(const QByteArray &data)
{
    DivisionTable table;
    QStringList note;
    const QList<QByteArray> lines = data.split('\n');
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith('#')) {
            note << QString::fromUtf8(line.mid(1)).trimmed();
            continue;
        }
        const qsizetype tab = line.indexOf('\t');
        const QString code = QString::fromUtf8(line.left(tab));
        const QString name = QString::fromUtf8(line.mid(tab + 1)).trimmed();
        if (tab < 0 || !isSixDigits(code) || name.isEmpty() || table.m_divisions.contains(code)) {
            ++table.m_rejectedLines;
            continue;
        }
        table.m_divisions.insert(code, Division{code, name, levelOf(code)});
    }
    for (auto it = table.m_divisions.cbegin(); it != table.m_divisions.cend(); ++it) {
        if (const auto p = parentCode(it.key()); p && table.m_divisions.contains(*p))
            table.m_children[*p].append(it.key());
    }
    for (auto &list : table.m_children)
        std::sort(list.begin(), list.end());
    table.m_sourceNote = note.join(QLatin1Char(' '));
    return table;
}

std::optional<Division> DivisionTable::find(const QString &code) const
{
    const auto it = m_divisions.constFind(code);
    if (it == m_divisions.cend())
        return std::nullopt;
    return *it;
}

std::optional<Division> DivisionTable::parent(const QString &code) const
{
    const auto p = parentCode(code);
    return p ? find(*p) : std::nullopt;
}

QList<Division> DivisionTable::children(const QString &code) const
{
    QList<Division> result;
    for (const QString &child : m_children.value(code))
        result.append(m_divisions.value(child));
    return result;
}

QString DivisionTable::fullName(const QString &code) const
{
    QStringList parts;
    std::optional<QString> current = code;
    while (current) {
        if (const auto d = find(*current); d && !isPlaceholderName(d->name))
            parts.prepend(d->name);
        current = parentCode(*current);
    }
    return parts.join(QString());
}

} // namespace ow::core
