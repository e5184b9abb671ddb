#include "RegistryFile.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace ow::hub {
namespace {

constexpr qsizetype kMaxIssues = 100;
constexpr QStringView kEnvelopeKeys[] = {u"format", u"version", u"registry",
                                         u"source", u"note",    u"records"};

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

QString RegistryIssue::toString() const
{
    QString where = file;
    if (line > 0)
        where += u':' + QString::number(line);
    if (!path.isEmpty())
        where += QStringLiteral(": ") + path;
    return where + QStringLiteral(": ") + reason;
}

RegistryFile::RegistryFile(QString fileName, QByteArray raw, QList<RegistryIssue> *issues)
    : m_fileName(std::move(fileName))
    , m_raw(std::move(raw))
    , m_issues(issues)
{}

void RegistryFile::issue(int line, const QString &path, const QString &reason)
{
    if (m_issues->size() > kMaxIssues)
        return;
    if (m_issues->size() == kMaxIssues) {
        m_issues->append(
            {m_fileName,
             0,
             {},
             tr("More problems were found; only the first %1 are listed.").arg(kMaxIssues)});
        return;
    }
    m_issues->append({m_fileName, line, path, reason});
}

int RegistryFile::lineAt(qsizetype offset) const
{
    offset = std::clamp<qsizetype>(offset, 0, m_raw.size());
    return int(std::count(m_raw.cbegin(), m_raw.cbegin() + offset, '\n')) + 1;
}

bool RegistryFile::read()
{
    if (m_raw.size() > kMaxFileSize) {
        issue(0, {}, tr("The file is larger than %1 MiB.").arg(kMaxFileSize / (1024 * 1024)));
        return false;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(m_raw, &error);
    if (error.error != QJsonParseError::NoError) {
        issue(lineAt(error.offset), {}, tr("Not valid JSON: %1.").arg(error.errorString()));
        return false;
    }
    if (!document.isObject()) {
        issue(1, {}, tr("The file must hold one JSON object."));
        return false;
    }
    const QJsonObject root = document.object();
    const qsizetype before = m_issues->size();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (std::find(std::begin(kEnvelopeKeys), std::end(kEnvelopeKeys), it.key())
            == std::end(kEnvelopeKeys))
            issue(envelopeLine(it.key()), it.key(), tr("Unknown member “%1”.").arg(it.key()));
    }
    if (root.value(u"format").toString() != u"onewindow-registry")
        issue(envelopeLine(u"format"), QStringLiteral("format"),
              tr("“format” must be “onewindow-registry”: this is not a registry file."));
    const QJsonValue version = root.value(u"version");
    if (!version.isDouble() || version.toDouble() != kFormatVersion)
        issue(envelopeLine(u"version"), QStringLiteral("version"),
              tr("This hub reads registry files of version %1 only.").arg(kFormatVersion));
    m_registry = root.value(u"registry").toString();
    if (m_registry.isEmpty())
        issue(envelopeLine(u"registry"), QStringLiteral("registry"),
              tr("“registry” must name the registry."));
    m_source = root.value(u"source").toString().trimmed();
    if (m_source.isEmpty())
        issue(envelopeLine(u"source"), QStringLiteral("source"),
              tr("“source” must name the authority the data comes from."));
    const QJsonValue note = root.value(u"note");
    if (!note.isUndefined() && !note.isString())
        issue(envelopeLine(u"note"), QStringLiteral("note"), tr("“note” must be text."));
    const QJsonValue records = root.value(u"records");
    if (!records.isArray())
        issue(envelopeLine(u"records"), QStringLiteral("records"),
              tr("“records” must be an array of records."));
    if (m_issues->size() > before)
        return false;
    m_records = records.toArray();
    locateRecords();
    return true;
}

// A small scanner over text QJsonDocument has already accepted: it only needs to follow
// strings (to ignore brackets inside them) and the nesting depth. The envelope is depth 1;
// the elements of "records" are the values at depth 2 after the key.
void RegistryFile::locateRecords()
{
    m_recordRanges.clear();
    int depth = 0;
    bool inRecords = false;
    qsizetype elementBegin = -1;
    QByteArray lastString;
    QByteArray keyAtDepth1;
    for (qsizetype i = 0; i < m_raw.size(); ++i) {
        const char c = m_raw.at(i);
        if (c == '"') {
            const qsizetype begin = i;
            for (++i; i < m_raw.size() && m_raw.at(i) != '"'; ++i) {
                if (m_raw.at(i) == '\\')
                    ++i;
            }
            lastString = m_raw.mid(begin + 1, i - begin - 1);
            if (inRecords && depth == 2 && elementBegin < 0)
                elementBegin = begin; // a string record: still located, then refused
            continue;
        }
        if (isJsonSpace(c))
            continue;
        if (c == ':' && depth == 1)
            keyAtDepth1 = lastString;
        if (inRecords && depth == 2 && elementBegin < 0 && c != ',' && c != ']')
            elementBegin = i;
        if (c == '{' || c == '[') {
            if (c == '[' && depth == 1 && keyAtDepth1 == "records")
                inRecords = true;
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
            if (inRecords && depth == 2 && elementBegin >= 0) {
                m_recordRanges.append({elementBegin, i + 1});
                elementBegin = -1;
            } else if (inRecords && depth == 1) {
                if (elementBegin >= 0) // a last scalar element
                    m_recordRanges.append({elementBegin, i});
                return;
            }
        } else if (c == ',' && inRecords && depth == 2 && elementBegin >= 0) {
            m_recordRanges.append({elementBegin, i}); // a scalar element
            elementBegin = -1;
        }
    }
}

int RegistryFile::recordLine(qsizetype index) const
{
    if (index < 0 || index >= m_recordRanges.size())
        return 0;
    return lineAt(m_recordRanges.at(index).first);
}

qsizetype RegistryFile::findKey(QStringView key, qsizetype begin, qsizetype end) const
{
    const QByteArray quoted = '"' + key.toUtf8() + '"';
    for (qsizetype at = m_raw.indexOf(quoted, begin); at >= 0 && at < end;
         at = m_raw.indexOf(quoted, at + 1)) {
        qsizetype next = at + quoted.size();
        while (next < end && isJsonSpace(m_raw.at(next)))
            ++next;
        if (next < end && m_raw.at(next) == ':')
            return at;
    }
    return -1;
}

int RegistryFile::keyLine(qsizetype index, QStringView key) const
{
    if (index < 0 || index >= m_recordRanges.size())
        return 0;
    const auto [begin, end] = m_recordRanges.at(index);
    const qsizetype at = findKey(key, begin, end);
    return lineAt(at >= 0 ? at : begin);
}

int RegistryFile::envelopeLine(QStringView key) const
{
    // The envelope's members come before the records in any file written by the generator;
    // a record's member of the same name earlier in the file would only move the line.
    const qsizetype at = findKey(key, 0, m_raw.size());
    return at >= 0 ? lineAt(at) : 1;
}

// --- RecordReader ----------------------------------------------------------------------------

RecordReader::RecordReader(RegistryFile &file, qsizetype index)
    : m_file(&file)
    , m_index(index)
    , m_path(QStringLiteral("records[%1]").arg(index))
    , m_line(file.recordLine(index))
{
    const QJsonValue value = file.records().at(index);
    if (!value.isObject()) {
        issue({}, tr("A record must be a JSON object."));
        return;
    }
    m_object = value.toObject();
}

RecordReader::RecordReader(const RecordReader &parent, const QJsonValue &value, const QString &path)
    : m_file(parent.m_file)
    , m_index(parent.m_index)
    , m_topLevel(false)
    , m_path(path)
    , m_line(parent.m_line)
{
    if (!value.isObject()) {
        issue({}, tr("This must be a JSON object."));
        return;
    }
    m_object = value.toObject();
}

QString RecordReader::memberPath(QStringView key) const
{
    return key.isEmpty() ? m_path : m_path + u'.' + key.toString();
}

void RecordReader::issue(QStringView key, const QString &reason)
{
    m_ok = false;
    // Inside a nested object the key's first occurrence in the record may be another
    // object's, so nested problems point at the record's first line instead.
    const int line = m_topLevel && !key.isEmpty() ? m_file->keyLine(m_index, key) : m_line;
    m_file->issue(line, memberPath(key), reason);
}

void RecordReader::allowOnly(std::span<const QStringView> known)
{
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (std::find(known.begin(), known.end(), it.key()) == known.end())
            issue(it.key(), tr("Unknown member “%1”.").arg(it.key()));
    }
}

