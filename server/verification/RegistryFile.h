#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <span>

namespace ow::hub {

// One problem in a registry file: which file, which line (1-based; 0 when the problem is not
// at one place, e.g. a missing file), which element and why, in the UI language.
struct RegistryIssue
{
    QString file; // the file name, without the directory
    int line = 0;
    QString path; // records[3].owners[0].idNumber; empty for the file as a whole
    QString reason;

    QString toString() const; // "persons.json:12: records[0].idNumber: reason"
};

// Reads one registry file (resources/registries/README.md): the JSON, its envelope
// {"format": "onewindow-registry", "version": 1, "registry", "source", "note"?, "records": […]}
// and where each record starts, so that every problem can name its line. Problems are appended
// to the shared issue list; the caller decides what to do when there are any.
class RegistryFile
{
    Q_DECLARE_TR_FUNCTIONS(Registries)

public:
    static constexpr int kFormatVersion = 1;
    static constexpr qsizetype kMaxFileSize = 64 * 1024 * 1024;

    RegistryFile(QString fileName, QByteArray raw, QList<RegistryIssue> *issues);

    // Parses the JSON and checks the envelope; false (with issues) when the file is unusable.
    bool read();

    const QString &fileName() const { return m_fileName; }
    const QString &registry() const { return m_registry; }
    const QString &source() const { return m_source; }
    const QJsonArray &records() const { return m_records; }

    // The line where record `index` starts (its opening brace).
    int recordLine(qsizetype index) const;
    // The line of `key` inside record `index`, or the record's line when the key is not written.
    int keyLine(qsizetype index, QStringView key) const;
    // The line of the envelope's member `key` (its first occurrence), or 1.
    int envelopeLine(QStringView key) const;

    void issue(int line, const QString &path, const QString &reason);

private:
    int lineAt(qsizetype offset) const;
    // The offset of the first `"key":` in [begin, end), or -1.
    qsizetype findKey(QStringView key, qsizetype begin, qsizetype end) const;
    // Finds the byte range of every element of the top-level "records" array.
    void locateRecords();

    QString m_fileName;
    QByteArray m_raw;
    QList<RegistryIssue> *m_issues;
    QString m_registry;
    QString m_source;
    QJsonArray m_records;
    QList<QPair<qsizetype, qsizetype>> m_recordRanges; // [begin, end) per record
};

// Strict reading of one JSON object of a registry file (a record, or an object inside one):
// every accessor reports a located issue for a missing or mistyped member and returns an empty
// value; afterwards ok() tells whether the whole object was sound. Optional members may be
// absent or null.
class RecordReader
{
    Q_DECLARE_TR_FUNCTIONS(Registries)

public:
    // A record: records[index].
    RecordReader(RegistryFile &file, qsizetype index);
    // An object inside `parent`'s record at `path` (e.g. records[2].owners[1]).
    RecordReader(const RecordReader &parent, const QJsonValue &value, const QString &path);

    bool ok() const { return m_ok; }
    int line() const { return m_line; }
    const QString &path() const { return m_path; }
    const QJsonObject &object() const { return m_object; }
    RegistryFile &file() const { return *m_file; }

    // Reports every member not in `known`.
    void allowOnly(std::span<const QStringView> known);

    QString text(QStringView key, qsizetype maxLength = 200);
    QString optionalText(QStringView key, qsizetype maxLength = 200); // null when absent
    QDate date(QStringView key);                                      // yyyy-MM-dd
    QDate optionalDate(QStringView key);                              // invalid when absent or null
    double positiveNumber(QStringView key);
    QJsonArray nonEmptyArray(QStringView key);

    // A problem with member `key` (or with the object as a whole when `key` is empty).
    void issue(QStringView key, const QString &reason);

private:
    QJsonValue member(QStringView key, bool required);
    QString memberPath(QStringView key) const;

    RegistryFile *m_file;
    qsizetype m_index = -1; // the record this object is or is inside of
    bool m_topLevel = true;
    QString m_path;
    int m_line = 0;
    QJsonObject m_object;
    bool m_ok = true;
};

} // namespace ow::hub
