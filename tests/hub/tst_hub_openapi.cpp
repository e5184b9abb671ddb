// docs/api/openapi.yaml and the hub agree: every route `onewindow-hub routes` prints is
// documented, and every documented route is served. The document is the contract workstations
// and other back ends are written against, so a route added without its documentation (or a
// documented route that was dropped) fails here rather than in the field.
#include "support/TestPaths.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace ow::test;

namespace {

// "METHOD /path/{arg}" for every operation under `paths:` of an OpenAPI document written as
// docs/api/openapi.yaml is: path keys at two spaces, method keys at four. Enough YAML for our
// own file; a layout it does not understand shows up as routes missing from the document.
QSet<QString> documentedRoutes(const QString &yaml)
{
    static const QRegularExpression pathKey(QStringLiteral("^  (/[^:\\s]*):\\s*(#.*)?$"));
    static const QRegularExpression methodKey(
        QStringLiteral("^    (get|put|post|delete|options|head|patch|trace):\\s*(#.*)?$"));
    static const QRegularExpression topLevelKey(QStringLiteral("^[^\\s#][^:]*:"));
    QSet<QString> routes;
    bool inPaths = false;
    QString currentPath;
    for (const QString &line : yaml.split(QLatin1Char('\n'))) {
        if (topLevelKey.match(line).hasMatch()) {
            inPaths = line.startsWith(QLatin1String("paths:"));
            currentPath.clear();
            continue;
        }
        if (!inPaths)
            continue;
        if (const QRegularExpressionMatch m = pathKey.match(line); m.hasMatch()) {
            currentPath = m.captured(1);
            continue;
        }
        if (const QRegularExpressionMatch m = methodKey.match(line);
            m.hasMatch() && !currentPath.isEmpty())
            routes.insert(m.captured(1).toUpper() + QLatin1Char(' ') + currentPath);
    }
    return routes;
}

QStringList sorted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list;
}

} // namespace

class TestHubOpenApi : public QObject
{
    Q_OBJECT

private slots:
    void readerUnderstandsTheLayout();
    void documentMatchesServedRoutes();
};

// The reader itself: without this, a reader that finds nothing would make the real comparison
// report every route as missing, and one that finds too much would hide dropped routes.
void TestHubOpenApi::readerUnderstandsTheLayout()
{
    const QString yaml = QStringLiteral("openapi: 3.0.3\n"
                                        "info:\n"
                                        "  title: x\n"
                                        "paths:\n"
                                        "  /api/v1/health:\n"
                                        "    get:\n"
                                        "      summary: health\n"
                                        "      parameters:\n"
                                        "        - name: post\n"
                                        "  /api/v1/cases/{id}/steps/{position}:  # a comment\n"
                                        "    post:\n"
                                        "      responses: {}\n"
                                        "    get:\n"
                                        "components:\n"
                                        "  /not/a/path:\n"
                                        "    get:\n");
    QCOMPARE(sorted(documentedRoutes(yaml)),
             (QStringList{QStringLiteral("GET /api/v1/cases/{id}/steps/{position}"),
                          QStringLiteral("GET /api/v1/health"),
                          QStringLiteral("POST /api/v1/cases/{id}/steps/{position}")}));
}

void TestHubOpenApi::documentMatchesServedRoutes()
{
    QFile file(sourcePath(QStringLiteral("docs/api/openapi.yaml")));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QSet<QString> documented = documentedRoutes(QString::fromUtf8(file.readAll()));
    QVERIFY2(documented.contains(QStringLiteral("GET /api/v1/health")),
             "the reader found no GET /api/v1/health in docs/api/openapi.yaml");

    QProcess hub;
    hub.start(binaryPath(QStringLiteral("onewindow-hub")), {QStringLiteral("routes")});
    QVERIFY2(hub.waitForStarted(), qPrintable(hub.errorString()));
    QVERIFY2(hub.waitForFinished(120000), "onewindow-hub routes did not finish");
    QVERIFY2(hub.exitStatus() == QProcess::NormalExit && hub.exitCode() == 0,
             qPrintable(QString::fromUtf8(hub.readAllStandardError())));
    QSet<QString> served;
    for (const QString &line :
         QString::fromUtf8(hub.readAllStandardOutput()).split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            served.insert(line.trimmed());
    QVERIFY2(served.contains(QStringLiteral("GET /api/v1/health")),
             qPrintable(QStringLiteral("onewindow-hub routes printed no GET /api/v1/health:\n")
                        + sorted(served).join(QLatin1Char('\n'))));

    const QStringList undocumented = sorted(served - documented);
    const QStringList unserved = sorted(documented - served);
    QString report;
    if (!undocumented.isEmpty())
        report += QStringLiteral("Served but missing from docs/api/openapi.yaml:\n  ")
                  + undocumented.join(QStringLiteral("\n  ")) + QLatin1Char('\n');
    if (!unserved.isEmpty())
        report += QStringLiteral("Documented in docs/api/openapi.yaml but not served:\n  ")
                  + unserved.join(QStringLiteral("\n  ")) + QLatin1Char('\n');
    QVERIFY2(report.isEmpty(), qPrintable(report));
}

QTEST_GUILESS_MAIN(TestHubOpenApi)
#include "tst_hub_openapi.moc"
