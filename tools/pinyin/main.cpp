// ow-pinyin-gen: turns Unihan's Mandarin readings into the compact table embedded in
// onewindow-core (format: app/core/search/PinyinTableFormat.h). Run by the build.
//
//   ow-pinyin-gen [--bzip2 PROGRAM] Unihan_Readings.txt[.bz2] OUTPUT
//
// A .bz2 input is read through PROGRAM -dc (default: bzip2 on PATH). Exit status 0 when the
// table was written, 1 on any failure (the reason goes to stderr).

#include "UnihanPinyin.h"
#include "core/search/PinyinTableFormat.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>
#include <map>
#include <vector>

using namespace ow::tools;
namespace fmt = ow::core::pinyinformat;

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

std::optional<QByteArray> readInput(const QString &path, const QString &bzip2)
{
    if (!path.endsWith(QStringLiteral(".bz2"))) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            err() << "ow-pinyin-gen: cannot read " << path << ": " << file.errorString()
                  << Qt::endl;
            return std::nullopt;
        }
        return file.readAll();
    }
    QProcess process;
    process.start(bzip2, {QStringLiteral("-dc"), path});
    process.closeWriteChannel();
    QByteArray data;
    while (process.waitForReadyRead(-1))
        data += process.readAllStandardOutput();
    process.waitForFinished(-1);
    data += process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        err() << "ow-pinyin-gen: " << bzip2 << " -dc " << path << " failed: "
              << process.errorString() << ' '
              << QString::fromLocal8Bit(process.readAllStandardError()) << Qt::endl;
        return std::nullopt;
    }
    return data;
}

struct Encoded
{
    QByteArray bytes;
    qsizetype syllables = 0;
    qsizetype sets = 0;
    qsizetype outsideBmp = 0;
};

std::optional<Encoded> encode(const QMap<char32_t, QStringList> &readings)
{
    std::map<QString, std::uint32_t> syllableIds;
    for (const QStringList &list : readings) {
        for (const QString &s : list)
            syllableIds.emplace(s, 0);
    }
    if (syllableIds.size() > 0xFFFF) {
        err() << "ow-pinyin-gen: too many distinct syllables" << Qt::endl;
        return std::nullopt;
    }
    Encoded out;
    out.bytes.append(fmt::kMagic, fmt::kMagicSize);
    fmt::appendVarint(out.bytes, std::uint32_t(syllableIds.size()));
    std::uint32_t nextId = 0;
    for (auto &[syllable, id] : syllableIds) {
        if (syllable.size() > fmt::kMaxSyllableLength) {
            err() << "ow-pinyin-gen: syllable too long: " << syllable << Qt::endl;
            return std::nullopt;
        }
        id = nextId++;
        fmt::appendVarint(out.bytes, std::uint32_t(syllable.size()));
        out.bytes.append(syllable.toLatin1());
    }
    out.syllables = qsizetype(syllableIds.size());

    // Reading sets, numbered by first use in code point order.
    std::map<std::vector<std::uint32_t>, std::uint32_t> setIds;
    std::vector<const std::vector<std::uint32_t> *> setsInOrder;
    std::vector<std::pair<char32_t, std::uint32_t>> entries;
    for (auto it = readings.cbegin(); it != readings.cend(); ++it) {
        std::vector<std::uint32_t> set;
        for (const QString &s : it.value())
            set.push_back(syllableIds.at(s));
        if (set.size() > std::size_t(fmt::kMaxReadingsPerSet)) {
            err() << "ow-pinyin-gen: too many readings for U+" << Qt::hex << uint(it.key())
                  << Qt::endl;
            return std::nullopt;
        }
        const auto [pos, inserted] = setIds.emplace(set, std::uint32_t(setIds.size()));
        if (inserted)
            setsInOrder.push_back(&pos->first);
        entries.emplace_back(it.key(), pos->second);
        if (it.key() > 0xFFFF)
            ++out.outsideBmp;
    }
    fmt::appendVarint(out.bytes, std::uint32_t(setsInOrder.size()));
    for (const auto *set : setsInOrder) {
        fmt::appendVarint(out.bytes, std::uint32_t(set->size()));
        for (const std::uint32_t id : *set)
            fmt::appendVarint(out.bytes, id);
    }
    out.sets = qsizetype(setsInOrder.size());

    fmt::appendVarint(out.bytes, std::uint32_t(entries.size()));
    char32_t previous = 0;
    for (const auto &[cp, set] : entries) {
        fmt::appendVarint(out.bytes, std::uint32_t(cp - previous));
        fmt::appendVarint(out.bytes, set);
        previous = cp;
    }
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    QString bzip2 = QStringLiteral("bzip2");
    if (args.size() >= 2 && args.first() == u"--bzip2") {
        bzip2 = args.at(1);
        args.remove(0, 2);
    }
    if (args.size() != 2) {
        err() << "usage: ow-pinyin-gen [--bzip2 PROGRAM] Unihan_Readings.txt[.bz2] OUTPUT"
              << Qt::endl;
        return 1;
    }
    QElapsedTimer timer;
    timer.start();

    const auto text = readInput(args.at(0), bzip2);
    if (!text)
        return 1;
    const UnihanPinyin parsed = parseUnihanReadings(*text);
    const qsizetype shown = std::min<qsizetype>(parsed.problems.size(), 20);
    for (const QString &problem : parsed.problems.first(shown))
        err() << "ow-pinyin-gen: skipped " << problem << Qt::endl;
    if (parsed.problems.size() > 20)
        err() << "ow-pinyin-gen: ... and " << parsed.problems.size() - 20 << " more" << Qt::endl;
    // Unihan 15 has about 41,000 characters with a Mandarin reading; far fewer means the
    // input is not the file we expect.
    if (parsed.readings.size() < 20000) {
        err() << "ow-pinyin-gen: only " << parsed.readings.size() << " characters with readings in "
              << args.at(0) << "; is it Unihan_Readings.txt?" << Qt::endl;
        return 1;
    }
    const auto encoded = encode(parsed.readings);
    if (!encoded)
        return 1;

    QSaveFile out(args.at(1));
    if (!out.open(QIODevice::WriteOnly) || out.write(encoded->bytes) != encoded->bytes.size()
        || !out.commit()) {
        err() << "ow-pinyin-gen: cannot write " << args.at(1) << ": " << out.errorString()
              << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << "ow-pinyin-gen: " << parsed.readings.size() << " characters ("
                        << encoded->outsideBmp << " outside the BMP), " << encoded->syllables
                        << " syllables, " << encoded->sets << " reading sets, "
                        << encoded->bytes.size() << " bytes in " << timer.elapsed() << " ms"
                        << Qt::endl;
    return 0;
}