QJsonValue RecordReader::member(QStringView key, bool required)
{
    const QJsonValue value = m_object.value(key);
    if (required && (value.isUndefined() || value.isNull()))
        issue(key, tr("“%1” is missing.").arg(key.toString()));
    return value;
}

QString RecordReader::text(QStringView key, qsizetype maxLength)
{
    const QJsonValue value = member(key, true);
    if (value.isUndefined() || value.isNull())
        return {};
    const QString result = value.toString();
    if (!value.isString() || result.trimmed().isEmpty()) {
        issue(key, tr("“%1” must be text that is not empty.").arg(key.toString()));
        return {};
    }
    if (result != result.trimmed()) {
        issue(key, tr("“%1” starts or ends with white space.").arg(key.toString()));
        return {};
    }
    if (result.size() > maxLength) {
        issue(key, tr("“%1” is longer than %2 characters.").arg(key.toString()).arg(maxLength));
        return {};
    }
    return result;
}

QString RecordReader::optionalText(QStringView key, qsizetype maxLength)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    return text(key, maxLength);
}

QDate RecordReader::date(QStringView key)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QJsonValue value = member(key, true);
    if (value.isUndefined() || value.isNull())
        return {};
    const QString text = value.toString();
    const QDate result = QDate::fromString(text, Qt::ISODate);
    if (!value.isString() || !pattern.match(text).hasMatch() || !result.isValid()) {
        issue(key, tr("“%1” must be a date written as yyyy-MM-dd, such as 2024-06-30.")
                       .arg(key.toString()));
        return {};
    }
    return result;
}

QDate RecordReader::optionalDate(QStringView key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    return date(key);
}

double RecordReader::positiveNumber(QStringView key)
{
    const QJsonValue value = member(key, true);
    if (value.isUndefined() || value.isNull())
        return 0;
    if (!value.isDouble() || !(value.toDouble() > 0) || !qIsFinite(value.toDouble())) {
        issue(key, tr("“%1” must be a number above zero.").arg(key.toString()));
        return 0;
    }
    return value.toDouble();
}

QJsonArray RecordReader::nonEmptyArray(QStringView key)
{
    const QJsonValue value = member(key, true);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray() || value.toArray().isEmpty()) {
        issue(key, tr("“%1” must be a list with at least one entry.").arg(key.toString()));
        return {};
    }
    return value.toArray();
}

} // namespace ow::hub
