// Every .ts file in translations/ is complete: no unfinished or empty translation, and each
// translation keeps the placeholders (%1, %n, …) of its source so .arg() still fills them.
// And the files are current: every tr() string in the sources (found by running lupdate on
// them into a scratch file) has a finished translation in both languages.
#include "support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    static QSet<QString> placeholders(const QString &text)
    {
        static const QRegularExpression re(QStringLiteral("%(\\d+|n|L\\d+)"));
        QSet<QString> found;
        for (auto it = re.globalMatch(text); it.hasNext();)
            found.insert(it.next().captured(0));
        return found;
    }

    // (context, source) → finished? for every message of a .ts file.
    static QHash<QPair<QString, QString>, bool> messages(const QString &path)
    {
        QHash<QPair<QString, QString>, bool> result;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return result;
        QXmlStreamReader xml(&file);
        QString context, source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"name")
                context = xml.readElementText();
            else if (xml.name() == u"source")
                source = xml.readElementText();
            else if (xml.name() == u"translation")
                result.insert({context, source},
                              xml.attributes().value(QLatin1String("type")).isEmpty());
        }
        return result;
    }

private slots:
    void upToDate_data()
    {
        QTest::addColumn<QString>("layer");
        QTest::addColumn<QString>("sourceDir");
        QTest::newRow("core") << "core" << "app/core";
        QTest::newRow("ui") << "ui" << "app/ui";
        QTest::newRow("cli") << "cli" << "app/cli";
        QTest::newRow("hub") << "hub" << "server";
    }

    void upToDate()
    {
        QFETCH(QString, layer);
        QFETCH(QString, sourceDir);
        QTemporaryDir dir;
        const QString scratch = dir.filePath("scan.ts");
        QProcess lupdate;
        lupdate.start(QStringLiteral(OW_LUPDATE),
                      {ow::test::sourcePath(sourceDir), "-extensions", "cpp,h", "-locations",
                       "none", "-silent", "-ts", scratch});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
        const auto found = messages(scratch);
        QVERIFY(!found.isEmpty());
        for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
            const QString committed = ow::test::sourcePath(
                QStringLiteral("translations/onewindow_%1_%2.ts").arg(layer, language));
            const auto have = messages(committed);
            QStringList missing;
            for (auto it = found.cbegin(); it != found.cend(); ++it) {
                if (!have.value(it.key(), false))
                    missing << it.key().first + QLatin1Char('\t') + it.key().second;
            }
            QVERIFY2(missing.isEmpty(),
                     qPrintable(QStringLiteral("%1 lacks (run the update_translations target):\n%2")
                                    .arg(committed, missing.join(QLatin1Char('\n')))));
        }
    }

    void files_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(ow::test::sourcePath(QStringLiteral("translations")));
        const QStringList files = dir.entryList({QStringLiteral("*.ts")}, QDir::Files);
        QVERIFY(files.size() >= 6);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }

    void files()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString context, source;
        int messages = 0;
        QStringList problems;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"name") {
                context = xml.readElementText();
            } else if (xml.name() == u"source") {
                source = xml.readElementText();
                ++messages;
            } else if (xml.name() == u"translation") {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                if (type == u"obsolete" || type == u"vanished")
                    continue;
                const bool numerus = xml.attributes().hasAttribute(QLatin1String("numerus"))
                                     || source.contains(u"%n");
                QString text;
                if (numerus) {
                    // <translation><numerusform>…</numerusform>…</translation>
                    while (xml.readNextStartElement()) {
                        if (xml.name() == u"numerusform")
                            text += xml.readElementText();
                        else
                            xml.skipCurrentElement();
                    }
                } else {
                    text = xml.readElementText();
                }
                if (type == u"unfinished" || text.trimmed().isEmpty())
                    problems << QStringLiteral("%1: unfinished: %2").arg(context, source);
                else if (!numerus && placeholders(text) != placeholders(source))
                    problems << QStringLiteral("%1: placeholders differ: %2").arg(context, source);
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(messages > 0, "no messages: run the update_translations target");
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
