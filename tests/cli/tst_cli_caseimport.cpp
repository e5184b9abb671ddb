// `onewindow-cli case import FILE` (the real binary) against a scratch workstation holding the
// demo catalog: good lines become cases through AcceptanceService with their outbox envelopes,
// bad lines are reported as FILE:LINE and skipped, the exit status tells which happened, and
// the file is read as a stream (progress, over-long lines, running out of receipt numbers).
#include "support/CliRunner.h"
#include "support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using ow::test::CliRun;
using ow::test::runCli;

namespace {

QByteArray describe(const CliRun &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(r.exitCode)
        .arg(r.out, r.err)
        .toUtf8();
}

// The lines of the example shipped for the demo catalog: seven good cases of every outcome.
QList<QByteArray> exampleLines()
{
    QFile f(ow::test::sourcePath(QStringLiteral("resources/demo/case-import-example.jsonl")));
    QList<QByteArray> lines;
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (!line.trimmed().isEmpty())
                lines << line;
        }
    }
    return lines;
}

QJsonObject exampleCase(int index)
{
    return QJsonDocument::fromJson(exampleLines().value(index)).object();
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Lines of stderr that report a line of `file`, by line number.
QHash<int, QString> reportedLines(const QString &err, const QString &file)
{
    QHash<int, QString> found;
    for (const QString &line : err.split(u'\n')) {
        if (!line.startsWith(file + u':'))
            continue;
        const QString rest = line.mid(file.size() + 1);
        found.insert(rest.section(u':', 0, 0).toInt(), rest.section(u':', 1).trimmed());
    }
    return found;
}

} // namespace

class TestCliCaseImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_template; // a workstation with the demo catalog, copied for each test
    std::unique_ptr<QTemporaryDir> m_dir;
    QString dataDir() const { return m_dir->filePath(QStringLiteral("station")); }

    CliRun cli(const QStringList &arguments, const QString &dataDir = {})
    {
        QStringList args{"--data-dir", dataDir.isEmpty() ? this->dataDir() : dataDir};
        args.append(arguments);
        return runCli(args);
    }

    // A new workstation with the demo catalog and the receipt numbers W01-2026-000001…`last`.
    bool prepareStation(int last)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid() || !QDir().mkpath(dataDir()))
            return false;
        const QDir from(m_template.path());
        for (const QString &name : from.entryList(QDir::Files)) {
            if (!QFile::copy(from.filePath(name), QDir(dataDir()).filePath(name)))
                return false;
        }
        return cli({"receipts", "grant", "W01-2026", "1", QString::number(last)}).exitCode == 0;
    }

    QString writeFile(const QString &name, const QList<QByteArray> &lines)
    {
        const QString path = m_dir->filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        for (const QByteArray &line : lines)
            f.write(line + '\n');
        return path;
    }

    CliRun import(const QString &file, const QStringList &options = {"--window", "W01"})
    {
        QStringList args{"case", "import", file};
        args.append(options);
        return cli(args);
    }

    QJsonArray cases()
    {
        const CliRun r = cli({"case", "list", "--json", "--limit", "1000"});
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

    QJsonObject showCase(const QString &receipt)
    {
        const CliRun r = cli({"case", "show", receipt, "--json"});
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    // The case envelopes waiting in the outbox for the hub, as `sync status` counts them.
    int queuedEnvelopes()
    {
        const CliRun r = cli({"sync", "status", "--json"});
        const QJsonObject status = QJsonDocument::fromJson(r.out.toUtf8()).object();
        return status.contains("queued") ? status.value("queued").toInt() : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_template.isValid());
        const CliRun catalog =
            cli({"catalog", "import", ow::test::sourcePath("resources/catalog/demo-catalog.json")},
                m_template.path());
        QVERIFY2(catalog.exitCode == 0, describe(catalog));
        QCOMPARE(exampleLines().size(), 7);
    }

    void init() { QVERIFY(prepareStation(5000)); }

    void cleanup() { m_dir.reset(); }

    void goodLinesImportedBadLinesReported()
    {
        QJsonObject unknownMatter = exampleCase(0);
        unknownMatter.insert("subject", "11440300000000000X4000199999000");
        QJsonObject invalidId = exampleCase(1);
        QJsonObject applicant = invalidId.value("applicant").toObject();
        applicant.insert("identifier", "440305195602140013"); // wrong check digit
        invalidId.insert("applicant", applicant);
        QJsonObject badAnswer = exampleCase(0);
        QJsonObject answers = badAnswer.value("answers").toObject();
        answers.insert("residence_since", "2024-02-30");
        badAnswer.insert("answers", answers);
        const QString file = writeFile("mixed.jsonl",
                                       {exampleLines().at(0),                // 1 accepted
                                        "{\"applicant\": {\"identifier\": ", // 2 not JSON
                                        compact(unknownMatter),              // 3
                                        exampleLines().at(2),   // 4 the retirement bundle
                                        compact(invalidId),     // 5
                                        "",                     // 6 blank: not a case
                                        compact(badAnswer),     // 7
                                        exampleLines().at(5)}); // 8 one-time notice

        const CliRun r = import(file);
        QVERIFY2(r.exitCode == 1, describe(r));
        const QHash<int, QString> reported = reportedLines(r.err, file);
        QCOMPARE(QSet<int>(reported.keyBegin(), reported.keyEnd()), QSet<int>({2, 3, 5, 7}));
        QVERIFY2(reported.value(2).contains("not valid JSON"), describe(r));
        QVERIFY2(reported.value(3).contains("11440300000000000X4000199999000"), describe(r));
        QVERIFY2(reported.value(5).contains("ID number"), describe(r));
        // The form's own message, under the field's label.
        QVERIFY2(reported.value(7).startsWith(QStringLiteral("在本市居住起始日期: ")), describe(r));
        QVERIFY2(r.out.contains("imported 3, skipped 4"), describe(r));
        const QHash<int, QString> receipts = reportedLines(r.out, file);
        QCOMPARE(receipts.value(1), QStringLiteral("W01-2026-000001"));
        QCOMPARE(receipts.value(4), QStringLiteral("W01-2026-000002"));
        QCOMPARE(receipts.value(8), QStringLiteral("W01-2026-000003"));

        const QJsonArray listed = cases();
        QCOMPARE(listed.size(), 3);
        QStringList outcomes;
        for (const QJsonValue &c : listed)
            outcomes << c.toObject().value("outcome").toString();
        QCOMPARE(outcomes, QStringList({"notice", "accepted", "accepted"})); // newest first
        const QJsonObject bundle = showCase("W01-2026-000002");
        QCOMPARE(bundle.value("subject").toString(), QStringLiteral("YJS4403000004"));
        QCOMPARE(bundle.value("steps").toArray().size(), 3);
        QCOMPARE(bundle.value("clerk").toString(), QStringLiteral("import"));
        QCOMPARE(bundle.value("window").toString(), QStringLiteral("W01"));
        QCOMPARE(queuedEnvelopes(), 3);

        // The import is audited under its clerk, one entry per case.
        const CliRun audit = cli({"audit", "list", "--json", "--limit", "100"});
        QVERIFY2(audit.exitCode == 0, describe(audit));
        int entries = 0;
        for (const QJsonValue &e : QJsonDocument::fromJson(audit.out.toUtf8()).array()) {
            if (e.toObject().value("action").toString().startsWith("case.")) {
                QCOMPARE(e.toObject().value("actor").toString(), QStringLiteral("import"));
                ++entries;
            }
        }
        QCOMPARE(entries, 3);
    }

    void exampleImportsWholeAndTwice()
    {
        const QString file =
            ow::test::sourcePath(QStringLiteral("resources/demo/case-import-example.jsonl"));
        CliRun r = import(file);
        QVERIFY2(r.exitCode == 0, describe(r));
        QVERIFY2(r.out.contains("imported 7, skipped 0"), describe(r));
        QVERIFY2(reportedLines(r.err, file).isEmpty(), describe(r));
        // A line may name its clerk; the others are the import's.
        QCOMPARE(showCase("W01-2026-000005").value("clerk").toString(), QStringLiteral("clerk01"));
        QCOMPARE(showCase("W01-2026-000004").value("clerk").toString(), QStringLiteral("import"));

        // Not idempotent: a backlog imported twice is twice in the cache.
        r = import(file);
        QVERIFY2(r.exitCode == 0, describe(r));
        QCOMPARE(reportedLines(r.out, file).value(7), QStringLiteral("W01-2026-000014"));
        QCOMPARE(cases().size(), 14);
        QCOMPARE(queuedEnvelopes(), 14);
    }

    void clerkAndWindowOptions()
    {
        const QString file = writeFile("one.jsonl", {exampleLines().at(0)});
        CliRun r = import(file, {"--clerk", "lead01", "--window", "W09"});
        QVERIFY2(r.exitCode == 0, describe(r));
        const QJsonObject c = showCase("W01-2026-000001");
        QCOMPARE(c.value("clerk").toString(), QStringLiteral("lead01"));
        QCOMPARE(c.value("window").toString(), QStringLiteral("W09"));

        // A clerk must look like a login; a usage error imports nothing.
        r = import(file, {"--clerk", "Zhang San", "--window", "W01"});
        QVERIFY2(r.exitCode == 2, describe(r));
        QCOMPARE(cases().size(), 1);
        // Options of other actions do not go with import.
        r = import(file, {"--window", "W01", "--json"});
        QVERIFY2(r.exitCode == 2, describe(r));
        QCOMPARE(cases().size(), 1);
    }

    void withoutAWindowNothingIsImported()
    {
        QJsonObject withWindow = exampleCase(0);
        withWindow.insert("window", "W02");
        const QString file =
            writeFile("nowindow.jsonl", {exampleLines().at(1), compact(withWindow)});
        const CliRun r = import(file, {});
        QVERIFY2(r.exitCode == 1, describe(r));
        QVERIFY2(reportedLines(r.err, file).value(1).contains("--window"), describe(r));
        QCOMPARE(reportedLines(r.out, file).value(2), QStringLiteral("W01-2026-000001"));
        QCOMPARE(showCase("W01-2026-000001").value("window").toString(), QStringLiteral("W02"));
    }

    void emptyFileImportsNothing()
    {
        const QString file = writeFile("empty.jsonl", {});
        const CliRun r = import(file);
        QVERIFY2(r.exitCode == 0, describe(r));
        QVERIFY2(r.out.contains("imported 0, skipped 0"), describe(r));
        QCOMPARE(cases().size(), 0);
    }

    void missingFileIsAUsageError()
    {
        const QString file = m_dir->filePath("no-such-file.jsonl");
        CliRun r = import(file);
        QVERIFY2(r.exitCode == 2, describe(r));
        QVERIFY2(r.err.contains(file), describe(r));
        r = import(m_dir->path());
        QVERIFY2(r.exitCode == 2, describe(r));
        r = cli({"case", "import"});
        QVERIFY2(r.exitCode == 2, describe(r));
        QCOMPARE(cases().size(), 0);
    }

    void runningOutOfReceiptNumbersStops()
    {
        // A workstation whose only block has two numbers.
        QVERIFY(prepareStation(2));
        const QList<QByteArray> all = exampleLines();
        const QString file = writeFile("four.jsonl", all.mid(0, 4));
        const CliRun r = import(file);
        QVERIFY2(r.exitCode == 1, describe(r));
        QCOMPARE(reportedLines(r.out, file).size(), 2);
        const QHash<int, QString> reported = reportedLines(r.err, file);
        QCOMPARE(reported.keys(), QList<int>({3})); // line 4 was never read
        QVERIFY2(reported.value(3).contains("receipt numbers"), describe(r));
        QVERIFY2(r.err.contains("stopped at line 3"), describe(r));
        QVERIFY2(r.out.contains("imported 2, skipped 0"), describe(r));
        QCOMPARE(cases().size(), 2);
        QCOMPARE(queuedEnvelopes(), 2);
    }

    void largeFileIsStreamedWithProgress()
    {
        // 2,500 lines that are not cases (cheap to reject), an over-long line, then a good one
        // padded to the longest length allowed (1 MiB without its line feed).
        QList<QByteArray> lines(2500, QByteArrayLiteral("{\"applicant\": 1}"));
        QByteArray longest = exampleLines().at(0);
        longest.append(QByteArray(1024 * 1024 - longest.size(), ' '));
        lines << QByteArray(2 * 1024 * 1024, 'x') << longest;
        const QString file = writeFile("large.jsonl", lines);
        const CliRun r = import(file);
        QVERIFY2(r.exitCode == 1, describe(r));
        QVERIFY2(r.err.contains("1000 lines read: 0 imported, 1000 skipped"), describe(r));
        QVERIFY2(r.err.contains("2000 lines read: 0 imported, 2000 skipped"), describe(r));
        const QHash<int, QString> reported = reportedLines(r.err, file);
        QCOMPARE(reported.size(), 2501);
        QVERIFY2(reported.value(2501).contains("longer than"), describe(r));
        QCOMPARE(reportedLines(r.out, file).value(2502), QStringLiteral("W01-2026-000001"));
        QVERIFY2(r.out.contains("imported 1, skipped 2501"), describe(r));
    }
};

QTEST_GUILESS_MAIN(TestCliCaseImport)
#include "tst_cli_caseimport.moc"
